import type { AccountInput, Identification, ToneResult } from '../core/model';
import type { SurfaceCounts } from '../protocol';
import type { SeenAccount, SeenPost, SiteModule } from '../sites/types';

/** What the scanner decided about one post, handed to the renderer and the recorder. */
export interface PostVerdict {
  post: SeenPost;
  identification: Identification;
  /** Only official posts are classified. */
  tone: ToneResult | null;
}

/** What a badge shows: who speaks, and the tone (null for an account). */
export type BadgeVerdict = Pick<PostVerdict, 'identification' | 'tone'>;

export interface ScannerDeps {
  site: SiteModule;
  /** Null while the answer is pending (inference runs in the background): the post is retried on rescan. */
  identify(account: AccountInput): Identification | null;
  classify(text: string, lang: string | undefined): ToneResult;
  /** Puts (or updates, or with null removes) the badge in an author's name row. */
  renderBadge(
    slot: Element,
    handle: string,
    verdict: BadgeVerdict | null,
    context: { post: SeenPost | null; account: AccountInput },
  ): void;
  /** An account shown on its own (profile, cell, hover card), with what it says about itself. */
  onAccount?(seen: SeenAccount): void;
  /** The surface the page shows now, for the per-surface counts. */
  surface?(): string;
  /** Called once per batch with the official posts first seen or changed in it. */
  record(verdicts: PostVerdict[]): void;
  /** Errors are reported here and never rethrown into the page. */
  onError(error: unknown, where: string): void;
  /** Batch scheduler (defaultSchedule in the page), injectable for tests. */
  schedule?(callback: () => void): void;
  /** Work allowed per batch, ms (FRAME_BUDGET_MS by default). */
  frameBudgetMs?: number;
}

export interface ScannerStats extends SurfaceCounts {
  errors: number;
  /** Time spent in frames by the scanner, ms. */
  busyMs: number;
  /** Posts by the surface they were seen on; accounts by the kind of element that showed them. */
  bySurface: Record<string, SurfaceCounts>;
}

export const STATE_ATTR = 'data-dl-state';

/**
 * Work per batch, ms: what is left waits for the next batch, so the extension never makes a
 * long task however many posts arrive at once (a badge then shows a frame later).
 */
export const FRAME_BUDGET_MS = 8;

type PostTask = (callback: () => void, options: { priority: 'user-blocking' | 'user-visible' | 'background' }) => Promise<unknown>;

/**
 * Work runs as a task of its own, right after the page's mutation, rather than inside the
 * rendering frame's animation callbacks: there it would add to the page's own style and layout
 * in one task, and on a long timeline the sum passes 50 ms. A user-blocking task still runs
 * before the next rendering in practice, so badges appear in the same frame.
 */
function defaultSchedule(callback: () => void): void {
  const postTask = (globalThis as unknown as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (postTask) postTask.call((globalThis as unknown as { scheduler: object }).scheduler, callback, { priority: 'user-blocking' }).catch(() => {});
  else setTimeout(callback, 0);
}

/**
 * Watches a document for posts of one site and keeps their badges right.
 * Mutations only mark posts dirty; the work runs in one batch (a task of its own, see
 * defaultSchedule) on the dirty posts alone. A post is re-read when React rewrites it in place: its signature (author,
 * permalink, text) is compared with the one its badge was made for.
 */
export function createScanner(doc: Document, deps: ScannerDeps) {
  const schedule = deps.schedule ?? defaultSchedule;
  const signatures = new WeakMap<Element, string>();
  const dirty = new Set<Element>();
  /** Posts and accounts whose identification was pending, with what was read; retried when answers arrive. */
  const pending = new Map<Element, SeenPost[] | null>();
  /** Lower-cased author handles of every element read (a post and the post it quotes), to re-read one account's posts. */
  const authors = new WeakMap<Element, string[]>();
  /** Posts re-queued by retryPending with what was read then, valid until they mutate. */
  const retried = new Map<Element, SeenPost[]>();
  /** Lower-cased handle of the author each post's badge was drawn for. */
  const badgedFor = new WeakMap<Element, string>();
  const stats: ScannerStats = { seen: 0, official: 0, other: 0, skipped: 0, errors: 0, busyMs: 0, bySurface: {} };
  const selector = `${deps.site.postSelector}, ${deps.site.accountSelector}`;

  function count(surface: string, field: keyof SurfaceCounts, delta = 1): void {
    stats[field] += delta;
    const counts = (stats.bySurface[surface] ??= { seen: 0, official: 0, other: 0, skipped: 0 });
    counts[field] += delta;
  }

  /**
   * Each post (per content) counts once, however often it is re-read (rescans after an answer
   * or a correction); if its verdict changed it moves from one column to the other.
   */
  const counted = new WeakMap<Element, { signature: string; surface: string; verdict: 'official' | 'other' }>();
  function countVerdict(element: Element, signature: string, surface: string, verdict: 'official' | 'other'): void {
    const before = counted.get(element);
    if (before?.signature === signature) {
      if (before.verdict === verdict) return;
      count(before.surface, before.verdict, -1);
      count(before.surface, verdict);
      before.verdict = verdict;
      return;
    }
    counted.set(element, { signature, surface, verdict });
    count(surface, 'seen');
    count(surface, verdict);
  }
  let frameRequested = false;
  let paused = true;
  let observer: MutationObserver | null = null;

  /**
   * Marks the post or account a changed node belongs to, and with `inside` those it contains
   * (an added subtree). A removal marks only its container: X's virtual list removes cells on
   * every scroll step, and the posts that stay are unchanged.
   */
  function markDirty(node: Node, inside: boolean): void {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element) return;
    const post = element.closest(deps.site.postSelector);
    if (post && deps.site.inertSelector) {
      const inert = element.closest(deps.site.inertSelector);
      if (inert && inert !== post && post.contains(inert)) return;
    }
    if (post) {
      dirty.add(post);
      retried.delete(post);
    }
    const account = element.closest(deps.site.accountSelector);
    if (account) dirty.add(account);
    if (inside && node.nodeType === 1) for (const el of element.querySelectorAll(selector)) dirty.add(el);
  }

  /** Forgets the decisions made for an element and what it contains, so it is decided again. */
  function forget(element: Element): void {
    for (const inner of [element, ...element.querySelectorAll(`[${STATE_ATTR}]`)]) signatures.delete(inner);
  }

  function requestFrame(): void {
    if (frameRequested || paused || dirty.size === 0) return;
    frameRequested = true;
    schedule(flush);
  }

  function ownNode(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).tagName === 'DIPLOLENS-BADGE';
  }

  function onMutations(records: MutationRecord[]): void {
    try {
      for (const record of records) {
        if (record.type === 'childList') {
          let removedOthers = false;
          for (const node of record.removedNodes) removedOthers ||= !ownNode(node);
          for (const node of record.addedNodes) if (!ownNode(node)) markDirty(node, true);
          // Our own badges coming and going change nothing X drew.
          if (removedOthers) markDirty(record.target, false);
        } else if (!ownNode(record.target) && !(record.target.parentNode && ownNode(record.target.parentNode))) {
          markDirty(record.target, record.type === 'attributes');
        }
      }
      requestFrame();
    } catch (error) {
      fail(error, 'observe');
    }
  }

  function fail(error: unknown, where: string): void {
    stats.errors++;
    try {
      deps.onError(error, where);
    } catch {
      /* the error reporter itself must never break the page */
    }
  }

  function processPost(postElement: Element, out: PostVerdict[], alreadyRead?: SeenPost[]): void {
    let posts: SeenPost[];
    try {
      posts = alreadyRead ?? deps.site.readPosts(postElement);
    } catch (error) {
      fail(error, 'read');
      return;
    }
    const surface = currentSurface;
    if (posts.length === 0) {
      count(surface, 'skipped');
      postElement.setAttribute(STATE_ATTR, 'other');
      return;
    }
    authors.set(postElement, posts.map((post) => post.author.handle.toLowerCase()));
    for (const post of posts) {
      try {
        const signature = `${post.author.handle}\u0000${post.author.name}\u0000${post.author.badge}\u0000${post.postId}\u0000${post.text}`;
        if (signatures.get(post.container) === signature && post.container.hasAttribute(STATE_ATTR)) continue;
        const identification = deps.identify(post.author);
        const handle = post.author.handle.toLowerCase();
        if (!identification) {
          pending.set(postElement, posts);
          // X reused the node for another author: the old author's badge must not stay while the background answers.
          const shown = badgedFor.get(post.container);
          if (shown !== undefined && shown !== handle) {
            deps.renderBadge(post.badgeSlot, post.author.handle, null, { post, account: post.author });
            badgedFor.delete(post.container);
            post.container.removeAttribute(STATE_ATTR);
          }
          continue;
        }
        signatures.set(post.container, signature);
        const verdict: PostVerdict = {
          post,
          identification,
          tone: identification.official ? deps.classify(post.text, post.lang) : null,
        };
        const show = identification.official || identification.imitates || identification.renamed;
        deps.renderBadge(post.badgeSlot, post.author.handle, show ? verdict : null, { post, account: post.author });
        if (show) badgedFor.set(post.container, handle);
        else badgedFor.delete(post.container);
        post.container.setAttribute(STATE_ATTR, identification.official ? 'official' : 'other');
        countVerdict(post.container, signature, surface, identification.official ? 'official' : 'other');
        if (identification.official) out.push(verdict);
      } catch (error) {
        fail(error, 'process');
      }
    }
  }

  function processAccount(element: Element): void {
    let seen: SeenAccount | null;
    try {
      seen = deps.site.readAccount(element);
    } catch (error) {
      fail(error, 'read');
      return;
    }
    if (!seen) {
      count('account', 'skipped');
      element.setAttribute(STATE_ATTR, 'other');
      return;
    }
    try {
      const { account } = seen;
      const signature = `${account.handle}\u0000${account.name}\u0000${account.bio}\u0000${account.badge}\u0000${account.userId}`;
      if (signatures.get(element) === signature && element.hasAttribute(STATE_ATTR)) return;
      deps.onAccount?.(seen);
      const identification = deps.identify(account);
      if (!identification) {
        pending.set(element, null);
        return;
      }
      signatures.set(element, signature);
      authors.set(element, [account.handle.toLowerCase()]);
      const show = identification.official || identification.imitates || identification.renamed;
      deps.renderBadge(seen.badgeSlot, account.handle, show ? { identification, tone: null } : null, { post: null, account });
      element.setAttribute(STATE_ATTR, identification.official ? 'official' : 'other');
      countVerdict(element, signature, seen.kind, identification.official ? 'official' : 'other');
    } catch (error) {
      fail(error, 'process');
    }
  }

  /** The surface the page shows, read once per batch rather than once per post. */
  let currentSurface = 'page';

  function flush(): void {
    frameRequested = false;
    if (paused) return;
    const started = performance.now();
    try {
      currentSurface = deps.surface?.() ?? 'page';
    } catch (error) {
      fail(error, 'surface');
    }
    const verdicts: PostVerdict[] = [];
    const batch = [...dirty];
    dirty.clear();
    const deadline = started + (deps.frameBudgetMs ?? FRAME_BUDGET_MS);
    for (const [index, element] of batch.entries()) {
      if (index > 0 && performance.now() > deadline) {
        for (const rest of batch.slice(index)) dirty.add(rest);
        break;
      }
      if (!element.isConnected) continue;
      // A retried post that did not change since it was read is not read again.
      const read = retried.get(element) ?? undefined;
      if (element.matches(deps.site.postSelector)) processPost(element, verdicts, read);
      else processAccount(element);
    }
    retried.clear();
    if (verdicts.length) {
      try {
        deps.record(verdicts);
      } catch (error) {
        fail(error, 'record');
      }
    }
    stats.busyMs += performance.now() - started;
    requestFrame();
  }

  return {
    stats,
    /** Starts (or resumes) work: scans what is on the page and watches what comes. */
    start(): void {
      paused = false;
      if (!observer) {
        observer = new MutationObserver(onMutations);
        observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'datetime', 'lang'] });
      }
      for (const el of doc.querySelectorAll(selector)) dirty.add(el);
      requestFrame();
    },
    /** Forget every decision and redo all posts on the page (after a correction, say). */
    rescanAll(): void {
      for (const el of doc.querySelectorAll(selector)) {
        dirty.add(el);
        forget(el);
      }
      requestFrame();
    },
    /** Re-reads the posts whose identification was pending (the background answered). */
    retryPending(): void {
      for (const [el, read] of pending) {
        if (!el.isConnected) continue;
        if (read && !dirty.has(el)) retried.set(el, read);
        dirty.add(el);
      }
      pending.clear();
      requestFrame();
    },
    /** Re-reads what these accounts (lower-cased handles) wrote or showed: something new was learnt about them. */
    rescanAccounts(handles: ReadonlySet<string>): void {
      if (!handles.size) return;
      for (const el of doc.querySelectorAll(selector)) {
        if (!authors.get(el)?.some((handle) => handles.has(handle))) continue;
        dirty.add(el);
        forget(el);
      }
      requestFrame();
    },
    stop(): void {
      paused = true;
      observer?.disconnect();
      observer = null;
      dirty.clear();
    },
    /** Runs pending work now (tests and benchmarks). */
    flushNow: flush,
  };
}
