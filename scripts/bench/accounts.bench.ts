// Per-call cost of identifyAccount (a directory hit, an inferred account) and the minified bundle size of
// the identification code without the directory JSON (it runs in the content script: budget 60 kB).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccountInput } from '../../utils/core/model';
import { Directory, identifyAccount } from '../../utils/core/accounts';
import { bundledDirectory } from '../../utils/core/accounts/bundled-directory';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function measure(label: string, fn: () => void, batch: number, rounds = 200) {
  for (let i = 0; i < batch * 5; i++) fn(); // warm-up: lazy tables, JIT
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perCall.push(((performance.now() - t0) * 1000) / batch);
  }
  perCall.sort((a, b) => a - b);
  const q = (p: number) => perCall[Math.min(perCall.length - 1, Math.floor(p * perCall.length))]!;
  console.log(`${label}: median ${q(0.5).toFixed(2)} µs, p95 ${q(0.95).toFixed(2)} µs per call (${rounds} rounds of ${batch})`);
}

export default async function run() {
  const dir: Directory = bundledDirectory();
  const first = dir.entries[0]!;
  const hit: AccountInput = { platform: first.platform, handle: first.handle, name: first.name };
  const inferred: AccountInput[] = [
    { platform: 'x', handle: 'EmbEspHonduras', name: 'Embajada de España en Honduras', bio: 'Cuenta oficial de la Embajada de España en Tegucigalpa. Emergencias consulares: ver web.', badge: 'grey' },
    { platform: 'x', handle: 'RusEmbKZ', name: 'Посольство России в Казахстане', bio: 'Официальный аккаунт Посольства Российской Федерации в Республике Казахстан 🇷🇺🇰🇿' },
    { platform: 'x', handle: 'ChinaCGOsaka', name: '中国驻大阪总领事馆', bio: '中华人民共和国驻大阪总领事馆官方账号。领事保护与协助请拨打总领馆值班电话。' },
    { platform: 'x', handle: 'jane_doe', name: 'Jane Doe', bio: 'Diplomatic correspondent covering NATO and the EU. Views my own.', badge: 'blue' },
  ];
  const t0 = performance.now();
  identifyAccount(inferred[0]!, new Directory([])); // first call builds the lazy tables
  console.log(`first inferred call (builds country and phrase tables): ${(performance.now() - t0).toFixed(1)} ms`);
  measure('directory hit', () => identifyAccount(hit, dir), 2000);
  let i = 0;
  measure('inferred account (unlisted, 4 kinds, look-alike guard included)', () => identifyAccount(inferred[i++ % inferred.length]!, dir), 50, 100);

  const result = await build({
    stdin: {
      contents: "export { identifyAccount, Directory } from './utils/core/accounts/index';\nexport { countryName, flagEmoji } from './utils/core/countries';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    // The extension's build is ASCII-only (BUILD-NOTES), so non-Latin lexicon entries cost \uXXXX each.
    charset: 'ascii',
  });
  const bytes = result.outputFiles[0]!.contents.length;
  const includesDirectory = Object.keys(result.metafile!.inputs).some((f) => f.endsWith('directory.json'));
  console.log(`bundle (identifyAccount + Directory + countryName/flagEmoji, minified, directory JSON ${includesDirectory ? 'INCLUDED' : 'excluded'}): ${(bytes / 1024).toFixed(1)} kB (budget 60 kB)`);
  const top = Object.entries(result.metafile!.outputs[Object.keys(result.metafile!.outputs)[0]!]!.inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 6)
    .map(([f, v]) => `${f.replace(/^.*node_modules\//, '')} ${(v.bytesInOutput / 1024).toFixed(1)} kB`);
  console.log('largest parts: ' + top.join(', '));
}
