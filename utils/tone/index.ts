import type { ToneResult } from '../types';

/** Placeholder until the tone classifier lands (issue 4). */
export function classifyTone(text: string, lang?: string): ToneResult {
  return { tone: 'unknown', score: 0, cues: [], lang: lang || 'und' };
}
