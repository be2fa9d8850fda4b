// Runs the `diplolens` command's own code in-process, so the evaluations measure exactly what
// `npx diplolens tone|accounts` answers.
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../utils/cli/main';

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export async function runCli<T>(command: 'tone' | 'accounts', rows: object[]): Promise<T[]> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await main([command], Readable.from(rows.map((r) => JSON.stringify(r) + '\n')), stdout, stderr);
  if (code !== 0) throw new Error(`diplolens ${command} exited ${code}: ${err}`);
  return out.trim().split('\n').map((line) => JSON.parse(line) as T);
}
