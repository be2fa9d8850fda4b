// The evaluations measure exactly what `npx diplolens tone|accounts` answers.
import { readFileSync } from 'node:fs';
import { runMain } from './run-cli-main';

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export async function runCli<T>(command: 'tone' | 'accounts', rows: object[]): Promise<T[]> {
  const { code, stdout, stderr } = await runMain([command], rows.map((r) => JSON.stringify(r) + '\n').join(''));
  if (code !== 0) throw new Error(`diplolens ${command} exited ${code}: ${stderr}`);
  return stdout.trim().split('\n').map((line) => JSON.parse(line) as T);
}
