// The library opened with a filter in its URL (library.html?country=US&role=embassy&from=...): how the
// insights page lists the posts behind a figure. `selection` names a set of posts saved beforehand.
import { isCountryCode } from '../../utils/core/countries';
import { isPlatform, ROLE_IDS, type Role } from '../../utils/core/model';
import type { PostFilter } from '../../utils/core/library/query';

export function filterFromUrl(search: string): { filter: PostFilter; selection: boolean } {
  const params = new URLSearchParams(search);
  const filter: PostFilter = {};
  const country = params.get('country');
  if (country && isCountryCode(country)) filter.country = country;
  const role = params.get('role');
  if (role && (ROLE_IDS as readonly string[]).includes(role)) filter.role = role as Role;
  const platform = params.get('platform');
  if (isPlatform(platform)) filter.platform = platform;
  const tag = params.get('tag');
  if (tag) filter.tag = tag;
  const text = params.get('text');
  if (text) filter.text = text;
  for (const bound of ['from', 'to'] as const) {
    const value = Number(params.get(bound));
    if (params.has(bound) && Number.isFinite(value)) filter[bound] = value;
  }
  return { filter, selection: params.has('selection') };
}

/** The URL's query for a filter (the parts the library reads back). */
export function urlForFilter(filter: PostFilter, selection: boolean): string {
  const params = new URLSearchParams();
  if (filter.country) params.set('country', filter.country);
  if (filter.role) params.set('role', filter.role);
  if (filter.platform) params.set('platform', filter.platform);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.text) params.set('text', filter.text);
  if (filter.from != null) params.set('from', String(filter.from));
  if (filter.to != null) params.set('to', String(filter.to));
  if (selection) params.set('selection', '1');
  return params.toString();
}
