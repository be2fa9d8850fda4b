// Shared vocabulary of DiploLens. Pure types: no DOM, no browser API.
// The field names follow ../shared/ACCOUNTS-GUIDE.md and ../shared/TONE-GUIDE.md.

/** The platforms DiploLens reads, each with its module under utils/sites/. */
export const PLATFORMS = ['x', 'bluesky', 'mastodon'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const isPlatform = (value: unknown): value is Platform => (PLATFORMS as readonly unknown[]).includes(value);

/** Which platforms record official posts automatically. Saving a post by hand works regardless. */
export type CapturePolicy = Record<Platform, boolean>;

export const ROLE_IDS = [
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'foreign_ministry',
  'embassy',
  'consulate',
  'ambassador',
  'mission',
  'international_org',
  'io_official',
  'government',
] as const;
export type Role = (typeof ROLE_IDS)[number];

/**
 * What the platform itself says about an account, in X's terms since X has the richest marks:
 * `grey` is the platform marking it as a government or multilateral organisation, `gold` an
 * organisation, `blue` a paid or self-service check that proves nothing about office. Each site
 * module maps its own marks onto these (docs/architecture.md).
 */
export const VERIFICATION_BADGES = ['none', 'blue', 'gold', 'grey'] as const;
export type VerificationBadge = (typeof VERIFICATION_BADGES)[number];

/**
 * Why an account is (or is not) labelled: a listed account, a government domain the platform proved
 * the account controls (utils/core/accounts/government-domains.ts), inference, or the user's own correction.
 */
export const BASES = ['directory', 'domain', 'inferred', 'user'] as const;
export type Basis = (typeof BASES)[number];

/** What a page (or a CLI line) tells about an account. Everything but platform and handle is optional. */
export interface AccountInput {
  platform: Platform;
  handle: string;
  name?: string;
  bio?: string;
  badge?: VerificationBadge;
  /**
   * The platform's stable account id, which survives renames: X's numeric user id, a Bluesky DID,
   * a Mastodon account URI. Known from the platform's own data.
   */
  userId?: string;
  location?: string;
  /** X's affiliate label (e.g. the organisation an account is affiliated with). */
  affiliation?: string;
  /**
   * Domains the platform itself proved the account controls: a Bluesky handle (verified by DNS or
   * HTTPS), a Mastodon profile link verified by rel="me". Never a domain merely written in a bio.
   */
  provenDomains?: readonly string[];
  /**
   * What the platform marks the account as when it is not someone posting in their own name:
   * a bot (Mastodon's "automated" flag: feeds, mirrors of other networks) or a group (it reposts
   * what its members send it). Neither is an office speaking, whatever its name says.
   */
  accountType?: 'bot' | 'group';
}

export interface Identification {
  official: boolean;
  /** ISO 3166-1 alpha-2 of the state the account speaks for; null for an international organisation. */
  country: string | null;
  /** Short name of the intergovernmental organisation (UN, NATO, EU, ...), else null. */
  org: string | null;
  role: Role | null;
  /** Receiving country (alpha-2) of an embassy/consulate/ambassador, or the organisation of a mission. */
  host: string | null;
  basis: Basis | null;
  /** Human-readable reasons for the decision, shown in the badge's card. */
  reasons: string[];
  /** Set when the handle imitates a listed official handle: the handle it imitates. */
  imitates?: string;
  /**
   * Set when the platform's account id and the handle disagree with a listed account (the id is that
   * of another listed handle, or a listed handle now carries another id): the listed handle. A renamed
   * account or a handle that changed hands; never official until the user says so.
   */
  renamed?: string;
  /** Where a listed account's listing comes from, for the card: "Wikidata via Govdirectory, Dec 2025". */
  listedIn?: string;
  /**
   * Set when `imitates` or `renamed` names a handle of the user's own imported list: the warning is
   * shown, but that handle is not written into the page's DOM, where page scripts could read the list.
   */
  fromUserList?: true;
}

export const TONE_IDS = ['cooperative', 'confrontational', 'neutral', 'sarcastic'] as const;
export type Tone = (typeof TONE_IDS)[number];
export type ToneOrUnknown = Tone | 'unknown';

export interface ToneCue {
  /** The word, phrase or pattern that was matched, as it stands in the text (or a short description). */
  cue: string;
  /** Signed contribution on the conflict (-) to cooperation (+) axis; sarcasm cues carry their own weight. */
  weight: number;
  /** What kind of cue it is: a lexicon class (condemn, thank, ...), negation, irony, logistics, ... */
  kind: string;
}

export interface ToneResult {
  tone: ToneOrUnknown;
  /** Conflict (-1) to cooperation (+1); 0 for neutral. */
  score: number;
  cues: ToneCue[];
  /** The language the text was judged in (BCP-47 primary subtag), or 'und'. */
  lang: string;
  /**
   * The model's probability of its tone, 0 to 1 (languages the model reads); absent where a lexicon
   * decided, or the tone is unknown. Below TENTATIVE_BELOW (tones.ts) the tone is shown as uncertain.
   */
  confidence?: number;
}
