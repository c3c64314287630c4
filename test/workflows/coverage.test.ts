/**
 * Every template and workflow of this repository parses and validates with GitHub's workflow
 * parser, and each is run end to end by a test in this folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../harness/paths.ts';
import { loadWorkflow } from '../harness/workflow-runner.ts';

const workflows = ['workflows-templates', '.github/workflows'].flatMap((dir) =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`),
);
const tests = readdirSync(join(repoRoot, 'test/workflows'))
  .filter((f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts')
  .map((f) => readFileSync(join(repoRoot, 'test/workflows', f), 'utf8'))
  .join('\n');

describe.each(workflows)('%s', (workflow) => {
  test('is a valid workflow for GitHub', async () => {
    const loaded = await loadWorkflow(join(repoRoot, workflow));
    expect(loaded.template.jobs.length).toBeGreaterThan(0);
  });

  test('is run end to end by a test of test/workflows', () => {
    expect(tests.includes(`'${workflow}'`), `no test in test/workflows runs '${workflow}'`).toBe(true);
  });
});
