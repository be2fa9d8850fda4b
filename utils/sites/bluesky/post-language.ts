import { detectLanguage } from '../../core/tone/detect-language';
import { declaredLanguage } from '../../core/tone/language';
import { setNewest } from '../../core/newest';
import type { DeclaredPost } from '../types';

/**
 * A Bluesky post's language, which chooses the model its tone is read with. Bluesky's markup declares
 * none; the post's record does (`langs`, chosen by its author), and the page-world observer hands the
 * records on (utils/sites/bluesky/network.ts). Where the record was not seen, or its declaration cannot
 * be used (declaredLanguage), the language is detected from the text with franc. Content script only.
 */

/** Enough text to tell a language; franc's cost grows with the length. */
const LANGUAGE_SAMPLE = 300;
/** Records kept (a long session sees many); each is a few short strings. */
const DECLARED_LIMIT = 5_000;
/** Posts are read again (re-renders, answers from the background): each text is detected once. */
const DETECTED_LIMIT = 2_000;

const keyOf = (handle: string, rkey: string) => `${handle}/${rkey}`;
/** Declared languages by post (lower-cased handle / record key). */
const declared = new Map<string, readonly string[]>();
/** Detected language by text sample. */
const detected = new Map<string, string | undefined>();
/** Posts whose language was detected because their record had not come: their record may still correct it. */
const detectedUnseen = new Map<string, { sample: string; lang: string | undefined }>();

function detectedLanguage(sample: string): string | undefined {
  if (detected.has(sample)) return detected.get(sample);
  const code = detectLanguage(sample);
  const lang = code === 'und' ? undefined : code;
  setNewest(detected, sample, lang, DETECTED_LIMIT);
  return lang;
}

/** The language of a post by `handle` (lower-cased) with record key `rkey`: declared if its record says, else detected. */
export function postLanguage(handle: string, rkey: string, text: string): string | undefined {
  const key = keyOf(handle, rkey);
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const langs = declared.get(key);
  const lang = declaredLanguage(langs, sample);
  if (lang) return lang;
  const guess = detectedLanguage(sample);
  if (!langs) setNewest(detectedUnseen, key, { sample, lang: guess }, DETECTED_LIMIT);
  return guess;
}

/**
 * Keeps the records that arrived; returns the handles whose posts were read before their record came
 * and would now be read in another language, so the content script reads them again.
 */
export function rememberDeclaredPosts(posts: readonly DeclaredPost[]): Set<string> {
  const reread = new Set<string>();
  for (const post of posts) {
    const key = keyOf(post.handle, post.postId);
    setNewest(declared, key, post.langs, DECLARED_LIMIT);
    const read = detectedUnseen.get(key);
    if (!read) continue;
    detectedUnseen.delete(key);
    const lang = declaredLanguage(post.langs, read.sample);
    if (lang && lang !== read.lang) reread.add(post.handle);
  }
  return reread;
}
