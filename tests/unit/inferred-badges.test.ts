// The setting that badges only vouched-for accounts: an account found official by inference alone is
// then not official, in the page and on the accounts page, while listings, proven domains and the
// user's corrections still decide.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { accountHandlers } from '../../utils/background/accounts';
import { identifyAccount } from '../../utils/core/accounts';
import { bundledDirectory } from '../../utils/core/accounts/bundled-directory';
import { withoutInferredOfficial } from '../../utils/core/accounts/inferred-badges';
import type { AccountInput, Identification } from '../../utils/core/model';
import { PageIdentifier } from '../../utils/content/identifier';
import { DiploLensDB } from '../../utils/db/database';
import { stored } from '../../utils/protocol';

const directory = bundledDirectory();
// Unlisted: only its name, bio and grey check tell what it is.
const embassy: AccountInput = { platform: 'x', handle: 'NZEmbassyTokyo', name: 'New Zealand Embassy in Japan', bio: 'Official account of the New Zealand Embassy in Tokyo.', badge: 'grey' };
const listed: AccountInput = { platform: 'x', handle: 'StateDept', name: 'Department of State', badge: 'grey' };
const provenDomain: AccountInput = { platform: 'bluesky', handle: 'press.state.gov', provenDomains: ['press.state.gov'] };
const impostor: AccountInput = { platform: 'x', handle: 'StateDept_', name: 'Department of State', badge: 'blue' };

describe('withoutInferredOfficial', () => {
  it('takes the badge from an account only inference found official, and says why, keeping what inference read', () => {
    const inferred = identifyAccount(embassy, directory);
    expect(inferred).toMatchObject({ official: true, basis: 'inferred', country: 'NZ', role: 'embassy' });
    const shown = withoutInferredOfficial(inferred);
    expect(shown).toMatchObject({ official: false, basis: 'inferred', country: null, role: null, host: null });
    expect(shown.reasons[0]).toMatch(/badges for inferred accounts are off/);
    expect(shown.reasons.slice(1)).toEqual(inferred.reasons);
  });

  it('leaves listings, proven domains, refusals and warnings as they are', () => {
    for (const account of [listed, provenDomain, impostor, { platform: 'x' as const, handle: 'someReader', name: 'Some Reader' }]) {
      const id = identifyAccount(account, directory);
      expect(withoutInferredOfficial(id)).toBe(id);
    }
    expect(identifyAccount(listed, directory).basis).toBe('directory');
    expect(identifyAccount(provenDomain, directory).basis).toBe('domain');
    expect(identifyAccount(impostor, directory).imitates).toBe('StateDept');
  });
});

describe("the page's identifier", () => {
  async function identifier(overrides = {}) {
    let answered!: () => void;
    const answers = new Promise<void>((resolve) => (answered = resolve));
    const page = new PageIdentifier(directory, overrides, async (accounts) => accounts.map((a) => identifyAccount(a, directory)), () => answered(), (error) => {
      throw error;
    });
    // The first call sends the unlisted account to the background; it answers once.
    expect(page.identify(embassy)).toBeNull();
    await answers;
    return page;
  }
  const official = (id: Identification | null) => id?.official;

  it('badges inferred accounts by default, and not once the setting is off, until it is on again', async () => {
    const page = await identifier();
    expect(official(page.identify(embassy))).toBe(true);
    page.setInferredBadges(false);
    expect(official(page.identify(embassy))).toBe(false);
    expect(official(page.identify(listed))).toBe(true);
    page.setInferredBadges(true);
    expect(page.identify(embassy)).toMatchObject({ official: true, basis: 'inferred' });
  });

  it("keeps the user's own correction, which is theirs and not an inference", async () => {
    const page = await identifier({ 'x:nzembassytokyo': { official: true, country: 'NZ', role: 'embassy', host: 'JP' } });
    page.setInferredBadges(false);
    expect(page.identify(embassy)).toMatchObject({ official: true, basis: 'user' });
  });
});

describe('the accounts page', () => {
  let db: DiploLensDB;
  afterEach(async () => {
    db?.close();
    await browser.storage.local.clear();
  });

  it('shows the label the page shows', async () => {
    db = new DiploLensDB(`inferred-badges-${Math.random()}`);
    const accounts = accountHandlers(db);
    await db.accounts.put({ platform: 'x', handle: embassy.handle, names: [embassy.name!], bios: [{ bio: embassy.bio!, seen: 1 }], corrections: [], firstSeen: 1, lastSeen: 1 });
    expect((await accounts['accounts:identify']!({ platform: 'x', handle: embassy.handle })).identification).toMatchObject({ official: true, basis: 'inferred' });
    await stored.inferredBadges.setValue(false);
    expect((await accounts['accounts:identify']!({ platform: 'x', handle: embassy.handle })).identification).toMatchObject({ official: false, basis: 'inferred' });
  });
});
