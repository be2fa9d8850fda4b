import { postDate } from '../../utils/core/library/query';
import { isoOrEmpty, localTime } from '../../utils/core/text/dates';
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import { describePlace, describeSpeaker } from '../../utils/core/describe';
import { addNote, codePosts, deleteNote, keyOf, tagPosts, untagPost } from '../../utils/db/library';
import { ROLES } from '../../utils/core/roles';
import { confidencePercent, isTentative, TONES } from '../../utils/core/tones';
import { ToneCues } from '../shared/ToneCues';
import { TONE_IDS, type Tone } from '../../utils/core/model';
import { useLiveQuery } from '../shared/useLiveQuery';
import { ToneChip } from '../shared/ToneChip';
import { ClippedText } from '../shared/ClippedText';

/** Everything about one post: text, badges and cues, the coded tone, tags and notes. */
export function DetailPane({ db, postKey, coder, tags, tagInput }: { db: DiploLensDB; postKey: string | null; coder: string; tags: string[]; tagInput: RefObject<HTMLInputElement | null> }) {
  const { value } = useLiveQuery(async () => {
    if (!postKey) return null;
    const [platform, postId] = keyOf(postKey);
    const [post, notes] = await Promise.all([db.posts.get([platform, postId]), db.notes.where('[platform+postId]').equals([platform, postId]).sortBy('createdAt')]);
    return post ? { post, notes } : null;
  }, [db, postKey]);
  const [tagText, setTagText] = useState('');
  const [noteText, setNoteText] = useState('');
  const [problem, setProblem] = useState('');
  /** The note whose deletion waits for a confirmation. */
  const [confirmNote, setConfirmNote] = useState<number | null>(null);

  if (!postKey || !value) return <aside class="detail muted">Select a post (J/K to move).</aside>;
  const { post, notes } = value;
  const speaker = describeSpeaker(post);
  const when = postDate(post);
  const code = (tone: Tone | null) => codePosts(db, [postKey], tone, coder);

  return (
    <aside class="detail" data-testid="detail" data-post-id={post.postId}>
      <div class="post-head">
        <span class="speaker">
          {speaker.flag ? <span aria-hidden="true">{speaker.flag} </span> : null}
          <strong>{post.official ? speaker.text : 'Not an official account'}</strong>
          {post.role ? ` · ${ROLES[post.role].label}` : ''} {describePlace(post)}
        </span>
      </div>
      <div class="author">
        {post.authorName} <span class="muted">@{post.handle}</span> · <time dateTime={isoOrEmpty(when)}>{localTime(when)}</time>
        {post.saved ? <span class="muted"> · saved by hand</span> : null}
      </div>
      <ClippedText key={postKey} text={post.text} textLength={post.textLength} lang={post.lang} />
      {post.url ? (
        <a class="open" href={post.url} target="_blank" rel="noopener noreferrer">
          Open original post
        </a>
      ) : null}
      <p class="muted small">
        Seen {post.timesSeen} {post.timesSeen === 1 ? 'time' : 'times'}, first {localTime(post.firstSeen)}, last {localTime(post.lastSeen)}.
        {post.basis ? ` Identified from the ${post.basis === 'directory' ? 'directory' : post.basis === 'domain' ? 'government domain the account controls' : post.basis === 'user' ? "user's correction" : 'profile (inferred)'}.` : ''}
      </p>

      <h3>Tone</h3>
      <p>
        <ToneChip tone={post.tone} /> <span class="muted">score {post.toneScore.toFixed(2)}</span>
        {typeof post.toneConfidence === 'number' ? (
          <span class="muted" data-testid="tone-confidence">
            {' '}
            · the model gave it {confidencePercent(post.toneConfidence)}
            {isTentative({ tone: post.tone, confidence: post.toneConfidence }) ? ': uncertain, shown as “?”' : ''}
          </span>
        ) : null}
      </p>
      {post.toneCues.length ? (
        <ToneCues cues={post.toneCues} />
      ) : null}
      <div class="coding" role="group" aria-label="Code the tone">
        {TONE_IDS.map((t, i) => (
          <button key={t} type="button" aria-pressed={post.codedTone === t} data-testid={`code-${t}`} onClick={() => code(t)} title={TONES[t].description}>
            <kbd>{i + 1}</kbd> {TONES[t].symbol} {TONES[t].label}
          </button>
        ))}
        <button type="button" onClick={() => code(null)} disabled={!post.codedTone}>
          <kbd>0</kbd> Clear
        </button>
      </div>
      <p data-testid="coded-tone" data-coded-tone={post.codedTone ?? ''}>
        {post.codedTone ? (
          <>
            <ToneChip tone={post.codedTone} coded /> by {post.codedBy} on {localTime(post.codedAt)}
          </>
        ) : (
          <span class="muted">Not coded yet.</span>
        )}
      </p>

      <h3>Tags</h3>
      <ul class="tags" data-testid="detail-tags">
        {post.tags.map((t) => (
          <li key={t} class="tag">
            {t}{' '}
            <button type="button" aria-label={`Remove tag ${t}`} onClick={() => untagPost(db, postKey, t)}>
              x
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await tagPosts(db, [postKey], tagText);
            setTagText('');
            setProblem('');
          } catch (error) {
            setProblem(error instanceof Error ? error.message : String(error));
          }
        }}
      >
        <input ref={tagInput} list="known-tags" data-testid="tag-input" aria-label="Add a tag (T)" placeholder="Add a tag (T)" value={tagText} onInput={(e) => setTagText(e.currentTarget.value)} />
        <datalist id="known-tags">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </form>
      {problem ? <p class="error">{problem}</p> : null}

      <h3>Notes</h3>
      <ul class="notes">
        {notes.map((n) => (
          <li key={n.id}>
            <span class="muted">{localTime(n.createdAt)}</span>{' '}
            <span class="note-text">{n.text}</span>{' '}
            {confirmNote === n.id ? (
              <>
                <button type="button" class="danger" data-testid="delete-note-confirm" onClick={() => deleteNote(db, n.id!).finally(() => setConfirmNote(null))}>
                  Delete this note
                </button>{' '}
                <button type="button" onClick={() => setConfirmNote(null)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" aria-label="Delete this note" data-testid="delete-note" onClick={() => setConfirmNote(n.id!)}>
                x
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          await addNote(db, postKey, noteText);
          setNoteText('');
        }}
      >
        <textarea aria-label="Add a note" data-testid="note-input" rows={2} value={noteText} onInput={(e) => setNoteText(e.currentTarget.value)} />
        <button type="submit" disabled={!noteText.trim()}>
          Add note
        </button>
      </form>
    </aside>
  );
}
