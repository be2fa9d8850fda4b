import type { Handlers } from '../messages';
import { classifyTone } from '../tone';
import type { ToneResult } from '../types';

declare module '../messages' {
  interface Messages {
    /**
     * Tone of posts' texts, in order. The classifier and compromise run here rather than in the
     * content script: off the page's main thread, compiled once for every tab instead of at
     * each load of x.com, and kept in memory once.
     */
    'tone:classify': { request: { texts: { text: string; lang?: string }[] }; response: { tones: ToneResult[] } };
  }
}

/** Texts per message: a content script asks for one batch of posts at a time, never this many. */
export const MAX_TEXTS_PER_REQUEST = 500;

export function toneHandlers(): Handlers {
  return {
    'tone:classify': async ({ texts }) => {
      if (!Array.isArray(texts)) throw new Error('tone:classify needs a list of texts');
      if (texts.length > MAX_TEXTS_PER_REQUEST) throw new Error(`tone:classify takes at most ${MAX_TEXTS_PER_REQUEST} texts at once`);
      // classifyTone never throws: odd input (not a string, no known language) is an abstention.
      return { tones: texts.map((t) => classifyTone(t?.text, typeof t?.lang === 'string' ? t.lang : undefined)) };
    },
  };
}

/**
 * The classifier's first call costs tens of milliseconds (its lexicon's compile, compromise's
 * first run). Paid here when the service worker starts, that is before the first page asks.
 */
export function warmUpTone(): void {
  setTimeout(() => classifyTone('We welcome the agreement and thank our partners, but condemn the so-called "vote".', 'en'), 0);
}
