// Text normalisation shared by the country matcher, the identifier and the look-alike guard.
// Everything here is pure and bounded: names and bios come from untrusted pages.

/** Longest input we look at: real names are < 60 chars and bios < 300; anything longer is noise or an attack. */
export const MAX_FIELD = 1200;

// Zero-width characters, bidi embeddings/overrides/isolates, soft hyphen, BOM, variation selectors:
// invisible characters used to split or disguise words.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
// A surrogate half without its partner cannot be rendered and breaks NFKC in some engines.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFKC, invisible characters and lone surrogates removed, length capped. */
export function clean(input: unknown, max = MAX_FIELD): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  const capped = input.length > max ? input.slice(0, max) : input;
  return capped.replace(LONE_SURROGATE, '').replace(INVISIBLE, '').normalize('NFKC');
}

/** Words of a folded string: letters and digits of any script; CJK runs stay whole (matched by substring). */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;
