/**
 * Compares tone-model candidates by 5-fold cross-validation on the training split (the locked test
 * split is never read here), for choosing what `npm run train:tone` ships:
 *   npx tsx scripts/tone/cv.ts <lang> <candidate>…
 * Prints, per candidate, accuracy, macro-F1 and sarcasm F1 as mean ± standard error over the folds,
 * and the paired difference to the first candidate named. With --confidence, prints instead how often the
 * candidate is right at and above each threshold on the probability of its answer.
 */
import { fileURLToPath } from 'node:url';
import { TONE_IDS } from '../../utils/core/model';
import { featureHash, lexiconFeatures, MAX_FEATURE_CHARS, toneFeatures } from '../../utils/core/tone/features';
import { LEXICONS } from '../../utils/core/tone/lexicon/index';
import { cleanText } from '../../utils/core/tone/text';
import { foldWord } from '../../utils/core/text/fold';
import { evaluate } from '../eval/metrics';
import { loadLabels, loadTexts, scoresWith, train, type Example, type Label, type Options } from './train';

const FOLDS = 5;
const foldOf = (id: string) => featureHash(`fold:${id}`) % FOLDS;

type FeatureSet = (text: string) => number[];
interface Candidate {
  features?: FeatureSet;
  options: Partial<Options>;
  /** Choose an offset to the sarcastic class's bias on the other folds' predictions. */
  sarcasmOffset?: boolean;
}

const base: FeatureSet = (text) => toneFeatures(text).hashes;
/** The lexicon classifier's cue kinds (with their sign) and decision, read without compromise. */
const lexiconCues = (text: string, lang: string): number[] => lexiconFeatures(toneFeatures(text), lang, LEXICONS[lang]!).hashes;
/** Character 3- to 5-grams inside each folded word padded with spaces. */
const charGrams = (text: string, from = 3, to = 5): number[] => {
  const grams = new Set<number>();
  for (const word of cleanText(text.slice(0, MAX_FEATURE_CHARS)).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const padded = ` ${foldWord(word)} `;
    for (let n = from; n <= to; n++) for (let i = 0; i + n <= padded.length; i++) grams.add(featureHash(`g:${padded.slice(i, i + n)}`));
  }
  return [...grams];
};

const DEFAULTS: Record<string, Options> = {
  en: { l2: 1e-5, classPower: 0.5, minCount: 1, epochs: 15, select: true },
  es: { l2: 1e-3, classPower: 0.5, minCount: 1, epochs: 15, select: false },
  zh: { l2: 1e-3, classPower: 1, minCount: 1, epochs: 15, select: false },
};

const candidates: Record<string, Candidate> = {
  base: { options: {} },
  seeds5: { options: { seeds: 5 } },
  sarcasm: { options: {}, sarcasmOffset: true },
};
for (const l2 of [1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3])
  for (const classPower of [0.25, 0.5, 0.75, 1])
    for (const select of [false, true]) candidates[`l2=${l2},cp=${classPower},sel=${select}`] = { options: { l2, classPower, select } };
for (const lang of ['en', 'es', 'zh'])
  for (const epochs of [5, 10, 15]) {
    const features: FeatureSet = (text) => [...base(text), ...lexiconCues(text, lang)];
    candidates[`lexicon-${lang}${epochs === 15 ? '' : `,epochs=${epochs}`}`] = { features, options: { epochs } };
    candidates[`lexicon-${lang},epochs=${epochs},sarcasm`] = { features, options: { epochs }, sarcasmOffset: true };
    for (const lengthPower of [0.6, 0.65, 0.7, 0.8])
      for (const average of [false, true])
        candidates[`lexicon-${lang},epochs=${epochs},len=${lengthPower}${average ? ',avg' : ''}`] = { features, options: { epochs, lengthPower, average } };
  }
for (const lengthPower of [0.6, 0.65, 0.7, 0.8])
  for (const average of [false, true]) candidates[`len=${lengthPower}${average ? ',avg' : ''}`] = { options: { lengthPower, average } };
candidates.avg = { options: { average: true } };
for (const keep of [2000, 3000]) candidates[`keep=${keep}`] = { options: { keep } };
for (const keep of [4000, 8000, 16000]) {
  candidates[`chars-${keep}`] = { features: (text) => [...base(text), ...charGrams(text)], options: { keep } };
  candidates[`chars4-${keep}`] = { features: (text) => [...base(text), ...charGrams(text, 4, 4)], options: { keep } };
}
for (const epochs of [5, 10, 25]) candidates[`epochs=${epochs}`] = { options: { epochs } };

const argmax = (v: number[]) => v.indexOf(Math.max(...v));
const SARCASTIC = TONE_IDS.indexOf('sarcastic');

function metrics(gold: number[], predicted: number[]) {
  const r = evaluate(gold.map((y) => TONE_IDS[y]!), predicted.map((y) => TONE_IDS[y]!), TONE_IDS);
  return [r.accuracy, r.macroF1, r.perClass.sarcastic.f1];
}

/** The offset to the sarcastic score that gives the best macro-F1 on these items. */
function bestOffset(items: { y: number; s: number[] }[]): number {
  let best = { offset: 0, f1: -1 };
  for (let offset = -1; offset <= 3.001; offset += 0.1) {
    const predicted = items.map(({ s }) => argmax(s.map((v, k) => (k === SARCASTIC ? v + offset : v))));
    const f1 = metrics(items.map((i) => i.y), predicted)[1]!;
    if (f1 > best.f1 + 1e-9) best = { offset, f1 };
  }
  return best.offset;
}

const meanSe = (values: number[]) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  return { mean, se: sd / Math.sqrt(values.length) };
};
const show = ({ mean, se }: { mean: number; se: number }) => `${mean.toFixed(3)} ± ${se.toFixed(3)}`;

/** Every training item's scores from the model fitted on the other folds. */
function outOfFoldScores(lang: string, labels: Label[], texts: Map<string, string>, candidate: Candidate): { y: number; s: number[]; fold: number }[] {
  const features = candidate.features ?? base;
  const examples = labels.map((l): Example & { fold: number } => ({ features: features(texts.get(l.id) ?? ''), y: TONE_IDS.indexOf(l.tone), fold: foldOf(l.id) }));
  const options = { ...DEFAULTS[lang]!, ...candidate.options };
  const outOfFold: { y: number; s: number[]; fold: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(examples.filter((e) => e.fold !== fold), options);
    for (const e of examples) if (e.fold === fold) outOfFold.push({ y: e.y, s: scoresWith(model, e.features), fold });
  }
  return outOfFold;
}

/**
 * How sure the model is, and how often it is right when sure: for each threshold on the probability of
 * the tone it gives (rounded to two places, as the extension rounds it), the share of posts at or above
 * it and the accuracy above and below. TENTATIVE_BELOW (utils/core/tones.ts) was chosen from this table.
 */
function confidenceTable(lang: string, items: { y: number; s: number[] }[]): string[] {
  const judged = items.map(({ y, s }) => {
    const top = Math.max(...s);
    const sum = s.reduce((a, v) => a + Math.exp(v - top), 0);
    return { right: argmax(s) === y, p: Math.round(100 / sum) / 100 };
  });
  const accuracy = (of: typeof judged) => (of.length ? (of.filter((j) => j.right).length / of.length).toFixed(3) : '-');
  return [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map((t) => {
    const sure = judged.filter((j) => j.p >= t);
    const unsure = judged.filter((j) => j.p < t);
    return `${lang} p >= ${t.toFixed(2)}: ${((100 * sure.length) / judged.length).toFixed(1)}% of posts, accuracy ${accuracy(sure)}; below: accuracy ${accuracy(unsure)}`;
  });
}

export function crossValidate(lang: string, labels: Label[], texts: Map<string, string>, candidate: Candidate): number[][] {
  const outOfFold = outOfFoldScores(lang, labels, texts, candidate);
  // Per fold: [accuracy, macro-F1, sarcasm F1].
  return Array.from({ length: FOLDS }, (_, fold) => {
    const items = outOfFold.filter((i) => i.fold === fold);
    const offset = candidate.sarcasmOffset ? bestOffset(outOfFold.filter((i) => i.fold !== fold)) : 0;
    const predicted = items.map(({ s }) => argmax(s.map((v, k) => (k === SARCASTIC ? v + offset : v))));
    return metrics(items.map((i) => i.y), predicted);
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const confidence = args.includes('--confidence');
  const [lang, ...names] = args.filter((a) => a !== '--confidence');
  if (!lang || !names.length) throw new Error('usage: cv.ts <lang> [--confidence] <candidate>…');
  const labels = loadLabels().filter((l) => l.split === 'train' && l.lang === lang);
  const texts = loadTexts(new Set(labels.map((l) => l.file)));
  if (confidence) {
    for (const name of names) {
      const candidate = candidates[name];
      if (!candidate) throw new Error(`no candidate ${name}: ${Object.keys(candidates).join(', ')}`);
      console.log(`${lang} ${name}`);
      for (const row of confidenceTable(lang, outOfFoldScores(lang, labels, texts, candidate))) console.log(`  ${row}`);
    }
    return;
  }
  let reference: number[][] | null = null;
  for (const name of names) {
    const candidate = candidates[name];
    if (!candidate) throw new Error(`no candidate ${name}: ${Object.keys(candidates).join(', ')}`);
    const folds = crossValidate(lang, labels, texts, candidate);
    const column = (m: number, of: number[][]) => of.map((f) => f[m]!);
    let line = `${lang} ${name.padEnd(28)} acc ${show(meanSe(column(0, folds)))}  macro-F1 ${show(meanSe(column(1, folds)))}  sarcasm F1 ${show(meanSe(column(2, folds)))}`;
    if (reference) {
      const diff = (m: number) => show(meanSe(folds.map((f, i) => f[m]! - reference![i]![m]!)));
      line += `   vs ${names[0]}: acc ${diff(0)}, macro-F1 ${diff(1)}, sarcasm ${diff(2)}`;
    } else reference = folds;
    console.log(line);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
