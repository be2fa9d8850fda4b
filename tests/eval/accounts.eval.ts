// Account identification on the labelled dev set (../shared/data/accounts-dev.jsonl, beside the repo).
// Precision and recall of "official"; country (with org for organisations), role and host accuracy are
// computed over the gold-official accounts. Run twice: inference alone (empty directory) and with the
// bundled directory.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccountInput, Identification, Role } from '../../utils/types';
import { Directory, identifyAccount } from '../../utils/accounts';

interface Row extends AccountInput {
  id: string;
  expect: { official: boolean; country: string | null; org: string | null; role: Role | null; host: string | null };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function evaluate(rows: Row[], directory: Directory, label: string) {
  let tp = 0, fp = 0, gold = 0, country = 0, role = 0, host = 0;
  const wrong: string[] = [];
  for (const row of rows) {
    const g = row.expect;
    const got: Identification = identifyAccount(row, directory);
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
    if (issues.length) wrong.push(`  ${row.id} @${row.handle}: ${issues.join('; ')}  [${got.basis ?? 'none'}: ${got.reasons[0] ?? ''}]`);
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`\n--- ${label} ---`);
  console.log(`accounts ${rows.length}, gold official ${gold}`);
  console.log(`precision ${f(tp / Math.max(1, tp + fp))} (${tp}/${tp + fp})   recall ${f(tp / Math.max(1, gold))} (${tp}/${gold})`);
  console.log(`over the ${gold} gold-official accounts: country(+org) accuracy ${f(country / gold)}, role accuracy ${f(role / gold)}, host accuracy ${f(host / gold)}`);
  console.log(wrong.length ? `wrong (${wrong.length}):\n${wrong.join('\n')}` : 'no wrong cases');
}

export default async function run() {
  const path = join(root, '..', 'shared', 'data', 'accounts-dev.jsonl');
  const rows: Row[] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  evaluate(rows, new Directory([]), 'inference alone (empty directory)');
  if (existsSync(join(root, 'utils', 'accounts', 'directory.json'))) {
    const { bundledDirectory } = await import('../../utils/accounts/bundled-directory');
    const dir = bundledDirectory();
    evaluate(rows, dir, `with the bundled directory (${dir.size} entries)`);
  } else console.log('\n(no utils/accounts/directory.json yet: directory run skipped)');
}
