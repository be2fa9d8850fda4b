/**
 * Trains the tone model from the annotated real posts (scripts/tone/annotations/labels.jsonl, texts
 * read from ../shared/data/tone-pool) and writes utils/core/tone/model-weights.json:
 *   npm run train:tone
 * One multinomial logistic regression per language with training data (en, es, zh), over the
 * features of utils/core/tone/features.ts (with the lexicon classifier's cues in English and Spanish), trained with AdaGrad. Hyperparameters are chosen on a
 * validation part of the training split (a fixed 15%); the locked test split is never read here.
 * Deterministic: the same labels give the same weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TONE_IDS, type Tone } from '../../utils/core/model';
import { featureHash, lexiconFeatures, toneFeatures } from '../../utils/core/tone/features';
import { LEXICONS } from '../../utils/core/tone/lexicon/index';
import { createModelClassifier, DEFAULT_LENGTH_POWER, encodeModel, lengthScale, MODEL_LANGUAGES, type LanguageModel } from '../../utils/core/tone/model';
import { evaluate } from '../eval/metrics';
import { poolPath } from './pool';
import { mulberry32 } from './random';

/** One line of scripts/tone/annotations/labels.jsonl (docs/data-formats.md). */
export interface Label {
  id: string;
  lang: string;
  file: string;
  split: 'train' | 'test';
  sampling?: 'random' | 'enriched';
  /** The two annotators, and the third who settled a disagreement. */
  a: Tone;
  b: Tone;
  c?: Tone;
  /** The label in force. */
  tone: Tone;
}
export interface Example {
  /** Feature hashes (utils/core/tone/features.ts). */
  features: number[];
  y: number;
}
export interface Options {
  l2: number;
  classPower: number;
  minCount: number;
  epochs: number;
  /** Choose the shipped features by weight in a first fit over every feature, then fit again on those alone. */
  select?: boolean;
  /** Fits from this many shuffles, their weights averaged (1 when absent). */
  seeds?: number;
  /** Features kept per language (KEEP_FEATURES when absent). */
  keep?: number;
  /** A post's features are scaled by 1 / count^lengthPower (DEFAULT_LENGTH_POWER when absent). */
  lengthPower?: number;
  /** Ship the mean of the weights at the end of each pass of the later half, not the last pass's. */
  average?: boolean;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const WEIGHTS_OUT = here('../../utils/core/tone/model-weights.json');
/** Features per language: the most frequent in training. Each costs 8 bytes of the content script. */
const KEEP_FEATURES = Number(process.env.TONE_KEEP_FEATURES ?? 4000);
const LEARNING_RATE = 0.5;
/**
 * Per language, chosen by 5-fold cross-validation on the training split (scripts/tone/cv.ts; figures
 * in docs/tone-model.md): passes over the data, and whether the model also reads the lexicon
 * classifier's cues (Chinese does not: its lexicon pass would double the time per post for half a point).
 */
const LANGUAGE_SETTINGS: Record<string, { epochs: number; lexiconCues: boolean; lengthPower: number; average: boolean }> = {
  en: { epochs: 10, lexiconCues: true, lengthPower: 0.7, average: true },
  es: { epochs: 10, lexiconCues: true, lengthPower: 0.7, average: true },
  zh: { epochs: 15, lexiconCues: false, lengthPower: DEFAULT_LENGTH_POWER, average: false },
};
export const LEXICON_CUE_LANGUAGES = Object.keys(LANGUAGE_SETTINGS).filter((lang) => LANGUAGE_SETTINGS[lang]!.lexiconCues);

/** The features a language's model reads from a text, as the extension computes them. */
export function featuresOf(text: string, lang: string): number[] {
  const features = toneFeatures(text);
  return LEXICON_CUE_LANGUAGES.includes(lang) ? features.hashes.concat(lexiconFeatures(features, lang, LEXICONS[lang]!).hashes) : features.hashes;
}

export function loadTexts(files: Set<string>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files)
    for (const line of readFileSync(poolPath(file), 'utf8').split('\n'))
      if (line) {
        const item = JSON.parse(line) as { id: string; text: string };
        texts.set(item.id, item.text);
      }
  return texts;
}

export function loadLabels(): Label[] {
  return readFileSync(here('annotations/labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Label);
}

/** A stable 15% of the training split, by id, for choosing hyperparameters. */
const isValidation = (id: string) => featureHash(id) % 100 < 15;

export function train(examples: Example[], options: Options): LanguageModel {
  const keep = options.keep ?? KEEP_FEATURES;
  const counts = new Map<number, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const frequent = [...counts].filter(([, n]) => n >= options.minCount).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  let chosen: number[];
  if (options.select) {
    // The features that weigh most in a fit over all of them; the final fit then learns only those
    // (pruning a fitted model instead loses the many small weights that add up).
    const full = fit(examples, options, frequent.map(([f]) => f));
    const weightOf = (row: number[]) => Math.max(...row.map(Math.abs));
    chosen = [...full.weights].sort((a, b) => weightOf(b[1]) - weightOf(a[1]) || a[0] - b[0]).slice(0, keep).map(([f]) => f);
  } else {
    // The most frequent features (ties by hash, for determinism).
    chosen = frequent.slice(0, keep).map(([f]) => f);
  }
  return fit(examples, options, chosen);
}

/** The average of fits from several shuffles: steadier weights than any one of them. */
function fit(examples: Example[], options: Options, features: number[]): LanguageModel {
  const seeds = options.seeds ?? 1;
  const fits = Array.from({ length: seeds }, (_, s) => fitOnce(examples, options, features, 7 + s));
  if (seeds === 1) return fits[0]!;
  const mean = (rows: number[][]) => rows[0]!.map((_, k) => rows.reduce((sum, row) => sum + row[k]!, 0) / rows.length);
  const weights = new Map<number, number[]>();
  for (const f of fits[0]!.weights.keys()) weights.set(f, mean(fits.map((m) => m.weights.get(f)!)));
  return { ...fits[0]!, bias: mean(fits.map((m) => m.bias)), weights };
}

function fitOnce(examples: Example[], options: Options, features: number[], seed: number): LanguageModel {
  const vocabulary = new Map<number, number>();
  for (const f of features) vocabulary.set(f, vocabulary.size);
  const K = TONE_IDS.length;
  const w = new Float64Array(vocabulary.size * K);
  const g = new Float64Array(vocabulary.size * K).fill(1e-8);
  const bias = new Float64Array(K);
  const gb = new Float64Array(K).fill(1e-8);
  const perClass = new Array(K).fill(0);
  for (const e of examples) perClass[e.y]++;
  const classWeight = perClass.map((n) => (n ? (examples.length / (K * n)) ** options.classPower : 0));
  const random = mulberry32(seed);
  const order = examples.map((_, i) => i);
  const actives = examples.map((e) => e.features.map((f) => vocabulary.get(f)).filter((v): v is number => v !== undefined));
  const z = new Float64Array(K);
  const lengthPower = options.lengthPower ?? DEFAULT_LENGTH_POWER;
  // Averaged weights (Polyak-Ruppert): steadier than the last pass's, which follow its last examples.
  const sumW = new Float64Array(options.average ? w.length : 0);
  const sumBias = new Float64Array(K);
  let averaged = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const e = examples[index]!;
      const active = actives[index]!;
      const x = lengthScale(e.features.length, lengthPower);
      for (let k = 0; k < K; k++) {
        let s = bias[k]!;
        for (const f of active) s += w[f * K + k]! * x;
        z[k] = s;
      }
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (z[k] = Math.exp(z[k]! - max));
      for (let k = 0; k < K; k++) {
        const grad = (z[k]! / sum - (k === e.y ? 1 : 0)) * classWeight[e.y]!;
        gb[k]! += grad * grad;
        bias[k]! -= (LEARNING_RATE * grad) / Math.sqrt(gb[k]!);
        for (const f of active) {
          const at = f * K + k;
          const gw = grad * x + options.l2 * w[at]!;
          g[at]! += gw * gw;
          w[at]! -= (LEARNING_RATE * gw) / Math.sqrt(g[at]!);
        }
      }
    }
    if (options.average && epoch >= options.epochs / 2) {
      for (let i = 0; i < w.length; i++) sumW[i]! += w[i]!;
      for (let k = 0; k < K; k++) sumBias[k]! += bias[k]!;
      averaged++;
    }
  }
  if (averaged) {
    for (let i = 0; i < w.length; i++) w[i] = sumW[i]! / averaged;
    for (let k = 0; k < K; k++) bias[k] = sumBias[k]! / averaged;
  }
  const weights = new Map<number, number[]>();
  for (const [f, i] of vocabulary) weights.set(f, Array.from({ length: K }, (_, k) => w[i * K + k]!));
  return { classes: [...TONE_IDS], bias: [...bias], weights, lengthPower };
}

/** Each class's score for a post's features (the extension's classifier, before quantisation). */
export function scoresWith(model: LanguageModel, features: number[]): number[] {
  const K = model.classes.length;
  const x = lengthScale(features.length, model.lengthPower ?? DEFAULT_LENGTH_POWER);
  const scores = model.bias.slice();
  for (const f of features) {
    const row = model.weights.get(f);
    if (row) for (let k = 0; k < K; k++) scores[k]! += row[k]! * x;
  }
  return scores;
}

/** The class a model gives a post's features. */
export function predictWith(model: LanguageModel, features: number[]): number {
  const scores = scoresWith(model, features);
  return scores.indexOf(Math.max(...scores));
}

function score(model: LanguageModel, examples: Example[]): { accuracy: number; macroF1: number; sarcasmF1: number } {
  const gold = examples.map((e) => TONE_IDS[e.y]!);
  const predicted = examples.map((e) => TONE_IDS[predictWith(model, e.features)]!);
  const result = evaluate(gold, predicted, TONE_IDS);
  return { accuracy: result.accuracy, macroF1: result.macroF1, sarcasmF1: result.perClass.sarcastic.f1 };
}

function main(): void {
  const labels = loadLabels().filter((l) => l.split === 'train');
  const texts = loadTexts(new Set(labels.map((l) => l.file)));
  const models: Record<string, LanguageModel> = {};
  const report: string[] = [];
  for (const lang of MODEL_LANGUAGES) {
    const ofLang = labels.filter((l) => l.lang === lang);
    const toExample = (l: Label): Example => ({ features: featuresOf(texts.get(l.id) ?? '', lang), y: TONE_IDS.indexOf(l.tone) });
    const fit = ofLang.filter((l) => !isValidation(l.id)).map(toExample);
    const validation = ofLang.filter((l) => isValidation(l.id)).map(toExample);
    let best: { options: Options; macroF1: number } | null = null;
    for (const l2 of [1e-5, 1e-4, 1e-3])
      for (const classPower of [0.5, 1])
        for (const minCount of [1, 2])
          for (const select of [false, true]) {
          const { epochs, lengthPower, average } = LANGUAGE_SETTINGS[lang]!;
          const options = { l2, classPower, minCount, epochs, lengthPower, average, select };
          const result = score(train(fit, options), validation);
          if (!best || result.macroF1 > best.macroF1) best = { options, macroF1: result.macroF1 };
          }
    const chosen = train(fit, best!.options);
    // As shipped: quantised, encoded and decoded, reading the texts as the extension does.
    const shipped = createModelClassifier(encodeModel({ [lang]: chosen }, LEXICON_CUE_LANGUAGES), LEXICONS);
    const validationLabels = ofLang.filter((l) => isValidation(l.id));
    const asShipped = evaluate(
      validationLabels.map((l) => l.tone),
      validationLabels.map((l) => shipped.classify(texts.get(l.id) ?? '', lang).tone),
      TONE_IDS,
      ['unknown'],
    );
    report.push(
      `${lang}: ${fit.length} to fit, ${validation.length} to validate; chose ${JSON.stringify(best!.options)}; validation as shipped: accuracy ${asShipped.accuracy.toFixed(3)}, macro-F1 ${asShipped.macroF1.toFixed(3)}, sarcasm F1 ${asShipped.perClass.sarcastic.f1.toFixed(3)}`,
    );
    // The shipped model learns from the whole training split with the chosen settings.
    models[lang] = train([...fit, ...validation], best!.options);
  }
  writeFileSync(WEIGHTS_OUT, JSON.stringify(encodeModel(models, LEXICON_CUE_LANGUAGES)) + '\n');
  console.log(report.join('\n'));
  console.log(`wrote ${WEIGHTS_OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
