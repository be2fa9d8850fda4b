import type { Identification } from './model';
import { countryName, flagEmoji } from './countries';

/** Who speaks, for people: "France" with its flag, or the organisation. Shared by badge, popup and library. */
export function describeSpeaker(id: Pick<Identification, 'country' | 'org'>, locale?: string): { flag: string; text: string } {
  if (id.country) return { flag: flagEmoji(id.country), text: countryName(id.country, locale) };
  if (id.org) return { flag: id.org === 'EU' ? flagEmoji('EU') : id.org === 'UN' ? flagEmoji('UN') : '', text: id.org };
  return { flag: '', text: 'Official' };
}

/** Where a post is located: "in United States" for an embassy, "to NATO" for a mission. */
export function describePlace(id: Pick<Identification, 'host' | 'role'>, locale?: string): string {
  if (!id.host) return '';
  if (/^[A-Z]{2}$/.test(id.host) && id.host !== 'UN' && id.host !== 'EU') return `in ${countryName(id.host, locale)}`;
  return `to ${id.host}`;
}
