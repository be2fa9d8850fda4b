// Every time DiploLens shows or exports goes through here: a record with a time no Date can hold
// (an import's 9e15, a page's unparseable datetime) must show as missing, not throw and blank a page.

/** The time as a Date, or null when it is no valid time (NaN, out of Date's range, unparseable). */
export function validDate(value: number | string | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isFinite(date.getTime()) ? date : null;
}

/** ISO 8601, or '' for a time that is no valid time. */
export const isoOrEmpty = (value: number | string | null | undefined): string => validDate(value)?.toISOString() ?? '';

/** The user's local date and time, or a dash for a time that is no valid time. */
export const localTime = (value: number | string | null | undefined, style: 'datetime' | 'date' | 'time' = 'datetime'): string => {
  const date = validDate(value);
  if (!date) return '—';
  return style === 'date' ? date.toLocaleDateString() : style === 'time' ? date.toLocaleTimeString() : date.toLocaleString();
};
