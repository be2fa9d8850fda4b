// The shipped tone classifier: the learned model for English, Spanish and Chinese (trained on
// annotated real posts), the lexicons elsewhere. What real posts throw at it is handled on purpose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTone } from '../../utils/core/tone/index';
import { featureHash, MAX_FEATURE_CHARS, toneFeatures } from '../../utils/core/tone/features';
import { createModelClassifier, DEFAULT_LENGTH_POWER, encodeModel, lengthScale, MODEL_LANGUAGES, type EncodedModel } from '../../utils/core/tone/model';
import { TONE_IDS } from '../../utils/core/model';
import { isTentative, TENTATIVE_BELOW } from '../../utils/core/tones';
import { predictWith } from '../../scripts/tone/train';
import weights from '../../utils/core/tone/model-weights.json';
import { en } from '../../utils/core/tone/lexicon/en';
import { es } from '../../utils/core/tone/lexicon/es';
import { compileLexicon } from '../../utils/core/tone/compile';
import { analyse } from '../../utils/core/tone/text';

/** The labelled dev set beside the repository (invented posts, 8 languages), as `npm run eval` reads it. */
const DEV_SET = new URL('../../../shared/data/tone-dev.jsonl', import.meta.url);
const devTexts = () =>
  readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string });
/** What real posts carry that the dev set has little of: links, handles with a server, hashtags, odd hyphens, Han among Latin, long posts. */
const HARD_CASES = [
  'Proud to stand with @UNHCR and @refugees@mastodon.social #StrongerTogether #WorldRefugeeDay https://t.co/abcdef www.unhcr.org/x',
  'Co‐operation (with U+2010) and co-operation, l’Europe d’abord; U.S. and Mr. Smith said "great job" 🙄🤡',
  '¿De verdad? ¡Increíble! Condenamos la llamada «democracia» del régimen… @mae_rusia #Rusia https://t.co/x',
  '中方 condemns 所谓“民主” 霸凌行径，坚决反对！ We do not accept this so-called “referendum”?!',
  'The constructor of the new embassy thanked the ministry; its valueOf friendship is great. El constructor agradece.',
  'We condemn the so-called “referendum”. '.repeat(60),
  '@a@b @c d e',
];

const has = (text: string, key: string) => toneFeatures(text).hashes.includes(featureHash(key));

describe('the shipped model', () => {
  it('knows English, Spanish and Chinese, and reads plain cases of each tone', () => {
    expect(Object.keys((weights as unknown as EncodedModel).languages).sort()).toEqual([...MODEL_LANGUAGES].sort());
    expect(classifyTone('We strongly condemn this illegal aggression and demand the immediate withdrawal of all troops.', 'en').tone).toBe('confrontational');
    expect(classifyTone('We warmly congratulate our partners and thank them for their friendship and cooperation.', 'en').tone).toBe('cooperative');
    expect(classifyTone('Condenamos enérgicamente este ataque inaceptable contra la población civil.', 'es').tone).toBe('confrontational');
    expect(classifyTone('Agradecemos la cooperación y felicitamos al pueblo hermano por su día nacional.', 'es').tone).toBe('cooperative');
    expect(classifyTone('中方对此表示强烈不满和坚决反对，已向美方提出严正交涉。', 'zh').tone).toBe('confrontational');
    expect(classifyTone('中方愿同各方一道，深化友好合作，推动两国关系不断向前发展。', 'zh').tone).toBe('cooperative');
  });

  it('explains itself: the cues are words of the post, weighed toward the tone it chose, and the score agrees', () => {
    const text = 'We strongly condemn this illegal aggression and demand the immediate withdrawal of all troops.';
    const result = classifyTone(text, 'en');
    expect(result.cues.length).toBeGreaterThan(0);
    for (const cue of result.cues) {
      // A feature of the lexicon's reading shows the words that carried its cue; its decision is described.
      if (cue.kind === 'reading') expect(cue.cue).toBe(`the lexicon reads it as ${result.tone}`);
      else expect(text).toContain(cue.cue);
      expect(cue.weight).toBeGreaterThan(0);
      for (const kind of cue.kind.split(' + ')) expect(['word', 'characters', 'punctuation', 'emoji', 'lexicon', 'reading']).toContain(kind);
    }
    // Each piece of text is one cue, whatever number of features it carries (the word, its stem, the lexicon's cue).
    expect(new Set(result.cues.map((cue) => cue.cue.toLowerCase())).size).toBe(result.cues.length);
    expect(result.cues.some((cue) => cue.kind.split(' + ').length > 1)).toBe(true);
    expect(result.cues.some((cue) => cue.kind.includes('lexicon'))).toBe(true);
    expect(result.score).toBeLessThan(0);
    expect(classifyTone('We thank Norway for hosting the talks and welcome the agreement signed today.', 'en').score).toBeGreaterThan(0);
    expect(classifyTone(text, 'en')).toEqual(result); // deterministic
  });

  it('abstains where there is too little to judge or no model and no lexicon', () => {
    for (const text of ['', 'Tomorrow.', '🙄🙄🤡', 'https://t.co/abc https://t.co/def', '@StateDept @UN']) expect(classifyTone(text, 'en').tone).toBe('unknown');
    expect(classifyTone('Hartelijk dank voor de uitstekende samenwerking met onze partners.', 'nl').tone).toBe('unknown');
    expect(classifyTone(undefined as unknown as string).tone).toBe('unknown');
  });

  it('says how sure it is, and marks as uncertain the answers below the threshold; a lexicon answer carries no such figure', () => {
    const plain = classifyTone('We strongly condemn this illegal aggression and demand the immediate withdrawal of all troops.', 'en');
    expect(plain.confidence).toBeGreaterThanOrEqual(TENTATIVE_BELOW);
    expect(isTentative(plain)).toBe(false);
    const answers = devTexts().flatMap(({ text }) => MODEL_LANGUAGES.map((lang) => classifyTone(text, lang))).filter((r) => r.tone !== 'unknown');
    for (const r of answers) {
      // The probability of the most probable of four tones: at least a quarter, at most one.
      expect(r.confidence).toBeGreaterThanOrEqual(0.25);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(isTentative(r)).toBe(r.confidence! < TENTATIVE_BELOW);
    }
    // The threshold divides real answers: some are shown as sure, some as uncertain.
    expect(answers.some(isTentative)).toBe(true);
    expect(answers.filter(isTentative).length).toBeLessThan(answers.length / 2);
    const lexicon = classifyTone('Nous condamnons fermement cette agression inacceptable.', 'fr');
    expect(lexicon.confidence).toBeUndefined();
    expect(isTentative(lexicon)).toBe(false);
    expect(isTentative({ tone: 'unknown', confidence: 0.1 })).toBe(false);
    expect(isTentative({ tone: 'neutral', confidence: TENTATIVE_BELOW })).toBe(false);
    expect(isTentative({ tone: 'neutral', confidence: TENTATIVE_BELOW - 0.01 })).toBe(true);
  });

  it('keeps the lexicons for languages without annotated posts', () => {
    expect(classifyTone('Nous condamnons fermement cette agression inacceptable.', 'fr')).toMatchObject({ tone: 'confrontational', lang: 'fr' });
    expect(classifyTone('Wir danken unseren Partnern für die hervorragende Zusammenarbeit.', 'de').tone).toBe('cooperative');
  });

  it('round-trips its encoding: a model encoded and decoded answers as trained', () => {
    const w = (coop: number, conf: number) => [coop, conf, 0, 0];
    const trained = {
      classes: ['cooperative', 'confrontational', 'neutral', 'sarcastic'],
      bias: [0, 0, 0.1, -1],
      weights: new Map([
        [featureHash('w:thank'), w(4, -2)],
        [featureHash('w:condemn'), w(-2, 4)],
      ]),
    };
    const classifier = createModelClassifier(encodeModel({ en: trained }));
    expect(classifier.classify('We thank you all', 'en').tone).toBe('cooperative');
    expect(classifier.classify('We condemn it all', 'en').tone).toBe('confrontational');
    expect(classifier.classify('We condemn it all', 'en').cues[0]).toMatchObject({ cue: 'condemn', kind: 'word' });
  });

  it('scales a post by the power of its length the model was trained with, as training scores it', () => {
    // A bias toward neutral that one cooperative word outweighs in a short post and not in a long one:
    // where the line falls depends on the power, so a power lost in encoding would change the answer.
    const trained = (lengthPower?: number) => ({
      classes: ['cooperative', 'confrontational', 'neutral', 'sarcastic'],
      bias: [0, 0, 0.3, -5],
      weights: new Map([[featureHash('w:thank'), [2, 0, 0, 0]]]),
      ...(lengthPower === undefined ? {} : { lengthPower }),
    });
    const text = 'thank the delegates of every member state present here today';
    const count = toneFeatures(text).hashes.length;
    for (const lengthPower of [undefined, 0.5, 0.7, 1]) {
      const model = trained(lengthPower);
      const encoded = encodeModel({ en: model });
      expect(encoded.languages.en!.lengthPower).toBe(lengthPower === undefined || lengthPower === DEFAULT_LENGTH_POWER ? undefined : lengthPower);
      const expected = 2 * lengthScale(count, lengthPower ?? DEFAULT_LENGTH_POWER) > 0.3 ? 'cooperative' : 'neutral';
      expect(createModelClassifier(encoded).classify(text, 'en').tone).toBe(expected);
      expect(TONE_IDS[predictWith(model, toneFeatures(text).hashes)]).toBe(expected);
    }
    // The powers above do not all give the same answer, or the test could not tell them apart.
    expect(2 * lengthScale(count, 0.5) > 0.3).not.toBe(2 * lengthScale(count, 0.7) > 0.3);
  });

  it("reads the lexicon's cues as features where the model was trained with them, and needs that lexicon", () => {
    const trained = {
      classes: ['cooperative', 'confrontational', 'neutral', 'sarcastic'],
      bias: [0, 0, 0.1, 0],
      // Only the lexicon's reading is known to this model: no word of the post is.
      weights: new Map([[featureHash('x:tone:confrontational'), [0, 3, 0, 0]]]),
    };
    const encoded = encodeModel({ en: trained }, ['en']);
    expect(encoded.languages.en!.lexiconCues).toBe(true);
    const result = createModelClassifier(encoded, { en }).classify('We condemn this unacceptable aggression.', 'en');
    expect(result).toMatchObject({ tone: 'confrontational', cues: [{ cue: 'the lexicon reads it as confrontational', kind: 'reading' }] });
    expect(() => createModelClassifier(encoded).classify('We condemn this unacceptable aggression.', 'en')).toThrow(/lexicon/);
    expect(createModelClassifier(encodeModel({ en: trained })).classify('We condemn this unacceptable aggression.', 'en').tone).toBe('neutral');
  });
});

describe('real posts, handled on purpose', () => {
  it('long press statements are read on their beginning, at a bounded cost', () => {
    const statement = 'The spokesperson said that the two sides held candid talks on bilateral relations. '.repeat(40);
    expect(statement.length).toBeGreaterThan(1_000);
    const result = classifyTone(statement, 'en');
    expect(result.tone).not.toBe('unknown');
    const huge = 'We condemn this attack. '.repeat(5_000);
    expect(toneFeatures(huge).text.length).toBeLessThanOrEqual(MAX_FEATURE_CHARS);
    expect(toneFeatures('字'.repeat(100_000)).hashes.length).toBeLessThan(10);
  });

  it('mentions and links are not words of the post; hashtags are', () => {
    const text = 'Proud to stand with @UNHCR and our partners #StrongerTogether https://t.co/abcdef';
    expect(has(text, 'w:unhcr')).toBe(false);
    expect(has(text, 'w:t.co')).toBe(false);
    expect(has(text, 'w:abcdef')).toBe(false);
    expect(has(text, 'w:strongertogether')).toBe(true);
    expect(has(text, 'w:partners')).toBe(true);
  });

  it('emoji, quotation marks and stance punctuation are features, the same in every script', () => {
    expect(has('Such a “peace plan” 🙄', 'e:🙄')).toBe(true);
    expect(has('Such a “peace plan”', 'p:"')).toBe(true);
    expect(has('所谓“民主”', 'p:"')).toBe(true);
    expect(has('¿De verdad? ¡Increíble!', 'p:?')).toBe(true);
    expect(has('¡Increíble!', 'p:!')).toBe(true);
    expect(has('这是真的吗？', 'p:?')).toBe(true);
  });

  it('mixed scripts: Han is read by characters, Latin by words, in the same post', () => {
    expect(has('中方 condemns 霸凌', 'c:霸凌')).toBe(true);
    expect(has('中方 condemns 霸凌', 'c:霸')).toBe(true);
    expect(has('中方 condemns 霸凌', 'w:condemns')).toBe(true);
    expect(has('中方 condemns 霸凌', 's:conde')).toBe(true);
  });

  it('accents and case do not split a word', () => {
    expect(toneFeatures('CONDENAMOS la agresión').hashes).toEqual(toneFeatures('condenamos la agresion').hashes);
  });
});

describe('answers do not drift', () => {
  it('every dev post and hard case gets the tone, score and cues recorded for the shipped weights, in English, Spanish and Chinese', async () => {
    // Recorded from the classifier the weights were trained with: a change meant to be faster must
    // leave this file as it is; retraining rewrites it (vitest -u) and the diff shows what moved.
    const lines: string[] = [];
    const texts = [...devTexts(), ...HARD_CASES.map((text, i) => ({ id: `hard${i + 1}`, text }))];
    expect(texts.length).toBeGreaterThan(200);
    for (const { id, text } of texts) {
      for (const lang of MODEL_LANGUAGES) {
        const { tone, score, cues } = classifyTone(text, lang);
        lines.push(`${id} ${lang} ${tone} ${score} ${cues.map((c) => `${c.kind}:${c.cue}=${c.weight}`).join(' | ')}`);
      }
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('__snapshots__/tone-answers.txt');
  });

  it('the lexicon pass reads the words the feature scan folded exactly as it would fold them itself', () => {
    for (const lexicon of [en, es]) {
      const { clitics, titleNouns, segment } = compileLexicon(lexicon);
      const options = { segment, clitics, titleNouns };
      for (const { text } of [...devTexts(), ...HARD_CASES.map((text) => ({ text }))]) {
        const features = toneFeatures(text);
        expect(features.folded.forms.length).toBeGreaterThan(0);
        expect(analyse(features.text, options, features.folded)).toEqual(analyse(features.text, options));
      }
    }
  });
});
