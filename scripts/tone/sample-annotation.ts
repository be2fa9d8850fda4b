/**
 * Draws the items of ../shared/data/tone-pool to annotate for tone, and fixes the locked test split
 * before any label exists, so no modelling choice can see it.
 *
 * Deterministic (seeded): the same pool gives the same sample. Propaganda-flagged DIPROMATS tweets are
 * drawn as often as unflagged ones, since they are where confrontation and sarcasm concentrate, and the
 * rare classes decide macro-F1.
 *
 *   npx tsx scripts/tone/sample-annotation.ts > scripts/tone/annotations/sample.jsonl
 * Writes only ids, source file, language, split and batch; the texts stay in ../shared.
 */
import { readFileSync } from 'node:fs';
import { poolPath } from './pool';
import { mulberry32, shuffle } from './random';

interface PoolItem {
  id: string;
  lang: string;
  labels: Record<string, unknown>;
}

/** Items drawn per pool file; about 2,000 English, 1,300 Spanish and 900 Chinese. */
const QUOTAS: Record<string, number> = {
  'dipromats23_en.jsonl': 1_400,
  'cmfa_presscon_en.jsonl': 300,
  'efrith_pompeo_trump_2019.jsonl': 300,
  'dipromats23_es.jsonl': 1_000,
  'dipromats24_es_sample.jsonl': 300,
  'cmfa_presscon_zh.jsonl': 900,
};
/** Share of each source held out as the locked test split. */
const TEST_SHARE = 0.25;
/** Items per annotation batch (one annotator reads one batch). */
const BATCH_SIZE = 350;

const random = mulberry32(20261129);
const drawn: { id: string; file: string; lang: string; split: 'train' | 'test' }[] = [];
for (const [file, quota] of Object.entries(QUOTAS)) {
  const items: PoolItem[] = readFileSync(poolPath(file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const flagged = items.filter((item) => item.labels.propaganda === 'true');
  const rest = items.filter((item) => item.labels.propaganda !== 'true');
  const fromFlagged = Math.min(flagged.length, Math.round(quota / 2));
  const chosen = flagged.length
    ? [...shuffle(flagged, random).slice(0, fromFlagged), ...shuffle(rest, random).slice(0, quota - fromFlagged)]
    : shuffle(items, random).slice(0, quota);
  // Stratified split: a quarter of each source (flagged and unflagged alike) is test.
  shuffle(chosen, random).forEach((item, index) =>
    drawn.push({ id: item.id, file, lang: item.lang, split: index < Math.round(chosen.length * TEST_SHARE) ? 'test' : 'train' }),
  );
}

// Batches hold one language each, in a shuffled order, so an annotator reads a mix of sources.
const lines: string[] = [];
let batch = 0;
for (const lang of ['en', 'es', 'zh']) {
  const ofLang = shuffle(drawn.filter((item) => item.lang === lang), random);
  const batches = Math.ceil(ofLang.length / BATCH_SIZE);
  ofLang.forEach((item, index) => {
    const name = `${lang}-${String(batch + (index % batches) + 1).padStart(2, '0')}`;
    lines.push(JSON.stringify({ ...item, batch: name }));
  });
  batch += batches;
}
process.stdout.write(lines.join('\n') + '\n');
