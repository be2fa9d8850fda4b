// What is stored: one record type per table, pure types shared by the database (utils/db), the library
// logic (utils/core/library) and the pages. docs/architecture.md maps the stages a post goes through.
import type { Identification, Platform, Tone, ToneCue, ToneOrUnknown } from './model';

export type PostKey = [Platform, string];

/** The identification of the author as recorded with a post (the same fields, one definition). */
export type RecordedIdentification = Pick<Identification, 'official' | 'country' | 'org' | 'role' | 'host' | 'basis'>;

/** One post, as first seen (text and labels kept as they were then), plus the researcher's coding. */
export interface PostRecord extends RecordedIdentification {
  platform: Platform;
  postId: string;
  url: string | null;
  postedAt: string | null;
  /** ms since epoch */
  firstSeen: number;
  lastSeen: number;
  timesSeen: number;
  handle: string;
  authorName: string;
  userId?: string;
  /** At most 25,000 characters (MAX_TEXT_LENGTH): a longer text is cut when recorded or imported. */
  text: string;
  /** The original length (UTF-16 code units) of a text that was cut; absent when the text is whole. */
  textLength?: number;
  lang: string | null;
  tone: ToneOrUnknown;
  toneScore: number;
  /**
   * The model's probability of its tone when it was recorded (ToneResult.confidence); null or absent where a
   * lexicon decided, and for posts recorded before it was kept. Below TENTATIVE_BELOW the tone was shown as uncertain.
   */
  toneConfidence?: number | null;
  toneCues: ToneCue[];
  // Since v2. Optional in the type because content scripts send captures without them;
  // every stored record has them (recordPosts and the v2 upgrade fill them in).
  /** Saved explicitly by the user (any post), rather than recorded automatically (official posts). */
  saved?: boolean;
  /** Tag names, in the order they were added. */
  tags?: string[];
  /** The human-coded tone, kept apart from the automatic `tone`; null when not coded. */
  codedTone?: Tone | null;
  codedBy?: string | null;
  /** ms since epoch */
  codedAt?: number | null;
  /** ms since epoch of the last write of any kind: lets open pages pick up changes incrementally. */
  changedAt?: number;
}

/** What a content script sends for a post it saw: the record without the bookkeeping fields. */
export type PostCapture = Omit<PostRecord, 'firstSeen' | 'lastSeen' | 'timesSeen'>;

/** A stored post: the v2 fields are always present. */
export type StoredPost = PostRecord & Required<Pick<PostRecord, 'saved' | 'tags' | 'codedTone' | 'codedBy' | 'codedAt' | 'changedAt'>>;

export interface NoteRecord {
  id?: number;
  platform: Platform;
  postId: string;
  text: string;
  /** ms since epoch */
  createdAt: number;
}

export interface TagRecord {
  name: string;
  createdAt: number;
}

/** What was learnt about an account across posts: names and bios seen, and the user's corrections. */
export interface AccountRecord {
  platform: Platform;
  handle: string;
  userId?: string;
  names: string[];
  bios: { bio: string; seen: number }[];
  corrections: { at: number; fields: Record<string, unknown> }[];
  firstSeen: number;
  lastSeen: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
