/**
 * A third, random draw from ../shared/data/tone-pool of items not yet sampled, all for training
 * (the locked test split was fixed by the first two draws, before any model was trained):
 *   npx tsx scripts/tone/sample-more.ts > scripts/tone/annotations/sample-more.jsonl
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { poolPath } from './pool';
import { mulberry32, shuffle } from './random';

const QUOTAS: Record<string, number> = {
  'dipromats23_en.jsonl': 700,
  'cmfa_presscon_en.jsonl': 100,
  'efrith_pompeo_trump_2019.jsonl': 100,
  'dipromats23_es.jsonl': 550,
  'dipromats24_es_sample.jsonl': 250,
  'cmfa_presscon_zh.jsonl': 700,
};
const BATCHES: Record<string, number> = { en: 3, es: 3, zh: 4 };

const sampled = new Set<string>();
for (const file of ['sample.jsonl', 'sample-enriched.jsonl'])
  for (const line of readFileSync(fileURLToPath(new URL(`annotations/${file}`, import.meta.url)), 'utf8').split('\n'))
    if (line) sampled.add((JSON.parse(line) as { id: string }).id);
const random = mulberry32(20261131);
const drawn: { id: string; file: string; lang: string }[] = [];
for (const [file, quota] of Object.entries(QUOTAS)) {
  const rest = readFileSync(poolPath(file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; lang: string })
    .filter((item) => !sampled.has(item.id));
  for (const item of shuffle(rest, random).slice(0, quota)) drawn.push({ id: item.id, file, lang: item.lang });
}
const lines: string[] = [];
for (const [lang, batches] of Object.entries(BATCHES))
  shuffle(drawn.filter((item) => item.lang === lang), random).forEach((item, index) =>
    lines.push(JSON.stringify({ ...item, split: 'train', sampling: 'random', batch: `r3-${lang}-${String((index % batches) + 1).padStart(2, '0')}` })),
  );
process.stdout.write(lines.join('\n') + '\n');
