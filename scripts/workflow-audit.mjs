#!/usr/bin/env node
// The workflow audit (packages/workflow-audit) over the given files, findings as file:line:column.
import { readFileSync } from 'node:fs';
import { auditFile } from '../packages/workflow-audit/src/index.ts';
import { optionsFor } from '../packages/workflow-audit/src/files.ts';

let failed = 0;
const files = process.argv.slice(2);
for (const file of files) {
  const result = auditFile(file, readFileSync(file, 'utf8'), optionsFor(file));
  for (const { rule, reason, evidence } of result.findings) {
    failed++;
    process.stdout.write(`${evidence.file}:${evidence.line}:${evidence.column}: ${rule}: ${reason}\n    ${evidence.text}\n`);
  }
}
if (failed > 0) {
  process.stdout.write(`workflow audit: ${failed} findings in ${files.length} files\n`);
  process.exit(1);
}
process.stdout.write(`workflow audit: ${files.length} workflow and action files, no findings\n`);
