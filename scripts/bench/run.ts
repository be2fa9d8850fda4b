// Runs every scripts/bench/*.bench.ts in name order (or only those named on the command line).
// Each module's default export is an async function that prints its figures.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
let failed = false;
for (const file of files) {
  console.log('\n=== ' + file.replace('.bench.ts', '') + ' ===');
  try {
    const mod = await import(pathToFileURL(join(here, file)).href);
    await mod.default();
  } catch (error) {
    failed = true;
    console.error(file + ' failed:', error);
  }
}
process.exit(failed ? 1 : 0);
