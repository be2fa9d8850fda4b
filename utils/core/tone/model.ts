// The learned tone model: one multinomial logistic regression per language that has annotated real
// posts (scripts/tone/annotations, trained by `npm run train:tone`), over the readable features of
// ./features.ts. Weights ship quantised (int8) and keyed by a 32-bit hash of each feature, and are
// decoded once, on first use. Every answer lists the features that decided it with their signed
// weights, as the lexicon's cues do.
import type { Tone, ToneCue, ToneResult } from '../model';
import { READING_CUE_KIND } from '../tones';
import { lexiconFeatures, toneFeatures } from './features';
import type { ToneLexicon } from './lexicon/types';

/** Languages the model was trained for; others keep the lexicon classifier. */
export const MODEL_LANGUAGES = ['en', 'es', 'zh'] as const;

/** A language's model as training produces it: weights per feature (by hash, ./features.ts), one per class. */
export interface LanguageModel {
  classes: string[];
  bias: number[];
  weights: Map<number, number[]>;
  /** See EncodedLanguageModel. */
  lengthPower?: number;
}

/**
 * A post's features are scaled by 1 / count^lengthPower, so that a long post does not outweigh a short
 * one by its length alone. 0.5 makes every post's feature vector the same length; a larger power,
 * chosen per language by cross-validation, lets a long post's many plain words count for less.
 */
export const DEFAULT_LENGTH_POWER = 0.5;
export const lengthScale = (count: number, power: number): number => (count ? count ** -power : 0);

/**
 * As shipped: feature keys (the top KEY_BITS bits of each hash) sorted and stored as varint gaps,
 * and per feature the weights of every class but the first, relative to it (softmax only sees
 * differences), as int8 times `scale`; both base64, since the build is ASCII. `lexiconCues` says the
 * language also reads the lexicon classifier's cues (./features.ts, `lexiconFeatures`).
 */
export interface EncodedLanguageModel {
  classes: string[];
  bias: number[];
  scale: number;
  hashes: string;
  weights: string;
  lexiconCues?: boolean;
  /** The power of the feature count that scales a post's features (DEFAULT_LENGTH_POWER when absent). */
  lengthPower?: number;
}
export interface EncodedModel {
  format: 'diplolens-tone-model/3';
  languages: Record<string, EncodedLanguageModel>;
}

/**
 * Bits of a feature's hash the shipped model keys it by: 24 keep the gaps between 4,000 sorted keys
 * to two bytes (a third less than whole hashes), while a feature the model does not know takes a
 * known one's weights for about one post in fifty.
 */
const KEY_BITS = 24;
const keyOf = (hash: number) => hash >>> (32 - KEY_BITS);

const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
};
const fromBase64 = (text: string) => {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** `lexiconCues`: the languages whose models were trained with the lexicon's cues among their features. */
export function encodeModel(models: Record<string, LanguageModel>, lexiconCues: readonly string[] = []): EncodedModel {
  const languages: Record<string, EncodedLanguageModel> = {};
  for (const [lang, model] of Object.entries(models)) {
    const K = model.classes.length;
    // Features that share a key share its weights: their sum, as the scoring would add them.
    const byKey = new Map<number, number[]>();
    for (const [hash, row] of model.weights) {
      const relative = row.slice(1).map((w) => w - row[0]!);
      const sum = byKey.get(keyOf(hash));
      byKey.set(keyOf(hash), sum ? sum.map((w, k) => w + relative[k]!) : relative);
    }
    const rows = [...byKey].map(([hash, row]) => ({ hash, row })).sort((a, b) => a.hash - b.hash);
    const max = Math.max(1e-9, ...rows.flatMap((r) => r.row.map(Math.abs)));
    const scale = max / 127;
    const gaps: number[] = [];
    let last = 0;
    for (const { hash } of rows) {
      // Unsigned LEB128 of the gap to the previous hash.
      for (let gap = hash - last; ; gap = Math.floor(gap / 128)) {
        if (gap < 128) {
          gaps.push(gap);
          break;
        }
        gaps.push((gap % 128) | 128);
      }
      last = hash;
    }
    const weights = new Int8Array(rows.length * (K - 1));
    rows.forEach((r, i) => r.row.forEach((w, k) => (weights[i * (K - 1) + k] = Math.round(w / scale))));
    languages[lang] = {
      classes: model.classes,
      bias: model.bias.map((b) => Math.round((b - model.bias[0]!) * 1e4) / 1e4),
      scale,
      hashes: toBase64(Uint8Array.from(gaps)),
      weights: toBase64(new Uint8Array(weights.buffer)),
      ...(lexiconCues.includes(lang) ? { lexiconCues: true } : {}),
      ...(model.lengthPower !== undefined && model.lengthPower !== DEFAULT_LENGTH_POWER ? { lengthPower: model.lengthPower } : {}),
    };
  }
  return { format: 'diplolens-tone-model/3', languages };
}

interface Decoded {
  classes: Tone[];
  bias: number[];
  /** Feature key -> offset of its row in `weights`. */
  rows: Map<number, number>;
  weights: Float32Array;
  lexiconCues: boolean;
  lengthPower: number;
}

function decode(model: EncodedLanguageModel): Decoded {
  const K = model.classes.length;
  const gaps = fromBase64(model.hashes);
  const quantised = new Int8Array(fromBase64(model.weights).buffer);
  const count = quantised.length / (K - 1);
  // Rows hold every class, the first at 0, so scoring needs no special case.
  const weights = new Float32Array(count * K);
  for (let i = 0; i < count; i++) for (let k = 1; k < K; k++) weights[i * K + k] = quantised[i * (K - 1) + k - 1]! * model.scale;
  const rows = new Map<number, number>();
  let hash = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = gaps[at++]!;
      gap += (byte & 127) * shift;
      if (byte < 128) break;
    }
    hash += gap;
    rows.set(hash, i * K);
  }
  return { classes: model.classes as Tone[], bias: model.bias, rows, weights, lexiconCues: model.lexiconCues === true, lengthPower: model.lengthPower ?? DEFAULT_LENGTH_POWER };
}

const KIND_OF: Record<string, string> = { w: 'word', s: 'word', c: 'characters', p: 'punctuation', e: 'emoji', x: 'lexicon', r: READING_CUE_KIND };
const SHOWN_CUES = 8;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A classifier over one encoded model file; languages are decoded on first use. `lexicons` are
 * those of the languages whose model reads the lexicon's cues.
 */
export function createModelClassifier(encoded: EncodedModel, lexicons: Readonly<Record<string, ToneLexicon>> = {}) {
  const decoded = new Map<string, Decoded>();
  return {
    has: (lang: string) => lang in encoded.languages,
    /** The tone of a text in a language the model knows; `unknown` when there is too little to read. */
    classify(text: string, lang: string): ToneResult {
      let model = decoded.get(lang);
      if (!model) decoded.set(lang, (model = decode(encoded.languages[lang]!)));
      const features = toneFeatures(text);
      // Too little to judge (the guide's rule 6): fewer than two words, or characters in Han.
      if (features.words < 2) return { tone: 'unknown', score: 0, cues: [], lang };
      const lexicon = model.lexiconCues ? lexicons[lang] : undefined;
      if (model.lexiconCues && !lexicon) throw new Error(`the ${lang} tone model needs the ${lang} lexicon`);
      const fromLexicon = lexicon ? lexiconFeatures(features, lang, lexicon) : { hashes: [], cues: [] };
      const hashes = features.hashes.concat(fromLexicon.hashes);
      const count = hashes.length;
      const cueOf = (i: number) => (i < features.hashes.length ? features.text.slice(features.spans[2 * i], features.spans[2 * i + 1]) : fromLexicon.cues[i - features.hashes.length]!);
      // The lexicon's first feature is its decision, a reading of the whole post rather than words of it.
      const kindOf = (i: number) => (i < features.hashes.length ? features.kinds[i]! : i === features.hashes.length ? 'r' : 'x');
      const K = model.classes.length;
      // Features are scaled as in training.
      const x = lengthScale(count, model.lengthPower);
      const scores = model.bias.slice();
      const found: number[] = [];
      for (let i = 0; i < count; i++) {
        const at = model.rows.get(keyOf(hashes[i]!));
        if (at === undefined) continue;
        found.push(i, at);
        for (let k = 0; k < K; k++) scores[k]! += model.weights[at + k]! * x;
      }
      let best = 0;
      for (let k = 1; k < K; k++) if (scores[k]! > scores[best]!) best = k;
      let sum = 0;
      const p = scores.map((s) => (sum += Math.exp(s - scores[best]!), Math.exp(s - scores[best]!)));
      const probability = (t: Tone) => (p[model!.classes.indexOf(t)] ?? 0) / sum;
      const tone = model.classes[best]!;
      const score = tone === 'neutral' ? 0 : Math.max(-1, Math.min(1, probability('cooperative') - probability('confrontational') - probability('sarcastic')));
      // What pushed the post toward its tone rather than the others, feature by feature; the features one
      // piece of text carries (a word, its stem, the lexicon's cue on it) are one cue, their weights summed.
      const byText = new Map<string, ToneCue>();
      for (let j = 0; j < found.length; j += 2) {
        const i = found[j]!;
        const at = found[j + 1]!;
        let others = 0;
        for (let k = 0; k < K; k++) if (k !== best) others += model.weights[at + k]!;
        const weight = (model.weights[at + best]! - others / (K - 1)) * x;
        if (weight <= 0) continue;
        const cue = cueOf(i);
        const kind = KIND_OF[kindOf(i)] ?? 'feature';
        const key = cue.toLowerCase();
        const same = byText.get(key);
        if (!same) byText.set(key, { cue, weight, kind });
        else {
          same.weight += weight;
          if (!same.kind.split(' + ').includes(kind)) same.kind += ` + ${kind}`;
        }
      }
      const cues = [...byText.values()].map((c) => ({ ...c, weight: round(c.weight) })).filter((c) => c.weight > 0);
      cues.sort((a, b) => b.weight - a.weight);
      cues.length = Math.min(cues.length, SHOWN_CUES);
      return { tone, score: round(score), cues, lang, confidence: round(probability(tone)) };
    },
  };
}

