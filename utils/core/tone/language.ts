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

/**
 * The scripts of languages not written in Latin letters, for the languages a post is likely to be
 * declared in; a language not listed is taken to be written in Latin letters.
 */
const NON_LATIN_SCRIPTS: [RegExp, string[]][] = [
  [/\p{Script=Cyrillic}/gu, ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg']],
  [/\p{Script=Arabic}/gu, ['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']],
  [/\p{Script=Han}/gu, ['zh', 'yue']],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ['ja']],
  [/[\p{Script=Hangul}\p{Script=Han}]/gu, ['ko']],
  [/\p{Script=Devanagari}/gu, ['hi', 'mr', 'ne']],
  [/\p{Script=Greek}/gu, ['el']],
  [/\p{Script=Hebrew}/gu, ['he', 'yi']],
  [/\p{Script=Thai}/gu, ['th']],
  [/\p{Script=Georgian}/gu, ['ka']],
  [/\p{Script=Armenian}/gu, ['hy']],
  [/\p{Script=Bengali}/gu, ['bn']],
  [/\p{Script=Tamil}/gu, ['ta']],
];
const LATIN = /\p{Script=Latin}/gu;
const SCRIPT_OF = new Map(NON_LATIN_SCRIPTS.flatMap(([script, langs]) => langs.map((lang) => [lang, script] as const)));

/**
 * The language a post's author declared for it (Bluesky's `langs`), as a primary subtag, or undefined
 * when the declaration cannot be used and the language must be detected from the text: no tag, or
 * several (which one the text is in is not said), or a tag that names no language (und, mul), or one
 * the text's own letters contradict.
 *
 * Why a contradicted declaration is set aside rather than trusted: Bluesky's app fills `langs` from
 * the composer's post-language setting, which starts as the device's language and stays set until
 * changed (social-app src/state/persisted/schema.ts, `postLanguage: deviceLocales[0]`), so a post
 * declared `en` and written in Han is far more likely an unchanged default than an English post; the
 * text's letters are the better witness, and detecting from them is what happens without a
 * declaration. The check is only by script (at least half the letters in the script the declared
 * language is written in), so between languages of one script (a Spanish post declared `en`) the
 * declaration is taken as it is.
 */
export function declaredLanguage(langs: readonly string[] | undefined, text: string): string | undefined {
  if (!langs || langs.length !== 1) return undefined;
  const lang = primaryLanguage(langs[0]);
  if (!lang) return undefined;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // Emoji, links and numbers alone contradict nothing.
  if (letters === 0) return lang;
  const inScript = text.match(SCRIPT_OF.get(lang) ?? LATIN)?.length ?? 0;
  return inScript * 2 >= letters ? lang : undefined;
}
