import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYaml as parse } from '../../../test/harness/yaml.ts';
import { actionMetadata } from '../../../test/harness/run-action.ts';
import { repoRoot } from '../../../test/harness/paths.ts';

const readme = readFileSync(join(repoRoot, 'actions/post-deploy-monitor/README.md'), 'utf8');
const meta = actionMetadata('post-deploy-monitor') as { inputs: Record<string, unknown>; outputs?: Record<string, unknown> };

describe('the README matches action.yml', () => {
  test('the usage block calls the action by its caller path with inputs it has', () => {
    const usage = /## Usage\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const steps = parse(usage).steps as Array<{ uses?: string; with?: Record<string, unknown> }>;
    const step = steps.find((s) => s.uses === 'maelstrom/change-actions/actions/post-deploy-monitor@v1');
    expect(step).toBeDefined();
    for (const name of Object.keys(step?.with ?? {})) expect(Object.keys(meta.inputs)).toContain(name);
    for (const [name, spec] of Object.entries(meta.inputs)) if ((spec as { required?: boolean }).required) expect(step?.with).toHaveProperty(name);
  });
  test('every input and output is described', () => {
    for (const name of [...Object.keys(meta.inputs), ...Object.keys(meta.outputs ?? {})]) expect(readme).toContain(`\`${name}\``);
  });
});
