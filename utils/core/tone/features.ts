// The features the learned tone model reads from a post: folded words and word pairs (Latin and
// other spaced scripts), single characters and character pairs (Han), punctuation that carries a
// stance (? ! quotation marks) and emoji. A feature is named by a 32-bit hash of its readable key
// ("w:condemn", "w:so called", "c:所谓", "p:?"), computed as the text is scanned, without building the
// key: this runs for every post on the page. Where each feature stands in the text is kept, so the
// badge's card can quote the words that decided. Pure and bounded.
import { foldWord } from '../text/fold';
import type { ToneLexicon } from './lexicon/types';
import { classifyWithLexicon } from './lexicon-classifier';
import { analyse, cleanText, type FoldedWords } from './text';

/** Work is capped: a press statement longer than this is judged on its beginning. */
export const MAX_FEATURE_CHARS = 1_500;

const FNV_OFFSET = 2166136261;
/** FNV-1a over UTF-16 code units, continued from `h`: fnv(fnv(FNV_OFFSET, "w:"), word) is the hash of "w:" + word. */
export function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
/** The hash of a feature's readable key. */
export const featureHash = (key: string): number => fnv(FNV_OFFSET, key);

const WORD_PREFIX = fnv(FNV_OFFSET, 'w:');
const CHAR_PREFIX = fnv(FNV_OFFSET, 'c:');
const STEM_PREFIX = fnv(FNV_OFFSET, 's:');
const STEM = 5;
const SPACE = ' '.charCodeAt(0);

// Words (with an inner apostrophe or hyphen), runs of Han, stance punctuation, emoji.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[?？¿!！¡"“”«»「」『』]|\p{Extended_Pictographic}/gu;
const PUNCTUATION = new Map(
  // Spanish opens a question and an exclamation with ¿ and ¡; Chinese uses full-width marks.
  Object.entries({ '?': '?', '？': '?', '¿': '?', '!': '!', '！': '!', '¡': '!', '"': '"', '“': '"', '”': '"', '«': '"', '»': '"', '「': '"', '」': '"', '『': '"', '』': '"' }).map(([mark, key]) => [mark, featureHash(`p:${key}`)]),
);
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);

/**
 * The hashes a post has so far: an open-addressed table reused from post to post (a Set of 32-bit
 * hashes, which the engine boxes, took a tenth of the time per post). A post yields at most two
 * features per character, so four slots per character keep probes short.
 */
const SEEN_BITS = Math.ceil(Math.log2(4 * MAX_FEATURE_CHARS));
const SEEN_SLOTS = 1 << SEEN_BITS;
const seenHashes = new Uint32Array(SEEN_SLOTS);
/** Which post each slot was filled for: slots of earlier posts count as empty. */
const seenPost = new Uint32Array(SEEN_SLOTS);
let post = 0;
/** Whether `hash` was seen before in this post; marks it seen. */
function seenBefore(hash: number): boolean {
  for (let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - SEEN_BITS); ; slot = (slot + 1) & (SEEN_SLOTS - 1)) {
    if (seenPost[slot] !== post) {
      seenPost[slot] = post;
      seenHashes[slot] = hash;
      return false;
    }
    if (seenHashes[slot] === hash) return true;
  }
}

/** The features of a post: each hash once, with where it first stands in the (cleaned) text. */
export interface PostFeatures {
  text: string;
  hashes: number[];
  /** Start and end offsets in `text` of each feature's first occurrence. */
  spans: number[];
  /** What kind each feature is: w(ord or word pair), s(tem), c(haracters), p(unctuation), e(moji). */
  kinds: string;
  /** Words read, Han characters counted as words: fewer than two is too little to judge. */
  words: number;
  /** Every word read (not Han), folded, in text order, for the lexicon pass not to fold it again. */
  folded: FoldedWords;
}

export function toneFeatures(raw: string): PostFeatures {
  const text = cleanText(typeof raw === 'string' ? raw.slice(0, MAX_FEATURE_CHARS) : '');
  if (++post > 0xffffffff) {
    seenPost.fill(0);
    post = 1;
  }
  const hashes: number[] = [];
  const spans: number[] = [];
  const folded: FoldedWords = { text, spans: [], forms: [] };
  let kinds = '';
  let words = 0;
  const add = (hash: number, start: number, end: number, kind: string) => {
    if (seenBefore(hash)) return;
    hashes.push(hash);
    spans.push(start, end);
    kinds += kind;
  };
  /** Hash of "w:" + the previous word, to continue into a word pair; 0 after a break. */
  let previous = 0;
  let previousStart = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    const mark = token.length === 1 ? PUNCTUATION.get(token) : undefined;
    if (mark !== undefined) {
      add(mark, start, end, 'p');
      previous = 0;
      continue;
    }
    const first = token.codePointAt(0)!;
    if (isHan(first) || (token.length > 1 && isHan(token.charCodeAt(token.length - 1)))) {
      // Han has no spaces: characters and character pairs stand for words.
      let before = -1;
      for (let i = 0; i < token.length; i++) {
        const code = token.charCodeAt(i);
        if (!isHan(code)) {
          before = -1;
          continue;
        }
        words++;
        const one = Math.imul(CHAR_PREFIX ^ code, 16777619) >>> 0;
        add(one, start + i, start + i + 1, 'c');
        if (before >= 0) add(Math.imul(Math.imul(CHAR_PREFIX ^ before, 16777619) ^ code, 16777619) >>> 0, start + i - 1, start + i + 1, 'c');
        before = code;
      }
      previous = 0;
      continue;
    }
    if (first > 0x2000 && !/[\p{L}\p{N}]/u.test(token[0]!)) {
      add(featureHash(`e:${token}`), start, end, 'e');
      previous = 0;
      continue;
    }
    if (token.length > 40) {
      previous = 0;
      continue;
    }
    words++;
    const word = foldWord(token);
    folded.spans.push(start, end);
    folded.forms.push(word);
    const hash = fnv(WORD_PREFIX, word);
    add(hash, start, end, 'w');
    // A word's first letters stand for its family ("condemn", "condemns", "condemnation").
    if (word.length > STEM) add(fnv(STEM_PREFIX, word.slice(0, STEM)), start, end, 's');
    if (previous) add(fnv(Math.imul(previous ^ SPACE, 16777619) >>> 0, word), previousStart, end, 'w');
    previous = hash;
    previousStart = start;
  }
  return { text, hashes, spans, kinds, words, folded };
}

/**
 * The lexicon classifier's reading of a post as features of the learned model: its decision
 * ("x:tone:confrontational") and each kind of cue it found with the cue's sign ("x:condemn-",
 * "x:scare_quote-"), once, with the words that showed it first. It pools the lexicon's many rare
 * cue words into a few kinds the model can weigh, and brings its negation and irony rules.
 */
export interface LexiconFeatures {
  hashes: number[];
  /** What to show on the card for each feature. */
  cues: string[];
}

/** Reads the cleaned text `toneFeatures` read, with the words it folded. */
export function lexiconFeatures(features: Pick<PostFeatures, 'text' | 'folded'>, lang: string, lexicon: ToneLexicon): LexiconFeatures {
  const reading = classifyWithLexicon(features.text, lang, { lexicons: { [lang]: lexicon }, analysers: { [lang]: (raw, options) => analyse(raw, options, features.folded) } });
  const hashes = [featureHash(`x:tone:${reading.tone}`)];
  const cues = [`the lexicon reads it as ${reading.tone}`];
  for (const cue of reading.cues) {
    const hash = featureHash(`x:${cue.kind}${cue.weight > 0 ? '+' : '-'}`);
    if (hashes.includes(hash)) continue;
    hashes.push(hash);
    cues.push(cue.cue);
  }
  return { hashes, cues };
}
