/**
 * Further draws from ../shared/data/tone-pool of items not yet sampled, all for training (the locked
 * test split was fixed by the first two draws, before any model was trained):
 *   npx tsx scripts/tone/sample-more.ts r3 > scripts/tone/annotations/sample-more.jsonl
 *   npx tsx scripts/tone/sample-more.ts r4 > scripts/tone/annotations/sample-r4.jsonl
 *   npx tsx scripts/tone/sample-more.ts r5 > scripts/tone/annotations/sample-r5.jsonl
 *   npx tsx scripts/tone/sample-more.ts r6 > scripts/tone/annotations/sample-r6.jsonl
 *   npx tsx scripts/tone/sample-more.ts r7 > scripts/tone/annotations/sample-r7.jsonl
 * r3 is random. r4 takes every remaining text with a mark of irony or disowning (so-called, scare
 * quotes, a mocking emoji, a closing question), since sarcasm is the rarest tone, plus a random draw.
 * r5 and r6 are random again, English and Spanish only (the Chinese pool is all drawn): the learning curve
 * was still rising (docs/tone-model.md). r7 takes every text left.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { poolPath } from './pool';
import { mulberry32, shuffle } from './random';

interface Round {
  seed: number;
  /** Sample files of the draws before this one: their items are not drawn again. */
  after: string[];
  /** Random items per pool file. */
  quotas: Record<string, number>;
  /** Texts matching this are all drawn first. */
  candidates?: RegExp;
  batches: Record<string, number>;
}

const ROUNDS: Record<string, Round> = {
  r3: {
    seed: 20261131,
    after: ['sample.jsonl', 'sample-enriched.jsonl'],
    quotas: {
      'dipromats23_en.jsonl': 700,
      'cmfa_presscon_en.jsonl': 100,
      'efrith_pompeo_trump_2019.jsonl': 100,
      'dipromats23_es.jsonl': 550,
      'dipromats24_es_sample.jsonl': 250,
      'cmfa_presscon_zh.jsonl': 700,
    },
    batches: { en: 3, es: 3, zh: 4 },
  },
  r4: {
    seed: 20261201,
    after: ['sample.jsonl', 'sample-enriched.jsonl', 'sample-more.jsonl'],
    quotas: {
      'dipromats23_en.jsonl': 800,
      'cmfa_presscon_en.jsonl': 100,
      'efrith_pompeo_trump_2019.jsonl': 100,
      'dipromats23_es.jsonl': 500,
      'dipromats24_es_sample.jsonl': 200,
      'cmfa_presscon_zh.jsonl': 200,
    },
    candidates: /so-called|so called|llamad[oa]s? |supuest[oa]|presunt[oa]|所谓|🙄|🤡|😂|🤣|apparently|allegedly|\?\s*$|["“][^"”]{1,25}["”]|¿/i,
    batches: { en: 5, es: 3, zh: 2 },
  },
  r5: {
    seed: 20261202,
    after: ['sample.jsonl', 'sample-enriched.jsonl', 'sample-more.jsonl', 'sample-r4.jsonl'],
    quotas: {
      'dipromats23_en.jsonl': 200,
      'cmfa_presscon_en.jsonl': 30,
      'efrith_pompeo_trump_2019.jsonl': 20,
      'dipromats23_es.jsonl': 200,
      'dipromats24_es_sample.jsonl': 50,
    },
    batches: { en: 1, es: 1 },
  },
  r6: {
    seed: 20261203,
    after: ['sample.jsonl', 'sample-enriched.jsonl', 'sample-more.jsonl', 'sample-r4.jsonl', 'sample-r5.jsonl'],
    quotas: {
      'dipromats23_en.jsonl': 850,
      'cmfa_presscon_en.jsonl': 100,
      'efrith_pompeo_trump_2019.jsonl': 50,
      'dipromats23_es.jsonl': 600,
      'dipromats24_es_sample.jsonl': 150,
    },
    batches: { en: 4, es: 3 },
  },
  r7: {
    seed: 20261204,
    after: ['sample.jsonl', 'sample-enriched.jsonl', 'sample-more.jsonl', 'sample-r4.jsonl', 'sample-r5.jsonl', 'sample-r6.jsonl'],
    quotas: {
      'dipromats23_en.jsonl': Infinity,
      'cmfa_presscon_en.jsonl': Infinity,
      'efrith_pompeo_trump_2019.jsonl': Infinity,
      'dipromats23_es.jsonl': Infinity,
      'dipromats24_es_sample.jsonl': Infinity,
      'cmfa_presscon_zh.jsonl': Infinity,
    },
    batches: { en: 15, es: 8, zh: 1 },
  },
};

const name = process.argv[2] ?? 'r3';
const round = ROUNDS[name];
if (!round) throw new Error(`unknown draw "${name}" (one of ${Object.keys(ROUNDS).join(', ')})`);

const sampled = new Set<string>();
for (const file of round.after)
  for (const line of readFileSync(fileURLToPath(new URL(`annotations/${file}`, import.meta.url)), 'utf8').split('\n'))
    if (line) sampled.add((JSON.parse(line) as { id: string }).id);
const random = mulberry32(round.seed);
const drawn: { id: string; file: string; lang: string; sampling: 'random' | 'enriched' }[] = [];
for (const [file, quota] of Object.entries(round.quotas)) {
  const rest = readFileSync(poolPath(file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; lang: string; text: string })
    .filter((item) => !sampled.has(item.id));
  const marked = round.candidates ? rest.filter((item) => round.candidates!.test(item.text)) : [];
  const others = rest.filter((item) => !marked.includes(item));
  for (const item of marked) drawn.push({ id: item.id, file, lang: item.lang, sampling: 'enriched' });
  for (const item of shuffle(others, random).slice(0, quota)) drawn.push({ id: item.id, file, lang: item.lang, sampling: 'random' });
}
const lines: string[] = [];
for (const [lang, batches] of Object.entries(round.batches))
  shuffle(drawn.filter((item) => item.lang === lang), random).forEach((item, index) =>
    lines.push(JSON.stringify({ id: item.id, file: item.file, lang: item.lang, split: 'train', sampling: item.sampling, batch: `${name}-${lang}-${String((index % batches) + 1).padStart(2, '0')}` })),
  );
process.stdout.write(lines.join('\n') + '\n');
