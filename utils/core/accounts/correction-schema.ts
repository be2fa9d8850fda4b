// Kept apart from corrections.ts: the content script applies corrections but never checks them, and
// need not carry valibot.
import * as v from 'valibot';
import { ROLE_IDS } from '../model';
import type { Correction } from './corrections';

export const CorrectionSchema = v.object({
  official: v.boolean(),
  country: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)))),
  org: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(40)))),
  role: v.optional(v.nullable(v.picklist(ROLE_IDS))),
  host: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(40)))),
});

/** A correction as a page or the badge sends it, checked: an unknown role or a malformed code would break every view. */
export function parseCorrection(raw: unknown): Correction | null {
  const result = v.safeParse(CorrectionSchema, raw);
  return result.success ? result.output : null;
}
