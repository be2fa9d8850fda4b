// The 193 UN member states, derived from i18n-iso-countries (250 alpha-2 codes) minus the
// codes that are not UN member states. Shared by the directory generator, its test and the country
// matcher (which prefers a member state when a word names several codes, "American" → US).
import countries from 'i18n-iso-countries';

/**
 * Alpha-2 codes in i18n-iso-countries that are NOT UN member states:
 * - XK Kosovo, TW Taiwan: states not admitted to the UN;
 * - PS Palestine, VA Holy See: UN General Assembly non-member observer states;
 * - EH Western Sahara: disputed non-self-governing territory;
 * - AQ Antarctica, BV Bouvet Island, HM Heard and McDonald Islands, GS South Georgia,
 *   TF French Southern Territories, UM US Minor Outlying Islands, IO British Indian Ocean
 *   Territory: uninhabited or without a permanent civil population;
 * - every other code below: a dependent territory, overseas region or special administrative
 *   region of a member state (Hong Kong and Macao of China, Puerto Rico and Guam of the US,
 *   Greenland and the Faroes of Denmark, Aruba of the Netherlands, ...), and the Cook
 *   Islands and Niue, self-governing in free association with New Zealand but not UN members.
 */
export const NON_UN_MEMBER_CODES = [
  'XK', 'TW', 'PS', 'VA', 'EH',
  'AQ', 'BV', 'HM', 'GS', 'TF', 'UM', 'IO',
  'AS', 'AI', 'AW', 'AX', 'BL', 'BM', 'BQ', 'CC', 'CK', 'CW', 'CX', 'FK', 'FO', 'GF', 'GG',
  'GI', 'GL', 'GP', 'GU', 'HK', 'IM', 'JE', 'KY', 'MF', 'MO', 'MP', 'MQ', 'MS', 'NC', 'NF',
  'NU', 'PF', 'PM', 'PN', 'PR', 'RE', 'SH', 'SJ', 'SX', 'TC', 'TK', 'VG', 'VI', 'WF', 'YT',
] as const;

export function unMemberCodes(): string[] {
  const excluded = new Set<string>(NON_UN_MEMBER_CODES);
  return Object.keys(countries.getAlpha2Codes()).filter((c) => !excluded.has(c)).sort();
}

let members: Set<string> | null = null;
export function isUnMember(code: string): boolean {
  return (members ??= new Set(unMemberCodes())).has(code);
}
