import type { ToneResult } from '../types';
import { BatchedLookup } from './batched-lookup';

export interface ToneQuestion {
  text: string;
  lang?: string;
}

/**
 * Tone as a content script gets it: asked of the background (utils/background/tone.ts) for the
 * official posts of a batch in one message, and kept per text. X drops a post's cell when it
 * scrolls far away and draws it anew when it comes back.
 */
export class PageToner {
  private tones: BatchedLookup<ToneQuestion, ToneResult>;

  constructor(classify: (texts: ToneQuestion[]) => Promise<ToneResult[]>, onAnswers: () => void, onError: (error: unknown) => void) {
    // If the background cannot answer, who speaks still matters more than the tone: the badge shows, with no tone.
    this.tones = new BatchedLookup(classify, onAnswers, onError, (q) => ({ tone: 'unknown', score: 0, cues: [], lang: q.lang ?? 'und' }), 2_000);
  }

  /** The tone, or null while the background classifies it. */
  classify(text: string, lang: string | undefined): ToneResult | null {
    return this.tones.get(toneKey(text, lang), lang === undefined ? { text } : { text, lang }) ?? null;
  }

  /** The tone, waiting for the background if need be. */
  classifyNow(text: string, lang: string | undefined): Promise<ToneResult> {
    return this.tones.fetch(toneKey(text, lang), lang === undefined ? { text } : { text, lang });
  }
}

const toneKey = (text: string, lang: string | undefined) => `${lang ?? ''}\u0000${text}`;
