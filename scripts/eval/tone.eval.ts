// Tone classifier on the labelled dev set, next to an AFINN lexicon baseline computed in the same run.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, formatConfusion, type Evaluation } from './metrics';
import { TONE_IDS, type Tone } from '../../utils/core/model';
import { readJsonl, runCli } from './cli';

interface Row {
  id: string;
  text: string;
  lang: string;
  tone: Tone;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEV_SET = join(repo, '..', 'shared', 'data', 'tone-dev.jsonl');
const COLUMNS = [...TONE_IDS, 'unknown'];
/** AFINN comparative score (sum per word) beyond which the baseline takes a side. */
const AFINN_THRESHOLD = 0.05;

// sentiment ships no types; only analyze().comparative is used.
export const Sentiment = createRequire(import.meta.url)('sentiment') as new () => { analyze(text: string): { comparative: number } };

export function afinnTone(analyzer: { analyze(text: string): { comparative: number } }, text: string): Tone {
  const { comparative } = analyzer.analyze(text);
  if (comparative > AFINN_THRESHOLD) return 'cooperative';
  if (comparative < -AFINN_THRESHOLD) return 'confrontational';
  return 'neutral';
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(5);

function report(title: string, rows: Row[], predicted: string[]): Evaluation<Tone> {
  const result = evaluate(rows.map((r) => r.tone), predicted, TONE_IDS, ['unknown']);
  console.log(`\n-- ${title}: n=${result.total}  accuracy ${pct(result.accuracy)}%  macro-F1 ${pct(result.macroF1)}%`);
  console.log('tone              P      R      F1   support');
  for (const tone of TONE_IDS) {
    const m = result.perClass[tone];
    console.log(`${tone.padEnd(16)}${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.support).padStart(5)}`);
  }
  console.log(formatConfusion(result, COLUMNS));
  return result;
}

/** Accuracy, F1 and confusion of `diplolens tone` on a labelled JSONL set, next to the AFINN baseline. */
export async function evaluateToneSet(path: string): Promise<void> {
  const rows = readJsonl<Row>(path);
  const afinn = new Sentiment();
  const answers = await runCli<{ id: string; tone: string }>('tone', rows.map(({ id, text, lang }) => ({ id, text, lang })));
  const ours = answers.map((a) => a.tone);
  const baseline = rows.map((r) => afinnTone(afinn, r.text));
  const english = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.lang.toLowerCase().startsWith('en'));

  console.log(`set: ${path} (answers of diplolens tone)`);
  const all = report('classifyTone, all languages', rows, ours);
  report('classifyTone, English', english.map(({ r }) => r), english.map(({ i }) => ours[i]!));
  report('AFINN baseline (sentiment), all languages', rows, baseline);
  report('AFINN baseline (sentiment), English', english.map(({ r }) => r), english.map(({ i }) => baseline[i]!));

  console.log(`\nmisclassified by classifyTone (${all.errors.length}):`);
  for (const i of all.errors) {
    const r = rows[i]!;
    console.log(`  ${r.id} [${r.lang}] gold ${r.tone}, got ${ours[i]}: ${r.text.slice(0, 90)}${r.text.length > 90 ? '…' : ''}`);
  }
}

export default async function toneEval(): Promise<void> {
  await evaluateToneSet(DEV_SET);
}
