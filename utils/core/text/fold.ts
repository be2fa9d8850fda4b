// Text folding: the one set of rules by which DiploLens compares words, whoever compares them
// (account names and bios, tone lexicons, the library's search). Pure and bounded.

// Arabic and Persian letter variants that writers use interchangeably (hamza seats, alef
// maqsura and Persian yeh, teh marbuta), so one spelling in a lexicon matches them all.
const ARABIC_VARIANTS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي' };
const ARABIC_VARIANT_RE = /[أإآٱىیةؤئ]/g;

/**
 * Case- and accent-insensitive form: compatibility forms unified (NFKD: fullwidth letters,
 * ligatures), marks stripped (é→e, й→и, Arabic harakat and tatweel), lower case, ß→ss, dotless
 * ı→i, the typographic apostrophe as ', Arabic letter variants unified. Not length-preserving:
 * callers match on the folded string only.
 */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/’/g, "'")
    .replace(ARABIC_VARIANT_RE, (c) => ARABIC_VARIANTS[c] ?? c);
}

/** Words repeat from post to post, so the tone classifier folds each word once. */
const foldedWords = new Map<string, string>();
/** Longer "words" (a hostile post's 10,000 letters) are folded but not kept. */
const MAX_CACHED_WORD = 64;
const MAX_CACHED_WORDS = 20_000;

/** `fold` of one word, cached (bounded). */
export function foldWord(word: string): string {
  if (word.length > MAX_CACHED_WORD) return fold(word);
  let form = foldedWords.get(word);
  if (form === undefined) {
    form = fold(word);
    if (foldedWords.size >= MAX_CACHED_WORDS) foldedWords.clear();
    foldedWords.set(word, form);
  }
  return form;
}
