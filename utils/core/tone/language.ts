// Which language a post is judged in: X's lang attribute, else a cheap guess from
// the script. Latin script is left undecided here: telling English from French
// needs a real detector (see detect-language.ts), which is too big for the content script.

const UNDETERMINED = new Set(['', 'und', 'zxx', 'qme', 'qht', 'qam', 'qct', 'qst', 'art', 'mul']);

/** Primary subtag of a BCP-47 tag, lower case; undefined when the tag says nothing about the language. */
export function primaryLanguage(tag: string | undefined | null): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return UNDETERMINED.has(primary) || !/^[a-z]{2,3}$/.test(primary) ? undefined : primary;
}

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Han}/gu, 'zh'],
];

/** Guesses ru, ar or zh when most letters are Cyrillic, Arabic or Han; undefined otherwise. */
export function guessLanguageFromScript(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  for (const [script, lang] of SCRIPTS) {
    const count = text.match(script)?.length ?? 0;
    // Han characters are whole words, so fewer of them are needed to dominate a post.
    const share = lang === 'zh' ? (count * 2) / (letters + count) : count / letters;
    if (share > 0.5) return lang;
  }
  return undefined;
}
