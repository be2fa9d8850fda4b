import type { PostRecord } from '../utils/db';
import { describePlace, describeSpeaker } from '../utils/describe';
import { ROLES } from '../utils/roles';
import { TONES } from '../utils/tones';

/** One recorded post in a list: who (flag, country, role), tone, text and a link to the original. */
export function PostRow({ post }: { post: PostRecord }) {
  const speaker = describeSpeaker(post);
  const tone = TONES[post.tone];
  const role = post.role ? ROLES[post.role].label : 'Official';
  const when = new Date(post.postedAt ?? post.firstSeen);
  return (
    <li class="post" data-post-id={post.postId}>
      <div class="post-head">
        <span class="speaker">
          {speaker.flag ? <span aria-hidden="true">{speaker.flag} </span> : null}
          <strong>{speaker.text}</strong> · {role} {describePlace(post)}
        </span>
        <span class="tone-chip" style={{ background: tone.color }} title={tone.description}>
          <span aria-hidden="true">{tone.symbol}</span> {tone.label}
        </span>
      </div>
      <div class="author">
        {post.authorName} <span class="muted">@{post.handle}</span> ·{' '}
        <time dateTime={when.toISOString()}>{when.toLocaleString()}</time>
      </div>
      <p class="text" dir="auto" lang={post.lang ?? undefined}>
        {post.text}
      </p>
      {post.url ? (
        <a class="open" href={post.url} target="_blank" rel="noopener noreferrer">
          Open original post
        </a>
      ) : null}
    </li>
  );
}
