import { VERIFICATION_BADGES, type AccountInput, type VerificationBadge } from '../../core/model';
import { collectRecords, isObject, pageWorldRecords, str as text, type Json } from '../json-records';
import type { SiteNetwork } from '../types';
import { X_HANDLE as HANDLE, X_USER_ID as USER_ID } from './urls';

/**
 * X's GraphQL responses (home and user timelines, post detail, search, UserByScreenName, ...)
 * carry what the DOM hides: the numeric user id (which survives renames), the bio, the
 * location, `verified_type: "Government"` (the grey check) and affiliate labels.
 * This reads them into compact, validated account records. Pure: runs in Node for tests.
 */

/** Bounds on one response, so a huge or hostile payload costs little. */
const MAX_NODES = 200_000;
const MAX_ACCOUNTS = 500;
const MAX_TEXT = 2_000;

const str = (v: Json, max = MAX_TEXT): string | undefined => text(v, max);
const dig = (o: Json, ...path: string[]): Json => path.reduce<Json>((at, key) => (isObject(at) ? at[key] : undefined), o);

/** Sets the optional fields that are present; absent ones stay absent (not undefined). */
function withOptional(account: AccountInput, fields: Pick<AccountInput, 'name' | 'bio' | 'location' | 'affiliation'>): AccountInput {
  for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) if (value) account[key] = value;
  return account;
}

export function badgeFromVerification(verifiedType: string | undefined, blue: boolean): VerificationBadge {
  if (verifiedType === 'Government') return 'grey';
  if (verifiedType === 'Business') return 'gold';
  return blue ? 'blue' : 'none';
}

/** One X user object (old `legacy` shape and the newer `core`/`profile_bio` shape alike). */
export function accountFromUser(user: Record<string, Json>): AccountInput | null {
  if (user.__typename !== 'User') return null;
  const legacy = dig(user, 'legacy');
  const handle = str(dig(legacy, 'screen_name')) ?? str(dig(user, 'core', 'screen_name'));
  const userId = str(user.rest_id);
  if (!handle || !HANDLE.test(handle) || !userId || !USER_ID.test(userId)) return null;
  const verifiedType = str(dig(legacy, 'verified_type')) ?? str(dig(user, 'verification', 'verified_type'));
  const blue = user.is_blue_verified === true || dig(user, 'verification', 'verified') === true;
  return withOptional(
    { platform: 'x', handle, userId, badge: badgeFromVerification(verifiedType, blue) },
    {
      name: str(dig(legacy, 'name'), 400) ?? str(dig(user, 'core', 'name'), 400),
      bio: str(dig(legacy, 'description')) ?? str(dig(user, 'profile_bio', 'description')),
      location: str(dig(legacy, 'location'), 200) ?? str(dig(user, 'location', 'location'), 200),
      affiliation: str(dig(user, 'affiliates_highlighted_label', 'label', 'description'), 200),
    },
  );
}

/** Every user object in a response, deduplicated by id; unknown shapes are skipped. */
export function extractAccounts(response: Json): AccountInput[] {
  return collectRecords(response, (node) => (node.__typename === 'User' ? accountFromUser(node) : null), (account) => account.userId!, {
    maxNodes: MAX_NODES,
    maxRecords: MAX_ACCOUNTS,
    descend: true,
  });
}

/** Only X's GraphQL API is read; everything else the page fetches is left alone. */
export const isXGraphqlUrl = (url: string): boolean => /^https:\/\/(x|twitter)\.com\/i\/api\/graphql\//.test(url) || /^\/i\/api\/graphql\//.test(url);

const BADGES: readonly VerificationBadge[] = VERIFICATION_BADGES;

/** Validates records arriving from the page world: any script on the page could dispatch this event. */
export function parseAccountEvent(detail: unknown): AccountInput[] {
  const accounts: AccountInput[] = [];
  for (const item of pageWorldRecords(detail, 'x', MAX_ACCOUNTS)) {
    const handle = str(item.handle, 20);
    const userId = str(item.userId, 25);
    const badge = item.badge as VerificationBadge;
    if (!handle || !HANDLE.test(handle) || !userId || !USER_ID.test(userId) || !BADGES.includes(badge)) continue;
    accounts.push(
      withOptional(
        { platform: 'x', handle, userId, badge },
        { name: str(item.name, 400), bio: str(item.bio), location: str(item.location, 200), affiliation: str(item.affiliation, 200) },
      ),
    );
  }
  return accounts;
}

/** X's part in the page's world: which responses to read, and how (entrypoints/x-network.content.ts). */
export const xNetwork: SiteNetwork = { isApiUrl: isXGraphqlUrl, extract: (json) => ({ accounts: extractAccounts(json), posts: [] }), parseAccounts: parseAccountEvent };
