// Runs the `diplolens` command's own code in-process (utils/cli/main.ts), as `npx diplolens` would.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../utils/cli/main';

export async function runMain(args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (chunk) => (stdout += chunk));
  err.on('data', (chunk) => (stderr += chunk));
  const code = await main(args, Readable.from([input]), out, err);
  return { code, stdout, stderr };
}
