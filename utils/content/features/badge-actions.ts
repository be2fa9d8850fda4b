import type { BadgeActions } from '../../../components/badge/badge-host';
import type { AccountInput } from '../../core/model';
import { send } from '../background-port';
import type { SeenPost } from '../../sites/types';
import type { BadgeVerdict } from '../scanner';
import { toCapture } from './capture';

/** What the badge's menu can do for a post's author (or an account shown on its own: no post). */
export function badgeActions(
  post: SeenPost | null,
  account: AccountInput,
  verdict: BadgeVerdict,
  complete: (account: AccountInput) => AccountInput,
): BadgeActions {
  const { platform, handle } = account;
  return {
    // The capture is made on click, not for every badge drawn.
    save: post?.postId ? () => send('posts:save', { post: toCapture(post, verdict.identification, verdict.tone, complete(account))! }).then(() => undefined) : undefined,
    notOfficial: () => send('corrections:set', { platform, handle, correction: { official: false } }),
    correct: () => send('ui:correct', { platform, handle }),
    undo: verdict.identification.basis === 'user' ? () => send('corrections:undo', { platform, handle }).then(() => null) : undefined,
  };
}
