/**
 * Every `uses:` of this repository's own actions and workflows, wherever a caller reads or copies
 * it, names something GitHub can run; and every published schema's `$id` names a file that exists.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { brokenCallerPaths, callerPaths } from './harness/caller-paths.ts';
import { repoRoot } from './harness/paths.ts';

const SCHEMA_FILES = [
  'packages/policy/src/index.ts',
  'packages/policy/schema/change-policy.schema.json',
  // The contract's published schemas (their source builds each $id from one base).
  ...readdirSync(join(repoRoot, 'packages/change-record/schema')).map((name) => `packages/change-record/schema/${name}`),
];
const NOT_YET_LANDED = new Set(['actions/change-metrics']);

describe('caller paths of this repository', () => {
  test('every uses: of our actions and workflows, in every YAML and Markdown file, resolves', () => {
    const refs = callerPaths(repoRoot);
    // The check looks at what callers copy: the templates, the reusable workflow, the READMEs.
    const files = new Set(refs.map((r) => r.file));
    for (const file of [
      'README.md',
      '.github/workflows/change-checks.yml',
      '.github/workflows/ci.yml',
      'workflows-templates/ci.yml',
      'workflows-templates/deploy.yml',
      'workflows-templates/security-review-gate.yml',
      'actions/lint-commit/README.md',
      'actions/classify-change/README.md',
      'actions/security-review-gate/README.md',
      'actions/wrangler-deploy-verify/README.md',
      'actions/auto-revert-on-threshold/README.md',
    ]) {
      expect(files, file).toContain(file);
    }
    // Actions the deploy pipeline and the scheduled workflow call that are built on their own and
    // not in this tree yet: allowed to be absent only while their folder does not exist.
    const broken = brokenCallerPaths(repoRoot, SCHEMA_FILES).filter((b) => !(NOT_YET_LANDED.has(b.path) && !existsSync(join(repoRoot, b.path))));
    expect(broken).toEqual([]);
  });

  test("the policy schema's $id is checked in the source and in the published schema", () => {
    // brokenCallerPaths finds none broken; this proves it looked at both.
    const fixture = tempTree({
      'packages/policy/src/index.ts': "  $id: 'https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/policy/schema/change-policy.schema.json',\n",
      'packages/policy/schema/change-policy.schema.json': '{"$id":"https://github.com/maelstrom/change-actions/blob/v1/packages/policy/schema/change-policy.schema.json"}\n',
    });
    expect(brokenCallerPaths(fixture, SCHEMA_FILES).map((b) => `${b.file}: ${b.reason}`)).toEqual([
      'packages/policy/schema/change-policy.schema.json: not a raw file URL of this repository',
    ]);
  });
});

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'caller-paths-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the check fails on broken paths', () => {
  const tree = {
    'actions/lint-commit/action.yml': 'name: x\nruns: { using: node24, main: dist/index.js }\n',
    'actions/empty/README.md': 'no action here\n',
    '.github/workflows/change-checks.yml': 'on:\n  workflow_call:\njobs: {}\n',
    '.github/workflows/ci.yml': 'on: [push]\njobs:\n  a:\n    steps:\n      - uses: ./actions/lint-commit\n      - uses: ./actions/missing\n',
    'README.md': [
      '```yaml',
      '- uses: maelstrom/change-actions/actions/lint-commit@v1',
      "- uses: 'maelstrom/change-actions/lint-commit@v1'",
      '- uses: maelstrom/change-actions/actions/empty@v1',
      '- uses: maelstrom/change-actions/actions/lint-commit',
      '```',
      'Callers write `uses: maelstrom/change-actions/actions/<action>@v1` or `uses: maelstrom/change-actions/<action>@v1`.',
    ].join('\n'),
    'workflows-templates/ci.yml': [
      'jobs:',
      '  a:',
      '    uses: maelstrom/change-actions/.github/workflows/change-checks.yml@v1',
      '  b:',
      '    uses: maelstrom/change-actions/.github/workflows/ci.yml@v1',
      '  c:',
      '    uses: maelstrom/change-actions/.github/workflows/gone.yml@v1',
      '  d:',
      '    steps:',
      // `./` in a template is the caller's own repository: not ours to check.
      '      - uses: ./.github/actions/build',
    ].join('\n'),
    'node_modules/x/README.md': '- uses: maelstrom/change-actions/not-checked@v1\n',
    'actions/lint-commit/dist/README.md': '- uses: maelstrom/change-actions/not-checked@v1\n',
  };

  test('each kind of broken path is reported with file, line and reason; nothing else is', () => {
    const root = tempTree(tree);
    expect(brokenCallerPaths(root).map((b) => `${b.file}:${b.line} ${b.uses}: ${b.reason}`)).toEqual([
      '.github/workflows/ci.yml:6 ./actions/missing: no such folder',
      "README.md:3 maelstrom/change-actions/lint-commit@v1: no such folder",
      'README.md:4 maelstrom/change-actions/actions/empty@v1: the folder holds no action.yml',
      'README.md:5 maelstrom/change-actions/actions/lint-commit: names no path inside the repository (or no @ref)',
      'README.md:7 maelstrom/change-actions/<action>@v1: placeholder outside actions/ and .github/workflows/',
      'workflows-templates/ci.yml:5 maelstrom/change-actions/.github/workflows/ci.yml@v1: the workflow has no workflow_call trigger',
      'workflows-templates/ci.yml:7 maelstrom/change-actions/.github/workflows/gone.yml@v1: no such workflow file',
    ]);
  });

  test('the same tree with the paths fixed passes', () => {
    const root = tempTree({
      ...tree,
      '.github/workflows/ci.yml': 'on: [push]\njobs:\n  a:\n    steps:\n      - uses: ./actions/lint-commit\n',
      'README.md': '- uses: maelstrom/change-actions/actions/lint-commit@v1\nCallers write `uses: maelstrom/change-actions/actions/<action>@v1`.\n',
      'workflows-templates/ci.yml': 'jobs:\n  a:\n    uses: maelstrom/change-actions/.github/workflows/change-checks.yml@v1\n',
    });
    expect(brokenCallerPaths(root)).toEqual([]);
  });
});
