// Compiles a lexicon once into lookup tables and finds its cues in a tokenized post.
import { CUE_CLASSES, type CueClass, type ToneLexicon } from './lexicon/types';
import { foldWord } from '../text/fold';
import type { Token } from './text';

interface PatternToken {
  text: string;
  prefix: boolean;
  any: boolean;
}

export interface Entry {
  pattern: PatternToken[];
  cls: CueClass;
  weight: number;
}

export interface CompiledLexicon {
  lexicon: ToneLexicon;
  segment: 'word' | 'char';
  exact: Map<string, Entry[]>;
  byPrefix: Map<string, Entry[]>;
  negators: Set<string>;
  contractedNegation: boolean;
  hedges: Set<string>;
  intensifiers: Set<string>;
  ironicPraise: PatternToken[];
  thirdParty: Set<string>;
  titleNouns: Set<string>;
  clitics: string[];
}

const PREFIX_KEY = 3;

function parseToken(raw: string): PatternToken {
  if (raw === '_') return { text: '', prefix: false, any: true };
  const prefix = raw.endsWith('*');
  return { text: foldWord(prefix ? raw.slice(0, -1) : raw), prefix, any: false };
}

function parsePattern(raw: string, segment: 'word' | 'char'): { tokens: PatternToken[]; weight?: number } {
  const at = raw.lastIndexOf('=');
  const weight = at > 0 ? Number(raw.slice(at + 1)) : undefined;
  const body = (at > 0 ? raw.slice(0, at) : raw).trim();
  const pieces = segment === 'char' ? Array.from(body.replace(/\s+/g, '')) : body.split(/\s+/);
  return { tokens: pieces.map(parseToken), weight: Number.isFinite(weight) ? weight : undefined };
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export function compileLexicon(lexicon: ToneLexicon): CompiledLexicon {
  const segment = lexicon.segment ?? 'word';
  const exact = new Map<string, Entry[]>();
  const byPrefix = new Map<string, Entry[]>();
  for (const [cls, patterns] of Object.entries(lexicon.cues) as [CueClass, readonly string[]][]) {
    for (const raw of patterns) {
      const { tokens, weight } = parsePattern(raw, segment);
      const first = tokens[0];
      if (!first || first.any) continue;
      const base = CUE_CLASSES[cls].weight;
      // Per-pattern weights are magnitudes; the class decides the sign.
      const entry: Entry = { pattern: tokens, cls, weight: weight === undefined ? base : Math.sign(base || 1) * weight };
      if (first.prefix && first.text.length >= PREFIX_KEY) add(byPrefix, first.text.slice(0, PREFIX_KEY), entry);
      else add(exact, first.text, entry);
    }
  }
  const negators = new Set(lexicon.negators.map(foldWord));
  return {
    lexicon,
    segment,
    exact,
    byPrefix,
    negators,
    contractedNegation: negators.has("n't"),
    hedges: new Set(lexicon.hedges.map(foldWord)),
    intensifiers: new Set(lexicon.intensifiers.map(foldWord)),
    ironicPraise: lexicon.ironicPraise.map(parseToken),
    thirdParty: new Set(lexicon.thirdParty.map(foldWord)),
    titleNouns: new Set((lexicon.titleNouns ?? []).map(foldWord)),
    clitics: (lexicon.clitics ?? []).map(foldWord).sort((a, b) => b.length - a.length),
  };
}

export function tokenMatches(token: Token, pattern: PatternToken): boolean {
  if (pattern.any) return true;
  for (const form of token.forms) {
    if (pattern.prefix ? form.startsWith(pattern.text) : form === pattern.text) return true;
  }
  return false;
}

export interface Match {
  entry: Entry;
  start: number;
  /** Exclusive token index. */
  end: number;
}

function matchAt(tokens: Token[], at: number, entry: Entry): number {
  const { pattern } = entry;
  if (at + pattern.length > tokens.length) return -1;
  for (let k = 0; k < pattern.length; k++) {
    if (!tokenMatches(tokens[at + k]!, pattern[k]!)) return -1;
  }
  return at + pattern.length;
}

/** At equal length an exact word beats a stem ("demandes" the noun over "demand*"), then the stronger cue. */
function preferOver(entry: Entry, current: Entry): boolean {
  const exact = entry.pattern.filter((p) => !p.prefix).length;
  const currentExact = current.pattern.filter((p) => !p.prefix).length;
  if (exact !== currentExact) return exact > currentExact;
  return Math.abs(entry.weight) > Math.abs(current.weight);
}

/** The best of `best` and the entries of `list` that match at token `at`. */
function bestMatch(list: Entry[] | undefined, tokens: Token[], at: number, best: Match | null): Match | null {
  if (!list) return best;
  for (const entry of list) {
    const end = matchAt(tokens, at, entry);
    if (end < 0) continue;
    if (!best || end > best.end || (end === best.end && preferOver(entry, best.entry))) best = { entry, start: at, end };
  }
  return best;
}

/** Longest match first at each position, no overlaps: "not acceptable" wins over "acceptable". */
export function findCues(tokens: Token[], compiled: CompiledLexicon): Match[] {
  const matches: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    let best: Match | null = null;
    for (const form of token.forms) {
      best = bestMatch(compiled.exact.get(form), tokens, i, best);
      if (form.length >= PREFIX_KEY) best = bestMatch(compiled.byPrefix.get(form.slice(0, PREFIX_KEY)), tokens, i, best);
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return matches;
}

export function isNegator(token: Token, compiled: CompiledLexicon): boolean {
  for (const form of token.forms) {
    if (compiled.negators.has(form)) return true;
    if (compiled.contractedNegation && form.endsWith("n't")) return true;
  }
  return false;
}
