import { render } from 'preact';
import type { BadgeVerdict } from '../../utils/content/scanner';
import { BadgeCard, CARD_ID, describePill, type BadgeActions, type PillView } from './Badge';
import { BADGE_CSS } from './badge-styles';

export type { BadgeActions };

export const BADGE_TAG = 'diplolens-badge';

/**
 * One stylesheet shared by every badge (adopted by each shadow root) instead of a <style> copy
 * per badge: a long timeline holds hundreds. Where a content script cannot construct sheets
 * (Firefox's isolated world), each badge gets its own <style>.
 */
let sharedSheet: CSSStyleSheet | null | undefined;
function badgeSheet(): CSSStyleSheet | null {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  return sharedSheet;
}

/** The badge in each slot: looked up per post, so kept rather than searched for among the slot's children. */
const hosts = new WeakMap<Element, HTMLElement>();
function findHost(slot: Element): HTMLElement | null {
  const host = hosts.get(slot);
  if (host && host.parentNode === slot) return host;
  // One drawn before this map existed (a content script started again) is the slot's last child.
  const last = slot.lastElementChild;
  return last?.tagName === 'DIPLOLENS-BADGE' ? (last as HTMLElement) : null;
}

/** What a badge shows, and whether its card is open; kept per host for the re-render that opens it. */
interface BadgeState {
  handle: string;
  verdict: BadgeVerdict;
  actions?: BadgeActions;
  open: boolean;
  /** Opened by a click: stays open when the pointer or focus leaves. */
  pinned: boolean;
  closeTimer?: ReturnType<typeof setTimeout>;
}

const states = new WeakMap<HTMLElement, BadgeState>();

/** Time the pointer may take to travel from the badge to its card. */
const CLOSE_DELAY_MS = 250;

/**
 * Each badge's shadow root, closed: the page's own scripts cannot open the card, press its
 * buttons or read its reasons. Only this module keeps the way in.
 */
const roots = new WeakMap<HTMLElement, ShadowRoot>();
/** The badge's shadow root, for the extension's own code and its tests (page scripts cannot reach this module). */
export function badgeRoot(host: Element): ShadowRoot | undefined {
  return roots.get(host as HTMLElement);
}

/**
 * The pill is built with plain DOM calls, as text: it is drawn for every official post on a long
 * timeline, and Preact's render cost twice as much per badge (measured with BENCH_PROFILE). Only
 * the card, shown to one person at a time, is a Preact component.
 */
function pillOf(host: HTMLElement): HTMLButtonElement | null {
  return roots.get(host)?.querySelector('button.dl') ?? null;
}

const drawnPills = new WeakMap<HTMLElement, string>();

function drawPill(host: HTMLElement, view: PillView): void {
  const key = `${view.warn}\u0000${view.basis}\u0000${view.label}\u0000${view.who}\u0000${view.tone?.text}\u0000${view.tone?.color}\u0000${view.tone?.title}`;
  if (drawnPills.get(host) === key) return;
  drawnPills.set(host, key);
  const doc = host.ownerDocument;
  // Updated in place, never replaced: a person may have the pill focused when a correction lands.
  let button = pillOf(host);
  if (!button) {
    button = doc.createElement('button');
    button.type = 'button';
    button.dir = 'ltr';
    button.setAttribute('aria-controls', CARD_ID);
    button.setAttribute('aria-expanded', String(states.get(host)?.open ?? false));
    const who = doc.createElement('span');
    who.className = 'who';
    button.append(who);
    roots.get(host)!.append(button);
  }
  button.className = view.warn ? 'dl warn' : view.basis === 'inferred' || view.basis === 'user' ? `dl ${view.basis}` : 'dl';
  button.setAttribute('aria-label', view.label);
  // A correction or a new tone redraws the pill: what did not change is not touched.
  const who = button.firstElementChild!;
  if (who.textContent !== view.who) who.textContent = view.who;
  let tone = button.querySelector<HTMLElement>('span.tone');
  if (!view.tone) tone?.remove();
  else {
    if (!tone) {
      tone = doc.createElement('span');
      tone.className = 'tone';
      button.append(tone);
    }
    tone.style.background = view.tone.color;
    tone.title = view.tone.title;
    tone.textContent = view.tone.text;
  }
}

/** Each badge's card container, made when its card first opens. */
const cardMounts = new WeakMap<HTMLElement, Element>();
function cardMount(host: HTMLElement): Element {
  let mount = cardMounts.get(host);
  if (!mount) {
    mount = host.ownerDocument.createElement('span');
    mount.className = 'cards';
    roots.get(host)!.append(mount);
    cardMounts.set(host, mount);
  }
  return mount;
}

function drawCard(host: HTMLElement): void {
  const state = states.get(host);
  if (!state || !roots.has(host)) return;
  pillOf(host)?.setAttribute('aria-expanded', String(state.open));
  if (!state.open) {
    const mount = cardMounts.get(host);
    if (mount) render(null, mount);
    return;
  }
  const { identification, tone } = state.verdict;
  render(<BadgeCard handle={state.handle} identification={identification} tone={tone} actions={state.actions} onClose={() => close(host)} />, cardMount(host));
}

function open(host: HTMLElement): void {
  const state = states.get(host);
  if (!state) return;
  clearTimeout(state.closeTimer);
  if (state.open) return;
  state.open = true;
  drawCard(host);
}

function close(host: HTMLElement): void {
  const state = states.get(host);
  if (!state) return;
  clearTimeout(state.closeTimer);
  if (!state.open) return;
  state.open = false;
  state.pinned = false;
  drawCard(host);
}

function closeSoon(host: HTMLElement): void {
  const state = states.get(host);
  if (!state || state.pinned) return;
  clearTimeout(state.closeTimer);
  state.closeTimer = setTimeout(() => close(host), CLOSE_DELAY_MS);
}

/**
 * One set of listeners, shared by every badge: the card opens on hover or focus, stays while the
 * pointer or focus is inside the badge, and a click pins it. Only a person's own input counts: a
 * page script can dispatch events, never trusted ones.
 */
const onEnter = (event: Event) => event.isTrusted && open(event.currentTarget as HTMLElement);
const onLeave = (event: Event) => event.isTrusted && closeSoon(event.currentTarget as HTMLElement);
const onFocusOut = (event: FocusEvent) => {
  if (!event.isTrusted) return;
  const host = event.currentTarget as HTMLElement;
  const next = event.relatedTarget as Node | null;
  // Focus moving between the pill and the card's buttons stays inside the badge.
  if (next && (next === host || host.contains(next) || roots.get(host)?.contains(next))) return;
  closeSoon(host);
};
/** On the shadow root, where the closed tree's nodes are visible in the event's path. */
const onClick = (event: MouseEvent) => {
  const host = (event.currentTarget as ShadowRoot).host as HTMLElement;
  // The badge sits inside the site's post link: no click in it may open the post.
  event.preventDefault();
  event.stopPropagation();
  if (!event.isTrusted) return;
  const onPill = event.composedPath().some((node) => (node as Node).nodeType === 1 && (node as Element).matches('button.dl'));
  const state = states.get(host);
  if (!onPill || !state) return;
  if (state.pinned) close(host);
  else {
    open(host);
    state.pinned = true;
  }
};

function createHost(slot: Element): HTMLElement {
  const host = slot.ownerDocument.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  const sheet = badgeSheet();
  let adopted = false;
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      /* falls back to a <style> below */
    }
  }
  if (!adopted) {
    const style = slot.ownerDocument.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style);
  }
  host.addEventListener('mouseenter', onEnter);
  host.addEventListener('focusin', onEnter);
  host.addEventListener('mouseleave', onLeave);
  host.addEventListener('focusout', onFocusOut);
  shadow.addEventListener('click', onClick as EventListener);
  // A click on the host outside the pill (its margin) must not open the post either.
  host.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
  });
  return host;
}

/**
 * Puts the badge of one post in its author row, inside a shadow root of its own, and keeps
 * the DOM contract attributes (README, "DOM contract") on the host element in step.
 */
export function renderBadge(slot: Element, handle: string, verdict: BadgeVerdict | null, actions?: BadgeActions): void {
  let host = findHost(slot);
  if (!verdict) {
    if (host) {
      const mount = cardMounts.get(host);
      if (mount) render(null, mount);
      clearTimeout(states.get(host)?.closeTimer);
      states.delete(host);
      host.remove();
    }
    return;
  }
  if (!host) {
    host = createHost(slot);
    slot.appendChild(host);
    hosts.set(slot, host);
  }
  const { identification: id, tone } = verdict;
  const attrs: Record<string, string> = {
    'data-handle': handle,
    'data-country': id.country ?? '',
    'data-org': id.org ?? '',
    'data-role': id.role ?? '',
    'data-host': id.host ?? '',
    'data-basis': id.basis ?? '',
    'data-tone': tone?.tone ?? '',
    'data-tone-score': tone ? tone.score.toFixed(3) : '',
    'data-tone-confidence': tone?.confidence !== undefined ? tone.confidence.toFixed(2) : '',
  };
  // A handle of the user's own list stays inside the closed shadow root (Identification.fromUserList).
  if (id.imitates) {
    attrs['data-warning'] = 'lookalike';
    if (id.fromUserList) host.removeAttribute('data-imitates');
    else attrs['data-imitates'] = id.imitates;
    host.removeAttribute('data-listed');
  } else if (id.renamed) {
    attrs['data-warning'] = 'renamed';
    if (id.fromUserList) host.removeAttribute('data-listed');
    else attrs['data-listed'] = id.renamed;
    host.removeAttribute('data-imitates');
  } else {
    host.removeAttribute('data-warning');
    host.removeAttribute('data-imitates');
    host.removeAttribute('data-listed');
  }
  for (const [name, value] of Object.entries(attrs)) if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  const state = states.get(host);
  if (state) Object.assign(state, { handle, verdict, actions });
  else states.set(host, { handle, verdict, actions, open: false, pinned: false });
  drawPill(host, describePill(id, tone));
  if (state?.open) drawCard(host);
}
