// The shape every language lexicon shares, and the one table of cue classes.
// Classes follow CAMEO's verbal cooperation (02-05) and verbal conflict (10-17)
// roots; weights are roughly Goldstein-scale values divided by ten, rescaled so
// that one clear act (a condemnation, a thank-you) crosses the decision threshold.

export type Polarity = 'cooperation' | 'conflict' | 'neutral' | 'irony' | 'context';

export const CUE_CLASSES = {
  // verbal cooperation
  thank: { polarity: 'cooperation', weight: 0.8 },
  praise: { polarity: 'cooperation', weight: 0.6 },
  agree: { polarity: 'cooperation', weight: 0.7 },
  sign: { polarity: 'cooperation', weight: 0.8 },
  condole: { polarity: 'cooperation', weight: 0.8 },
  welcome: { polarity: 'cooperation', weight: 0.7 },
  congratulate: { polarity: 'cooperation', weight: 0.9 },
  support: { polarity: 'cooperation', weight: 0.6 },
  cooperate: { polarity: 'cooperation', weight: 0.5 },
  friendship: { polarity: 'cooperation', weight: 0.6 },
  aid: { polarity: 'cooperation', weight: 0.5 },
  reconcile: { polarity: 'cooperation', weight: 0.6 },
  greet: { polarity: 'cooperation', weight: 0.6 },
  /** CAMEO 03, express intent to cooperate: "we look forward to". */
  intend: { polarity: 'cooperation', weight: 0.6 },
  // verbal conflict
  condemn: { polarity: 'conflict', weight: -1.0 },
  criticize: { polarity: 'conflict', weight: -0.7 },
  accuse: { polarity: 'conflict', weight: -0.8 },
  demand: { polarity: 'conflict', weight: -0.8 },
  reject: { polarity: 'conflict', weight: -0.9 },
  threaten: { polarity: 'conflict', weight: -0.9 },
  expel: { polarity: 'conflict', weight: -1.0 },
  sanction: { polarity: 'conflict', weight: -0.8 },
  summon: { polarity: 'conflict', weight: -0.9 },
  recall: { polarity: 'conflict', weight: -0.9 },
  violate: { polarity: 'conflict', weight: -0.7 },
  /** Pejorative naming of the other side ("regime", "junta"): mild conflict, and hostile context for irony. */
  pejorative: { polarity: 'conflict', weight: -0.3 },
  // informing without a stance
  logistics: { polarity: 'neutral', weight: 0 },
  readout: { polarity: 'neutral', weight: 0 },
  /** Opens a list of topics ("discussed ...", "agenda: ..."): cues after it are subjects, not stances. */
  topic: { polarity: 'neutral', weight: 0 },
  // irony
  irony: { polarity: 'irony', weight: 0.6 },
  so_called: { polarity: 'irony', weight: 0.8 },
  feigned_help: { polarity: 'irony', weight: 0.6 },
  // hostile situation words (tanks, prisons): no stance alone, but they make praise ironic
  hostile: { polarity: 'context', weight: 0 },
} as const satisfies Record<string, { polarity: Polarity; weight: number }>;

export type CueClass = keyof typeof CUE_CLASSES;

/**
 * One language's cues. Patterns are lower-case, space-separated tokens:
 * `word` matches exactly, `stem*` matches any word starting with the stem,
 * `_` matches any one word. A pattern may end in `=0.4` to override the class weight.
 * For languages written without spaces (segment: 'char') a pattern is a plain string.
 */
export interface ToneLexicon {
  lang: string;
  segment?: 'word' | 'char';
  cues: Partial<Record<CueClass, readonly string[]>>;
  /** Words that flip the polarity of a cue that follows them in the same clause. */
  negators: readonly string[];
  /** Words that weaken a following cue (may, reportedly, ...). */
  hedges: readonly string[];
  /** How many words before a cue a negator or hedge still reaches (default 3). */
  negationWindow?: number;
  /** How many words after a cue a negator still reaches, for verb-final negation (German "akzeptieren wir nicht"). */
  negationAfter?: number;
  /** Prefixes glued to words (Arabic "wa-", "al-"; French "l'") that are stripped before matching. */
  clitics?: readonly string[];
  /** Intensifiers that, in front of a word from ironicPraise, make exaggerated praise. */
  intensifiers: readonly string[];
  /** Praise words that turn ironic when exaggerated ("such impressive efficiency"). Stems allowed. */
  ironicPraise: readonly string[];
  /** Words pointing at a third party; a question about them reads as rhetorical. */
  thirdParty: readonly string[];
  /** Words before a short quotation that make it a title or a name, not a scare quote. */
  titleNouns?: readonly string[];
  /**
   * A short quotation that opens with a capital letter names something, never disowns it: Russian puts
   * the names of companies, pipelines, events and venues in «» («Газпром», «Северный поток»).
   */
  quotedNames?: boolean;
  /**
   * Polarity needed to call a post cooperative or confrontational, where the lexicon decides alone (the
   * classifier's default otherwise). Chosen on the blind dev set of these languages.
   */
  decisionThreshold?: number;
}
