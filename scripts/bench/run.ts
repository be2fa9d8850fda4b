// npm run bench [-- name…]: every scripts/bench/*.bench.ts, or those named.
import { fileURLToPath } from 'node:url';
import { runModules } from '../run-modules';

await runModules(fileURLToPath(new URL('.', import.meta.url)), '.bench.ts', process.argv.slice(2));
