import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../utils/core/insights/mentions';
import { accountStates, mentionCodes, toInsightEntry } from '../../utils/core/insights/entries';
import { aggregate, pairSeries, periodOf, type InsightEntry } from '../../utils/core/insights/aggregate';
import { MATRIX_COLUMNS, toCsv } from '../../utils/core/insights/export';
import { bundledDirectory } from '../../utils/core/accounts/bundled-directory';
import { syntheticPost } from '../../scripts/bench/synthetic-posts';
import { runMain } from '../../scripts/eval/run-cli-main';
import { MENTIONS_DEV } from '../fixtures/mentions-dev';
import type { ExportPost } from '../../utils/core/library/export';
import type { Role, Tone, ToneOrUnknown } from '../../utils/core/model';

const accountState = accountStates(bundledDirectory());

describe('mention detection', () => {
  it.each(MENTIONS_DEV)('$lang: $text', ({ lang, text, states }) => {
    const mentions = detectMentions(text, { lang, accountState });
    expect(mentions.map((m) => m.code).sort()).toEqual(states);
    // Each mention names the words that made it, as they stand in the text.
    for (const m of mentions) expect(text).toContain(m.match);
  });

  it('says why: the kind of evidence and the matched words', () => {
    const byCode = Object.fromEntries(detectMentions('Thanks @StateDept! Talks with French and 🇩🇪 partners in Moscow, and the UAE.', { lang: 'en', accountState }).map((m) => [m.code, m]));
    expect(byCode.US).toEqual({ code: 'US', kind: 'account', match: '@StateDept' });
    expect(byCode.FR).toMatchObject({ kind: 'demonym', match: 'French' });
    expect(byCode.DE).toMatchObject({ kind: 'flag' });
    expect(byCode.RU).toMatchObject({ kind: 'capital', match: 'Moscow' });
    expect(byCode.AE).toMatchObject({ kind: 'abbreviation', match: 'UAE' });
  });

  it('an unlisted @handle is no mention, and a URL is not read as words', () => {
    expect(detectMentions('Thanks @someone_random https://example.com/france/chad', { lang: 'en', accountState })).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(() => detectMentions('\u202e'.repeat(10_000) + 'France'.repeat(5_000))).not.toThrow();
    expect(detectMentions('')).toEqual([]);
  });
});

let n = 0;
function entry(country: string | null, role: Role | null, date: string, tone: ToneOrUnknown, mentions: string[], extra: Partial<InsightEntry> = {}): InsightEntry {
  return { key: `x:${++n}`, country, role, tone, codedTone: null, tags: [], platform: 'x', date: Date.parse(date), haystack: '', handleKey: 'h', basis: 'directory', mentions, ...extra };
}

describe('aggregation', () => {
  const posts = [
    entry('US', 'foreign_ministry', '2025-01-06T10:00:00Z', 'cooperative', ['RU']),
    entry('US', 'foreign_ministry', '2025-01-20T10:00:00Z', 'confrontational', ['RU', 'CN']),
    entry('US', 'embassy', '2025-02-03T10:00:00Z', 'sarcastic', ['RU'], { codedTone: 'neutral' as Tone }),
    entry('US', 'embassy', '2025-02-04T10:00:00Z', 'unknown', ['RU', 'US']),
    entry('RU', 'foreign_ministry', '2025-01-07T10:00:00Z', 'confrontational', ['US']),
    entry('RU', 'foreign_ministry', '2025-02-10T10:00:00Z', 'cooperative', ['US'], { tags: ['crisis'], basis: 'inferred' }),
    entry(null, 'international_org', '2025-01-08T10:00:00Z', 'neutral', ['US']),
  ];

  it('counts the matrix per cell with the mean tone score and what it rests on', () => {
    const r = aggregate(posts);
    expect(r.posts).toBe(7);
    expect(r.postsInMatrix).toBe(6);
    const us_ru = r.matrix.find((c) => c.speaker === 'US' && c.spokenOf === 'RU')!;
    // +1, -1, -1 (sarcastic), unknown: 4 posts, 3 scored, mean -1/3.
    expect(us_ru).toMatchObject({ posts: 4, scored: 3, coded: 0, cooperative: 1, confrontational: 1, sarcastic: 1, unknown: 1 });
    expect(us_ru.meanScore).toBeCloseTo(-1 / 3);
    expect(r.matrix.find((c) => c.speaker === 'US' && c.spokenOf === 'US')).toBeUndefined();
    expect(r.matrix.map((c) => `${c.speaker}>${c.spokenOf}`)).toEqual(['RU>US', 'US>CN', 'US>RU']);
  });

  it('lets coding win where it exists, and says how many figures came from it', () => {
    const cell = aggregate(posts, { toneSource: 'coded' }).matrix.find((c) => c.speaker === 'US' && c.spokenOf === 'RU')!;
    expect(cell).toMatchObject({ posts: 4, scored: 3, coded: 1, sarcastic: 0, neutral: 1 });
    expect(cell.meanScore).toBeCloseTo(0);
  });

  it('buckets by month and by ISO week, per state and per role', () => {
    const monthly = aggregate(posts).series.filter((s) => s.group === 'state' && s.key === 'US');
    expect(monthly.map((s) => [s.period, s.posts, s.meanScore])).toEqual([
      ['2025-01-01', 2, 0],
      ['2025-02-01', 2, -1],
    ]);
    const roles = aggregate(posts).series.filter((s) => s.group === 'role' && s.key === 'international_org');
    expect(roles).toHaveLength(1);
    expect(periodOf(Date.parse('2025-01-01T12:00:00Z'), 'week')).toBe('2024-12-30');
    expect(periodOf(Date.parse('2025-01-05T23:59:59Z'), 'week')).toBe('2024-12-30');
    expect(periodOf(Date.parse('2025-01-06T00:00:00Z'), 'week')).toBe('2025-01-06');
  });

  it('applies the library filters and the basis filter', () => {
    expect(aggregate(posts, { filter: { role: 'embassy' } }).posts).toBe(2);
    expect(aggregate(posts, { filter: { tag: 'crisis' } }).posts).toBe(1);
    expect(aggregate(posts, { filter: { basis: 'inferred' } }).posts).toBe(1);
    expect(aggregate(posts, { filter: { from: Date.parse('2025-02-01'), to: Date.parse('2025-02-28') } }).posts).toBe(3);
  });

  it('reads a pair both ways, period by period', () => {
    const rows = pairSeries(posts, 'US', 'RU');
    expect(rows.map((r) => [r.from, r.to, r.period, r.posts, r.meanScore])).toEqual([
      ['RU', 'US', '2025-01-01', 1, -1],
      ['RU', 'US', '2025-02-01', 1, 1],
      ['US', 'RU', '2025-01-01', 2, 0],
      ['US', 'RU', '2025-02-01', 2, -1],
    ]);
  });

  it('writes CSV with a BOM, negative means as numbers and an empty cell for no mean', () => {
    const csv = toCsv([...aggregate(posts).matrix, { speaker: 'XX', spokenOf: 'YY', posts: 1, scored: 0, coded: 0, cooperative: 0, confrontational: 0, neutral: 0, sarcastic: 0, unknown: 1, meanScore: null }], MATRIX_COLUMNS);
    expect(csv.startsWith('\ufeffspeaker,spokenOf,posts,scored,coded,cooperative,confrontational,neutral,sarcastic,unknown,meanScore\r\n')).toBe(true);
    expect(csv).toContain('US,RU,4,3,0,1,1,0,1,1,-0.3333\r\n');
    expect(csv).toContain('XX,YY,1,0,0,0,0,0,0,1,\r\n');
  });

  it('builds entries from stored posts with their mentions', () => {
    const post = syntheticPost(3);
    const e = toInsightEntry(post, mentionCodes(post, accountState));
    expect(e.mentions).toEqual(detectMentions(post.text, { lang: post.lang, accountState }).map((m) => m.code));
    expect(e.basis).toBe(post.basis);
  });
});

describe('diplolens insights', () => {
  const lines = (posts: ExportPost[]) => posts.map((p) => JSON.stringify(p)).join('\n') + '\n';
  const posts = Array.from({ length: 60 }, (_, i) => syntheticPost(i));

  it('writes the same aggregates as the core, as JSON', async () => {
    const { code, stdout, stderr } = await run(['insights', '--bucket', 'week', '--pair', 'US,CN'], lines(posts));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const entries = posts.map((p) => toInsightEntry(p, mentionCodes(p, accountState)));
    const expected = aggregate(entries, { bucket: 'week' });
    expect(out).toMatchObject({ format: 'diplolens-insights', bucket: 'week', posts: 60, matrix: expected.matrix, series: expected.series });
    expect(out.pair).toEqual(pairSeries(entries, 'US', 'CN', { bucket: 'week' }));
  });

  it('writes one table as CSV, filtered', async () => {
    const { code, stdout } = await run(['insights', '--format', 'csv', '--table', 'series', '--role', 'embassy'], lines(posts));
    expect(code).toBe(0);
    const rows = stdout.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('group,key,period,posts,scored,coded,cooperative,confrontational,neutral,sarcastic,unknown,meanScore');
    const embassyPosts = posts.filter((p) => p.role === 'embassy').length;
    const roleRows = rows.slice(1).filter((r) => r.startsWith('role,'));
    expect(roleRows.every((r) => r.startsWith('role,embassy,'))).toBe(true);
    expect(roleRows.reduce((sum, r) => sum + Number(r.split(',')[3]), 0)).toBe(embassyPosts);
  });

  it('names bad lines and bad options', async () => {
    const { code, stderr, stdout } = await run(['insights'], lines(posts.slice(0, 2)) + 'not json\n{"platform":"x"}\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 3: not valid JSON/);
    expect(stderr).toMatch(/line 4: /);
    expect(JSON.parse(stdout).posts).toBe(2);
    const bad = await run(['insights', '--pair', 'US'], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--pair must be two different alpha-2 codes/);
  });
});

function run(args: string[], input: string) {
  return runMain(args, input);
}
