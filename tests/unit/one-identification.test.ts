// @vitest-environment happy-dom
// One identification, wherever it runs: the same accounts, shown in X-like account cells and read
// by the page's path (site reader, account memory, the page's identifier with the background's
// inference), and given as JSONL to the `diplolens accounts` command, must get the same answers.
import { describe, expect, it } from 'vitest';
import { identifyAccount } from '../../utils/core/accounts';
import { bundledDirectory } from '../../utils/core/accounts/bundled-directory';
import type { AccountInput, Identification } from '../../utils/core/model';
import { AccountMemory } from '../../utils/content/account-memory';
import { PageIdentifier } from '../../utils/content/identifier';
import { x, X_SELECTORS } from '../../utils/sites/x';
import { userCell, xPage } from '../../scripts/demo/x-markup';
import { runMain } from '../../scripts/eval/run-cli-main';
import { CASES } from '../fixtures/accounts-multilingual';

const directory = bundledDirectory();
const fields = (id: Identification) => ({ official: id.official, country: id.country, org: id.org, role: id.role, host: id.host, basis: id.basis });

/** The page's path: the account as the cell shows it, identified as the content script does. */
async function throughThePage(account: AccountInput): Promise<Identification> {
  document.body.innerHTML = xPage(userCell({ handle: account.handle, name: account.name ?? '', bio: account.bio, badge: account.badge }));
  const seen = x.readAccount(document.querySelector(X_SELECTORS.userCell)!)!;
  const memory = new AccountMemory();
  memory.learn(seen.account);
  let answered!: () => void;
  const answers = new Promise<void>((resolve) => (answered = resolve));
  // The background answers inference with identifyAccount over the same directory (utils/background/accounts.ts).
  const identifier = new PageIdentifier(directory, {}, async (accounts) => accounts.map((a) => identifyAccount(a, directory)), () => answered(), (error) => {
    throw error;
  });
  const known = memory.complete(seen.account);
  const first = identifier.identify(known);
  if (first) return first;
  await answers;
  return identifier.identify(known)!;
}

async function throughTheCli(accounts: AccountInput[]): Promise<Record<string, unknown>[]> {
  const input = accounts.map((a, i) => JSON.stringify({ id: String(i), platform: a.platform, handle: a.handle, name: a.name, bio: a.bio, badge: a.badge ?? 'none' }) + '\n').join('');
  const { code, stdout, stderr } = await runMain(['accounts'], input);
  if (code !== 0) throw new Error(stderr);
  return stdout.trim().split('\n').map((line) => JSON.parse(line));
}

describe('one identification, in the page and in the CLI', () => {
  const accounts = CASES.map(([, account]) => account).filter((a) => a.platform === 'x');
  // Listed handles too, bare, as a post's author row shows them.
  const listed: AccountInput[] = [
    { platform: 'x', handle: 'StateDept', name: 'Department of State', badge: 'grey' },
    { platform: 'x', handle: 'StateDept_', name: 'Department of State', badge: 'blue' },
  ];

  it('gives the same answer for every account', async () => {
    const all = [...accounts, ...listed];
    const cli = await throughTheCli(all);
    const differences: string[] = [];
    for (const [i, account] of all.entries()) {
      const page = fields(await throughThePage(account));
      const { id: _id, ...byCli } = cli[i]!;
      if (JSON.stringify(page) !== JSON.stringify(byCli)) differences.push(`@${account.handle}: page ${JSON.stringify(page)} / cli ${JSON.stringify(byCli)}`);
    }
    expect(differences).toEqual([]);
    expect(all.length).toBeGreaterThan(30);
  });
});
