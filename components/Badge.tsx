import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Identification, ToneResult } from '../utils/types';
import { ROLES } from '../utils/roles';
import { TONES } from '../utils/tones';
import { describePlace, describeSpeaker } from '../utils/describe';

/** What a person can do from the badge's menu; each is absent where it does not apply. */
export interface BadgeActions {
  save?: () => Promise<unknown>;
  notOfficial?: () => Promise<unknown>;
  correct?: () => Promise<unknown>;
  undo?: () => Promise<unknown>;
}

export interface BadgeProps {
  handle: string;
  identification: Identification;
  tone: ToneResult | null;
  actions?: BadgeActions;
}

const BASIS_TEXT = {
  directory: 'Listed in the DiploLens directory of official accounts',
  inferred: 'Inferred from the name, bio and badge (not in the directory)',
  user: 'Set by you',
} as const;

/** Time the pointer may take to travel from the badge to its card. */
const CLOSE_DELAY_MS = 250;

/**
 * The overlay on one post. Everything shown is rendered as text by Preact (page text is
 * untrusted). The card is a popover, so it sits in the top layer and X's overflow:hidden
 * rows cannot clip it; its position is read only when a person hovers, focuses or clicks.
 * It opens on hover or focus, stays while the pointer or focus is inside it, is pinned by
 * a click, and closes with Escape.
 */
export function Badge({ handle, identification: id, tone, actions }: BadgeProps) {
  const button = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [status, setStatus] = useState('');

  const place = () => {
    const b = button.current;
    const c = card.current;
    if (!b || !c) return;
    const r = b.getBoundingClientRect();
    c.style.top = `${Math.min(r.bottom + 6, window.innerHeight - 40)}px`;
    c.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - 340))}px`;
  };
  // The card is only rendered while open: most badges are never opened, and a timeline holds hundreds.
  useLayoutEffect(() => {
    if (!open) return;
    place();
    try {
      card.current?.showPopover?.();
    } catch {
      /* already shown */
    }
  }, [open]);
  const show = () => {
    clearTimeout(closeTimer.current);
    setOpen(true);
  };
  const close = () => {
    clearTimeout(closeTimer.current);
    try {
      card.current?.hidePopover?.();
    } catch {
      /* already hidden */
    }
    setOpen(false);
    setPinned(false);
  };
  const closeSoon = () => {
    if (pinned) return;
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(close, CLOSE_DELAY_MS);
  };
  const leaveFocus = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && (button.current?.contains(next) || card.current?.contains(next))) return;
    closeSoon();
  };
  useEffect(() => () => clearTimeout(closeTimer.current), []);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && (close(), button.current?.focus());
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open]);

  const run = (label: string, action?: () => Promise<unknown>) => async () => {
    if (!action) return;
    setStatus(`${label}…`);
    try {
      await action();
      setStatus(`${label}: done`);
    } catch (error) {
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const triggers = {
    onMouseEnter: show,
    onMouseLeave: closeSoon,
    onFocus: show,
    onBlur: leaveFocus,
    onClick: (e: MouseEvent) => {
      // The badge sits inside X's post link: a click must not open the post.
      e.preventDefault();
      e.stopPropagation();
      if (pinned) close();
      else {
        show();
        setPinned(true);
      }
    },
  };
  const cardEvents = { onMouseEnter: show, onMouseLeave: closeSoon, onFocusOut: leaveFocus };
  const cardId = 'dl-card';
  const menu = (
    <div class="actions" role="group" aria-label="DiploLens actions">
      {actions?.save ? <button type="button" data-action="save" onClick={run('Save post', actions.save)}>Save post</button> : null}
      {actions?.notOfficial && id.official ? (
        <button type="button" data-action="not-official" onClick={run('Marked not official', actions.notOfficial)}>Not official</button>
      ) : null}
      {actions?.correct ? <button type="button" data-action="correct" onClick={run('Correction opened', actions.correct)}>Correct…</button> : null}
      {actions?.undo ? <button type="button" data-action="undo" onClick={run('Correction undone', actions.undo)}>Undo my correction</button> : null}
      <span class="status" role="status" aria-live="polite">{status}</span>
    </div>
  );

  if (id.imitates) {
    return (
      <>
        <button class="dl warn" dir="ltr" ref={button} aria-controls={cardId} aria-expanded={open}
          aria-label={`DiploLens warning: look-alike of @${id.imitates}, not an official account`} {...triggers}>
          <span aria-hidden="true">⚠</span> look-alike of @{id.imitates}
        </button>
        {open ? (
          <div class="card" dir="ltr" id={cardId} role="dialog" aria-label="DiploLens: why" popover="manual" ref={card} {...cardEvents}>
            <h3>Not official: look-alike handle</h3>
            <p>@{handle} imitates the listed official account @{id.imitates}.</p>
            <Reasons reasons={id.reasons} />
            {menu}
          </div>
        ) : null}
      </>
    );
  }

  const speaker = describeSpeaker(id);
  const role = id.role ? ROLES[id.role].label : 'Official';
  const where = describePlace(id);
  const toneInfo = tone ? TONES[tone.tone] : null;
  const label = [`DiploLens: ${speaker.text}`, role, where, toneInfo ? `tone ${toneInfo.label}` : '']
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <button class="dl" dir="ltr" ref={button} aria-controls={cardId} aria-expanded={open} aria-label={label} {...triggers}>
        <span class="who">
          {speaker.flag ? <span aria-hidden="true">{speaker.flag} </span> : null}
          {speaker.text} · {role}
        </span>
        {toneInfo && tone ? (
          <span class="tone" style={{ background: toneInfo.color }} title={toneInfo.label}>
            <span aria-hidden="true">{toneInfo.symbol}</span> {tone.tone}
          </span>
        ) : null}
      </button>
      {open ? (
        <div class="card" dir="ltr" id={cardId} role="dialog" aria-label="DiploLens: why" popover="manual" ref={card} {...cardEvents}>
          <h3>
            {speaker.flag} {speaker.text} · {role} {where}
          </h3>
          <p class="muted">{id.basis ? BASIS_TEXT[id.basis] : ''}</p>
          <Reasons reasons={id.reasons} />
          {tone && toneInfo ? (
            <>
              <h3 style={{ marginTop: '8px' }}>
                Tone: {toneInfo.symbol} {toneInfo.label} <span class="w">({tone.score.toFixed(2)})</span>
              </h3>
              <p class="muted">{toneInfo.description}</p>
              {tone.cues.length ? (
                <ul class="cues">
                  {tone.cues.slice(0, 8).map((c) => (
                    <li>
                      “<bdi>{c.cue}</bdi>” <span class="w">{c.kind} {c.weight > 0 ? '+' : ''}{c.weight.toFixed(2)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="muted">No tone cues found.</p>
              )}
            </>
          ) : null}
          {menu}
        </div>
      ) : null}
    </>
  );
}

function Reasons({ reasons }: { reasons: string[] }) {
  if (!reasons.length) return null;
  return (
    <ul>
      {reasons.slice(0, 6).map((r) => (
        <li dir="auto">{r}</li>
      ))}
    </ul>
  );
}
