// Time per 280-character post, next to compromise/one's share of it (compromiseTerms) on the same texts,
// and the bytes classifyTone adds to a content-script bundle, compromise/one included
// (English posts are tokenized by it; the content script's whole budget is 300 kB).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { compromiseTerms } from '../../utils/core/tone/english';
import { classifyTone } from '../../utils/core/tone/index';

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
  const posts = readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; lang: string })
    .map((p) => ({ text: toPostLength(p.text), lang: p.lang }));

  const ours = timings(posts, (text, lang) => classifyTone(text, lang));
  const english = posts.filter((p) => p.lang.startsWith('en'));
  const oursEnglish = timings(english, (text, lang) => classifyTone(text, lang));
  // The call classifyTone makes for English: tokens, sentences, contractions, no tagging.
  const tokenizer = timings(english, (text) => compromiseTerms(text));
  const huge = 'We condemn the so-called “referendum”. '.repeat(300);
  const hugeTimes = timings([{ text: huge, lang: 'en' }], (text, lang) => classifyTone(text, lang));

  console.log(`${posts.length} dev posts cut/padded to ${POST_LENGTH} chars, ${ROUNDS} rounds after warm-up`);
  console.log(`classifyTone            median ${ms(quantile(ours, 0.5))}  p95 ${ms(quantile(ours, 0.95))}`);
  console.log(`classifyTone, English     median ${ms(quantile(oursEnglish, 0.5))}  p95 ${ms(quantile(oursEnglish, 0.95))}  (${english.length} posts)`);
  console.log(`  of which compromise     median ${ms(quantile(tokenizer, 0.5))}  p95 ${ms(quantile(tokenizer, 0.95))}`);
  console.log(`classifyTone on a ${huge.length}-char post (capped): median ${ms(quantile(hugeTimes, 0.5))}`);

  const classifier = await bundleSize(`import { classifyTone } from './utils/core/tone/index'; globalThis.t = classifyTone;`);
  const compromiseOne = await bundleSize(`import nlp from 'compromise/one'; globalThis.n = nlp;`);
  const kB = (n: number) => (n / 1024).toFixed(1) + ' kB';
  console.log(`bundle: classifyTone ${kB(classifier.bytes)} minified, ${kB(classifier.gzip)} gzip, of which compromise/one ${kB(classifier.compromise)} (compromise/one alone: ${kB(compromiseOne.bytes)} minified, ${kB(compromiseOne.gzip)} gzip)`);
}
