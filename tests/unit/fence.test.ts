// The house rules of .dependency-cruiser.cjs, run on the real tree and on a deliberate breach.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs');

async function violations(paths: string[], baseDir: string): Promise<string[]> {
  const result = await cruise(paths, { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden }, baseDir });
  return (result.output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('the dependency fence', () => {
  it('holds on the project itself', async () => {
    expect(await violations(['utils', 'components', 'entrypoints', 'scripts', 'tests'], root)).toEqual([]);
  }, 60_000);

  it('catches a core file importing the browser API, a Node module, a content-script file, and a cycle', async () => {
    const found = await violations(['utils'], `${root}/tests/fixtures/fence`);
    expect(found).toContainEqual(expect.stringMatching(/^core-is-pure: utils\/core\/reads-the-browser\.ts -> .*node_modules\/wxt\//));
    expect(found).toContain('core-no-node-builtins: utils/core/reads-the-browser.ts -> fs');
    expect(found).toContain('core-is-pure: utils/core/reads-the-browser.ts -> utils/content/page-part.ts');
    expect(found).toContainEqual(expect.stringMatching(/^no-circular: utils\/core\/(cycle-b|reads-the-browser)\.ts/));
  }, 60_000);

  it("keeps the DOM and Node's globals out of the core: its own compile (npm run lint:core) refuses a file that uses document", () => {
    const tsc = (project: string) => {
      try {
        execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', project], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    };
    expect(tsc('utils/core/tsconfig.json')).toBe('');
    expect(tsc('tests/fixtures/fence/tsconfig.json')).toMatch(/reads-the-dom\.ts.*Cannot find name 'document'/);
  }, 120_000);
});
