// Which states a post speaks of, on the held-out set written blind from its own definition
// (heldout/mentions/README.md): real posts of ../shared/data/tone-pool (labels by id) and sentences
// written for the set. Precision and recall per state listed, per language and overall. Never tune on it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDirectory } from '../../utils/core/accounts/bundled-directory';
import { accountStates } from '../../utils/core/insights/entries';
import { detectMentions } from '../../utils/core/insights/mentions';
import { poolPath } from '../tone/pool';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'heldout', 'mentions');

export interface MentionItem {
  id: string;
  lang: string;
  text: string;
  states: string[];
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** The set as its README describes it: real.jsonl gives ids whose text is in the tone pool; written.jsonl has texts. */
export function loadMentionSet(): { items: MentionItem[]; missing: string[] } | null {
  if (!existsSync(join(folder, 'written.jsonl'))) return null;
  const items: MentionItem[] = readJsonl<MentionItem>(join(folder, 'written.jsonl'));
  const missing: string[] = [];
  const real = existsSync(join(folder, 'real.jsonl')) ? readJsonl<{ id: string; file: string; lang: string; states: string[] }>(join(folder, 'real.jsonl')) : [];
  const texts = new Map<string, Map<string, string>>();
  for (const r of real) {
    let pool = texts.get(r.file);
    if (!pool) {
      pool = new Map();
      const path = poolPath(`${r.file}.jsonl`);
      if (existsSync(path)) for (const row of readJsonl<{ id: string; text: string }>(path)) pool.set(row.id, row.text);
      texts.set(r.file, pool);
    }
    const text = pool.get(r.id);
    if (text === undefined) missing.push(r.id);
    else items.push({ id: r.id, lang: r.lang, text, states: r.states });
  }
  return { items, missing };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  items: number;
}

export function score(items: readonly MentionItem[], predict: (item: MentionItem) => string[]): { byLang: Map<string, Counts>; errors: { item: MentionItem; got: string[] }[] } {
  const byLang = new Map<string, Counts>();
  const errors: { item: MentionItem; got: string[] }[] = [];
  for (const item of items) {
    const got = [...new Set(predict(item))].sort();
    const gold = new Set(item.states);
    const c = byLang.get(item.lang) ?? { tp: 0, fp: 0, fn: 0, items: 0 };
    c.items++;
    for (const code of got) gold.has(code) ? c.tp++ : c.fp++;
    for (const code of gold) if (!got.includes(code)) c.fn++;
    byLang.set(item.lang, c);
    if (got.join() !== [...gold].sort().join()) errors.push({ item, got });
  }
  return { byLang, errors };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

export default async function mentionsEval(): Promise<void> {
  const set = loadMentionSet();
  if (!set) {
    console.log('(no heldout/mentions/written.jsonl: the mention evaluation is skipped)');
    return;
  }
  if (set.missing.length) console.log(`(${set.missing.length} real items have no text in ../shared/data/tone-pool and are left out)`);
  const accountState = accountStates(bundledDirectory());
  // The set's definition does not count a flag emoji alone (README rule 2): scored the same way.
  const { byLang, errors } = score(set.items, (item) => detectMentions(item.text, { lang: item.lang, accountState, flags: false }).map((m) => m.code));
  console.log(`held-out mention set: ${set.items.length} items; micro precision and recall over the states listed (target >= 0.90)`);
  const total: Counts = { tp: 0, fp: 0, fn: 0, items: 0 };
  for (const [lang, c] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    for (const k of ['tp', 'fp', 'fn', 'items'] as const) total[k] += c[k];
    console.log(`  ${lang}  items ${String(c.items).padStart(3)}  precision ${fmt(ratio(c.tp, c.tp + c.fp))}  recall ${fmt(ratio(c.tp, c.tp + c.fn))}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
  console.log(`  all items ${String(total.items).padStart(3)}  precision ${fmt(ratio(total.tp, total.tp + total.fp))}  recall ${fmt(ratio(total.tp, total.tp + total.fn))}  (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`);
  console.log(`  items with any error: ${errors.length}`);
}
