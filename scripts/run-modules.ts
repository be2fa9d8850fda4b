// Runs every `*<suffix>` module of a folder in name order (or only those named on the command line),
// each module's default export an async function that prints its figures: `npm run eval` and
// `npm run bench`. Exits 1 if any failed, after running the others.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function runModules(dir: string, suffix: string, wanted: string[]): Promise<never> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  let failed = false;
  for (const file of files) {
    console.log('\n=== ' + file.replace(suffix, '') + ' ===');
    try {
      const mod = await import(pathToFileURL(join(dir, file)).href);
      await mod.default();
    } catch (error) {
      failed = true;
      console.error(file + ' failed:', error);
    }
  }
  process.exit(failed ? 1 : 0);
}
