import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AccountInput, Identification, ToneResult } from '../../core/model';
import type { PostCapture } from '../../core/records';
import { send } from '../background-port';
import type { SeenPost } from '../../sites/types';
import type { ErrorLog } from './errors';
import { outbox } from './outbox';

/**
 * Posts seen are sent to the library in one message per this period rather than one per batch:
 * a message costs the page about as much as reading a post.
 */
const RECORD_EVERY_MS = 500;

/** A post as the content script hands it to the library: what the page showed, and the verdicts. */
export function toCapture(post: SeenPost, id: Identification, tone: ToneResult | null, author: AccountInput): PostCapture | null {
  if (!post.postId) return null;
  return {
    platform: post.platform,
    postId: post.postId,
    url: post.url,
    postedAt: post.postedAt,
    handle: post.author.handle,
    authorName: post.author.name ?? '',
    ...(author.userId ? { userId: author.userId } : {}),
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
    ...(tone?.confidence === undefined ? {} : { toneConfidence: tone.confidence }),
    toneCues: tone?.cues ?? [],
  };
}

/** Automatic recording: the background keeps only official posts, where capture is on. */
export function createRecorder(ctx: Pick<ContentScriptContext, 'setTimeout' | 'addEventListener'>, log: ErrorLog) {
  const pending = outbox<PostCapture>(ctx, RECORD_EVERY_MS, (posts) => send('posts:record', { posts }), (error) => log.report(error, 'record'));
  return {
    record(post: SeenPost, identification: Identification, tone: ToneResult | null, author: AccountInput): void {
      const capture = toCapture(post, identification, tone, author);
      if (capture) pending.push(capture);
    },
  };
}
