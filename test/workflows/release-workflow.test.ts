/**
 * .github/workflows/release.yml end to end through the workflow runner, on a push to main of a
 * real repository that carries this repository's release script: the verify job runs
 * scripts/release-check.mjs for real (on main? dist/ as a fresh build makes it?), release-please is
 * a stand-in (it talks to the GitHub API) answering as it would after a release pull request was
 * merged, and the tags job moves the major tags on the repository's remote and renders the
 * starter templates; `gh release upload` is a stand-in on PATH.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { TempRepo } from '../harness/git-repo.ts';
import { repoRoot } from '../harness/paths.ts';
import { allJobs, runWorkflow, stepOf, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import type { StandInAction } from '../harness/workflow-standins.ts';
import { pushEvent } from './support.ts';

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

/** A project with this repository's release script, a build that writes dist/ from src/, and the templates. */
function project(stale: boolean) {
  const repo = new TempRepo();
  cleanup.push(() => repo.remove());
  const files: Record<string, string> = {
    'scripts/release-check.mjs': readFileSync(join(repoRoot, 'scripts/release-check.mjs'), 'utf8'),
    'packages/workflow-audit/src/changelog.ts': readFileSync(join(repoRoot, 'packages/workflow-audit/src/changelog.ts'), 'utf8'),
    // The project's build, as `node scripts/toolchain.mjs build` is called.
    'scripts/toolchain.mjs': "import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';\nmkdirSync('actions/a/dist', { recursive: true });\nwriteFileSync('actions/a/dist/index.js', `// built\\n${readFileSync('actions/a/src/main.js', 'utf8')}`);\n",
    'actions/a/src/main.js': 'export const a = 1;\n',
    'actions/a/dist/index.js': '// built\nexport const a = 1;\n',
    'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n',
  };
  const base = repo.commit('chore: start\n\nThe suite.\n', files);
  cpSync(join(repoRoot, 'workflows-templates'), join(repo.dir, 'workflows-templates'), { recursive: true });
  const head = repo.commit('feat: add an input\n\nCallers asked for it.\n', { 'actions/a/src/main.js': 'export const a = 2;\n', ...(stale ? {} : { 'actions/a/dist/index.js': '// built\nexport const a = 2;\n' }) });
  return { repo, base, head };
}

function commands() {
  const dir = mkdtempSync(join(tmpdir(), 'release-commands-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'gh'), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> ${JSON.stringify(join(dir, 'gh.log'))}\n`);
  chmodSync(join(dir, 'bin', 'gh'), 0o755);
  return { bin: join(dir, 'bin'), gh: () => readFileSync(join(dir, 'gh.log'), 'utf8').trim().split('\n') };
}

/** release-please as it answers: what it was given is recorded; the outputs are the test's. */
function releasePlease(outputs: Record<string, string>, given: Array<Record<string, string>>): StandInAction {
  return {
    inputs: { token: '', 'release-type': '', path: '', 'target-branch': '', 'config-file': '', 'manifest-file': '', 'repo-url': '', 'github-api-url': '', 'github-graphql-url': '', fork: '', 'include-component-in-tag': '', 'proxy-server': '', 'skip-github-release': '', 'skip-github-pull-request': '', 'changelog-host': '' },
    run: ({ inputs }) => {
      given.push(inputs);
      return { outputs };
    },
  };
}

const run = (p: ReturnType<typeof project>, standIn: StandInAction, bin: string): Promise<WorkflowRunResult> =>
  runWorkflow({
    workflow: '.github/workflows/release.yml',
    eventName: 'push',
    event: pushEvent(p.repo, p.base, p.head),
    checkout: p.repo.dir,
    standIns: { 'googleapis/release-please-action': standIn },
    env: { PATH: `${bin}:${process.env['PATH']}` },
    stepTimeoutMs: 60_000,
  });
const results = (r: WorkflowRunResult) => Object.fromEntries(Object.entries(allJobs(r)).map(([id, job]) => [id, job.result]));

describe('release.yml', () => {
  test('a commit on main whose dist/ matches a fresh build goes to release-please; no release, no tags', async () => {
    const p = project(false);
    const given: Array<Record<string, string>> = [];
    const result = await run(p, releasePlease({ releases_created: 'false' }, given), commands().bin);
    expect(results(result)).toEqual({ verify: 'success', 'release-please': 'success', changelogs: 'skipped', tags: 'skipped' });
    expect(given).toEqual([expect.objectContaining({ 'config-file': 'release-please-config.json', 'manifest-file': '.release-please-manifest.json' })]);
    expect(stepOf(result.jobs['verify'], '__run').log.join('\n')).toContain('is on main and its dist/ matches a fresh build');
    expect(result.jobs['release-please']!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(result.jobs['verify']!.permissions).toEqual({ contents: 'read' });
  }, 90_000);

  test('a commit whose dist/ is stale is refused, and release-please never runs', async () => {
    const p = project(true);
    const given: Array<Record<string, string>> = [];
    const result = await run(p, releasePlease({ releases_created: 'true' }, given), commands().bin);
    expect(results(result)).toMatchObject({ verify: 'failure', 'release-please': 'skipped', tags: 'skipped' });
    expect(given).toEqual([]);
    expect(stepOf(result.jobs['verify'], '__run').stderr + stepOf(result.jobs['verify'], '__run').stdout).toContain('do not match a fresh build');
  }, 90_000);

  test('after a release: the major tags move on the remote and the templates are rendered and uploaded', async () => {
    const p = project(false);
    p.repo.git('tag', 'a/v1.1.0', p.head);
    p.repo.git('tag', 'v1.1.0', p.head);
    const cmd = commands();
    const result = await run(p, releasePlease({ releases_created: 'true' }, []), cmd.bin);
    expect(results(result)).toMatchObject({ verify: 'success', 'release-please': 'success', tags: 'success' });
    expect(p.repo.git('rev-parse', 'a/v1^{commit}')).toBe(p.head);
    expect(p.repo.git('rev-parse', 'v1^{commit}')).toBe(p.head);
    expect(cmd.gh()).toEqual([expect.stringMatching(/^release upload v1\.1\.0 \S+workflow-templates-v1\.1\.0\.tar\.gz --repo Codertocat\/Hello-World$/)]);
  }, 90_000);
});
