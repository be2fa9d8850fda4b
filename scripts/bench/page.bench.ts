// Issue 5's replay: 1,000 posts appended in batches, as infinite scroll does, in a real browser
// (DIPLOLENS_BROWSER=chromium, the default, or firefox), with and without the extension in the same
// run, on X, Bluesky and a Mastodon instance (BENCH_PLATFORM=x, bluesky or mastodon runs one). Prints
// frames until the badge is there and the frames that ran late (both browsers), and in Chromium,
// through the DevTools protocol, the extension's added main-thread time (as a fraction of the page's
// own and per post), long tasks and the added JS heap.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { feedItem, feedPage, type BlueskyPost } from '../demo/bluesky-markup';
import { DEMO_POSTS } from '../demo/timeline';
import { timelineCell, timelinePage, type FixturePost } from '../demo/x-markup';
import { BROWSER, launch, MASTODON_TEST_HOST, POST_SELECTORS, TEST_EXTENSION_DIR, type Session } from '../browser';
import { addDemoInstance } from '../demo/mastodon-demo';
import { statusArticle, timelinePage as mastodonTimelinePage, type MastodonPost } from '../demo/mastodon-markup';
import { MASTODON_SELECTORS } from '../../utils/sites/mastodon/selectors';
import { pageWorldEvents } from '../../utils/sites/page-world-events';

const POSTS = Number(process.env.BENCH_POSTS ?? 1_000);
const BATCH = 20;
const PAUSE_MS = 60;
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
/** One post in N is by a listed official account: a timeline that follows many diplomats. */
const OFFICIAL_EVERY = Number(process.env.BENCH_OFFICIAL_EVERY ?? 3);

interface RunResult {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  heapMb: number;
  /** "duration@start" of each long task, start from the beginning of the replay. */
  longTasks: string[];
  /** Per official post: animation frames from its insertion until its badge was there (-1: never). */
  framesToBadge: number[];
  /** Per other post: frames until it was decided (not official), which needs no badge. */
  framesToDecision: number[];
  /** Animation frames during the replay, and how many came more than 50 ms after the one before (a frame the page could not paint in time). */
  frames: number;
  lateFrames: number;
  /** Time past the 16.7 ms frame budget, summed over the replay's frames: what a person sees as jank, in any browser. */
  overBudgetMs: number;
  /** Where the page serves its posts' records (Bluesky): how the official posts' languages were found. */
  languages?: LanguageSources;
}

/** Official posts (quoted ones included) by where their language came from; all but `declared` are detected by franc. */
interface LanguageSources {
  declared: number;
  noneDeclared: number;
  severalDeclared: number;
  /** The record reached the content script only after the post was in the page. */
  recordLate: number;
}

const listed = (platform: string) =>
  (
    JSON.parse(readFileSync(new URL('../../utils/core/accounts/directory.json', import.meta.url), 'utf8')) as {
      accounts: { platform: string; handle: string; name: string }[];
    }
  ).accounts.filter((a) => a.platform === platform);

const TEXTS = [
    'We welcome the agreement signed today and look forward to deepening our cooperation. 🤝',
    'We strongly condemn the attack and call for those responsible to be held accountable.',
    'Visa appointments: the consular section will be closed on Monday. Book online at the link below.',
    'The Minister met her counterpart to discuss trade, energy and regional security.',
    'So-called "peacekeepers" apparently got lost again. Here is a helpful map 🙄',
    'Thread on what was said at the summit today 👇 lots of interesting takes.',
];

function replayPosts(): FixturePost[] {
  const official = listed('x');
  const texts = TEXTS;
  return Array.from({ length: POSTS }, (_, i) => {
    const isOfficial = i % OFFICIAL_EVERY === 0;
    const a = isOfficial ? official[(i * 7919) % official.length]! : { handle: `reader${i}`, name: `Reader ${i}` };
    return {
      id: String(1_900_000_000_000_000_000n + BigInt(i)),
      handle: a.handle,
      name: a.name,
      badge: isOfficial ? 'grey' : i % 2 ? 'blue' : 'none',
      lang: 'en',
      text: `${texts[i % texts.length]} #${i}`,
      ...(i % 10 === 0 ? { quote: { id: String(1_800_000_000_000_000_000n + BigInt(i)), handle: 'UN', name: 'United Nations', text: texts[(i + 1) % texts.length]! } } : {}),
    } satisfies FixturePost;
  });
}

/** The same replay on a Mastodon instance: listed Mastodon accounts (remote to the instance), local readers, quotes. */
function mastodonReplayPosts(): MastodonPost[] {
  const official = listed('mastodon');
  return Array.from({ length: POSTS }, (_, i) => {
    const isOfficial = i % OFFICIAL_EVERY === 0;
    const a = isOfficial ? official[(i * 7919) % official.length]! : { handle: `reader${i}`, name: `Reader ${i}` };
    return {
      id: String(113_900_000_000_000_000n + BigInt(i)),
      account: { acct: a.handle, name: a.name },
      lang: 'en',
      text: `${TEXTS[i % TEXTS.length]} #${i}`,
      ...(i % 10 === 0 ? { quote: { id: String(113_800_000_000_000_000n + BigInt(i)), account: { acct: 'AuswaertigesAmt@social.bund.de', name: 'Auswärtiges Amt' }, text: TEXTS[(i + 1) % TEXTS.length]! } } : {}),
    } satisfies MastodonPost;
  });
}

/** What differs between the platforms' replays: the page, its list, its posts, and how the extension comes to run there. */
interface ReplaySpec {
  name: string;
  cells: string[];
  url: string;
  serve(session: Session): void | Promise<unknown>;
  /** The element the site appends its items to. */
  listSelector: string;
  /** A post inside an item, and the mark of an item that quotes another (a taller item). */
  postSelector: string;
  quoteSelector: string;
  extensionDir?: string;
  /** Done before the replay in the run with the extension (adding the Mastodon instance). */
  prepare?(session: Session): Promise<unknown>;
  /** The site keeps every loaded post in the page (no virtual list): only the in-flow replay applies. */
  inFlowOnly?: boolean;
  /**
   * The API the page fetches each batch from before drawing it, as the app does (Bluesky's XRPC), and
   * what the bench needs to tell how each official post's language was found.
   */
  feed?: { url: string; postsEvent: string; official: string[][]; langsCount: Record<string, number> };
}

/** A record key (TID) for the i-th replayed post: microseconds since 1970 and a clock id, sortable base32. */
function replayRkey(i: number): string {
  const alphabet = '234567abcdefghijklmnopqrstuvwxyz';
  let value = ((BigInt(Date.UTC(2026, 10, 20)) + BigInt(i) * 60_000n) * 1000n) << 10n;
  let key = '';
  for (let k = 0; k < 13; k++, value >>= 5n) key = alphabet[Number(value & 31n)] + key;
  return key;
}

/**
 * Declared languages as real posts carry them: most posts one (the composer's post language), some
 * none (posts from clients that set none), a few several.
 */
const replayLangs = (i: number): string[] => (i % 10 === 7 ? [] : i % 25 === 11 ? ['en', 'de'] : ['en']);
/** The languages of the post the i-th post quotes. */
const quoteLangs = (i: number): string[] => replayLangs(i + 3);

/** The same replay on Bluesky: listed Bluesky accounts, readers on bsky.social, 1 in 10 quoting @diplo.de. */
function blueskyReplayPosts(): (BlueskyPost & { langs: string[]; official: boolean })[] {
  const official = listed('bluesky');
  return Array.from({ length: POSTS }, (_, i) => {
    const a = i % OFFICIAL_EVERY === 0 ? official[(i * 7919) % official.length]! : { handle: `reader${i}.bsky.social`, name: `Reader ${i}` };
    return {
      rkey: replayRkey(i),
      handle: a.handle,
      name: a.name,
      text: `${TEXTS[i % TEXTS.length]} #${i}`,
      langs: replayLangs(i),
      official: i % OFFICIAL_EVERY === 0,
      ...(i % 10 === 0 ? { quote: { rkey: replayRkey(POSTS + i), handle: 'diplo.de', name: 'Auswärtiges Amt', text: TEXTS[(i + 1) % TEXTS.length]! } } : {}),
    };
  });
}

/** A DID for a handle, stable across runs (did:plc: 24 base32 characters). */
const didOf = (handle: string) => `did:plc:${[...handle].map((c) => '234567abcdefghijklmnopqrstuvwxyz'[c.charCodeAt(0) % 32]).join('').padEnd(24, 'a').slice(0, 24)}`;

/** app.bsky.feed.getTimeline's answer for one batch: post views as the AppView returns them, quotes as embedded view records. */
function blueskyTimelineResponse(posts: ReturnType<typeof blueskyReplayPosts>, from: number): string {
  const author = (handle: string, name: string) => ({ did: didOf(handle), handle, displayName: name, avatar: 'https://cdn.bsky.app/img/avatar/plain/a', labels: [], viewer: { muted: false }, createdAt: '2023-09-01T00:00:00.000Z' });
  const record = (text: string, langs: string[]) => ({ $type: 'app.bsky.feed.post', text, createdAt: '2026-11-20T14:03:00.000Z', ...(langs.length ? { langs } : {}) });
  const feed = posts.slice(from, from + BATCH).map((p, k) => ({
    post: {
      uri: `at://${didOf(p.handle)}/app.bsky.feed.post/${p.rkey}`,
      cid: 'bafyreib',
      author: author(p.handle, p.name),
      record: record(p.text, p.langs),
      ...(p.quote
        ? {
            embed: {
              $type: 'app.bsky.embed.record#view',
              record: { $type: 'app.bsky.embed.record#viewRecord', uri: `at://${didOf(p.quote.handle)}/app.bsky.feed.post/${p.quote.rkey}`, cid: 'bafyreiq', author: author(p.quote.handle, p.quote.name), value: record(p.quote.text, quoteLangs(from + k)), indexedAt: '2026-11-20T14:03:00.000Z' },
            },
          }
        : {}),
      replyCount: 1,
      repostCount: 2,
      likeCount: 3,
      quoteCount: 0,
      indexedAt: '2026-11-20T14:03:00.000Z',
      viewer: { threadMuted: false, embeddingDisabled: false },
      labels: [],
    },
  }));
  return JSON.stringify({ feed, cursor: String(from + BATCH) });
}

const X_REPLAY = (): ReplaySpec => ({
  name: 'X',
  cells: replayPosts().map(timelineCell),
  url: 'https://x.com/home',
  serve: (session) => session.serve('/home', timelinePage([])),
  listSelector: '[aria-label^="Timeline"] > div',
  postSelector: POST_SELECTORS.x,
  quoteSelector: 'div[role="link"]',
});

const BLUESKY_FEED = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getTimeline?limit=20&cursor=';

const BLUESKY_REPLAY = (): ReplaySpec => {
  const posts = blueskyReplayPosts();
  const langsCount: Record<string, number> = {};
  posts.forEach((p, i) => {
    langsCount[`${p.handle}/${p.rkey}`] = p.langs.length;
    if (p.quote) langsCount[`${p.quote.handle}/${p.quote.rkey}`] = quoteLangs(i).length;
  });
  return {
    name: 'Bluesky',
    cells: posts.map(feedItem),
    url: 'https://bsky.app/',
    async serve(session) {
      session.serve('/', feedPage([]), 'bluesky');
      await session.context.route(`${BLUESKY_FEED}*`, (route) => {
        const from = Number(new URL(route.request().url()).searchParams.get('cursor'));
        return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: blueskyTimelineResponse(posts, from) });
      });
    },
    listSelector: 'main > div',
    postSelector: POST_SELECTORS.bluesky,
    quoteSelector: 'div[role="link"][title]',
    // bsky.app's web feed does not virtualise: every item it has loaded stays in the page, each in a row
    // View (social-app src/view/com/util/List.web.tsx @ 2a5e92e938b3bcec61bcb507e879f4e91c44ad86).
    inFlowOnly: true,
    feed: {
      url: BLUESKY_FEED,
      postsEvent: pageWorldEvents('bluesky').posts,
      // The official posts of each cell: its own (1 in 3) and the @diplo.de post it quotes (1 in 10).
      official: posts.map((p) => [...(p.official ? [`${p.handle}/${p.rkey}`] : []), ...(p.quote ? [`${p.quote.handle}/${p.quote.rkey}`] : [])]),
      langsCount,
    },
  };
};

const MASTODON_REPLAY = (): ReplaySpec => ({
  name: 'Mastodon',
  cells: mastodonReplayPosts().map(statusArticle),
  url: `https://${MASTODON_TEST_HOST}/home`,
  // Cells are placed within the list, as in x.com's positioned list.
  serve: (session) => session.serveAt(MASTODON_TEST_HOST, '/home', mastodonTimelinePage([]).replace('role="feed" class="item-list"', 'role="feed" class="item-list" style="position: relative"')),
  listSelector: '[role="feed"]',
  postSelector: POST_SELECTORS.mastodon,
  quoteSelector: MASTODON_SELECTORS.quote,
  extensionDir: TEST_EXTENSION_DIR,
  prepare: async (session) => (await addDemoInstance(session)).close(),
});

/**
 * Frames each batch's check runs in both runs, decided or not: the with-extension run must not
 * be credited with frames the page alone spends in a check still waiting for a decision that
 * never comes. 60 ms between batches is about four frames.
 */
const CHECK_FRAMES = 4;

async function replay(page: Page, spec: ReplaySpec, windowCells: number, withExtension: boolean): Promise<Omit<RunResult, 'taskMs' | 'scriptMs' | 'layoutMs' | 'styleMs' | 'heapMb'>> {
  return page.evaluate(
    async ({ cells, batch, pause, window: keep, checkFrames, withExtension, listSelector, postSelector, quoteSelector, feed }) => {
      // The post records the page-world observer handed to the content script, and whether each came before its post was drawn.
      const recordsSeen = new Set<string>();
      if (feed)
        window.addEventListener(feed.postsEvent, (e) => {
          for (const r of JSON.parse((e as CustomEvent).detail as string) as { handle: string; postId: string }[]) recordsSeen.add(`${r.handle}/${r.postId}`);
        });
      const languages = { declared: 0, noneDeclared: 0, severalDeclared: 0, recordLate: 0 };
      const longTasks: string[] = [];
      const replayStart = performance.now();
      // Frame gaps, measured the same way in every browser (Firefox has no long-task entries).
      const frameTimes: number[] = [];
      let replaying = true;
      const tick = (t: number) => {
        frameTimes.push(t);
        if (replaying) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // Tasks that began before the replay (this very call receiving its 6 MB of markup) are the harness's, not the page's.
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => e.startTime >= replayStart && longTasks.push(`${Math.round(e.duration)}@${Math.round(e.startTime - replayStart)}ms`)),
      ).observe({ type: 'longtask', buffered: false });
      const list = document.querySelector(listSelector)!;
      const framesToBadge: number[] = [];
      const framesToDecision: number[] = [];
      const waits: Promise<void>[] = [];
      let y = 0;
      for (let i = 0; i < cells.length; i += batch) {
        if (feed) {
          // As the app (atproto's XrpcClient.call, then React): the body read as bytes and parsed, the
          // whole response checked against its lexicon (here one walk of it, a lighter stand-in), and the
          // posts drawn in a later task (React's scheduler).
          const data: unknown = JSON.parse(new TextDecoder().decode(await (await fetch(feed.url + i)).arrayBuffer()));
          const stack = [data];
          while (stack.length) {
            const node = stack.pop();
            if (node && typeof node === 'object') for (const value of Object.values(node)) stack.push(value);
          }
          await new Promise((r) => setTimeout(r, 0));
        }
        if (feed && withExtension)
          for (const key of feed.official.slice(i, i + batch).flat()) {
            const count = feed.langsCount[key] ?? 0;
            if (count === 0) languages.noneDeclared++;
            else if (count > 1) languages.severalDeclared++;
            else if (recordsSeen.has(key)) languages.declared++;
            else languages.recordLate++;
          }
        const holder = document.createElement('div');
        holder.innerHTML = cells.slice(i, i + batch).join('');
        const added = [...holder.children] as HTMLElement[];
        if (keep) {
          // As x.com's virtual list: cells are absolutely placed down a tall container, and
          // those that scrolled far away are removed.
          for (const cell of added) {
            cell.style.cssText = `transform: translateY(${y}px); position: absolute; width: 100%;`;
            y += cell.querySelector(quoteSelector) ? 260 : 150;
          }
          (list as HTMLElement).style.minHeight = `${y}px`;
        }
        list.append(...added);
        if (keep) while (list.children.length > keep) list.firstElementChild!.remove();
        // A cell may be the post itself (Bluesky's feed item) or hold it (X's cell).
        const articles = added.flatMap((cell) => (cell.matches(postSelector) ? [cell] : [...cell.querySelectorAll(postSelector)]));
        // Registered after the mutation observer's microtask, so frame 0 runs after the extension's frame work.
        waits.push(
          new Promise<void>((done) => {
            let frames = 0;
            const waiting = new Set(articles);
            const check = () => {
              for (const a of waiting) {
                const state = a.getAttribute('data-dl-state');
                if (!state) continue;
                waiting.delete(a);
                if (state === 'official') framesToBadge.push(a.querySelector('diplolens-badge') ? frames : -1);
                else framesToDecision.push(frames);
              }
              // Without the extension nothing is ever decided: the check runs its fixed frames and stops.
              if (frames + 1 >= checkFrames && (!waiting.size || !withExtension)) return done();
              if (++frames > 60) {
                for (const _ of waiting) framesToDecision.push(-1);
                return done();
              }
              requestAnimationFrame(check);
            };
            queueMicrotask(() => queueMicrotask(() => requestAnimationFrame(check)));
          }),
        );
        await new Promise((r) => setTimeout(r, pause));
      }
      await Promise.all(waits);
      await new Promise((r) => setTimeout(r, 300));
      replaying = false;
      const gaps = frameTimes.slice(1).map((t, i) => t - frameTimes[i]!);
      return {
        longTasks,
        framesToBadge,
        framesToDecision,
        frames: frameTimes.length,
        lateFrames: gaps.filter((g) => g > 50).length,
        overBudgetMs: gaps.reduce((sum, g) => sum + Math.max(0, g - 1000 / 60), 0),
        ...(feed && withExtension ? { languages } : {}),
      };
    },
    { cells: spec.cells, batch: BATCH, pause: PAUSE_MS, window: windowCells, checkFrames: CHECK_FRAMES, withExtension, listSelector: spec.listSelector, postSelector: spec.postSelector, quoteSelector: spec.quoteSelector, feed: spec.feed ?? null },
  );
}

async function measure(withExtension: boolean, spec: ReplaySpec, windowCells: number): Promise<RunResult> {
  const session = await launch({ extension: withExtension, extensionDir: spec.extensionDir });
  try {
    await spec.serve(session);
    if (withExtension) await spec.prepare?.(session);
    const page = await session.context.newPage();
    await page.goto(spec.url);
    // tsx keeps function names with an __name() helper that does not exist in the page.
    await page.evaluate('window.__name = (f) => f');
    await page.waitForTimeout(500); // content script start-up and directory load are not the replay's cost
    if (BROWSER === 'firefox') {
      // No DevTools protocol: the frame figures only.
      const replayed = await replay(page, spec, windowCells, withExtension);
      return { taskMs: NaN, scriptMs: NaN, layoutMs: NaN, styleMs: NaN, heapMb: NaN, ...replayed };
    }
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) as number;
    const task0 = await metric('TaskDuration');
    const script0 = await metric('ScriptDuration');
    const layout0 = await metric('LayoutDuration');
    const style0 = await metric('RecalcStyleDuration');
    const profiling = withExtension && PROFILE;
    const tracing = TRACE ? startTrace(cdp) : null;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
      await cdp.send('Profiler.start');
    }
    const replayed = await replay(page, spec, windowCells, withExtension);
    if (profiling) printProfile((await cdp.send('Profiler.stop')).profile);
    if (tracing) printTrace(withExtension, await tracing.stop());
    const taskMs = ((await metric('TaskDuration')) - task0) * 1000;
    const scriptMs = ((await metric('ScriptDuration')) - script0) * 1000;
    const layoutMs = ((await metric('LayoutDuration')) - layout0) * 1000;
    const styleMs = ((await metric('RecalcStyleDuration')) - style0) * 1000;
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMb = (await metric('JSHeapUsedSize')) / 1024 / 1024;
    return { taskMs, scriptMs, layoutMs, styleMs, heapMb, ...replayed };
  } finally {
    await session.close();
  }
}


/**
 * BENCH_TRACE=1 records a Chrome trace of each run (with and without the extension) and prints the
 * main thread's self time by trace event: style, layout, the extension's script apart from the
 * page's, message channels, observers, garbage collection; what the Performance domain's four
 * totals cannot tell apart. Each figure is given as wall time and as the thread's CPU time, which
 * other work on a shared machine changes far less. Tracing slows the run: compare traced runs with
 * traced runs only.
 */
const TRACE = Boolean(process.env.BENCH_TRACE);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

function startTrace(cdp: CDPSession): { stop(): Promise<TraceEvent[]> } {
  const events: TraceEvent[] = [];
  // The protocol types an event's fields as strings; Chrome sends numbers for times and ids.
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const started = cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,extensions,ipc,mojom',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await started;
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

function printTrace(withExtension: boolean, events: TraceEvent[]): void {
  const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  // The page's main thread is the one that lays it out.
  const layouts = new Map<string, number>();
  for (const e of events) if (e.name === 'Layout' && e.ph === 'X') layouts.set(threadOf(e), (layouts.get(threadOf(e)) ?? 0) + 1);
  const main = [...layouts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && threadOf(e) === main).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const wall = new Map<string, number>();
  const cpu = new Map<string, number>();
  const calls = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  // Script is told apart by the URL of the function called; what it calls inherits its side.
  const keyOf = (e: TraceEvent, parent: string | undefined) => {
    if (e.name !== 'FunctionCall' && e.name !== 'EvaluateScript' && e.name !== 'V8.Execute') return e.name;
    const url = e.args?.data?.url ?? '';
    if (url.startsWith('chrome-extension://') || (!url && parent?.endsWith('(extension)'))) return `${e.name} (extension)`;
    return e.name;
  };
  // Self time: an event's duration less that of the events nested in it.
  const stack: { key: string; end: number }[] = [];
  for (const e of onMain) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const key = keyOf(e, parent?.key);
    add(wall, key, e.dur!);
    add(cpu, key, e.tdur ?? 0);
    add(calls, key, 1);
    if (parent) {
      add(wall, parent.key, -e.dur!);
      add(cpu, parent.key, -(e.tdur ?? 0));
    }
    stack.push({ key, end: e.ts + e.dur! });
  }
  const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0) / 1000;
  const ms = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(1).padStart(7);
  console.log(`trace, main thread (${withExtension ? 'with' : 'without'} the extension): ${total(wall).toFixed(1)} ms, CPU ${total(cpu).toFixed(1)} ms; self time by event (wall / CPU, calls):`);
  // Extension messaging (IPCMessageSender: channels opened, port messages) is printed however small, to compare transports.
  const shown = [...wall].filter(([key, us]) => us > 2_000 || key.includes('IPCMessageSender')).sort((a, b) => b[1] - a[1]);
  for (const [key, us] of shown.slice(0, 25).concat(shown.slice(25).filter(([key]) => key.includes('IPCMessageSender'))))
    console.log(`  ${ms(us)} / ${ms(cpu.get(key))} ms ${String(calls.get(key)).padStart(6)}x  ${key}`);
}

/** BENCH_PROFILE=1 prints where the extension's script time goes (CPU profile of the runs with it, by self time). */
const PROFILE = Boolean(process.env.BENCH_PROFILE);
/** Sampling interval of that profile, µs: a finer one costs more and stretches the very run it measures. */
const PROFILE_INTERVAL_US = Number(process.env.BENCH_PROFILE_INTERVAL_US ?? 100);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0)));
  const byFunction = new Map<string, number>();
  let extensionUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || frame.url || '(native)';
    if (frame.url.startsWith('chrome-extension://')) extensionUs += us;
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  // Inclusive time: a sample counts once for every distinct extension function on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url.startsWith('chrome-extension://')) onStack.add(`${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`);
    }
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, us]) => `  ${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`).join('\n');
  console.log(`profile: ${(extensionUs / 1000).toFixed(1)} ms of self time in the extension's scripts (build with DIPLOLENS_NO_MINIFY=1 for names)`);
  console.log(`by self time:\n${top(byFunction, 30)}`);
  console.log(`extension functions by inclusive time:\n${top(inclusive, 40)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Cells x.com keeps in its virtual list around what is on screen. */
const X_WINDOW_CELLS = 40;

const LAYOUTS = [
  {
    title: 'virtual list: cells absolutely placed and removed once far off screen, as x.com virtualises its list',
    windowCells: X_WINDOW_CELLS,
  },
  {
    title: 'worst case: all 1,000 posts kept in the page, in flow (every extra rendering pass costs in proportion to the page)',
    windowCells: 0,
  },
];

/** Loads of the demo timeline per browser: the first is cold, the others find V8's code cache warm. */
const LOADS = 4;

/** Main-thread time and long tasks of whole page loads, the content script's start included. */
async function measureLoads(withExtension: boolean): Promise<{ taskMs: number; longTasks: number[] }[]> {
  const session = await launch({ extension: withExtension });
  try {
    session.serve('/home', timelinePage(DEMO_POSTS));
    const loads: { taskMs: number; longTasks: number[] }[] = [];
    for (let load = 0; load < LOADS; load++) {
      const page = await session.context.newPage();
      await page.addInitScript(() => {
        const seen: number[] = ((window as unknown as { __longTasks: number[] }).__longTasks = []);
        new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
      });
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto('https://x.com/home');
      await page.waitForTimeout(2_000);
      const taskMs = ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      loads.push({ taskMs, longTasks: await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks) });
      await page.close();
    }
    return loads;
  } finally {
    await session.close();
  }
}

async function benchLoads(): Promise<void> {
  if (BROWSER === 'firefox') {
    console.log('\npage load: not measured in Firefox (main-thread time per load needs the DevTools protocol, long tasks the Long Tasks API: Chromium only)');
    return;
  }
  const without = await measureLoads(false);
  const withExt = await measureLoads(true);
  const fmt = (loads: { taskMs: number }[]) => loads.map((l) => l.taskMs.toFixed(0)).join(', ');
  console.log(`\npage load: the demo timeline loaded ${LOADS} times in one browser (the first cold), content script start included`);
  console.log(`main-thread time per load without / with: ${fmt(without)} / ${fmt(withExt)} ms`);
  console.log(`long tasks (>50 ms) per load without / with: ${without.map((l) => `[${l.longTasks.join(' ')}]`).join(' ')} / ${withExt.map((l) => `[${l.longTasks.join(' ')}]`).join(' ')}`);
}

export default async function benchPage(): Promise<void> {
  const only = process.env.BENCH_LAYOUT; // "x" or "flow" runs one replay, "load" the page loads alone
  const platform = process.env.BENCH_PLATFORM; // "x", "bluesky" or "mastodon" runs one platform's replays
  const specs = [
    ...(!platform || platform === 'x' ? [X_REPLAY()] : []),
    ...(!platform || platform === 'bluesky' ? [BLUESKY_REPLAY()] : []),
    ...(!platform || platform === 'mastodon' ? [MASTODON_REPLAY()] : []),
  ];
  for (const spec of specs) {
    const layouts = LAYOUTS.filter((l) => !spec.inFlowOnly || l.windowCells === 0);
    for (const layout of layouts.filter((l) => !only || (only === 'x' && l.windowCells > 0) || (only === 'flow' && l.windowCells === 0))) {
      const without: RunResult[] = [];
      const withExt: RunResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        without.push(await measure(false, spec, layout.windowCells));
        withExt.push(await measure(true, spec, layout.windowCells));
      }
      printRuns(`${spec.name}: ${layout.title}`, without, withExt);
    }
  }
  if ((!only || only === 'load') && (!platform || platform === 'x')) await benchLoads();
}

function printRuns(title: string, without: RunResult[], withExt: RunResult[]): void {
  const base = median(without.map((r) => r.taskMs));
  const ext = median(withExt.map((r) => r.taskMs));
  const added = ext - base;
  const frames = withExt.flatMap((r) => r.framesToBadge);
  const sameOrNext = frames.filter((f) => f >= 0 && f <= 1).length / frames.length;
  const decisions = withExt.flatMap((r) => r.framesToDecision);
  const fmt = (n: number, d = 1) => n.toFixed(d);
  console.log(`\n${title} [${BROWSER}]`);
  console.log(`replay: ${POSTS} posts (1 in ${OFFICIAL_EVERY} by a listed official account, 1 in 10 quoting another) in batches of ${BATCH} every ${PAUSE_MS} ms, median of ${RUNS} runs each`);
  // Main-thread time and long tasks come from Chromium's DevTools protocol and Long Tasks API.
  if (BROWSER === 'chromium') {
    console.log(`main-thread time, page alone:        ${fmt(base)} ms`);
    console.log(`main-thread time, with DiploLens:    ${fmt(ext)} ms`);
    console.log(`added by the extension:              ${fmt(added)} ms = ${fmt((added / base) * 100)}% of the page's own (target <= 10%)`);
    console.log(`added per post:                      ${fmt((added / POSTS) * 1000, 0)} us`);
    const part = (key: 'scriptMs' | 'layoutMs' | 'styleMs') => `${fmt(median(without.map((r) => r[key])))} -> ${fmt(median(withExt.map((r) => r[key])))} ms`;
    console.log(`  of which script / layout / style:  ${part('scriptMs')} / ${part('layoutMs')} / ${part('styleMs')}`);
    console.log(`long tasks (>50 ms) without / with:  ${without.map((r) => r.longTasks.length).join(',')} / ${withExt.map((r) => r.longTasks.length).join(',')}  (with, duration@start: ${withExt.flatMap((r) => r.longTasks).join(', ') || 'none'})`);
  }
  const late = (runs: RunResult[]) => runs.map((r) => `${r.lateFrames}/${r.frames}`).join(',');
  const over = (runs: RunResult[]) => fmt(median(runs.map((r) => r.overBudgetMs)), 0);
  console.log(`frames > 50 ms after the last, without / with: ${late(without)} / ${late(withExt)}  (time past the 16.7 ms budget, median: ${over(without)} / ${over(withExt)} ms)`);
  // A post still undecided after 60 frames is counted, not thrown on: on a loaded machine the figures are still worth reading.
  const undecided = [...frames, ...decisions].filter((f) => f < 0).length;
  if (undecided) console.log(`NOT processed within 60 frames: ${undecided} of ${frames.length + decisions.length} posts`);
  console.log(`official posts badged in the same or next frame: ${fmt(sameOrNext * 100)}% of ${frames.length} (frames: median ${median(frames)}, max ${Math.max(...frames)})`);
  console.log(`other posts decided (no badge) within: median ${median(decisions)} frames, max ${Math.max(...decisions)} (inference runs in the background)`);
  const sources = withExt.map((r) => r.languages).filter((l): l is LanguageSources => l !== undefined);
  if (sources.length) {
    const sum = (key: keyof LanguageSources) => sources.reduce((n, l) => n + l[key], 0);
    const all = sum('declared') + sum('noneDeclared') + sum('severalDeclared') + sum('recordLate');
    const detected = all - sum('declared');
    console.log(`official posts' language, over ${sources.length} runs: from the record ${sum('declared')}, detected by franc ${detected} (${fmt((detected / all) * 100)}%: none declared ${sum('noneDeclared')}, several ${sum('severalDeclared')}, record after the post ${sum('recordLate')})`);
  }
  if (BROWSER === 'chromium')
    console.log(`JS heap after GC without / with:     ${fmt(median(without.map((r) => r.heapMb)))} / ${fmt(median(withExt.map((r) => r.heapMb)))} MB, added ${fmt(median(withExt.map((r) => r.heapMb)) - median(without.map((r) => r.heapMb)))} MB (target <= 10 MB)`);
}
