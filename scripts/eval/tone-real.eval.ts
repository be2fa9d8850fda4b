// Tone on real diplomatic language: the locked test split of the annotated pool
// (scripts/tone/annotations, texts in ../shared/data/tone-pool), which no training or tuning has read.
// Per language: the shipped classifier (`diplolens tone`: the learned model for en, es and zh), the
// lexicon classifier it replaced there, and an AFINN baseline; next to the two annotators' agreement,
// which is the ceiling.
import { existsSync } from 'node:fs';
import { TONE_IDS, type Tone } from '../../utils/core/model';
import { analyseEnglish } from '../../utils/core/tone/english';
import { classifyWithLexicon } from '../../utils/core/tone/lexicon-classifier';
import { LEXICONS } from '../../utils/core/tone/lexicon/index';
import { loadLabels, loadTexts } from '../tone/train';
import { poolPath } from '../tone/pool';
import { runCli } from './cli';
import { evaluate } from './metrics';
import { afinnTone, Sentiment } from './tone.eval';

const pct = (n: number) => (n * 100).toFixed(1).padStart(5);

/** Cohen's kappa of two annotators over the same items. */
export function cohensKappa(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (!n) return 0;
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const classes = new Set([...a, ...b]);
  let expected = 0;
  for (const c of classes) expected += (a.filter((x) => x === c).length / n) * (b.filter((x) => x === c).length / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

function line(name: string, gold: Tone[], predicted: string[]): string {
  const r = evaluate(gold, predicted, TONE_IDS, ['unknown']);
  const f1 = TONE_IDS.map((t) => pct(r.perClass[t].f1)).join(' ');
  return `  ${name.padEnd(26)} acc ${pct(r.accuracy)}  macro-F1 ${pct(r.macroF1)}  F1 coop/conf/neut/sarc ${f1}`;
}

export default async function toneRealEval(): Promise<void> {
  if (!existsSync(poolPath('cmfa_presscon_zh.jsonl'))) {
    console.log('(no ../shared/data/tone-pool beside the repository: the real-post evaluation is skipped)');
    return;
  }
  const labels = loadLabels();
  const texts = loadTexts(new Set(labels.map((l) => l.file)));
  const afinn = new Sentiment();
  console.log('locked test split of annotated real posts; never read by training or tuning');
  for (const lang of ['en', 'es', 'zh']) {
    const all = labels.filter((l) => l.lang === lang);
    const agreement = all.filter((l) => l.a === l.b).length / all.length;
    const kappa = cohensKappa(all.map((l) => l.a), all.map((l) => l.b));
    console.log(`\n== ${lang}: annotators agree on ${pct(agreement)}% of ${all.length} items, Cohen's kappa ${kappa.toFixed(3)}`);
    for (const [title, test] of [
      ['random sample', all.filter((l) => l.split === 'test' && (l.sampling ?? 'random') === 'random')],
      ['enriched sample (rare classes)', all.filter((l) => l.split === 'test' && l.sampling === 'enriched')],
      ['whole test split', all.filter((l) => l.split === 'test')],
    ] as const) {
      if (!test.length) continue;
      const gold = test.map((l) => l.tone);
      const counts = TONE_IDS.map((t) => `${t} ${gold.filter((g) => g === t).length}`).join(', ');
      const answers = await runCli<{ tone: string; tentative?: boolean }>('tone', test.map((l) => ({ id: l.id, text: texts.get(l.id) ?? '', lang })));
      const shipped = answers.map((r) => r.tone);
      const lexicon = test.map((l) => classifyWithLexicon(texts.get(l.id) ?? '', lang, { lexicons: LEXICONS, analysers: { en: analyseEnglish } }).tone);
      const baseline = test.map((l) => afinnTone(afinn, texts.get(l.id) ?? ''));
      const shippedAccuracy = evaluate(gold, shipped, TONE_IDS, ['unknown']).accuracy;
      console.log(`${title}: n=${test.length} (${counts})`);
      console.log(line('diplolens tone (shipped)', gold, shipped));
      console.log(line('lexicon classifier', gold, lexicon));
      console.log(line('AFINN baseline', gold, baseline));
      console.log(`  distance to the annotators' agreement: ${pct(agreement - shippedAccuracy)} points of accuracy`);
      // The badge marks a tone the model is unsure of (utils/core/tones.ts, TENTATIVE_BELOW): how often each kind is right.
      for (const [kind, tentative] of [['shown as sure', false], ['shown as uncertain ("?")', true]] as const) {
        const at = answers.flatMap((r, i) => (r.tentative === tentative ? [i] : []));
        if (!at.length) continue;
        const right = at.filter((i) => shipped[i] === gold[i]).length;
        console.log(`  ${kind}: ${pct(at.length / test.length)}% of posts, accuracy ${pct(right / at.length)}`);
      }
    }
  }
}
