// Language detection for posts that come without X's lang attribute (CLI input, exports).
// franc-min is ~100 kB, so this module stays out of classifyTone's import graph and
// out of the content script; the CLI calls it and passes the result to classifyTone.
import { franc } from 'franc-min';
import { cleanText } from './text';
import { guessLanguageFromScript } from './language';

/** franc's ISO 639-3 codes for the languages classifyTone supports, to BCP-47 primary subtags. */
const ISO639_3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', rus: 'ru', arb: 'ar', ara: 'ar', cmn: 'zh', zho: 'zh', por: 'pt',
  ukr: 'uk', ita: 'it', nld: 'nl', pol: 'pl', tur: 'tr', jpn: 'ja', kor: 'ko', pes: 'fa', hin: 'hi', ind: 'id',
};

/** Shorter texts than this (after removing URLs and mentions) are not worth a guess. */
const MIN_LENGTH = 20;

/**
 * BCP-47 primary subtag of the text's language, or 'und' when the text is too
 * short or franc cannot tell. Scripts that name their language outright
 * (Han, Arabic, Cyrillic) are decided by script when franc is unsure.
 */
export function detectLanguage(text: string): string {
  const clean = cleanText(text).replace(/#/g, ' ').trim();
  const code = clean.length >= MIN_LENGTH ? franc(clean, { minLength: MIN_LENGTH }) : 'und';
  if (code !== 'und') return ISO639_3_TO_1[code] ?? code;
  return guessLanguageFromScript(clean) ?? 'und';
}
