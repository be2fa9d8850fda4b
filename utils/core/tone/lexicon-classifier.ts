// The lexicon classifier: the stance a post takes from hand-written cue lexicons (./lexicon/), with
// negation, hedges, irony and the guide's hard cases as rules. It serves the languages the learned
// model (./model.ts) has no annotated posts for, and is the baseline the evaluation compares with.
// Pure: no DOM, no browser API, no network.
import type { ToneCue, ToneOrUnknown, ToneResult } from '../model';
import { CUE_CLASSES, type CueClass } from './lexicon/types';
import type { ToneLexicon } from './lexicon/types';
import { EMOJI_CUES } from './lexicon/emoji';
import { compileLexicon, findCues, isNegator, tokenMatches, type CompiledLexicon, type Match } from './compile';
import { analyse, type Text, type TokenizeOptions } from './text';
import { guessLanguageFromScript, primaryLanguage } from './language';

/** Splits a post into tokens, clauses and sentences: ./text.ts's `analyse`, or compromise's for English (./english.ts). */
export type Analyser = (raw: string, options: TokenizeOptions) => Text;

/** Polarity needed to call a post cooperative or confrontational. */
const DECISION_THRESHOLD = 0.7;
/** Logistics and readouts inform; a stance in them has to be clearer to count. */
const DECISION_THRESHOLD_WITH_LOGISTICS = 1.0;
/** Irony needed to call a post sarcastic: more than any single marker can give. */
const IRONY_THRESHOLD = 1.0;
/** Fewer words than this and nothing recognised: too short to judge. */
const MIN_WORDS_WITHOUT_CUES = 4;
const MIN_WORDS = 2;

/** Acts aimed at another party: when present, they are the post's main act (guide rule 1). */
const CONFLICT_ACTS = new Set<CueClass>(['condemn', 'accuse', 'demand', 'reject', 'threaten', 'expel', 'sanction', 'summon', 'recall', 'violate', 'criticize']);
/** Cooperation addressed to victims or partners, secondary to a conflict act in the same post. */
const SECONDARY_COOPERATION = new Set<CueClass>(['condole', 'support', 'cooperate', 'aid', 'reconcile']);
/** Praise and thanks: the literal words that irony turns around. */
const PRAISE = new Set<CueClass>(['thank', 'praise', 'congratulate', 'welcome', 'friendship', 'intend']);
const VERBAL_IRONY = new Set(['irony', 'so_called', 'feigned_help', 'scare_quote', 'hyperbole', 'rhetorical_question']);

const compiled = new WeakMap<ToneLexicon, CompiledLexicon>();
function compiledLexicon(lexicon: ToneLexicon): CompiledLexicon {
  let entry = compiled.get(lexicon);
  if (!entry) compiled.set(lexicon, (entry = compileLexicon(lexicon)));
  return entry;
}

/**
 * The lexicons to read with, by language, and English's analyser (compromise's, ./english.ts).
 * Callers pass them so a bundle carries only what it uses: the content script needs no English,
 * Spanish or Chinese lexicon, since the learned model reads those languages.
 */
export interface LexiconSet {
  lexicons: Readonly<Record<string, ToneLexicon>>;
  analysers?: Partial<Record<string, Analyser>>;
}

const round = (n: number) => Math.round(n * 100) / 100;

function spanText(text: Text, start: number, end: number): string {
  const first = text.tokens[start];
  const last = text.tokens[end - 1];
  return first && last ? text.text.slice(first.start, last.end) : '';
}

interface Scored extends ToneCue {
  cls: CueClass | string;
}

function scoreMatches(text: Text, matches: Match[], lex: CompiledLexicon): Scored[] {
  const { tokens } = text;
  const window = lex.lexicon.negationWindow ?? (lex.segment === 'char' ? 2 : 3);
  const after = lex.lexicon.negationAfter ?? 0;
  const consumed = new Uint8Array(tokens.length);
  for (const m of matches) for (let k = m.start; k < m.end; k++) consumed[k] = 1;

  // Terms the author disowns: inside a scare quote, or right after "so-called".
  const disowned = new Uint8Array(tokens.length);
  tokens.forEach((token, k) => {
    if (token.quote >= 0 && text.quotes[token.quote]?.scare) disowned[k] = 1;
  });
  for (const m of matches) {
    if (m.entry.cls !== 'so_called') continue;
    const quoteAfter = tokens[m.end]?.quote ?? -1;
    for (let k = m.end; k < Math.min(tokens.length, m.end + 3); k++) {
      if (tokens[k]!.clause !== tokens[m.start]!.clause) break;
      if (quoteAfter >= 0 && tokens[k]!.quote !== quoteAfter) break;
      disowned[k] = 1;
    }
  }

  const scored: Scored[] = [];
  let topicSentence = -1;
  for (const m of matches) {
    const { cls } = m.entry;
    const polarity = CUE_CLASSES[cls].polarity;
    const first = tokens[m.start]!;
    if (cls === 'topic') topicSentence = first.sentence;
    if (polarity !== 'cooperation' && polarity !== 'conflict') {
      scored.push({ cue: spanText(text, m.start, m.end), weight: m.entry.weight, kind: cls, cls });
      continue;
    }
    if (disowned[m.start]) continue;

    let weight = m.entry.weight;
    let kind: string = cls;
    let spanStart = m.start;
    let spanEnd = m.end;
    let negated = false;
    for (let k = m.start - 1; k >= Math.max(0, m.start - window); k--) {
      const t = tokens[k]!;
      if (t.clause !== first.clause) break;
      if (consumed[k]) continue;
      if (isNegator(t, lex)) {
        negated = true;
        spanStart = k;
        break;
      }
      if (lex.hedges.has(t.forms[0]!)) {
        weight *= 0.5;
        spanStart = k;
      }
    }
    for (let k = m.end; !negated && k < Math.min(tokens.length, m.end + after); k++) {
      const t = tokens[k]!;
      if (t.clause !== tokens[m.end - 1]!.clause) break;
      if (!consumed[k] && isNegator(t, lex)) {
        negated = true;
        spanEnd = k + 1;
      }
    }
    if (negated) {
      // "not acceptable" is a rejection; "no disagreement" is agreement, though weaker than saying so.
      weight = weight > 0 ? -0.8 * weight : -0.6 * weight;
      kind = 'negation';
    }
    if (first.hashtag) weight *= 0.7;
    if (topicSentence === first.sentence && m.start > 0) {
      // Subjects of a readout ("discussed the sanctions regime") are not stances.
      weight *= 0.2;
      kind = 'topic';
    }
    scored.push({ cue: spanText(text, spanStart, spanEnd), weight, kind, cls });
  }
  return scored;
}

function ironyCues(text: Text, lex: CompiledLexicon, hasLogistics: boolean, soCalledEnds: Set<number>): Scored[] {
  const cues: Scored[] = [];
  let scare = 0;
  for (const quote of text.quotes) {
    if (!quote.scare || scare >= 2) continue;
    // "so-called “referendum”" disowns once, not twice.
    const firstInside = text.tokens.findIndex((t) => t.start > quote.start);
    if (firstInside > 0 && soCalledEnds.has(firstInside)) continue;
    scare++;
    cues.push({ cue: text.text.slice(quote.start, quote.end), weight: 0.6, kind: 'scare_quote', cls: 'scare_quote' });
  }
  const { tokens } = text;
  let hyperbole = 0;
  for (let k = 0; k < tokens.length - 1 && hyperbole < 2; k++) {
    if (!lex.intensifiers.has(tokens[k]!.forms[0]!)) continue;
    for (let j = k + 1; j <= Math.min(k + 2, tokens.length - 1); j++) {
      const next = tokens[j]!;
      if (next.clause !== tokens[k]!.clause) break;
      if (lex.ironicPraise.some((p) => tokenMatches(next, p))) {
        cues.push({ cue: spanText(text, k, j + 1), weight: 0.6, kind: 'hyperbole', cls: 'hyperbole' });
        hyperbole++;
        k = j;
        break;
      }
    }
  }
  if (!hasLogistics) {
    // A question in a statement that informs nobody is asked for effect, all the more when aimed at "them".
    const asked = new Set<number>();
    for (const token of tokens) if (text.sentences[token.sentence]?.question) asked.add(token.sentence);
    for (const sentence of asked) {
      const words = tokens.filter((t) => t.sentence === sentence);
      const atThirdParty = words.some((t) => lex.thirdParty.has(t.forms[0]!));
      cues.push({ cue: spanText(text, tokens.indexOf(words[0]!), tokens.indexOf(words[words.length - 1]!) + 1) + '?', weight: atThirdParty ? 0.7 : 0.4, kind: 'rhetorical_question', cls: 'rhetorical_question' });
      break;
    }
  }
  return cues;
}

function emojiCues(text: Text): Scored[] {
  const cues: Scored[] = [];
  const seen = new Set<string>();
  for (const { char } of text.emoji) {
    const cue = EMOJI_CUES[char];
    if (!cue || seen.has(char)) continue;
    seen.add(char);
    cues.push({ cue: char, weight: cue.weight, kind: cue.cls === 'mocking_emoji' ? 'mocking_emoji' : cue.cls, cls: cue.cls });
  }
  return cues;
}

function unknown(lang: string): ToneResult {
  return { tone: 'unknown', score: 0, cues: [], lang };
}

/**
 * Tone of a post by the lexicons: cooperative, confrontational, neutral or sarcastic, with a score
 * on the conflict (-1) to cooperation (+1) axis and the cues that decided it. `lang` is the
 * platform's BCP-47 tag; without it only Cyrillic, Arabic and Han script are guessed. English reads
 * best with compromise's analyser (`analyseEnglish`), which the caller passes: it stays out of
 * bundles that do not need it.
 */
export function classifyWithLexicon(text: string, lang: string | undefined, set: LexiconSet): ToneResult {
  try {
    return classify(typeof text === 'string' ? text : '', lang, set);
  } catch {
    // A badge must never break the page: any surprise in the input is an abstention.
    return unknown(primaryLanguage(lang) ?? 'und');
  }
}

function classify(raw: string, tag: string | undefined, { lexicons, analysers = {} }: LexiconSet): ToneResult {
  const lang = primaryLanguage(tag) ?? guessLanguageFromScript(raw) ?? 'und';
  const lexicon = Object.hasOwn(lexicons, lang) ? lexicons[lang] : undefined;
  if (!lexicon) return unknown(lang);
  const lex = compiledLexicon(lexicon);

  const options = { segment: lex.segment, clitics: lex.clitics, titleNouns: lex.titleNouns, quotedNames: lexicon.quotedNames };
  const text = (analysers[lang] ?? analyse)(raw, options);
  const words = lex.segment === 'char' ? Math.ceil(text.tokens.length / 2) : text.tokens.length;
  if (words < MIN_WORDS) return unknown(lang);

  const matches = findCues(text.tokens, lex);
  const soCalledEnds = new Set(matches.filter((m) => m.entry.cls === 'so_called').map((m) => m.end));
  const matched = scoreMatches(text, matches, lex);
  const hasLogistics = matched.some((c) => c.cls === 'logistics' || c.cls === 'readout');
  const cues: Scored[] = [...matched, ...ironyCues(text, lex, hasLogistics, soCalledEnds), ...emojiCues(text)];

  const isPolar = (c: Scored) => c.kind !== 'topic' && (CUE_CLASSES[c.cls as CueClass]?.polarity === 'cooperation' || CUE_CLASSES[c.cls as CueClass]?.polarity === 'conflict');
  const conflictAct = cues.some((c) => isPolar(c) && c.weight <= -0.5 && CONFLICT_ACTS.has(c.cls as CueClass));
  if (conflictAct) {
    // Main act wins: condolences and partnership beside a condemnation address victims and allies, not the other party.
    for (const c of cues) if (isPolar(c) && c.weight > 0 && SECONDARY_COOPERATION.has(c.cls as CueClass)) c.weight *= 0.5;
  }

  // Praise beside irony, or beside hostility plus a mocking emoji, is praise turned around.
  const praise = cues.some((c) => isPolar(c) && c.weight > 0 && PRAISE.has(c.cls as CueClass));
  const verbalIrony = cues.some((c) => VERBAL_IRONY.has(c.kind));
  const mocking = cues.some((c) => c.kind === 'mocking_emoji');
  const hostileContext = cues.some((c) => c.cls === 'hostile' || c.cls === 'pejorative' || (isPolar(c) && c.weight < -0.3));
  if (praise && (verbalIrony || (hostileContext && mocking))) {
    cues.push({ cue: 'praise amid hostility or irony', weight: 0.5, kind: 'incongruity', cls: 'incongruity' });
  }

  let cooperation = 0;
  let conflict = 0;
  let irony = 0;
  for (const c of cues) {
    if (isPolar(c)) {
      if (c.weight > 0) cooperation += c.weight;
      else conflict -= c.weight;
    } else if (c.kind === 'incongruity' || c.kind === 'mocking_emoji' || VERBAL_IRONY.has(c.kind)) {
      irony += c.weight;
    } else if (c.kind === 'negation' || (c.kind !== 'topic' && c.weight < 0)) {
      conflict -= Math.min(0, c.weight);
    }
  }

  const shown = cues.filter((c) => c.weight !== 0 || c.kind === 'logistics' || c.kind === 'readout');
  if (shown.length === 0 && words < MIN_WORDS_WITHOUT_CUES) return unknown(lang);

  let tone: ToneOrUnknown;
  let score: number;
  const threshold = hasLogistics ? DECISION_THRESHOLD_WITH_LOGISTICS : (lexicon.decisionThreshold ?? DECISION_THRESHOLD);
  if (irony >= IRONY_THRESHOLD && !(conflict >= 1.5 && conflict >= irony + 0.5)) {
    // Irony beats its literal words (rule 3), unless open hostility outweighs it.
    tone = 'sarcastic';
    score = -Math.min(0.9, 0.2 + 0.2 * irony + 0.15 * conflict);
  } else if (conflict >= threshold && conflict >= 0.6 * cooperation) {
    tone = 'confrontational';
    score = -Math.max(0.1, Math.tanh((conflict - 0.5 * cooperation) / 2));
  } else if (cooperation >= threshold && cooperation > conflict) {
    tone = 'cooperative';
    score = Math.max(0.1, Math.tanh((cooperation - conflict) / 2));
  } else {
    tone = 'neutral';
    score = 0;
  }

  const ordered = shown
    .map(({ cue, weight, kind }) => ({ cue, weight: round(weight), kind }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { tone, score: round(score), cues: ordered, lang };
}
