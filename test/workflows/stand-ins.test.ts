/**
 * The stand-ins for post-deploy-monitor and auto-revert-on-threshold (suite-root.ts) declare only
 * what the real actions declare, once those are in the tree, so the deploy tests cannot pass on an
 * interface the real actions do not have.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../harness/paths.ts';
import { MONITOR_INPUTS, MONITOR_OUTPUTS, ROLLBACK_INPUTS, ROLLBACK_OUTPUTS } from './suite-root.ts';

describe.each([
  ['post-deploy-monitor', MONITOR_INPUTS, MONITOR_OUTPUTS],
  ['auto-revert-on-threshold', ROLLBACK_INPUTS, ROLLBACK_OUTPUTS],
])('the %s stand-in', (name, inputs, outputs) => {
  const file = join(repoRoot, 'actions', name, 'action.yml');
  test.runIf(existsSync(file))('declares only inputs and outputs the real action has', () => {
    const real = parse(readFileSync(file, 'utf8'));
    expect(inputs.filter((i) => !(i in (real.inputs ?? {})))).toEqual([]);
    expect(outputs.filter((o) => !(o in (real.outputs ?? {})))).toEqual([]);
  });
  test('declares the interface the deploy pipeline uses', () => {
    const pipeline = readFileSync(join(repoRoot, 'actions/deploy-pipeline/action.yml'), 'utf8');
    const step = name === 'post-deploy-monitor' ? 'monitor' : 'rollback';
    for (const output of pipeline.matchAll(new RegExp(`steps\\.${step}\\.outputs\\.([\\w-]+)`, 'g'))) expect(outputs).toContain(output[1]);
  });
});
