// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanner, type PostVerdict, type ScannerDeps } from '../../utils/content/scanner';
import { x } from '../../utils/sites/x/index';
import type { Identification } from '../../utils/core/model';
import { postArticle, timelineCell, type FixturePost } from '../../scripts/demo/x-markup';

const official: Identification = { official: true, country: 'US', org: null, role: 'foreign_ministry', host: null, basis: 'directory', reasons: [] };
const other: Identification = { official: false, country: null, org: null, role: null, host: null, basis: null, reasons: [] };

const post = (id: string, handle: string, text = 'We welcome the agreement.'): FixturePost => ({ id, handle, name: handle, text, lang: 'en' });

function setup(overrides: Partial<ScannerDeps> = {}) {
  const frames: (() => void)[] = [];
  const recorded: PostVerdict[][] = [];
  const rendered: [string, boolean][] = [];
  const deps: ScannerDeps = {
    site: x,
    identify: (a) => (a.handle === 'StateDept' ? official : other),
    classify: () => ({ tone: 'cooperative', score: 0.8, cues: [], lang: 'en' }),
    renderBadge: (_slot, handle, v) => rendered.push([handle, v !== null]),
    record: (v) => recorded.push(v),
    onError: vi.fn(),
    schedule: (cb) => frames.push(cb),
    // The real clock must not split a batch on a loaded machine; the budget has its own test, on a fake clock.
    frameBudgetMs: Number.POSITIVE_INFINITY,
    ...overrides,
  };
  const scanner = createScanner(document, deps);
  const runFrames = async () => {
    await new Promise((r) => setTimeout(r, 0)); // let MutationObserver deliver
    while (frames.length) frames.shift()!();
  };
  return { scanner, deps, recorded, rendered, runFrames, frames };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanner', () => {
  it('marks every post official or other and records official ones once per frame', async () => {
    document.body.innerHTML = [post('1', 'StateDept'), post('2', 'someone')].map(timelineCell).join('');
    const { scanner, recorded, runFrames } = setup();
    scanner.start();
    await runFrames();
    const states = [...document.querySelectorAll('article')].map((a) => a.getAttribute('data-dl-state'));
    expect(states).toEqual(['official', 'other']);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.map((v) => v.post.postId)).toEqual(['1']);
    expect(scanner.stats).toMatchObject({ seen: 2, official: 1, other: 1 });
  });

  it('batches posts appended in one tick into one frame, and leaves unchanged posts alone', async () => {
    const { scanner, recorded, runFrames, frames } = setup();
    scanner.start();
    await runFrames();
    const container = document.body;
    for (let i = 0; i < 5; i++) container.insertAdjacentHTML('beforeend', timelineCell(post(String(10 + i), 'StateDept'), i));
    await new Promise((r) => setTimeout(r, 0));
    expect(frames).toHaveLength(1);
    await runFrames();
    expect(recorded.at(-1)).toHaveLength(5);
    // An unrelated mutation elsewhere does not redo the posts.
    container.insertAdjacentHTML('beforeend', '<div>unrelated</div>');
    await runFrames();
    expect(scanner.stats.seen).toBe(5);
  });

  it('does not re-read the posts that stay when X removes cells that scrolled away', async () => {
    const list = document.createElement('div');
    document.body.append(list);
    list.innerHTML = [1, 2, 3, 4].map((i) => timelineCell(post(String(i), i % 2 ? 'StateDept' : 'someone'), i)).join('');
    const reads: Element[] = [];
    const { scanner, runFrames } = setup({ site: { ...x, readPosts: (el) => (reads.push(el), x.readPosts(el)) } });
    scanner.start();
    await runFrames();
    expect(reads).toHaveLength(4);
    list.firstElementChild!.remove();
    list.firstElementChild!.remove();
    await runFrames();
    expect(reads).toHaveLength(4);
    // A removal inside a post still redoes that post: React replaced its text.
    list.querySelector('[data-testid="tweetText"]')!.firstElementChild!.remove();
    await runFrames();
    expect(reads).toHaveLength(5);
  });

  it("does not re-read a post when X only updates its counts or its relative time", async () => {
    document.body.innerHTML = timelineCell(post('1', 'StateDept'), 0);
    const reads: Element[] = [];
    const { scanner, runFrames } = setup({ site: { ...x, readPosts: (el) => (reads.push(el), x.readPosts(el)) } });
    scanner.start();
    await runFrames();
    expect(reads).toHaveLength(1);
    const actions = document.querySelector('article [role="group"]')!;
    actions.insertAdjacentHTML('beforeend', '<span>41</span>');
    actions.querySelector('span')!.firstChild!.textContent = '42';
    document.querySelector('article time')!.firstChild!.textContent = '6m';
    await runFrames();
    expect(reads).toHaveLength(1);
    // Its text is another matter.
    document.querySelector('article [data-testid="tweetText"] span')!.firstChild!.textContent = 'We condemn the attack.';
    await runFrames();
    expect(reads).toHaveLength(2);
  });

  it('follows a post whose author React rewrote in place', async () => {
    document.body.innerHTML = timelineCell(post('1', 'StateDept'), 0);
    const { scanner, rendered, runFrames } = setup();
    scanner.start();
    await runFrames();
    const article = document.querySelector('article')!;
    // X reuses the node for another post: swap its content.
    article.outerHTML = postArticle(post('2', 'someone'));
    await runFrames();
    expect(document.querySelector('article')!.getAttribute('data-dl-state')).toBe('other');
    expect(rendered.at(-1)).toEqual(['someone', false]);
  });

  it('an identifier that throws is reported, not thrown into the page, and other posts go on', async () => {
    document.body.innerHTML = [post('1', 'boom'), post('2', 'StateDept')].map(timelineCell).join('');
    const onError = vi.fn();
    const { scanner, runFrames, recorded } = setup({
      onError,
      identify: (a) => {
        if (a.handle === 'boom') throw new Error('bad');
        return official;
      },
    });
    scanner.start();
    await expect(runFrames()).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(expect.any(Error), 'process');
    expect(recorded[0]!.map((v) => v.post.author.handle)).toEqual(['StateDept']);
  });

  it('posts without an author are skipped and marked', async () => {
    document.body.innerHTML = '<article data-testid="tweet"><div>ad</div></article>';
    const { scanner, runFrames } = setup();
    scanner.start();
    await runFrames();
    expect(document.querySelector('article')!.getAttribute('data-dl-state')).toBe('other');
    expect(scanner.stats.skipped).toBe(1);
  });

  it('leaves a post pending while its identification is inferred, then decides it without reading it again', async () => {
    document.body.innerHTML = timelineCell(post('1', 'unlisted'), 0);
    let answer: Identification | null = null;
    const reads = vi.spyOn(x, 'readPosts');
    const { scanner, runFrames, recorded } = setup({ identify: () => answer });
    scanner.start();
    await runFrames();
    expect(document.querySelector('article')!.hasAttribute('data-dl-state')).toBe(false);
    expect(reads).toHaveBeenCalledTimes(1);
    answer = official;
    scanner.retryPending();
    await runFrames();
    expect(document.querySelector('article')!.getAttribute('data-dl-state')).toBe('official');
    expect(reads).toHaveBeenCalledTimes(1);
    expect(recorded.flat().map((v) => v.post.postId)).toEqual(['1']);
    reads.mockRestore();
  });

  it('a pending post that changed meanwhile is read again', async () => {
    document.body.innerHTML = timelineCell(post('1', 'unlisted'), 0);
    let answer: Identification | null = null;
    const { scanner, runFrames, rendered } = setup({ identify: (a) => (a.handle === 'StateDept' ? official : answer) });
    scanner.start();
    await runFrames();
    document.querySelector('article')!.outerHTML = postArticle(post('2', 'StateDept'));
    answer = other;
    scanner.retryPending();
    await runFrames();
    expect(document.querySelector('article')!.getAttribute('data-dl-state')).toBe('official');
    expect(rendered.at(-1)).toEqual(['StateDept', true]);
  });

  it("removes the old author's badge at once when X reuses the node for an account still being inferred", async () => {
    document.body.innerHTML = timelineCell(post('1', 'StateDept'), 0);
    const { scanner, runFrames, rendered } = setup({ identify: (a) => (a.handle === 'StateDept' ? official : null) });
    scanner.start();
    await runFrames();
    expect(rendered).toEqual([['StateDept', true]]);
    // X keeps the article node and rewrites what is inside it.
    const article = document.querySelector('article')!;
    article.replaceChildren(...new DOMParser().parseFromString(postArticle(post('2', 'unlisted')), 'text/html').querySelector('article')!.childNodes);
    await runFrames();
    expect(rendered.at(-1)).toEqual(['unlisted', false]);
    expect(article.hasAttribute('data-dl-state')).toBe(false);
  });

  it('stops a frame at its time budget and finishes the rest in the next frames', async () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => timelineCell(post(String(i + 1), 'StateDept'), i)).join('');
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const { scanner, frames, recorded } = setup({
      frameBudgetMs: 8,
      // Each post costs 1 ms of the (fake) clock.
      identify: () => {
        clock += 1;
        return official;
      },
    });
    scanner.start();
    frames.shift()!();
    const first = document.querySelectorAll('article[data-dl-state]').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(30);
    expect(frames).toHaveLength(1); // the rest is scheduled, not dropped
    while (frames.length) frames.shift()!();
    expect(document.querySelectorAll('article[data-dl-state]').length).toBe(30);
    expect(recorded.flat()).toHaveLength(30);
    now.mockRestore();
  });
});

describe('scanner: re-reading one account’s posts', () => {
  it('finds a post by its own author and by the author it quotes', async () => {
    const quoting: FixturePost = { ...post('30', 'someone'), quote: { id: '31', handle: 'StateDept', name: 'StateDept', text: 'We welcome the agreement.' } };
    document.body.innerHTML = [quoting, post('32', 'other_one')].map(timelineCell).join('');
    const { scanner, rendered, runFrames } = setup();
    scanner.start();
    await runFrames();
    for (const handle of ['someone', 'statedept']) {
      rendered.length = 0;
      scanner.rescanAccounts(new Set([handle]));
      await runFrames();
      // The quoting post is read again (both its posts), the other one is not.
      expect(rendered.map(([h]) => h).sort(), handle).toEqual(['StateDept', 'someone']);
    }
  });
});
