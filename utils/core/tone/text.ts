// Turns a post into words with clause, sentence and quotation structure.
// This is the path for every language but English: plain Unicode regexes, since
// compromise only knows English. English goes through english.ts, which uses
// compromise/one and shares the pieces exported here.

import { foldWord } from '../text/fold';

/** Work is capped: a post longer than this is judged on its beginning. */
export const MAX_CHARS = 2000;

export interface Token {
  /** As written, for showing cues. */
  text: string;
  /** Folded forms to match: lower case, no diacritics, clitics stripped. */
  forms: string[];
  start: number;
  end: number;
  clause: number;
  sentence: number;
  /** Index into Text.quotes when the token sits inside a quotation. */
  quote: number;
  hashtag: boolean;
}

export interface Quote {
  start: number;
  end: number;
  words: number;
  /** Short quotation around a term the author disowns ("referendum"), as opposed to a quoted statement or a title. */
  scare: boolean;
}

export interface Sentence {
  question: boolean;
}

export interface Text {
  /** The cleaned text the offsets refer to. */
  text: string;
  tokens: Token[];
  quotes: Quote[];
  sentences: Sentence[];
  emoji: { char: string; start: number }[];
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|org|net|gov|int|co)\/\S*/giu;
const WWW = /www\./i;
const MENTION = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]{1,30}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A word: letters, marks and digits, with inner apostrophes, hyphens and dots (U.S., 2+2 stay apart).
export const WORD = /#?[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
/** `analyse`'s own, so that no other use of WORD moves its place. */
const WORDS = new RegExp(WORD.source, 'gu');
export const CLAUSE_BREAK = /[,;:.!?()\[\]—–…،؛。，；：！？\n]/u;
const SENTENCE_BREAK = /[.!?…。！？؟\n]/u;
export const QUESTION = /[?？؟]/u;
const EMOJI = /\p{Extended_Pictographic}/gu;
export const QUOTE_PAIRS: [string, string][] = [['“', '”'], ['«', '»'], ['„', '“'], ['„', '”'], ['"', '"'], ['「', '」'], ['『', '』'], ['‘', '’'], ['‹', '›'], ['”', '”']];

export function cleanText(raw: string): string {
  let text = typeof raw === 'string' ? raw : String(raw ?? '');
  if (text.length > MAX_CHARS) text = text.slice(0, MAX_CHARS);
  text = text.replace(LONE_SURROGATE, '\uFFFD');
  // Every link has a slash or "www."; the link pattern is costly to try at every word, so most posts skip it.
  if (text.includes('/') || WWW.test(text)) text = text.replace(URL, ' ');
  return text.includes('@') ? text.replace(MENTION, '$1 ') : text;
}

function findQuotes(text: string, titleNouns: ReadonlySet<string>, quotedNames = false): Quote[] {
  const quotes: Quote[] = [];
  let from = 0;
  while (from < text.length) {
    let best: { start: number; end: number } | null = null;
    for (const [open, close] of QUOTE_PAIRS) {
      const start = text.indexOf(open, from);
      if (start < 0 || (best && start >= best.start)) continue;
      // A straight quote or apostrophe-like mark only opens a quotation at a word's start.
      if ((open === '"' || open === '‘' || open === '”') && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
      const end = text.indexOf(close, start + 1);
      if (end < 0 || end - start > 400) continue;
      best = { start, end: end + 1 };
    }
    if (!best) break;
    const inner = text.slice(best.start + 1, best.end - 1);
    const words = (inner.match(WORD) ?? []).length + (inner.match(new RegExp(HAN_OR_KANA.source, 'gu'))?.length ?? 0) / 2;
    const before = text.slice(Math.max(0, best.start - 30), best.start);
    const attributed = /[:：]\s*$/u.test(before);
    const previousWord = foldWord((before.match(/([\p{L}\p{M}]+)[\s\u00A0]*$/u)?.[1]) ?? '');
    const named = quotedNames && /^\s*\p{Lu}/u.test(inner);
    const scare = words >= 0.5 && words <= 3 && !attributed && !named && !/\d/u.test(inner) && !titleNouns.has(previousWord);
    quotes.push({ start: best.start, end: best.end, words, scare });
    from = best.end;
  }
  return quotes;
}

export function splitHashtag(tag: string): string[] {
  const body = tag.slice(1);
  const parts = body.match(/\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+|\p{N}+|[\p{L}\p{M}]+/gu);
  return parts && parts.length > 0 ? parts : [body];
}

export function wordForms(word: string, clitics: readonly string[], folded = foldWord(word)): string[] {
  const out = [folded];
  for (const clitic of clitics) {
    if (folded.length > clitic.length + 1 && folded.startsWith(clitic)) out.push(folded.slice(clitic.length));
  }
  return out;
}

/** Han and kana carry no spaces: every character is a token, Latin runs inside stay whole. */
export function splitHan(word: string): string[] {
  return word.match(HAN_PIECES) ?? [word];
}
const HAN_PIECES = new RegExp(`${HAN_OR_KANA.source}|[^${HAN_OR_KANA.source.slice(1, -1)}]+`, 'gu');

export function findEmoji(text: string): { char: string; start: number }[] {
  const emoji: { char: string; start: number }[] = [];
  EMOJI.lastIndex = 0;
  for (let match = EMOJI.exec(text); match; match = EMOJI.exec(text)) emoji.push({ char: match[0], start: match.index });
  return emoji;
}

/** Words of `text` already folded, in text order: the i-th starts at spans[2i] and ends at spans[2i + 1]. */
export interface FoldedWords {
  text: string;
  spans: number[];
  forms: string[];
}

export interface TokenizeOptions {
  segment: 'word' | 'char';
  clitics: readonly string[];
  titleNouns: ReadonlySet<string>;
  /** A quotation opening with a capital letter is a name (ToneLexicon's `quotedNames`). */
  quotedNames?: boolean;
}

/**
 * `folded`: words of the same text already folded (./features.ts reads every post before the
 * lexicons do); a word found there at the same offsets is not folded again.
 */
export function analyse(raw: string, options: TokenizeOptions, folded?: FoldedWords): Text {
  const text = cleanText(raw);
  const known = folded?.text === text ? folded : undefined;
  /** The first of `known`'s words that does not start before the word being read. */
  let knownAt = 0;
  const quotes = findQuotes(text, options.titleNouns, options.quotedNames);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [{ question: false }];
  let clause = 0;
  let sentence = 0;
  let last = 0;
  let quoteIndex = 0;

  const forms = (word: string, start: number) => {
    if (known) {
      while (knownAt < known.forms.length && known.spans[2 * knownAt]! < start) knownAt++;
      if (known.spans[2 * knownAt] === start && known.spans[2 * knownAt + 1] === start + word.length) return wordForms(word, options.clitics, known.forms[knownAt]);
    }
    return wordForms(word, options.clitics);
  };
  const quoteAt = (offset: number): number => {
    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.end ?? 0) <= offset) quoteIndex++;
    const q = quotes[quoteIndex];
    return q && q.start < offset ? quoteIndex : -1;
  };
  const push = (word: string, start: number, hashtag: boolean) => {
    const gap = text.slice(last, start);
    if (tokens.length > 0) {
      if (CLAUSE_BREAK.test(gap)) clause++;
      const previous = tokens[tokens.length - 1]!;
      // "U.S." and "Mr." do not end a sentence: a lone dot after one or two letters is an abbreviation.
      const abbreviation = /^\.\s*$/u.test(gap) && previous.text.length <= 2;
      if (SENTENCE_BREAK.test(gap) && !abbreviation) {
        if (QUESTION.test(gap)) sentences[sentence]!.question = true;
        sentence++;
        sentences.push({ question: /[¿]/u.test(gap) });
      }
    }
    tokens.push({ text: word, forms: forms(word, start), start, end: start + word.length, clause, sentence, quote: quoteAt(start), hashtag });
    last = start + word.length;
  };

  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(text); match; match = WORDS.exec(text)) {
    const word = match[0];
    const start = match.index;
    if (word.startsWith('#')) {
      let offset = start + 1;
      for (const part of splitHashtag(word)) {
        push(part, offset, true);
        offset += part.length;
      }
      continue;
    }
    if (options.segment === 'char' || HAN_OR_KANA.test(word)) {
      let offset = start;
      for (const piece of splitHan(word)) {
        push(piece, offset, false);
        offset += piece.length;
      }
      continue;
    }
    push(word, start, false);
  }
  const tail = text.slice(last);
  if (QUESTION.test(tail)) sentences[sentence]!.question = true;

  return { text, tokens, quotes, sentences, emoji: findEmoji(text) };
}
