/**
 * A second, enriched draw from ../shared/data/tone-pool: sarcasm and confrontation are rare in a
 * random sample (about 3% and 30%), too rare to learn sarcasm from or to measure it on. This draws
 * the items not yet sampled that are likelier to carry them: DIPROMATS tweets flagged with a
 * propaganda technique (the pool's README names these as priors), and texts that ask a question
 * (rhetorical questions aimed at a rival are a sarcasm cue of the guide), plus 300 more random
 * Chinese answers, the language with fewest items. A quarter of each source is test, marked
 * `sampling: "enriched"` so the evaluation reports it apart from the random sample's test split.
 *
 *   npx tsx scripts/tone/sample-enriched.ts > scripts/tone/annotations/sample-enriched.jsonl
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { poolPath } from './pool';
import { mulberry32, shuffle } from './random';

interface PoolItem {
  id: string;
  lang: string;
  text: string;
  labels: Record<string, unknown>;
}

const FILES = ['dipromats23_en.jsonl', 'cmfa_presscon_en.jsonl', 'efrith_pompeo_trump_2019.jsonl', 'dipromats23_es.jsonl', 'dipromats24_es_sample.jsonl', 'cmfa_presscon_zh.jsonl'];
const TEST_SHARE = 0.25;
const EXTRA_RANDOM: Record<string, number> = { 'cmfa_presscon_zh.jsonl': 300 };
const BATCH_SIZE = 300;

const sampled = new Set(
  readFileSync(fileURLToPath(new URL('annotations/sample.jsonl', import.meta.url)), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id),
);
const random = mulberry32(20261130);
const techniques = (item: PoolItem) => ((item.labels.fine_techniques as string[] | undefined) ?? []).filter((t) => t !== 'false');
const drawn: { id: string; file: string; lang: string; split: 'train' | 'test'; why: string }[] = [];
for (const file of FILES) {
  const rest: PoolItem[] = readFileSync(poolPath(file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PoolItem)
    .filter((item) => !sampled.has(item.id));
  const chosen = new Map<string, { item: PoolItem; why: string }>();
  for (const item of rest) {
    if (techniques(item).length) chosen.set(item.id, { item, why: 'technique' });
    else if (/[?？]/.test(item.text)) chosen.set(item.id, { item, why: 'question' });
  }
  const others = shuffle(rest.filter((item) => !chosen.has(item.id)), random).slice(0, EXTRA_RANDOM[file] ?? 0);
  for (const item of others) chosen.set(item.id, { item, why: 'random' });
  shuffle([...chosen.values()], random).forEach(({ item, why }, index, all) =>
    drawn.push({ id: item.id, file, lang: item.lang, split: index < Math.round(all.length * TEST_SHARE) ? 'test' : 'train', why }),
  );
}

const lines: string[] = [];
for (const lang of ['en', 'es', 'zh']) {
  const ofLang = shuffle(drawn.filter((item) => item.lang === lang), random);
  const batches = Math.ceil(ofLang.length / BATCH_SIZE);
  ofLang.forEach((item, index) =>
    lines.push(JSON.stringify({ ...item, sampling: 'enriched', batch: `r2-${lang}-${String((index % batches) + 1).padStart(2, '0')}` })),
  );
}
process.stdout.write(lines.join('\n') + '\n');
