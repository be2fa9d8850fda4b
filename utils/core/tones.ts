import type { ToneOrUnknown } from './model';

/**
 * The one description of each tone. Every tone has a symbol as well as a colour,
 * so the badge never depends on colour alone (colour-blind readers).
 */
export const TONES: Record<ToneOrUnknown, { label: string; symbol: string; color: string; description: string }> = {
  cooperative: {
    label: 'Cooperative',
    symbol: '+',
    color: '#1a7f37',
    description: 'Agrees, thanks, welcomes, praises, congratulates, condoles, supports, proposes or reports cooperation',
  },
  confrontational: {
    label: 'Confrontational',
    symbol: '!',
    color: '#cf222e',
    description: 'Criticises, condemns, accuses, denies, rejects, demands, warns, threatens, sanctions, disputes',
  },
  neutral: {
    label: 'Neutral',
    symbol: '=',
    color: '#57606a',
    description: 'Informs without taking a stance: schedules, readouts, consular notices, logistics',
  },
  sarcastic: {
    label: 'Sarcastic',
    symbol: '~',
    color: '#8250df',
    description: 'Mocks or ridicules through irony, scare quotes, feigned helpfulness',
  },
  unknown: {
    label: 'Tone unknown',
    symbol: '?',
    color: '#6e7781',
    description: 'Language not supported or text too short to judge',
  },
};

/**
 * Below this probability of its tone the model's answer is shown as uncertain ("cooperative?"). The lowest
 * threshold, in steps of 0.05, at which the posts at or above it reach the tone issue's 0.85 accuracy in
 * each of English, Spanish and Chinese, by 5-fold cross-validation on the training split
 * (`npx tsx scripts/tone/cv.ts <lang> --confidence <candidate>`; docs/tone-model.md, "How sure the model
 * is"): 66–80% of posts are at or above it, and right 86–91% of the time; those below, 53–60%.
 */
export const TENTATIVE_BELOW = 0.6;

/** The model's figure as a reader sees it: "52%"; never "100%", which no probability model can mean. */
export const confidencePercent = (confidence: number): string => (confidence >= 0.995 ? 'over 99%' : `${Math.round(confidence * 100)}%`);

/** Whether a tone is shown as uncertain: the model gave it less than TENTATIVE_BELOW. */
export const isTentative = (result: { tone: ToneOrUnknown; confidence?: number | null }): boolean =>
  result.tone !== 'unknown' && typeof result.confidence === 'number' && result.confidence < TENTATIVE_BELOW;

/**
 * The kind of a tone cue that describes how the post was read (the lexicon's reading of it as a whole)
 * rather than quoting words of it: shown as a description, not in quotation marks.
 */
export const READING_CUE_KIND = 'reading';
