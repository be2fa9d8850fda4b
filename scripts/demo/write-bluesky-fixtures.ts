// Rewrites tests/fixtures/bluesky/ from scripts/demo/bluesky-fixtures.ts (after a change to the markup).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BLUESKY_FIXTURES } from './bluesky-fixtures';

const dir = resolve('tests/fixtures/bluesky');
for (const [name, html] of Object.entries(BLUESKY_FIXTURES)) writeFileSync(resolve(dir, name), html);
console.log(`Wrote ${Object.keys(BLUESKY_FIXTURES).length} fixtures to ${dir}`);
