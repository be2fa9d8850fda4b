// The background's handlers that change what the user keeps: delete everything, and corrections.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { accountHandlers } from '../../utils/background/accounts';
import { dataSafetyHandlers } from '../../utils/background/data-safety';
import { diagnosticsHandlers } from '../../utils/background/diagnostics';
import { recordingHandlers } from '../../utils/background/recording';
import { DiploLensDB } from '../../utils/db/database';
import { stored } from '../../utils/protocol';

let db: DiploLensDB;
afterEach(async () => {
  db?.close();
  await browser.storage.local.clear();
});

describe('delete everything', () => {
  it('deletes all it names (posts, accounts and corrections, the imported list, diagnostics) and tells every tab', async () => {
    db = new DiploLensDB(`delete-${Math.random()}`);
    const accounts = accountHandlers(db);
    const diagnostics = diagnosticsHandlers();
    await recordingHandlers(db)['posts:save']!({
      post: { platform: 'x', postId: '1', url: null, postedAt: null, handle: 'someone', authorName: 'Someone', official: false, country: null, org: null, role: null, host: null, basis: null, text: 'x', lang: 'en', tone: 'neutral', toneScore: 0, toneCues: [] },
    });
    await accounts['corrections:set']!({ platform: 'x', handle: 'someone', correction: { official: true, country: 'FR', role: 'embassy' } });
    await accounts['directory:import']!({ csv: 'platform,handle,role,country\nx,myembassy,embassy,DE\n' });
    await diagnostics['diagnostics:report']!({ pageId: 'p', site: 'x', surface: 'home', updatedAt: 1, bySurface: {}, errors: [], busyMs: 1 });
    expect(Object.keys(await stored.overrides.getValue())).toEqual(['x:someone']);
    const version = await stored.directoryVersion.getValue();

    await dataSafetyHandlers(db)['data:delete-everything']!({});

    expect(await db.posts.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
    expect((await accounts['directory:imported']!({})).entries).toEqual([]);
    expect((await accounts['corrections:list']!({})).accounts).toEqual([]);
    expect(await stored.overrides.getValue()).toEqual({});
    expect(await stored.directoryVersion.getValue()).toBeGreaterThan(version);
    expect((await diagnostics['diagnostics:get']!({})).reports).toEqual([]);
    expect((await accounts['accounts:identify']!({ platform: 'x', handle: 'someone' })).identification.basis).not.toBe('user');
  });

  it('identifies a Bluesky handle under a government domain on the accounts page as the badge does', async () => {
    db = new DiploLensDB(`proven-${Math.random()}`);
    const accounts = accountHandlers(db);
    const proven = await accounts['accounts:identify']!({ platform: 'bluesky', handle: 'press.state.gov' });
    expect(proven.identification).toMatchObject({ official: true, basis: 'domain', country: 'US' });
    expect(proven.known.provenDomains).toEqual(['press.state.gov']);
    const hosted = await accounts['accounts:identify']!({ platform: 'bluesky', handle: 'press-state-gov.bsky.social' });
    expect(hosted.identification.basis).not.toBe('domain');
  });
});

describe('corrections', () => {
  it('refuse an unknown role or a malformed country, and change nothing', async () => {
    db = new DiploLensDB(`corrections-${Math.random()}`);
    const accounts = accountHandlers(db);
    await expect(accounts['corrections:set']!({ platform: 'x', handle: 'someone', correction: { official: true, role: 'emperor' as never } })).rejects.toThrow(/known role/);
    await expect(accounts['corrections:set']!({ platform: 'x', handle: 'someone', correction: { official: true, country: 'France' } })).rejects.toThrow(/country/);
    expect((await accounts['corrections:list']!({})).accounts).toEqual([]);
    expect(await stored.overrides.getValue()).toEqual({});
  });

  it('an undo publishes the state it made: the correction before the last', async () => {
    db = new DiploLensDB(`corrections-${Math.random()}`);
    const accounts = accountHandlers(db);
    await accounts['corrections:set']!({ platform: 'x', handle: 'someone', correction: { official: true, country: 'FR', role: 'embassy' } });
    await accounts['corrections:set']!({ platform: 'x', handle: 'someone', correction: { official: false } });
    expect(await accounts['corrections:undo']!({ platform: 'x', handle: 'someone' })).toEqual({ correction: { official: true, country: 'FR', role: 'embassy' } });
    expect(await stored.overrides.getValue()).toEqual({ 'x:someone': { official: true, country: 'FR', role: 'embassy' } });
    expect(await accounts['corrections:undo']!({ platform: 'x', handle: 'nobody' })).toEqual({ correction: null });
  });
});
