// The user's choice to badge only accounts something outside the page vouches for (docs/identification.md,
// "Badges for inferred accounts"). Inference reads what an account says about itself, and an impostor of an
// office no dated list names can say the same words; a reader who wants no such risk turns it off.
import type { Identification } from '../model';
import { applyCorrection, type Correction } from './corrections';

/**
 * The identification shown when badges for inferred accounts are off: an account found official by
 * inference alone is not official. A listing, a proven domain and the user's own corrections and list
 * still decide, and inference's refusals stay as they were.
 */
export function withoutInferredOfficial(identification: Identification): Identification {
  if (!identification.official || identification.basis !== 'inferred') return identification;
  return {
    official: false,
    country: null,
    org: null,
    role: null,
    host: null,
    basis: 'inferred',
    reasons: [
      'Not badged: only inference from its name, bio and handle found it official, and badges for inferred accounts are off in the options',
      ...identification.reasons,
    ],
  };
}

/**
 * The label an account is shown with, wherever it is shown (the page, the accounts page): the user's
 * correction over the automatic identification, then the badges setting.
 */
export function shownIdentification(automatic: Identification, correction: Correction | null | undefined, inferredBadges: boolean): Identification {
  const corrected = correction ? applyCorrection(automatic, correction) : automatic;
  return inferredBadges ? corrected : withoutInferredOfficial(corrected);
}
