import { TENTATIVE_BELOW } from '../tones';

// Every field of an exported post, in column order: the CSV header, the codebook and the
// importer's column list all come from this one list.

export interface FieldSpec {
  name: string;
  /** How it is written: in JSON/NDJSON the stored value; in CSV as said here. */
  type: string;
  description: string;
}

export const EXPORT_FIELDS: FieldSpec[] = [
  { name: 'platform', type: '"x" | "bluesky" | "mastodon"', description: 'Platform the post was seen on. With postId, the identity of a post.' },
  { name: 'postId', type: 'string', description: "The platform's own post id (digits on X)." },
  { name: 'url', type: 'string | null', description: 'Permalink of the post.' },
  { name: 'postedAt', type: 'ISO 8601 time | null', description: 'When the post was published, as the page said.' },
  { name: 'firstSeen', type: 'ms since epoch (CSV: ISO 8601)', description: 'When DiploLens first recorded the post.' },
  { name: 'lastSeen', type: 'ms since epoch (CSV: ISO 8601)', description: 'When DiploLens last saw the post.' },
  { name: 'timesSeen', type: 'integer >= 1', description: 'How many times the post was seen (each page scan that found it, across sessions).' },
  { name: 'handle', type: 'string', description: 'Author handle, without @.' },
  { name: 'authorName', type: 'string', description: 'Author display name when first seen.' },
  { name: 'userId', type: 'string (optional)', description: "The platform's numeric account id, when known; survives renames." },
  { name: 'official', type: 'boolean', description: 'Whether DiploLens identified the author as an official diplomatic account.' },
  { name: 'country', type: 'ISO 3166-1 alpha-2 | null', description: 'State the account speaks for; null for an international organisation.' },
  { name: 'org', type: 'string | null', description: 'Intergovernmental organisation (UN, NATO, EU, ...) the account speaks for.' },
  { name: 'role', type: 'role id | null', description: 'Role of the account; see "Roles".' },
  { name: 'host', type: 'alpha-2 or organisation | null', description: 'Receiving country of an embassy, consulate or ambassador; organisation of a mission.' },
  { name: 'basis', type: '"directory" | "domain" | "inferred" | "user" | null', description: 'Why the account is labelled: listed in the directory, a government domain the platform proved it controls, inferred from its profile, or corrected by the user.' },
  { name: 'lang', type: 'BCP-47 primary subtag | null', description: 'Language of the post text.' },
  { name: 'tone', type: 'tone id', description: 'Automatic tone, as classified when first seen; see "Tones". Never changed by coding.' },
  { name: 'toneScore', type: 'number in [-1, 1]', description: 'Automatic score on the conflict (-1) to cooperation (+1) axis; 0 is neutral.' },
  {
    name: 'toneConfidence',
    type: 'number in [0, 1] | null',
    description:
      `The tone model's probability of the automatic tone (English, Spanish, Chinese); below ${TENTATIVE_BELOW} the badge showed the tone as uncertain. null where a word list decided (other languages), and for posts recorded before it was kept.`,
  },
  { name: 'codedTone', type: 'tone id (not unknown) | null', description: 'Tone coded by a person in the library; null when not coded. Kept apart from `tone`.' },
  { name: 'codedBy', type: 'string | null', description: 'Name of the coder (set in the library) who coded the tone.' },
  { name: 'codedAt', type: 'ms since epoch | null (CSV: ISO 8601)', description: 'When the tone was coded.' },
  { name: 'tags', type: 'string[] (CSV: names joined with ";")', description: "The researcher's tags. Tag names cannot contain \";\"." },
  { name: 'notes', type: '{text, createdAt}[] (CSV: JSON)', description: "The researcher's notes on the post, oldest first; createdAt in ms since epoch." },
  { name: 'saved', type: 'boolean', description: 'Saved by hand (any post), rather than recorded automatically as an official post.' },
  { name: 'text', type: 'string', description: 'Post text exactly as first seen (emoji included), never updated; at most 25,000 characters (a longer text is cut).' },
  { name: 'textLength', type: 'integer | null', description: 'Original length of a text that was cut (in UTF-16 code units, as JavaScript counts); null when the text is whole.' },
  { name: 'toneCues', type: '{cue, weight, kind}[] (CSV: JSON)', description: 'The cues behind the automatic tone: the matched words or patterns, their signed weights and kinds.' },
];

export const FIELD_NAMES = EXPORT_FIELDS.map((f) => f.name);
