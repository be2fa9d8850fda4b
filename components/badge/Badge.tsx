import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Basis, Identification, ToneResult } from '../../utils/core/model';
import { ROLES } from '../../utils/core/roles';
import { confidencePercent, isTentative, TONES } from '../../utils/core/tones';
import { ToneCues } from '../shared/ToneCues';
import { describePlace, describeSpeaker } from '../../utils/core/describe';

/** What a person can do from the badge's menu; each is absent where it does not apply. */
export interface BadgeActions {
  save?: () => Promise<unknown>;
  notOfficial?: () => Promise<unknown>;
  correct?: () => Promise<unknown>;
  undo?: () => Promise<unknown>;
}

/** What the pill says: built from the same description as the card, drawn by badge-host.tsx. */
export interface PillView {
  warn: boolean;
  /** Where the label comes from, shown by the pill's style: a listing, an inference, the user. */
  basis: Basis | null;
  /** A word saying so beside the name, for those who cannot tell borders apart: "likely", "yours". */
  basisWord: string;
  /** The accessible name, which says everything the pill shows. */
  label: string;
  who: string;
  tone: { text: string; title: string; color: string } | null;
}

export const CARD_ID = 'dl-card';

const BASIS_WORD: Record<Basis, string> = { directory: '', domain: '', inferred: 'likely', user: 'yours' };

/** The card's line on where the label comes from. */
function basisText(id: Identification): string {
  if (id.basis === 'directory') return 'Listed: a directory of official accounts names this handle';
  if (id.basis === 'domain') return 'Proven: the platform verified that this account controls a government domain';
  if (id.basis === 'inferred') return 'Likely: inferred from the name, bio and badge (no listing confirms it)';
  if (id.basis === 'user') return 'Set by you';
  return '';
}

/** How sure the model is of its tone, for the card and the pill's title. */
const confidenceText = (tone: ToneResult) => `the model gives this tone ${confidencePercent(tone.confidence ?? 0)}`;

/** Who speaks, in which role, where, and the tone's description: what both the pill and the card say. */
function describeOfficial(identification: Identification, tone: ToneResult | null) {
  return {
    speaker: describeSpeaker(identification),
    role: identification.role ? ROLES[identification.role].label : 'Official',
    where: describePlace(identification),
    toneInfo: tone ? TONES[tone.tone] : null,
  };
}

export function describePill(identification: Identification, tone: ToneResult | null): PillView {
  if (identification.imitates) {
    return {
      warn: true,
      basis: null,
      basisWord: '',
      label: `DiploLens warning: look-alike of @${identification.imitates}, not an official account`,
      who: `⚠ look-alike of @${identification.imitates}`,
      tone: null,
    };
  }
  if (identification.renamed) {
    return {
      warn: true,
      basis: null,
      basisWord: '',
      label: `DiploLens warning: the account id and handle do not match the listed @${identification.renamed}; not shown as official`,
      who: `⚠ renamed? listed as @${identification.renamed}`,
      tone: null,
    };
  }
  const { speaker, role, where, toneInfo } = describeOfficial(identification, tone);
  const tentative = tone ? isTentative(tone) : false;
  const basis = identification.basis;
  const basisWord = basis ? BASIS_WORD[basis] : '';
  return {
    warn: false,
    basis,
    basisWord,
    label: [`DiploLens: ${speaker.text}`, role, where, basisWord ? `${basisWord} (${basisText(identification)})` : '', toneInfo ? `tone ${toneInfo.label}${tentative ? ' (uncertain)' : ''}` : '']
      .filter(Boolean)
      .join(', '),
    who: `${speaker.flag ? `${speaker.flag} ` : ''}${speaker.text} · ${role}${basisWord ? ` · ${basisWord}` : ''}`,
    tone:
      tone && toneInfo
        ? { text: `${toneInfo.symbol} ${tone.tone}${tentative ? '?' : ''}`, title: tentative ? `${toneInfo.label}, uncertain: ${confidenceText(tone)}` : toneInfo.label, color: toneInfo.color }
        : null,
  };
}

export interface BadgeCardProps {
  handle: string;
  identification: Identification;
  tone: ToneResult | null;
  actions?: BadgeActions;
  /** Closes the card (Escape). */
  onClose?: () => void;
}

/**
 * The card that says why, rendered by Preact only while open (badge-host.tsx opens it on hover,
 * focus or click). Everything in it is rendered as text: page text is untrusted. It is a
 * popover, so it sits in the top layer where X's overflow:hidden rows cannot clip it.
 */
export function BadgeCard({ handle, identification: id, tone, actions, onClose }: BadgeCardProps) {
  if (id.imitates || id.renamed) {
    return (
      <Card onClose={onClose}>
        <h3>{id.imitates ? 'Not official: look-alike handle' : 'Not shown as official: renamed, or a handle that changed hands?'}</h3>
        <p>{id.imitates ? `@${handle} imitates the listed official account @${id.imitates}.` : `@${handle} and the listed @${id.renamed} do not match by handle and account id.`}</p>
        <Reasons reasons={id.reasons} />
        <Actions actions={actions} official={id.official} />
      </Card>
    );
  }
  const { speaker, role, where, toneInfo } = describeOfficial(id, tone);
  return (
    <Card onClose={onClose}>
      <h3>
        {speaker.flag} {speaker.text} · {role} {where}
      </h3>
      <p class="muted">{basisText(id)}</p>
      <Reasons reasons={id.reasons} />
      {id.basis === 'inferred' ? (
        <p class="muted">To badge only accounts a list or a proven government domain vouches for, untick “Badge accounts recognised by inference” in DiploLens’s options.</p>
      ) : null}
      {tone && toneInfo ? (
        <>
          <h3 style={{ marginTop: '8px' }}>
            Tone: {toneInfo.symbol} {toneInfo.label}
            {isTentative(tone) ? '?' : ''} <span class="w">({tone.score.toFixed(2)})</span>
          </h3>
          <p class="muted">{toneInfo.description}</p>
          {tone.confidence !== undefined ? (
            <p class="muted" data-testid="tone-confidence">
              {isTentative(tone)
                ? `Uncertain: ${confidenceText(tone)}. Tones marked “?” were right about half to two thirds of the time on real posts: read the post.`
                : `Sure: ${confidenceText(tone)}. Such tones were right 85–90% of the time on real posts.`}
            </p>
          ) : tone.tone !== 'unknown' ? (
            <p class="muted" data-testid="tone-confidence">
              Read by a word list, which gives no figure of how sure it is: right 76–88% of the time on posts written to the guide, likely less on
              real ones.
            </p>
          ) : null}
          {tone.cues.length ? (
            <ToneCues cues={tone.cues.slice(0, 8)} />
          ) : (
            <p class="muted">No tone cues found.</p>
          )}
        </>
      ) : null}
      <Actions actions={actions} official={id.official} />
    </Card>
  );
}

const CARD_GAP = 6;
const CARD_MARGIN = 8;

/**
 * Where the card goes: under the pill, or above it when there is more room there (a pill near the
 * bottom of the window), never past the window's edges; a card taller than the room scrolls.
 */
export function placeCard(
  pill: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  view: { width: number; height: number },
): { top: number; left: number; maxHeight: number } {
  const below = view.height - pill.bottom - CARD_GAP - CARD_MARGIN;
  const above = pill.top - CARD_GAP - CARD_MARGIN;
  const left = Math.max(CARD_MARGIN, Math.min(pill.left, view.width - card.width - CARD_MARGIN));
  if (card.height <= below || below >= above) {
    return { top: Math.max(CARD_MARGIN, pill.bottom + CARD_GAP), left, maxHeight: Math.max(below, 80) };
  }
  const height = Math.min(card.height, above);
  return { top: Math.max(CARD_MARGIN, pill.top - CARD_GAP - height), left, maxHeight: Math.max(above, 80) };
}

/** The "why" card: placed by the pill when it opens, and shown as a popover. */
function Card({ children, onClose }: { children: ComponentChildren; onClose?: () => void }) {
  const card = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const c = card.current;
    const pill = (c?.getRootNode() as ShadowRoot | undefined)?.querySelector?.('button.dl');
    if (!c || !pill) return;
    // Read once, when a person opens the card: never during the scan.
    try {
      c.showPopover?.();
    } catch {
      /* already shown */
    }
    const place = placeCard(pill.getBoundingClientRect(), c.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight });
    c.style.top = `${place.top}px`;
    c.style.left = `${place.left}px`;
    c.style.maxHeight = `${place.maxHeight}px`;
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !e.isTrusted) return;
      const pill = (card.current?.getRootNode() as ShadowRoot | undefined)?.querySelector?.<HTMLButtonElement>('button.dl');
      onClose?.();
      pill?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return (
    <div class="card" dir="ltr" id={CARD_ID} role="dialog" aria-label="DiploLens: why" popover="manual" ref={card}>
      {children}
    </div>
  );
}

/** The card's menu; each action says how it went in a live region. */
function Actions({ actions, official }: { actions?: BadgeActions; official: boolean }) {
  const [status, setStatus] = useState('');
  const run = (label: string, action?: () => Promise<unknown>) => async (event: Event) => {
    // Only a person's own click acts: a page script can dispatch clicks but never trusted ones.
    if (!action || !event.isTrusted) return;
    setStatus(`${label}…`);
    try {
      await action();
      setStatus(`${label}: done`);
    } catch (error) {
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div class="actions" role="group" aria-label="DiploLens actions">
      {actions?.save ? <button type="button" data-action="save" onClick={run('Save post', actions.save)}>Save post</button> : null}
      {actions?.notOfficial && official ? (
        <button type="button" data-action="not-official" onClick={run('Marked not official', actions.notOfficial)}>Not official</button>
      ) : null}
      {actions?.correct ? <button type="button" data-action="correct" onClick={run('Correction opened', actions.correct)}>Correct…</button> : null}
      {actions?.undo ? <button type="button" data-action="undo" onClick={run('Correction undone', actions.undo)}>Undo my correction</button> : null}
      <span class="status" role="status" aria-live="polite">{status}</span>
    </div>
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
