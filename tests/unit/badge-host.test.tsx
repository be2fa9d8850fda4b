// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeCard } from '../../components/badge/Badge';
import { badgeRoot, renderBadge } from '../../components/badge/badge-host';
import type { Identification, ToneResult } from '../../utils/core/model';

const official: Identification = { official: true, country: 'FR', org: null, role: 'embassy', host: 'US', basis: 'directory', reasons: ['Listed in the directory'] };
const lookalike: Identification = { official: false, country: null, org: null, role: null, host: null, basis: null, reasons: ['one letter added'], imitates: 'StateDept' };
const tone: ToneResult = { tone: 'cooperative', score: 0.81234, cues: [{ cue: 'welcome', kind: 'welcome', weight: 0.7 }], lang: 'en' };

const slot = () => {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
};
const hostIn = (el: Element) => el.querySelector('diplolens-badge') as HTMLElement;
const root = (el: Element) => badgeRoot(hostIn(el))!;
const pill = (el: Element) => root(el).querySelector('button.dl') as HTMLButtonElement;
const card = (el: Element) => root(el).querySelector('.card');
/** An event as a person's input makes it (a page script's events are never trusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = () => trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('badge host', () => {
  it('keeps the DOM contract attributes and draws the pill as text', () => {
    const el = slot();
    renderBadge(el, 'FranceinUSA', { identification: official, tone });
    const host = hostIn(el);
    expect(host.getAttribute('data-handle')).toBe('FranceinUSA');
    expect(host.getAttribute('data-country')).toBe('FR');
    expect(host.getAttribute('data-role')).toBe('embassy');
    expect(host.getAttribute('data-host')).toBe('US');
    expect(host.getAttribute('data-basis')).toBe('directory');
    expect(host.getAttribute('data-tone')).toBe('cooperative');
    expect(host.getAttribute('data-tone-score')).toBe('0.812');
    expect(pill(el).textContent).toContain('France');
    expect(pill(el).textContent).toContain('cooperative');
    expect(pill(el).getAttribute('aria-label')).toMatch(/^DiploLens: France, Embassy, .*tone Cooperative$/);
    expect(card(el)).toBeNull(); // rendered only when opened
  });

  it('updates in place, one badge per slot, and removes it when the verdict goes', () => {
    const el = slot();
    renderBadge(el, 'FranceinUSA', { identification: official, tone });
    const first = pill(el);
    renderBadge(el, 'FranceinUSA', { identification: official, tone });
    expect(pill(el)).toBe(first); // nothing changed: the pill is not redrawn
    renderBadge(el, 'StateDept_', { identification: lookalike, tone: null });
    expect(el.querySelectorAll('diplolens-badge')).toHaveLength(1);
    expect(hostIn(el).getAttribute('data-warning')).toBe('lookalike');
    expect(hostIn(el).getAttribute('data-imitates')).toBe('StateDept');
    expect(hostIn(el).getAttribute('data-tone')).toBe('');
    expect(pill(el).className).toBe('dl warn');
    expect(pill(el)).toBe(first); // changed in place, so a focused pill keeps the focus
    expect(pill(el).querySelector('.tone')).toBeNull();
    expect(pill(el).textContent).toBe('⚠ look-alike of @StateDept');
    renderBadge(el, 'FranceinUSA', { identification: official, tone });
    expect(hostIn(el).hasAttribute('data-warning')).toBe(false);
    renderBadge(el, 'FranceinUSA', null);
    expect(el.querySelector('diplolens-badge')).toBeNull();
  });

  it('renders page text as text, never as markup', () => {
    const el = slot();
    const hostile = { ...lookalike, imitates: '<img src=x onerror=alert(1)>' };
    renderBadge(el, '<b>x</b>', { identification: hostile, tone: null });
    expect(root(el).querySelector('img')).toBeNull();
    expect(pill(el).textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('opens the card on hover, closes it after the pointer leaves, and pins it on a click that never reaches the post', () => {
    vi.useFakeTimers();
    const el = slot();
    const postClicks = vi.fn();
    el.addEventListener('click', postClicks);
    const actions = { save: vi.fn(async () => undefined) };
    renderBadge(el, 'FranceinUSA', { identification: official, tone }, actions);
    const host = hostIn(el);

    host.dispatchEvent(trusted(new Event('mouseenter')));
    expect(card(el)?.textContent).toContain('Listed in the directory');
    expect(card(el)?.textContent).toContain('welcome');
    expect(pill(el).getAttribute('aria-expanded')).toBe('true');
    host.dispatchEvent(trusted(new Event('mouseleave')));
    vi.advanceTimersByTime(300);
    expect(card(el)).toBeNull();
    expect(pill(el).getAttribute('aria-expanded')).toBe('false');

    pill(el).dispatchEvent(click());
    expect(card(el)).not.toBeNull();
    host.dispatchEvent(trusted(new Event('mouseleave')));
    vi.advanceTimersByTime(300);
    expect(card(el)).not.toBeNull(); // pinned
    expect(postClicks).not.toHaveBeenCalled();
    expect(root(el).querySelector('[data-action="save"]')).not.toBeNull();

    // A re-render while open (a correction, say) keeps the card and its new content.
    renderBadge(el, 'FranceinUSA', { identification: { ...official, basis: 'user' }, tone }, actions);
    expect(card(el)?.textContent).toContain('Set by you');

    pill(el).dispatchEvent(click());
    expect(card(el)).toBeNull();
  });

  it('is closed to the page: no open shadow root, and synthetic events neither open the card nor press its buttons', () => {
    const el = slot();
    const actions = { save: vi.fn(async () => undefined), notOfficial: vi.fn(async () => undefined) };
    renderBadge(el, 'FranceinUSA', { identification: official, tone }, actions);
    const host = hostIn(el);
    expect(host.shadowRoot).toBeNull();
    host.dispatchEvent(new Event('mouseenter'));
    host.dispatchEvent(new Event('focusin'));
    pill(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(card(el)).toBeNull();
    // Opened by a person, the card's buttons still ignore a script's click.
    pill(el).dispatchEvent(click());
    (root(el).querySelector('[data-action="save"]') as HTMLButtonElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    (root(el).querySelector('[data-action="not-official"]') as HTMLButtonElement).click();
    expect(actions.save).not.toHaveBeenCalled();
    expect(actions.notOfficial).not.toHaveBeenCalled();
    (root(el).querySelector('[data-action="save"]') as HTMLButtonElement).dispatchEvent(click());
    expect(actions.save).toHaveBeenCalledOnce();
  });

  it('says where the label comes from: a listing, "likely" for an inference, "yours" for a correction', () => {
    const el = slot();
    const reasons = ['Listed in Wikidata via Govdirectory, Dec 2025: matched by handle'];
    renderBadge(el, 'FranceinUSA', { identification: { ...official, reasons, listedIn: 'Wikidata via Govdirectory, Dec 2025' }, tone });
    expect(pill(el).className).toBe('dl');
    pill(el).dispatchEvent(click());
    expect(card(el)?.textContent).toContain('Listed in Wikidata via Govdirectory, Dec 2025');
    expect(card(el)?.textContent).not.toContain('options');
    renderBadge(el, 'FranceinUSA', { identification: { ...official, basis: 'inferred' }, tone });
    expect(pill(el).className).toBe('dl inferred');
    expect(pill(el).textContent).toContain('· likely');
    // An inference's card says how to do without such badges.
    expect(card(el)?.textContent).toContain('untick “Badge accounts recognised by inference” in DiploLens’s options');
    renderBadge(el, 'FranceinUSA', { identification: { ...official, basis: 'user' }, tone });
    expect(pill(el).className).toBe('dl user');
    expect(pill(el).textContent).toContain('· yours');
  });

  it('marks a tone the model is unsure of, in the pill, its accessible name and the card', () => {
    const el = slot();
    renderBadge(el, 'FranceinUSA', { identification: official, tone: { ...tone, confidence: 0.91 } });
    expect(root(el).querySelector('.tone')?.textContent).toBe('+ cooperative');
    expect(hostIn(el).getAttribute('data-tone-confidence')).toBe('0.91');
    pill(el).dispatchEvent(click());
    expect(card(el)?.textContent).toContain('Sure: the model gives this tone 91%');

    renderBadge(el, 'FranceinUSA', { identification: official, tone: { ...tone, confidence: 0.42 } });
    expect(root(el).querySelector('.tone')?.textContent).toBe('+ cooperative?');
    expect((root(el).querySelector('.tone') as HTMLElement).title).toBe('Cooperative, uncertain: the model gives this tone 42%');
    expect(pill(el).getAttribute('aria-label')).toContain('tone Cooperative (uncertain)');
    expect(hostIn(el).getAttribute('data-tone-confidence')).toBe('0.42');
    expect(card(el)?.textContent).toContain('Uncertain: the model gives this tone 42%');
    // Another figure, the same tone and mark: the pill's title follows.
    renderBadge(el, 'FranceinUSA', { identification: official, tone: { ...tone, confidence: 0.55 } });
    expect((root(el).querySelector('.tone') as HTMLElement).title).toBe('Cooperative, uncertain: the model gives this tone 55%');

    // A word list's answer has no such figure: shown plainly, and the card says what it rests on.
    renderBadge(el, 'FranceinUSA', { identification: official, tone });
    expect(root(el).querySelector('.tone')?.textContent).toBe('+ cooperative');
    expect(hostIn(el).getAttribute('data-tone-confidence')).toBe('');
    expect(card(el)?.textContent).toContain('Read by a word list');
  });

  it("shows a warning that rests on the user's own list without writing that list's handle into the page", () => {
    const el = slot();
    renderBadge(el, 'MinistryX_', { identification: { ...lookalike, imitates: 'MinistryX', fromUserList: true }, tone: null });
    expect(hostIn(el).getAttribute('data-warning')).toBe('lookalike');
    expect(hostIn(el).hasAttribute('data-imitates')).toBe(false);
    expect(pill(el).textContent).toBe('⚠ look-alike of @MinistryX'); // inside the closed root only
    const renamedFromList: Identification = { ...lookalike, imitates: undefined, renamed: 'MinistryX', fromUserList: true };
    renderBadge(el, 'MinistryX_', { identification: renamedFromList, tone: null });
    expect(hostIn(el).getAttribute('data-warning')).toBe('renamed');
    expect(hostIn(el).hasAttribute('data-listed')).toBe(false);
    expect(el.innerHTML).not.toContain('MinistryX"');
  });

  it('warns of a renamed account instead of badging it', () => {
    const el = slot();
    const renamed: Identification = { official: false, country: null, org: null, role: null, host: null, basis: null, reasons: ['id of @StateDept'], renamed: 'StateDept' };
    renderBadge(el, 'DeptOfStateNews', { identification: renamed, tone: null });
    expect(hostIn(el).getAttribute('data-warning')).toBe('renamed');
    expect(hostIn(el).getAttribute('data-listed')).toBe('StateDept');
    expect(pill(el).textContent).toBe('⚠ renamed? listed as @StateDept');
  });
});

describe('placing the card', () => {
  const view = { width: 1280, height: 900 };
  const card = { width: 346, height: 430 };

  it('goes under the pill when it fits there, at the pill’s left', () => {
    expect(placeCard({ top: 100, bottom: 118, left: 500 }, card, view)).toEqual({ top: 124, left: 500, maxHeight: 900 - 118 - 6 - 8 });
  });

  it('goes above a pill near the bottom of the window, wholly inside it', () => {
    const place = placeCard({ top: 800, bottom: 818, left: 500 }, card, view);
    expect(place.top).toBe(800 - 6 - 430);
    expect(place.top + card.height).toBeLessThanOrEqual(800);
    expect(place.maxHeight).toBe(800 - 6 - 8);
  });

  it('scrolls where neither side holds it, on the side with more room', () => {
    const short = { width: 400, height: 300 };
    const place = placeCard({ top: 200, bottom: 218, left: 10 }, card, short);
    expect(place.top).toBe(8);
    expect(place.maxHeight).toBe(200 - 6 - 8);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(200);
  });

  it('stays inside a narrow window', () => {
    const place = placeCard({ top: 100, bottom: 118, left: 300 }, card, { width: 400, height: 900 });
    expect(place.left).toBe(400 - 346 - 8);
    expect(placeCard({ top: 100, bottom: 118, left: 300 }, { width: 390, height: 100 }, { width: 400, height: 900 }).left).toBe(8);
  });
});
