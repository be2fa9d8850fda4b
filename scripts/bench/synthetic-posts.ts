// Deterministic synthetic posts for the library's tests and benchmark: same seed, same posts,
// in Node and in a page. Varied enough to make filters and search meaningful (countries, roles,
// tones, tags, codings, notes, accents, emoji, quotes, commas and newlines that CSV must survive).
import type { ExportPost } from '../../utils/core/library/export';
import type { Role, Tone, ToneOrUnknown } from '../../utils/core/model';

/** mulberry32: a tiny seeded PRNG, so fixtures do not depend on Math.random. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCOUNTS: { handle: string; name: string; country: string | null; org: string | null; role: Role; host: string | null }[] = [
  { handle: 'StateDept', name: 'Department of State', country: 'US', org: null, role: 'foreign_ministry', host: null },
  { handle: 'MFA_China', name: 'MFA China \u{1F1E8}\u{1F1F3}', country: 'CN', org: null, role: 'foreign_ministry', host: null },
  { handle: 'francediplo', name: 'France Diplomatie', country: 'FR', org: null, role: 'foreign_ministry', host: null },
  { handle: 'AuswaertigesAmt', name: 'Ausw\u00e4rtiges Amt', country: 'DE', org: null, role: 'foreign_ministry', host: null },
  { handle: 'mfa_russia', name: 'MFA Russia', country: 'RU', org: null, role: 'foreign_ministry', host: null },
  { handle: 'UKinUSA', name: 'UK in the USA', country: 'GB', org: null, role: 'embassy', host: 'US' },
  { handle: 'IndiainUSA', name: 'India in USA', country: 'IN', org: null, role: 'embassy', host: 'US' },
  { handle: 'JPN_PMO', name: 'Prime Minister of Japan', country: 'JP', org: null, role: 'head_of_government', host: null },
  { handle: 'ItalyMFA', name: 'Italy MFA', country: 'IT', org: null, role: 'foreign_ministry', host: null },
  { handle: 'BrazilMFA', name: 'Itamaraty Brasil', country: 'BR', org: null, role: 'foreign_ministry', host: null },
  { handle: 'UN', name: 'United Nations', country: null, org: 'UN', role: 'international_org', host: null },
  { handle: 'NATO', name: 'NATO', country: null, org: 'NATO', role: 'international_org', host: null },
  { handle: 'USUN', name: 'US Mission to the UN', country: 'US', org: null, role: 'mission', host: 'UN' },
  { handle: 'ZelenskyyUa', name: 'Volodymyr Zelenskyy', country: 'UA', org: null, role: 'head_of_state', host: null },
  { handle: 'AmbFrance_US', name: 'Ambassade de France', country: 'FR', org: null, role: 'ambassador', host: 'US' },
  { handle: 'dianaReports', name: 'Diana, reporter', country: null, org: null, role: 'government', host: null },
];

const OPENINGS: Record<Tone, string[]> = {
  cooperative: ['We welcome the agreement with', 'Thank you to our partners in', 'Congratulations to', 'Proud to stand with', 'A fruitful meeting with'],
  confrontational: ['We condemn the attack by', 'Unacceptable provocation from', 'We reject the claims of', 'We demand accountability from', 'Sanctions announced against'],
  neutral: ['The Minister met counterparts from', 'Visa appointments resume for travellers to', 'Live at 10:00: press briefing on', 'Readout of the call with', 'Consular notice for citizens in'],
  sarcastic: ['Such a "helpful" map from', 'Apparently the so-called experts in', 'Another brilliant idea from', 'Thanks for the lesson, as always,', 'Truly "peaceful" exercises by'],
};
const PLACES = ['Kyiv', 'Beijing', 'S\u00e3o Paulo', 'Z\u00fcrich', 'Gen\u00e8ve', 'New York', 'Brussels', 'Addis Ababa', 'Jakarta', 'Bogot\u00e1', 'Ottawa', 'Canberra', 'Seoul', 'Nairobi', 'Vilnius'];
const TOPICS = ['climate finance', 'grain exports', 'human rights', 'maritime security', 'cyber norms', 'public health', 'energy transition', 'refugee support', 'trade, tariffs and supply chains', 'arms control'];
const TAGS = ['ukraine', 'climate', 'sanctions', 'to check', '\u00e9lections'];
const SUFFIXES = ['', ' \u{1F91D}', ' #diplomacy', '\n\nMore: see thread.', ' "quoted"', ' =SUM(A1)', ' \u0627\u0644\u0633\u0644\u0627\u0645', ''];

const TONES: ToneOrUnknown[] = ['cooperative', 'confrontational', 'neutral', 'sarcastic', 'unknown'];
const CODED: Tone[] = ['cooperative', 'confrontational', 'neutral', 'sarcastic'];
const START = Date.UTC(2024, 0, 1);

/** Post number i of the synthetic corpus (0-based). Posts are independent: any range can be generated alone. */
export function syntheticPost(i: number, seed = 1): ExportPost {
  const r = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const account = ACCOUNTS[i % ACCOUNTS.length]!;
  const tone = TONES[Math.floor(r() * TONES.length)]!;
  const opening = pick(OPENINGS[tone === 'unknown' ? 'neutral' : tone]);
  const text = `${opening} ${pick(PLACES)} on ${pick(TOPICS)}.${pick(SUFFIXES)} #${i}`;
  const postedAt = START + i * 60_000 + Math.floor(r() * 30_000);
  const firstSeen = postedAt + 3_600_000 + Math.floor(r() * 86_400_000);
  const timesSeen = 1 + Math.floor(r() * 4);
  const coded = r() < 0.1 ? pick(CODED) : null;
  const tags = r() < 0.2 ? [pick(TAGS)] : [];
  const notes = r() < 0.02 ? [{ text: `Check against the readout, line ${i}, "verbatim"`, createdAt: firstSeen + 1000 }] : [];
  const official = account.handle !== 'dianaReports';
  const postId = String(1_800_000_000_000_000_000n + BigInt(i));
  const score = tone === 'cooperative' ? 0.6 : tone === 'confrontational' ? -0.7 : tone === 'sarcastic' ? -0.4 : 0;
  return {
    platform: 'x',
    postId,
    url: `https://x.com/${account.handle}/status/${postId}`,
    postedAt: new Date(postedAt).toISOString(),
    firstSeen,
    lastSeen: firstSeen + (timesSeen - 1) * 600_000,
    timesSeen,
    handle: account.handle,
    authorName: account.name,
    ...(i % 7 === 0 ? { userId: String(100_000 + (i % ACCOUNTS.length)) } : {}),
    official,
    country: official ? account.country : null,
    org: official ? account.org : null,
    role: official ? account.role : null,
    host: official ? account.host : null,
    basis: official ? (i % 5 === 0 ? 'inferred' : 'directory') : null,
    text,
    lang: tone === 'unknown' ? null : 'en',
    tone,
    toneScore: score,
    // The model's figure on two posts in three (the others as a word list would decide them), spread over 0.35 to 0.99.
    ...(tone !== 'unknown' && i % 3 !== 0 ? { toneConfidence: (35 + ((i * 37) % 65)) / 100 } : {}),
    toneCues: tone === 'unknown' ? [] : [{ cue: opening.split(' ')[1] ?? opening, weight: score, kind: tone === 'neutral' ? 'logistics' : tone }],
    saved: !official,
    tags,
    codedTone: coded,
    codedBy: coded ? 'coder-a' : null,
    codedAt: coded ? firstSeen + 5000 : null,
    notes,
    changedAt: firstSeen,
  };
}

export function syntheticPosts(count: number, seed = 1, start = 0): ExportPost[] {
  return Array.from({ length: count }, (_, k) => syntheticPost(start + k, seed));
}
