// classifyTone: the stance a diplomatic post takes, following the tone guide. Languages with
// annotated real posts (English, Spanish, Chinese) are read by the learned model (./model.ts),
// the others by the lexicons (./lexicon-classifier.ts); a language neither knows is `unknown`.
// Pure: no DOM, no browser API, no network; shared by the content script and the CLI.
import type { ToneResult } from '../model';
import { guessLanguageFromScript, primaryLanguage } from './language';
import { ar } from './lexicon/ar';
import { de } from './lexicon/de';
import { en } from './lexicon/en';
import { es } from './lexicon/es';
import { fr } from './lexicon/fr';
import { pt } from './lexicon/pt';
import { ru } from './lexicon/ru';
import { classifyWithLexicon } from './lexicon-classifier';
import { createModelClassifier, type EncodedModel } from './model';
import weights from './model-weights.json';

export { primaryLanguage, guessLanguageFromScript } from './language';

/** The English and Spanish models read their lexicon's cues among their features; Chinese's lexicon stays out of this bundle. */
const model = createModelClassifier(weights as unknown as EncodedModel, { en, es });
/** The languages with a lexicon and no model. */
const LEXICONS = { ar, de, fr, pt, ru };

/**
 * Tone of a post: cooperative, confrontational, neutral or sarcastic, with a score on the conflict
 * (-1) to cooperation (+1) axis and the cues that decided it. `lang` is the platform's BCP-47 tag;
 * without it only Cyrillic, Arabic and Han script are guessed.
 */
export function classifyTone(text: string, lang?: string): ToneResult {
  const raw = typeof text === 'string' ? text : '';
  const language = primaryLanguage(lang) ?? guessLanguageFromScript(raw) ?? 'und';
  try {
    return model.has(language) ? model.classify(raw, language) : classifyWithLexicon(raw, language, { lexicons: LEXICONS });
  } catch {
    // A badge must never break the page: any surprise in the input is an abstention.
    return { tone: 'unknown', score: 0, cues: [], lang: language };
  }
}
