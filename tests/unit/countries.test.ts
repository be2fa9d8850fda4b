import { describe, expect, it } from 'vitest';
import { codeAlias, countryFromTld, countryName, findPlaces, findPlacesCJK, flagEmoji, flagsIn, isCountryCode, toAlpha2 } from '../../utils/core/countries';
import { words } from '../../utils/core/accounts/text';
import { fold } from '../../utils/core/text/fold';

const places = (s: string) => {
  const ws = words(fold(s));
  return findPlaces(ws).filter((p) => p.kind !== 'capital').map((p) => p.code);
};

describe('countries', () => {
  it('names a country in the requested language from CLDR', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('FR', 'ru')).toBe('Франция');
    expect(countryName('ZZ')).toBe('ZZ');
  });
  it('reads Ukrainian names, Mexico by its constitutional name, and no Arabic state in a Persian word', () => {
    expect(places('Посольство України в США')).toEqual(['UA', 'US']);
    expect(places('Consulado General de los Estados Unidos Mexicanos')).toEqual(['MX']);
    expect(places('سفارة العراق')).toEqual(['IQ']);
    expect(places('سید عباس عراقچی')).toEqual([]);
  });
  it('builds flags from regional indicators and reads them back', () => {
    expect(flagEmoji('fr')).toBe('🇫🇷');
    expect(flagEmoji('FRA')).toBe('');
    expect(flagsIn('x 🇫🇷🇪🇺🇨🇦')).toEqual(['FR', 'CA']);
  });
  it('validates and converts codes', () => {
    expect(isCountryCode('FR')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(toAlpha2('deu')).toBe('DE');
    expect(codeAlias('U.S.')).toBe('US');
    expect(codeAlias('UK')).toBe('GB');
    expect(codeAlias('IN')).toBeNull();
    expect(countryFromTld('auswaertiges-amt.de')).toBe('DE');
    expect(countryFromTld('gov.uk')).toBe('GB');
    expect(countryFromTld('example.com')).toBeNull();
  });
  it.each([
    ['Посольство России в Казахстане', ['RU', 'KZ']],
    ['Embajada de España en México', ['ES', 'MX']],
    ['Ständige Vertretung Deutschlands bei den VN', ['DE']],
    ["Türkiye'nin Washington Büyükelçiliği", ['TR']],
    ["Ambasciata d'Italia a Tokyo", ['IT']],
    ['سفارة المملكة العربية السعودية في الأردن', ['SA', 'JO']],
    ['القنصلية العامة لمصر', ['EG']],
    ['Französische Botschaft', ['FR']],
    ['Embajada Mexicana', ['MX']],
    ['Посол Республики Беларусь в Китайской Народной Республике', ['BY', 'CN']],
    ['Embassy of the Russian Federation', ['RU']],
    ["Ambassade de France en Côte d'Ivoire", ['FR', 'CI']],
    ['Deutsche Botschaft', ['DE']],
    // Taiwan's official name, and the People's Republic, whose longer name contains it.
    ['Office of the President, Republic of China (Taiwan)', ['TW', 'TW']],
    ["Embassy of the People's Republic of China in Chile", ['CN', 'CL']],
    ['Embajada de EE. UU. en Chile', ['US', 'CL']],
    ['sancionado por el gobierno', []],
    ['Presidente de El Salvador', ['SV']],
  ])('finds the states in %s (inflected forms, adjectives)', (text, codes) => {
    expect(places(text)).toEqual(codes);
  });
  it('does not read ordinary words as states', () => {
    expect(places('Mastodon server for coffee lovers, serving the community')).toEqual([]);
  });
  it('finds states in Chinese by substring', () => {
    expect(findPlacesCJK(fold('中华人民共和国驻南非共和国大使馆')).map((p) => p.code)).toEqual(['CN', 'ZA']);
  });
});
