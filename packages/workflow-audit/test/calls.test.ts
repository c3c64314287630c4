import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCalls } from '../src/calls.ts';
import { auditedFiles } from '../src/files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const readSuite = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);

/**
 * Actions the suite's workflows already call that are built on their own branches and may not be
 * in this tree yet. Each is checked as soon as its action.yml is here; any other missing target
 * is a broken call.
 */
const NOT_YET_LANDED = new Set(['actions/change-metrics']);

describe("every use of the suite in the suite's workflows, templates and composite actions", () => {
  const listing = (dir: string): string[] =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listing(join(dir, e.name)) : [join(dir, e.name)])) : [];
  const files = auditedFiles(['.github/workflows', 'workflows-templates', 'actions'].flatMap(listing));
  const report = checkCalls(Object.fromEntries(files.map((f) => [f, readFileSync(join(root, f), 'utf8')])), readSuite, NOT_YET_LANDED);

  it('passes only inputs and secrets its target declares, with every required one', () => {
    expect(report.problems.map((p) => `${p.file}:${p.line} ${p.uses}: ${p.message}`)).toEqual([]);
  });

  it('checks every reusable workflow and template call, and every action that has landed', () => {
    const targets = new Set(report.checked.map((c) => c.target));
    for (const workflow of ['pr-gate', 'rust-ci', 'typescript-ci', 'deploy-worker', 'scheduled']) expect(targets).toContain(`.github/workflows/${workflow}.yml`);
    for (const action of ['classify-change', 'lint-commit', 'security-review-gate', 'wrangler-deploy-verify', 'deploy-pipeline']) expect(targets).toContain(`actions/${action}`);
    for (const call of report.pending) expect(existsSync(join(root, call.target, 'action.yml'))).toBe(false);
    expect(report.checked.length).toBeGreaterThanOrEqual(30);
  });
});

describe('checkCalls', () => {
  const action = 'name: a\ndescription: b\ninputs:\n  needed:\n    description: x\n    required: true\n  optional:\n    description: y\n    default: z\nruns:\n  using: node24\n  main: dist/index.js\n';
  const workflow = 'on:\n  workflow_call:\n    inputs:\n      flag:\n        type: boolean\n        default: false\n      name:\n        type: string\n        required: true\n    secrets:\n      TOKEN:\n        required: true\n      OTHER:\n        required: false\njobs: {}\n';
  const read = (path: string) => ({ 'actions/a/action.yml': action, '.github/workflows/w.yml': workflow })[path];
  const problems = (text: string, pending = new Set<string>()) => checkCalls({ 'caller.yml': text }, read, pending).problems.map((p) => p.message);
  const step = (extra: string) => `on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: maelstrom/change-actions/actions/a@v1\n${extra}`;
  const job = (extra: string) => `on: push\njobs:\n  j:\n    uses: maelstrom/change-actions/.github/workflows/w.yml@${'0'.repeat(40)}\n${extra}`;

  it('accepts a call with the required inputs', () => {
    expect(problems(step('        with:\n          needed: x\n'))).toEqual([]);
    expect(problems(job('    with:\n      name: x\n      flag: true\n    secrets:\n      TOKEN: ${{ secrets.T }}\n'))).toEqual([]);
  });
  it('finds an undeclared input, a missing required input, a string for a boolean', () => {
    expect(problems(step('        with:\n          needed: x\n          extra: y\n'))).toEqual([expect.stringContaining('input extra is not declared')]);
    expect(problems(step(''))).toEqual([expect.stringContaining('required input needed')]);
    expect(problems(job("    with:\n      name: x\n      flag: 'true'\n    secrets:\n      TOKEN: t\n"))).toEqual([expect.stringContaining('is a boolean')]);
  });
  it('finds an undeclared or missing secret, and secrets: inherit', () => {
    expect(problems(job('    with:\n      name: x\n    secrets:\n      TOKEN: t\n      NOPE: n\n'))).toEqual([expect.stringContaining('secret NOPE is not declared')]);
    expect(problems(job('    with:\n      name: x\n'))).toEqual([expect.stringContaining('required secret TOKEN')]);
    expect(problems(job('    with:\n      name: x\n    secrets: inherit\n'))).toEqual([expect.stringContaining('secrets: inherit')]);
  });
  it('finds a target that does not exist, unless it is named as not yet landed', () => {
    const text = 'on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: maelstrom/change-actions/actions/coming@v1\n';
    expect(problems(text)).toEqual(['actions/coming does not exist in the suite']);
    expect(problems(text, new Set(['actions/coming']))).toEqual([]);
  });
});
