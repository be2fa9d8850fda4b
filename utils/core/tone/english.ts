// English posts are tokenized by compromise/one: its sentence splitter knows
// abbreviations ("U.S.", "Mr."), its contraction expander turns "don't", "won't",
// "isn't", "cannot" into a verb plus an explicit "not" that negation scope can see,
// and it peels quotation marks and other punctuation off words into each term's
// pre/post, so apostrophes inside words ("don't", "Russia's") are never taken for quotes.
// compromise has no quotation or question finder below compromise/three, which is
// too big for the content script, so both are read here from the pre/post it gives.
import nlp from 'compromise/one';
import {
  analyse,
  cleanText,
  CLAUSE_BREAK,
  findEmoji,
  HAN_OR_KANA,
  QUESTION,
  QUOTE_PAIRS,
  splitHan,
  splitHashtag,
  WORD,
  wordForms,
  type Quote,
  type Sentence,
  type Text,
  type Token,
  type TokenizeOptions,
} from './text';

/** The fields of a compromise term this file reads (the d.ts leaves `implicit` out). */
interface Term {
  text: string;
  pre: string;
  post: string;
  /** The word a contraction stands for: "do" and "not" for the two terms of "don't". */
  implicit?: string;
}

interface Unit {
  /** The term's own text; "" for the parts of a contraction after its first. */
  text: string;
  pre: string;
  post: string;
  /** Offset of `text` in the cleaned text. */
  at: number;
  implicit: string | undefined;
  sentence: number;
}

/** Quotation spans longer than this are stray marks, not quotations. */
const MAX_QUOTE = 400;
const CLOSERS = new Map<string, string>();
for (const [open, close] of QUOTE_PAIRS) CLOSERS.set(open, (CLOSERS.get(open) ?? '') + close);
// compromise peels straight single quotes off words too ('free'); an apostrophe inside a word stays in it.
CLOSERS.set("'", "'");
const HYPHEN = /^[-‐]$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORDS = new RegExp(WORD.source, 'gu');
/** Inside one compromise term ("U.S.", "10.5", "and/or") a dot is part of the word, not a clause break. */
const INNER_BREAK = new RegExp(CLAUSE_BREAK.source.replace('.', ''), 'u');
const ABBREVIATION_DOT = /^\.\s*$/u;
/** Where compromise's splitter considers ending a sentence: stops followed by a space. */
const SENTENCE_STOP = /^[.!?\u203D\u2E18\u203C\u2047-\u2049]+\s/u;
// compromise's own test for "is this chunk a sentence" (abbreviations, acronyms, ellipses); not in its d.ts,
// so a compromise without it only costs the split of quoted statements, never a crash.
const compromiseIsSentence = (nlp.methods() as { one?: { tokenize?: { isSentence?: unknown } } }).one?.tokenize?.isSentence;
const ABBREVIATIONS = (nlp.model() as { one?: { abbreviations?: unknown } }).one?.abbreviations ?? {};
const isSentence = (chunk: string): boolean => typeof compromiseIsSentence === 'function' && compromiseIsSentence(chunk, ABBREVIATIONS) === true;

type TokenizeView = { document: Term[][]; compute(name: string): unknown };
const world = nlp.world() as { methods?: { one?: { tokenize?: { fromString?: (text: string, world: unknown) => Term[][] } } } };
const fromString = world.methods?.one?.tokenize?.fromString;

/**
 * compromise's sentences and terms, with contractions expanded. nlp.tokenize does this and also
 * recomputes each term's normal form, machine form and aliases, which nothing here reads: they
 * were 40% of its time. The terms are the same; should compromise's internals move, its public
 * tokenize is used.
 */
export function compromiseTerms(text: string): Term[][] {
  if (typeof fromString !== 'function') return nlp.tokenize(text).docs as unknown as Term[][];
  // An empty document bound to compromise's world, to run the contraction step on.
  const view = nlp.tokenize('') as unknown as TokenizeView;
  view.document = fromString(text, world);
  view.compute('contractions');
  return view.document;
}

function units(text: string): Unit[] | null {
  const sentences = compromiseTerms(text);
  const out: Unit[] = [];
  let at = 0;
  sentences.forEach((terms, sentence) => {
    for (const term of terms) {
      at += term.pre.length;
      const previous = out[out.length - 1];
      // compromise splits "so-called" and "one-sided" at the hyphen; the lexicons spell them whole.
      if (previous && previous.sentence === sentence && HYPHEN.test(previous.post) && term.pre === '' && term.text && previous.text && !previous.implicit && !term.implicit) {
        previous.text += previous.post + term.text;
        previous.post = term.post;
      } else {
        out.push({ text: term.text, pre: term.pre, post: term.post, at, implicit: term.implicit || undefined, sentence });
      }
      at += term.text.length + term.post.length;
    }
  });
  // Offsets are rebuilt from pre/text/post; should compromise ever not give the text back whole, they would be wrong.
  return at === text.length ? out : null;
}

export function analyseEnglish(raw: string, options: TokenizeOptions): Text {
  const text = cleanText(raw);
  let list: Unit[] | null;
  try {
    list = units(text);
  } catch {
    list = null;
  }
  if (!list) return analyse(raw, options);

  const tokens: Token[] = [];
  const quotes: Quote[] = [];
  /** First token of each quotation, to mark its tokens once it closes. */
  const quoteFrom: number[] = [];
  const sentences: Sentence[] = [];
  let open: { start: number; closers: string; from: number } | null = null;
  let clause = 0;
  let compromiseSentence = -1;
  let sentenceStart = 0;
  /** End of the last word-bearing term's text, and of its trailing punctuation. */
  let textEnd = 0;
  let postEnd = 0;
  /** The written word a contraction's later parts point at, for showing cues. */
  let owner = { text: '', start: 0, end: 0 };

  const closeQuote = (from: number, to: number) => {
    if (!open) return;
    for (let k = from; k < to; k++) {
      if (!open.closers.includes(text[k]!)) continue;
      if (k + 1 - open.start <= MAX_QUOTE && tokens.length > open.from) {
        quotes.push(describeQuote(text, tokens, open.start, k + 1, open.from, options.titleNouns));
        quoteFrom.push(open.from);
      }
      open = null;
      return;
    }
    if (to - open.start > MAX_QUOTE) open = null;
  };
  const openQuote = (from: number, to: number) => {
    if (open) return;
    for (let k = from; k < to; k++) {
      const closers = CLOSERS.get(text[k]!);
      if (closers) {
        open = { start: k, closers, from: tokens.length };
        return;
      }
    }
  };

  const push = (word: string, forms: string[], start: number, end: number, hashtag: boolean, newClause: boolean) => {
    if (newClause && tokens.length > 0) clause++;
    tokens.push({ text: word, forms, start, end, clause, sentence: sentences.length - 1, quote: -1, hashtag });
  };

  for (const unit of list) {
    if (unit.implicit === undefined && !WORD_CHAR.test(unit.text)) continue;

    // Between the previous word and this one: a closing mark belongs to the words before, an opening mark to the words after.
    closeQuote(textEnd, unit.at - unit.pre.length);
    openQuote(postEnd, unit.at);
    const gap = text.slice(textEnd, unit.at);
    const previous = tokens[tokens.length - 1];
    if (previous && QUESTION.test(gap)) sentences[previous.sentence]!.question = true;
    let newSentence = unit.sentence !== compromiseSentence;
    let newClause = newSentence || CLAUSE_BREAK.test(gap);
    const stop = newSentence ? null : SENTENCE_STOP.exec(gap);
    if (stop) {
      // compromise keeps a quoted statement in one sentence ('he said "no sir. i will not" and left');
      // for stance each of its sentences counts alone. Where compromise's own test says a stop is no
      // sentence end, the dot belongs to an abbreviation ("Mr.", "U.S.") and breaks nothing.
      if (isSentence(text.slice(sentenceStart, textEnd + stop[0].trimEnd().length))) newSentence = true;
      else if (ABBREVIATION_DOT.test(gap)) newClause = false;
    }
    if (newSentence || sentences.length === 0) {
      sentences.push({ question: false });
      sentenceStart = unit.at;
    }
    compromiseSentence = unit.sentence;

    if (unit.implicit !== undefined) {
      if (unit.text) owner = { text: unit.text, start: unit.at, end: unit.at + unit.text.length };
      push(owner.text, wordForms(unit.implicit, options.clitics), owner.start, owner.end, false, newClause);
    } else {
      owner = { text: unit.text, start: unit.at, end: unit.at + unit.text.length };
      let first = true;
      let innerEnd = 0;
      for (const match of unit.text.matchAll(WORDS)) {
        const word = match[0];
        const index = match.index ?? 0;
        const breaks = first ? newClause : INNER_BREAK.test(unit.text.slice(innerEnd, index));
        innerEnd = index + word.length;
        first = false;
        const start = unit.at + index;
        if (word.startsWith('#')) {
          let offset = start + 1;
          let firstPart = true;
          for (const part of splitHashtag(word)) {
            push(part, wordForms(part, options.clitics), offset, offset + part.length, true, firstPart && breaks);
            offset += part.length;
            firstPart = false;
          }
        } else if (HAN_OR_KANA.test(word)) {
          let offset = start;
          let firstPart = true;
          for (const piece of splitHan(word)) {
            push(piece, wordForms(piece, options.clitics), offset, offset + piece.length, false, firstPart && breaks);
            offset += piece.length;
            firstPart = false;
          }
        } else {
          push(word, wordForms(word, options.clitics), start, start + word.length, false, breaks);
        }
      }
    }
    textEnd = unit.at + unit.text.length;
    postEnd = textEnd + unit.post.length;
  }
  closeQuote(textEnd, text.length);
  const last = tokens[tokens.length - 1];
  if (last && QUESTION.test(text.slice(textEnd))) sentences[last.sentence]!.question = true;

  quotes.forEach((quote, q) => {
    for (let k = quoteFrom[q]!; k < tokens.length && tokens[k]!.start < quote.end; k++) tokens[k]!.quote = q;
  });
  if (sentences.length === 0) sentences.push({ question: false });
  return { text, tokens, quotes, sentences, emoji: findEmoji(text) };
}

function describeQuote(text: string, tokens: Token[], start: number, end: number, from: number, titleNouns: ReadonlySet<string>): Quote {
  // Written words, not tokens: "don't" is one word though compromise makes it two.
  const starts = new Set<number>();
  let han = 0;
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (HAN_OR_KANA.test(token.text)) han++;
    else starts.add(token.start);
  }
  const words = starts.size + han / 2;
  const inner = text.slice(start + 1, end - 1);
  const attributed = /[:：]\s*$/u.test(text.slice(Math.max(0, start - 30), start));
  const previous = tokens[from - 1];
  const previousWord = previous && /^[\s\u00A0]*$/u.test(text.slice(previous.end, start)) ? previous.forms[0] ?? '' : '';
  const scare = words >= 0.5 && words <= 3 && !attributed && !/\d/u.test(inner) && !titleNouns.has(previousWord);
  return { start, end, words, scare };
}
