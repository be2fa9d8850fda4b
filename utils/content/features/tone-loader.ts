import type { classifyTone as ClassifyTone } from '../../core/tone';
import type { ToneResult } from '../../core/model';

/**
 * The classifier (the model's weights and the lexicons, about half of the content script) is started
 * on first need (in a task of its own during the warm-up) rather than while the script itself starts:
 * the bundler keeps a dynamically imported module's code in the script but runs it only when imported.
 */
let classifyTone: typeof ClassifyTone = () => {
  throw new Error('the tone classifier is not loaded yet');
};
let toneLoading: Promise<void> | undefined;

export function loadTone(): Promise<void> {
  return (toneLoading ??= import('../../core/tone').then((tone) => {
    classifyTone = tone.classifyTone;
  }));
}

/** Bounded: a long session must not grow it without end. */
const CACHE_LIMIT = 2_000;
/**
 * Tone per text: sites drop a post's cell when it scrolls far away and draw it anew when it
 * comes back, and classifying is the costliest step of a post.
 */
const toneCache = new Map<string, ToneResult>();

/** The tone of a text (loadTone must have resolved). */
export function classifyCached(text: string, lang: string | undefined): ToneResult {
  const key = `${lang ?? ''}\u0000${text}`;
  let tone = toneCache.get(key);
  if (!tone) {
    tone = classifyTone(text, lang);
    if (toneCache.size >= CACHE_LIMIT) toneCache.clear();
    toneCache.set(key, tone);
  }
  return tone;
}
