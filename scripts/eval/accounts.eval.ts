// Account identification on the labelled dev set (../shared/data/accounts-dev.jsonl, beside the repo).
// Precision and recall of "official"; country (with org for organisations), role and host accuracy are
// computed over the gold-official accounts. Run three times: inference alone (empty directory), with the
// bundled directory, and with the directory but badges for inferred accounts off.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccountInput, Identification, Role } from '../../utils/core/model';
import { Directory, identifyAccount } from '../../utils/core/accounts';
import { withoutInferredOfficial } from '../../utils/core/accounts/inferred-badges';
import { readJsonl, runCli } from './cli';

interface Row extends AccountInput {
  id: string;
  expect: { official: boolean; country: string | null; org: string | null; role: Role | null; host: string | null };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Answer = Pick<Identification, 'official' | 'country' | 'org' | 'role' | 'host' | 'basis'> & { reasons?: string[] };

function evaluate(rows: Row[], answers: Answer[], label: string) {
  let tp = 0, fp = 0, gold = 0, country = 0, role = 0, host = 0;
  const wrong: string[] = [];
  for (const [i, row] of rows.entries()) {
    const g = row.expect;
    const got = answers[i]!;
    const issues: string[] = [];
    if (got.official && !g.official) { fp++; issues.push('false official'); }
    if (g.official) {
      gold++;
      if (got.official) tp++; else issues.push('missed official');
      if (got.country === g.country && got.org === g.org) country++;
      else issues.push(`country/org ${g.country ?? '-'}/${g.org ?? '-'} got ${got.country ?? '-'}/${got.org ?? '-'}`);
      if (got.role === g.role) role++; else issues.push(`role ${g.role} got ${got.role}`);
      if (got.host === g.host) host++; else issues.push(`host ${g.host} got ${got.host}`);
    }
    if (issues.length) wrong.push(`  ${row.id} @${row.handle}: ${issues.join('; ')}  [${got.basis ?? 'none'}${got.reasons ? ': ' + (got.reasons[0] ?? '') : ''}]`);
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`\n--- ${label} ---`);
  console.log(`accounts ${rows.length}, gold official ${gold}`);
  console.log(`precision ${f(tp / Math.max(1, tp + fp))} (${tp}/${tp + fp})   recall ${f(tp / Math.max(1, gold))} (${tp}/${gold})`);
  console.log(`over the ${gold} gold-official accounts: country(+org) accuracy ${f(country / gold)}, role accuracy ${f(role / gold)}, host accuracy ${f(host / gold)}`);
  console.log(wrong.length ? `wrong (${wrong.length}):\n${wrong.join('\n')}` : 'no wrong cases');
}

/** `diplolens accounts` (bundled directory) on a labelled JSONL set, and inference alone for comparison. */
export async function evaluateAccountSet(path: string): Promise<void> {
  const rows = readJsonl<Row>(path);
  console.log(`set: ${path}`);
  const empty = new Directory([]);
  evaluate(rows, rows.map((r) => identifyAccount(r, empty)), 'inference alone (empty directory)');
  if (existsSync(join(root, 'utils', 'core', 'accounts', 'directory.json'))) {
    const input = rows.map(({ id, platform, handle, name, bio, badge }) => ({ id, platform, handle, name, bio, badge }));
    const answers = await runCli<Answer>('accounts', input);
    evaluate(rows, answers, 'diplolens accounts (with the bundled directory)');
    // The option that badges only vouched-for accounts (components/options/InferredBadgesSwitch.tsx).
    const vouchedOnly = answers.map((a) => withoutInferredOfficial({ ...a, reasons: a.reasons ?? [] }));
    evaluate(rows, vouchedOnly, 'the same with badges for inferred accounts off (listings and proven domains only)');
  } else console.log('\n(no utils/core/accounts/directory.json: directory run skipped)');
}

export default async function run() {
  await evaluateAccountSet(join(root, '..', 'shared', 'data', 'accounts-dev.jsonl'));
}
