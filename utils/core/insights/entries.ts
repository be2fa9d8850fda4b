// From a stored (or exported) post to what the insights aggregate: the library's entry, the author's
// labelling basis and the states the text speaks of.
import type { Directory } from '../accounts/directory';
import { PLATFORMS } from '../model';
import type { StoredPost } from '../records';
import { toEntry } from '../library/query';
import type { InsightEntry } from './aggregate';
import { detectMentions, EU } from './mentions';

/** The state a listed account speaks for (or the EU for the Union's accounts), by handle on every platform. */
export function accountStates(directory: Directory): (handle: string) => string | null {
  return (handle) => {
    for (const platform of PLATFORMS) {
      const entry = directory.byHandleOf(platform, handle);
      if (entry) return entry.country ?? (entry.org === EU ? EU : null);
    }
    return null;
  };
}

/** Alpha-2 codes (or EU) of the states a post speaks of, each once. */
export function mentionCodes(post: Pick<StoredPost, 'text' | 'lang'>, accountState?: (handle: string) => string | null): string[] {
  return detectMentions(post.text, { lang: post.lang, accountState }).map((m) => m.code);
}

export function toInsightEntry(post: StoredPost, mentions: readonly string[]): InsightEntry {
  return { ...toEntry(post), basis: post.basis, mentions };
}
