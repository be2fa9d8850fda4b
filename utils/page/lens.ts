import { renderBadge } from '../../components/badge-host';
import { Directory } from '../accounts/directory';
import { identifyAccount } from '../accounts';
import type { PostCapture } from '../db';
// Type-only: these declare the messages; importing their code would pull the directory into the content script.
import type {} from '../background/accounts';
import type {} from '../background/history';
import { send } from '../messages';
import type { SiteModule } from '../sites/types';
import { classifyTone } from '../tone';
import type { AccountInput, Identification } from '../types';
import { createScanner, type PostVerdict } from './scanner';

/** Identifications are cached per account as the page shows it: one timeline repeats authors. */
function cachedIdentifier(directory: Directory) {
  const cache = new Map<string, Identification>();
  return (account: AccountInput): Identification => {
    const key = `${account.platform}\u0000${account.handle}\u0000${account.name ?? ''}\u0000${account.bio ?? ''}\u0000${account.badge ?? ''}`;
    let id = cache.get(key);
    if (!id) {
      id = identifyAccount(account, directory);
      if (cache.size > 5000) cache.clear();
      cache.set(key, id);
    }
    return id;
  };
}

function toCapture({ post, identification: id, tone }: PostVerdict): PostCapture | null {
  if (!post.postId) return null;
  return {
    platform: post.platform,
    postId: post.postId,
    url: post.url,
    postedAt: post.postedAt,
    handle: post.author.handle,
    authorName: post.author.name ?? '',
    ...(post.author.userId ? { userId: post.author.userId } : {}),
    official: id.official,
    country: id.country,
    org: id.org,
    role: id.role,
    host: id.host,
    basis: id.basis,
    text: post.text,
    lang: post.lang ?? null,
    tone: tone?.tone ?? 'unknown',
    toneScore: tone?.score ?? 0,
    toneCues: tone?.cues ?? [],
  };
}

/**
 * The content script's whole life on one site: fetch the directory from the background,
 * then badge and record posts as they appear. Nothing here may throw into the page.
 */
export async function startLens(site: SiteModule): Promise<void> {
  let directory: Directory;
  try {
    const { entries } = await send('directory:get', {});
    directory = new Directory(entries);
  } catch (error) {
    console.debug('[DiploLens] directory unavailable, inferring only', error);
    directory = new Directory([]);
  }
  const identify = cachedIdentifier(directory);
  const scanner = createScanner(document, {
    site,
    identify: (post) => identify(post.author),
    classify: classifyTone,
    renderBadge,
    record(verdicts) {
      const posts = verdicts.map(toCapture).filter((c): c is PostCapture => c !== null);
      if (posts.length) send('posts:record', { posts }).catch((error) => scannerError(error, 'record'));
    },
    onError: scannerError,
  });
  function scannerError(error: unknown, where: string) {
    // After an extension update the old content script loses its connection: stop quietly.
    if (String(error).includes('Extension context invalidated')) scanner.stop();
    else console.debug(`[DiploLens] ${where}:`, error);
  }
  scanner.start();
}
