// npm run eval [-- name…]: every scripts/eval/*.eval.ts, or those named.
import { fileURLToPath } from 'node:url';
import { runModules } from '../run-modules';

await runModules(fileURLToPath(new URL('.', import.meta.url)), '.eval.ts', process.argv.slice(2));
