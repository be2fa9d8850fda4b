import { render } from 'preact';
import type { PostVerdict } from '../utils/page/scanner';
import { Badge, type BadgeActions } from './Badge';

export type { BadgeActions };
import { BADGE_CSS } from './badge-styles';

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

function mountOf(shadow: ShadowRoot): ParentNode {
  return shadow.querySelector(':scope > span.mount') ?? shadow;
}

function findHost(slot: Element): HTMLElement | null {
  for (const child of slot.children) if (child.tagName === 'DIPLOLENS-BADGE') return child as HTMLElement;
  return null;
}

/**
 * Puts the badge of one post in its author row, inside a shadow root of its own, and keeps
 * the DOM contract attributes (README, "DOM contract") on the host element in step.
 */
export function renderBadge(
  slot: Element,
  handle: string,
  verdict: Pick<PostVerdict, 'identification' | 'tone'> | null,
  actions?: BadgeActions,
): void {
  let host = findHost(slot);
  if (!verdict) {
    if (host) {
      if (host.shadowRoot) render(null, mountOf(host.shadowRoot));
      host.remove();
    }
    return;
  }
  if (!host) {
    host = slot.ownerDocument.createElement(BADGE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
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
    // Preact renders straight into the shadow root; only the <style> fallback needs a mount beside it.
    if (!adopted) {
      const style = slot.ownerDocument.createElement('style');
      style.textContent = BADGE_CSS;
      const mount = slot.ownerDocument.createElement('span');
      mount.className = 'mount';
      shadow.append(style, mount);
    }
    slot.appendChild(host);
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
  };
  if (id.imitates) {
    attrs['data-warning'] = 'lookalike';
    attrs['data-imitates'] = id.imitates;
  } else {
    host.removeAttribute('data-warning');
    host.removeAttribute('data-imitates');
  }
  for (const [name, value] of Object.entries(attrs)) if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  render(<Badge handle={handle} identification={id} tone={tone} actions={actions} />, mountOf(host.shadowRoot!));
}
