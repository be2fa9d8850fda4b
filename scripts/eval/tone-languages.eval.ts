// Tone in the languages the learned model does not read (French, German, Russian, Arabic, Portuguese),
// which keep the hand-written lexicons: accuracy and macro-F1 per language on sets written blind to the
// code from TONE-GUIDE.md, one used to mend the lexicons (dev) and one held out from that work.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from './metrics';
import { TONE_IDS, type Tone } from '../../utils/core/model';
import { readJsonl, runCli } from './cli';

interface Row {
  id: string;
  text: string;
  lang: string;
  tone: Tone;
}

const here = dirname(fileURLToPath(import.meta.url));
const SETS = [
  ...readdirSync(join(here, 'tone-languages')).filter((f) => f.endsWith('.jsonl')).map((f) => join(here, 'tone-languages', f)),
  ...readdirSync(join(here, 'heldout')).filter((f) => /^tone-languages.*\.jsonl$/.test(f)).map((f) => join(here, 'heldout', f)),
];
const pct = (n: number) => (n * 100).toFixed(1).padStart(5);

export async function evaluateByLanguage(path: string): Promise<void> {
  const rows = readJsonl<Row>(path);
  const answers = await runCli<{ id: string; tone: string }>('tone', rows.map(({ id, text, lang }) => ({ id, text, lang })));
  console.log(`\nset: ${relative(join(here, '..', '..'), path)}`);
  console.log('lang    n  accuracy  macro-F1  F1 coop / conf / neutral / sarcastic');
  for (const lang of [...new Set(rows.map((r) => r.lang)), 'all']) {
    const picked = rows.map((r, i) => ({ r, got: answers[i]!.tone })).filter(({ r }) => lang === 'all' || r.lang === lang);
    const result = evaluate(picked.map(({ r }) => r.tone), picked.map(({ got }) => got), TONE_IDS, ['unknown']);
    const f1 = TONE_IDS.map((t) => result.perClass[t].f1.toFixed(2)).join(' / ');
    console.log(`${lang.padEnd(4)} ${String(result.total).padStart(4)}    ${pct(result.accuracy)}%   ${pct(result.macroF1)}%  ${f1}`);
  }
}

export default async function toneLanguagesEval(): Promise<void> {
  for (const set of SETS) await evaluateByLanguage(set);
}
