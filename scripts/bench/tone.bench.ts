// Time per 280-character real post for the shipped classifier (the learned model for en, es and zh),
// per language, next to the lexicon classifier it replaced there (compromise for English), and the
// bytes classifyTone adds to a content-script bundle. Target: 0.1 ms per post (median).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyseEnglish } from '../../utils/core/tone/english';
import { classifyTone } from '../../utils/core/tone/index';
import { LEXICONS } from '../../utils/core/tone/lexicon/index';
import { classifyWithLexicon } from '../../utils/core/tone/lexicon-classifier';
import { loadLabels, loadTexts } from '../tone/train';
import { poolPath } from '../tone/pool';
import { existsSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const DEV_SET = join(repo, '..', 'shared', 'data', 'tone-dev.jsonl');
const POST_LENGTH = 280;
const ROUNDS = 20;

function toPostLength(text: string): string {
  let out = text;
  while (out.length < POST_LENGTH) out += ' ' + text;
  return out.slice(0, POST_LENGTH);
}

function timings(posts: { text: string; lang: string }[], run: (text: string, lang: string) => unknown): number[] {
  for (let k = 0; k < 3; k++) for (const p of posts) run(p.text, p.lang);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of posts) {
      const start = performance.now();
      run(p.text, p.lang);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (n: number) => n.toFixed(3) + ' ms';

async function bundleSize(entry: string): Promise<{ bytes: number; gzip: number; compromise: number }> {
  const result = await build({
    metafile: true,
    stdin: { contents: entry, resolveDir: repo, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    charset: 'ascii',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  let compromise = 0;
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) if (file.includes('node_modules/compromise/')) compromise += input.bytesInOutput;
  }
  return { bytes: code.byteLength, gzip: gzipSync(code).byteLength, compromise };
}

export default async function toneBench(): Promise<void> {
  const real = existsSync(poolPath('cmfa_presscon_zh.jsonl'));
  const labels = real ? loadLabels().filter((l) => l.split === 'train') : [];
  const texts = real ? loadTexts(new Set(labels.map((l) => l.file))) : new Map<string, string>();
  const posts = real
    ? labels.map((l) => ({ text: toPostLength(texts.get(l.id) ?? ''), lang: l.lang }))
    : readFileSync(DEV_SET, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text: string; lang: string })
        .map((p) => ({ text: toPostLength(p.text), lang: p.lang }));
  console.log(`${posts.length} ${real ? 'annotated real posts' : 'dev posts'} cut or padded to ${POST_LENGTH} characters, ${ROUNDS} rounds after warm-up`);
  const lexicon = (text: string, lang: string) => classifyWithLexicon(text, lang, { lexicons: LEXICONS, analysers: { en: analyseEnglish } });
  for (const lang of ['en', 'es', 'zh']) {
    const ofLang = posts.filter((p) => p.lang === lang).slice(0, 500);
    if (!ofLang.length) continue;
    const shipped = timings(ofLang, (text, l) => classifyTone(text, l));
    const old = timings(ofLang, lexicon);
    console.log(`${lang}: classifyTone median ${ms(quantile(shipped, 0.5))}  p95 ${ms(quantile(shipped, 0.95))}   (lexicon classifier: median ${ms(quantile(old, 0.5))}  p95 ${ms(quantile(old, 0.95))})`);
  }
  const huge = 'We condemn the so-called “referendum”. '.repeat(300);
  const hugeTimes = timings([{ text: huge, lang: 'en' }], (text, lang) => classifyTone(text, lang));
  console.log(`classifyTone on a ${huge.length}-char post (read on its first 1,500): median ${ms(quantile(hugeTimes, 0.5))}`);

  const classifier = await bundleSize(`import { classifyTone } from './utils/core/tone/index'; globalThis.t = classifyTone;`);
  const compromiseOne = await bundleSize(`import nlp from 'compromise/one'; globalThis.n = nlp;`);
  const kB = (n: number) => (n / 1024).toFixed(1) + ' kB';
  console.log(`bundle: classifyTone ${kB(classifier.bytes)} minified, ${kB(classifier.gzip)} gzip, of which compromise ${kB(classifier.compromise)} (compromise/one alone: ${kB(compromiseOne.bytes)})`);
}
