import { postDate } from '../../utils/core/library/query';
import { isoOrEmpty, localTime } from '../../utils/core/text/dates';
import { useState } from 'preact/hooks';
import type { PostRecord } from '../../utils/db/database';
import { describePlace, describeSpeaker } from '../../utils/core/describe';
import { ROLES } from '../../utils/core/roles';
import { confidencePercent, isTentative, TONES } from '../../utils/core/tones';
import { ClippedText } from './ClippedText';

/** One recorded post in a list: who (flag, country, role), tone, text, tags, a quick tag and a link to the original. */
export function PostRow({ post, onTag, knownTags }: { post: PostRecord; onTag?: (tag: string) => Promise<unknown>; knownTags?: string[] }) {
  const speaker = describeSpeaker(post);
  const tone = TONES[post.tone];
  const tentative = isTentative({ tone: post.tone, confidence: post.toneConfidence });
  const role = post.role ? ROLES[post.role].label : post.official ? 'Official' : 'Saved post';
  const when = postDate(post);
  const [tag, setTag] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <li class="post" data-post-id={post.postId}>
      <div class="post-head">
        <span class="speaker">
          {speaker.flag ? <span aria-hidden="true">{speaker.flag} </span> : null}
          <strong>{post.official ? speaker.text : 'Not official'}</strong> · {role} {describePlace(post)}
        </span>
        <span class="tone-chip" style={{ background: tone.color }} title={tentative ? `${tone.description} (uncertain: the model gave it ${confidencePercent(post.toneConfidence!)})` : tone.description}>
          <span aria-hidden="true">{tone.symbol}</span> {tone.label}
          {tentative ? '?' : ''}
        </span>
      </div>
      <div class="author">
        {post.authorName} <span class="muted">@{post.handle}</span> ·{' '}
        <time dateTime={isoOrEmpty(when)}>{localTime(when)}</time>
        {post.codedTone ? <span class="muted"> · coded {TONES[post.codedTone].label.toLowerCase()}</span> : null}
      </div>
      <ClippedText text={post.text} textLength={post.textLength} lang={post.lang} />
      {post.tags?.length ? (
        <div class="row-tags" data-testid="row-tags">
          {post.tags.map((t) => (
            <span key={t} class="tag">
              {t}
            </span>
          ))}
        </div>
      ) : null}
      <div class="row">
        {post.url ? (
          <a class="open" href={post.url} target="_blank" rel="noopener noreferrer">
            Open original post
          </a>
        ) : null}
        {onTag ? (
          <form
            class="quick-tag"
            onSubmit={async (e) => {
              e.preventDefault();
              try {
                await onTag(tag);
                setTag('');
                setProblem('');
              } catch (error) {
                setProblem(error instanceof Error ? error.message : String(error));
              }
            }}
          >
            <input list="popup-tags" aria-label="Quick tag" data-testid="quick-tag" placeholder="+ tag" value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
            {knownTags ? (
              <datalist id="popup-tags">
                {knownTags.map((t) => (
                  <option key={t} value={t} />
                ))}
              </datalist>
            ) : null}
            {problem ? <span class="error">{problem}</span> : null}
          </form>
        ) : null}
      </div>
    </li>
  );
}
