import { useRef, useState } from 'preact/hooks';
import type { Identification, ToneResult } from '../utils/types';
import { ROLES } from '../utils/roles';
import { TONES } from '../utils/tones';
import { describePlace, describeSpeaker } from '../utils/describe';

export interface BadgeProps {
  handle: string;
  identification: Identification;
  tone: ToneResult | null;
}

const BASIS_TEXT = {
  directory: 'Listed in the DiploLens directory of official accounts',
  inferred: 'Inferred from the name, bio and badge (not in the directory)',
  user: 'Set by you',
} as const;

/**
 * The overlay on one post. Everything shown is rendered as text by Preact (page text is
 * untrusted). The card is a popover, so it sits in the top layer and X's overflow:hidden
 * rows cannot clip it; its position is read only when a person hovers or focuses.
 */
export function Badge({ handle, identification: id, tone }: BadgeProps) {
  const button = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const show = () => {
    const b = button.current;
    const c = card.current;
    if (!b || !c) return;
    const r = b.getBoundingClientRect();
    c.style.top = `${Math.min(r.bottom + 6, window.innerHeight - 40)}px`;
    c.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - 330))}px`;
    try {
      c.showPopover?.();
    } catch {
      /* already shown */
    }
    setOpen(true);
  };
  const hide = () => {
    try {
      card.current?.hidePopover?.();
    } catch {
      /* already hidden */
    }
    setOpen(false);
  };

  const cardId = 'dl-card';
  if (id.imitates) {
    return (
      <>
        <button class="dl warn" ref={button} aria-describedby={cardId} aria-expanded={open}
          aria-label={`DiploLens warning: look-alike of @${id.imitates}, not an official account`}
          onMouseEnter={show} onMouseLeave={hide} onFocus={show} onBlur={hide}>
          <span aria-hidden="true">⚠</span> look-alike of @{id.imitates}
        </button>
        <div class="card" id={cardId} role="tooltip" popover="manual" ref={card}>
          <h3>Not official: look-alike handle</h3>
          <p>@{handle} imitates the listed official account @{id.imitates}.</p>
          <Reasons reasons={id.reasons} />
        </div>
      </>
    );
  }

  const speaker = describeSpeaker(id);
  const role = id.role ? ROLES[id.role].label : 'Official';
  const place = describePlace(id);
  const toneInfo = tone ? TONES[tone.tone] : null;
  const label = [`DiploLens: ${speaker.text}`, role, place, toneInfo ? `tone ${toneInfo.label}` : '']
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <button class="dl" ref={button} aria-describedby={cardId} aria-expanded={open} aria-label={label}
        onMouseEnter={show} onMouseLeave={hide} onFocus={show} onBlur={hide}>
        <span class="who">
          {speaker.flag ? <span aria-hidden="true">{speaker.flag} </span> : null}
          {speaker.text} · {role}
          {place ? ` ${place}` : ''}
        </span>
        {toneInfo && tone ? (
          <span class="tone" style={{ background: toneInfo.color }} title={toneInfo.label}>
            <span aria-hidden="true">{toneInfo.symbol}</span> {tone.tone}
          </span>
        ) : null}
      </button>
      <div class="card" id={cardId} role="tooltip" popover="manual" ref={card}>
        <h3>
          {speaker.flag} {speaker.text} · {role} {place}
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
                    “{c.cue}” <span class="w">{c.kind} {c.weight > 0 ? '+' : ''}{c.weight.toFixed(2)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">No tone cues found.</p>
            )}
          </>
        ) : null}
      </div>
    </>
  );
}

function Reasons({ reasons }: { reasons: string[] }) {
  if (!reasons.length) return null;
  return (
    <ul>
      {reasons.slice(0, 6).map((r) => (
        <li>{r}</li>
      ))}
    </ul>
  );
}
