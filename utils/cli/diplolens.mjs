#!/usr/bin/env node
// The `diplolens` command. It runs the TypeScript core in utils/ unchanged, through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), process.stdin, process.stdout, process.stderr);
