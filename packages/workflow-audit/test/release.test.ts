/**
 * The release steps (scripts/release-check.mjs) against real git repositories in temp folders with
 * a local bare remote, and the release configuration and changelogs of this repository.
 * release-please itself is not run here: it talks to the GitHub API.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { GROUPS, parseChangelog, toKeepAChangelog } from '../src/changelog.ts';
import { auditFile } from '../src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const script = join(root, 'scripts', 'release-check.mjs');
const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

function releaseCheck(repo: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args, '--repo', repo], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A repository whose build writes dist/index.js from src/index.js, with a bare remote as origin. */
function project(): { repo: TempRepo; remote: string } {
  const repo = new TempRepo();
  const remote = mkdtempSync(join(tmpdir(), 'release-remote-'));
  cleanup.push(() => repo.remove(), () => rmSync(remote, { recursive: true, force: true }));
  execFileSync('git', ['init', '-q', '--bare', remote]);
  repo.commit('chore: start\n\nThe project.\n', {
    'build.mjs': "import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';\nmkdirSync('dist', { recursive: true });\nwriteFileSync('dist/index.js', `// built\\n${readFileSync('src/index.js', 'utf8')}`);\n",
    'src/index.js': 'export const a = 1;\n',
    'dist/index.js': '// built\nexport const a = 1;\n',
  });
  repo.git('remote', 'add', 'origin', remote);
  repo.git('push', '-q', 'origin', 'main');
  repo.git('fetch', '-q', 'origin');
  return { repo, remote };
}
const build = ['--build', `${JSON.stringify(process.execPath)} build.mjs`];

describe('release-check verify', () => {
  it('accepts a commit on main whose dist/ matches a fresh build', () => {
    const { repo } = project();
    const result = releaseCheck(repo.dir, 'verify', ...build);
    expect(result.stderr).not.toContain('refused');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('is on main and its dist/ matches a fresh build');
  });

  it('refuses a commit whose dist/ is stale, naming the file', () => {
    const { repo } = project();
    repo.commit('feat: change the source\n\nWithout rebuilding.\n', { 'src/index.js': 'export const a = 2;\n' });
    repo.git('push', '-q', 'origin', 'main');
    repo.git('fetch', '-q', 'origin');
    const result = releaseCheck(repo.dir, 'verify', ...build);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/do not match a fresh build:\n M dist\/index\.js/);
  });

  it('refuses a commit that is not on main', () => {
    const { repo } = project();
    repo.git('checkout', '-q', '-b', 'feature');
    const sha = repo.commit('feat: elsewhere\n\nOn a branch.\n', { 'src/index.js': 'export const a = 3;\n', 'dist/index.js': '// built\nexport const a = 3;\n' });
    const result = releaseCheck(repo.dir, 'verify', ...build);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`commit ${sha} is not on main`);
  });

  it('refuses when the build fails, and when main cannot be resolved', () => {
    const { repo } = project();
    expect(releaseCheck(repo.dir, 'verify', '--build', 'exit 3').stderr).toContain('the build failed (exit 3)');
    expect(releaseCheck(repo.dir, 'verify', ...build, '--main', 'refs/remotes/origin/nothing').stderr).toContain('does not name a commit');
  });
});

describe('release-check tags', () => {
  it('moves <action>/vX and the suite vX to the release commit, on the remote too', () => {
    const { repo, remote } = project();
    const first = repo.head();
    repo.git('tag', 'lint-commit/v1.2.0', first);
    repo.git('tag', 'v1.4.0', first);
    repo.git('push', '-q', 'origin', '--tags'); // release-please creates the immutable tags
    const dry = releaseCheck(repo.dir, 'tags', '--dry-run', '--remote', 'origin');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('would move lint-commit/v1 to');
    expect(repo.git('tag', '--list', 'v1', 'lint-commit/v1')).toBe('');

    expect(releaseCheck(repo.dir, 'tags', '--remote', 'origin').status).toBe(0);
    const onRemote = (tag: string) => execFileSync('git', ['--git-dir', remote, 'rev-parse', `${tag}^{commit}`], { encoding: 'utf8' }).trim();
    expect(onRemote('lint-commit/v1')).toBe(first);
    expect(onRemote('v1')).toBe(first);

    const second = repo.commit('fix: mend\n\nA patch.\n');
    repo.git('tag', 'lint-commit/v1.2.1', second);
    repo.git('push', '-q', 'origin', 'main', 'lint-commit/v1.2.1');
    expect(releaseCheck(repo.dir, 'tags', '--remote', 'origin').status).toBe(0);
    expect(onRemote('lint-commit/v1')).toBe(second);
    expect(onRemote('v1')).toBe(first); // no suite release on the second commit
    expect(onRemote('lint-commit/v1.2.0')).toBe(first); // immutable tags are not touched
  });

  it('never moves a major tag backwards, and refuses a commit without a release tag', () => {
    const { repo } = project();
    const first = repo.head();
    const second = repo.commit('feat: newer\n\nA minor.\n');
    repo.git('tag', 'classify-change/v1', second);
    repo.git('tag', 'classify-change/v1.0.1', first);
    const back = releaseCheck(repo.dir, 'tags', '--sha', first);
    expect(back.status).toBe(1);
    expect(back.stderr).toContain('never moves backwards');
    expect(releaseCheck(repo.dir, 'tags', '--sha', second).stderr).toMatch(/no release tag/);
  });
});

describe('release-check templates', () => {
  it("pins every template's use of the suite to the release commit, and the result passes the audit", () => {
    const repo = new TempRepo();
    cleanup.push(() => repo.remove());
    execFileSync('cp', ['-r', join(root, 'workflows-templates'), repo.dir]);
    const sha = repo.commit('chore: templates\n\nThe starter templates.\n');
    repo.git('tag', 'v1.3.0', sha);
    const out = mkdtempSync(join(tmpdir(), 'rendered-'));
    cleanup.push(() => rmSync(out, { recursive: true, force: true }));
    const result = releaseCheck(repo.dir, 'templates', '--version', 'v1.3.0', '--out', out);
    expect(result.stderr).toBe('');
    const pins = Number(/: (\d+) pins/.exec(result.stdout)?.[1]);
    const templates = readdirSync(out).filter((f) => f.endsWith('.yml'));
    expect(templates.length).toBeGreaterThanOrEqual(8);
    expect(pins).toBeGreaterThanOrEqual(templates.length);
    for (const name of templates) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text).not.toContain('0'.repeat(40));
      expect(text).toMatch(new RegExp(`maelstrom/change-actions/\\S+@${sha} # v1\\.3\\.0`));
      expect(auditFile(name, text).findings).toEqual([]);
    }
    for (const name of templates) expect(existsSync(join(out, name.replace(/\.yml$/, '.properties.json')))).toBe(true);
    expect(existsSync(join(out, 'dependabot', 'dependabot.yml'))).toBe(true);
  });

  it('refuses a version that is not tagged on the commit, and another major', () => {
    const repo = new TempRepo();
    cleanup.push(() => repo.remove());
    execFileSync('cp', ['-r', join(root, 'workflows-templates'), repo.dir]);
    const sha = repo.commit('chore: templates\n\nThe starter templates.\n');
    const out = mkdtempSync(join(tmpdir(), 'rendered-'));
    cleanup.push(() => rmSync(out, { recursive: true, force: true }));
    expect(releaseCheck(repo.dir, 'templates', '--version', 'v1.3.0', '--out', out).stderr).toContain(`tag v1.3.0 does not point at ${sha}`);
    repo.git('tag', 'v2.0.0', sha);
    expect(releaseCheck(repo.dir, 'templates', '--version', 'v2.0.0', '--out', out).stderr).toContain('pins the suite at v1, but the release is v2.0.0');
  });
});

describe('changelogs', () => {
  const releasePlease = `# Changelog

## [Unreleased]

## [1.3.0](https://github.com/maelstrom/change-actions/compare/lint-commit/v1.2.0...lint-commit/v1.3.0) (2026-12-02)


### ⚠ BREAKING CHANGES

* merge commits are linted by default

### Added

* lint the pull request body ([abc1234](https://github.com/maelstrom/change-actions/commit/abc1234))

### Security

* escape workflow commands in titles ([def5678](https://github.com/maelstrom/change-actions/commit/def5678))

### Changed

* read inputs in one place ([0a1b2c3](https://github.com/maelstrom/change-actions/commit/0a1b2c3))

## [1.2.0](https://github.com/maelstrom/change-actions/compare/lint-commit/v1.1.0...lint-commit/v1.2.0) (2026-11-20)


### Fixed

* a trailer after a blank line ([1234abc](https://github.com/maelstrom/change-actions/commit/1234abc))
`;

  it("rewrites release-please's changelog into Keep a Changelog", () => {
    const text = toKeepAChangelog(releasePlease);
    const parsed = parseChangelog(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.unreleased).toBeDefined();
    expect(parsed.releases.map((r) => [r.version, r.date])).toEqual([
      ['1.3.0', '2026-12-02'],
      ['1.2.0', '2026-11-20'],
    ]);
    // One Changed group: the breaking changes first, marked, then release-please's own Changed.
    expect(parsed.releases[0]?.groups.Changed).toEqual([
      'BREAKING: merge commits are linted by default',
      'read inputs in one place ([0a1b2c3](https://github.com/maelstrom/change-actions/commit/0a1b2c3))',
    ]);
    expect(text).toContain('[1.3.0]: https://github.com/maelstrom/change-actions/compare/lint-commit/v1.2.0...lint-commit/v1.3.0');
    expect(toKeepAChangelog(text)).toBe(text);
  });

  it.each([
    ['no title', '## [1.0.0] - 2026-01-01\n\n### Added\n\n- x\n', 'the first line must be "# Changelog"'],
    ['release-please heading', releasePlease, 'a release heading is'],
    ['unknown group', '# Changelog\n\n## [1.0.0] - 2026-01-01\n\n### Features\n\n- x\n', 'is not a Keep a Changelog group'],
    ['no date', '# Changelog\n\n## [1.0.0]\n\n### Added\n\n- x\n', 'has no date'],
    ['bad date', '# Changelog\n\n## [1.0.0] - 2026-02-30\n\n### Added\n\n- x\n', 'is not a calendar date'],
    ['oldest first', '# Changelog\n\n## [1.0.0] - 2026-01-01\n\n### Added\n\n- x\n\n## [1.1.0] - 2026-02-01\n\n### Fixed\n\n- y\n', 'newest first'],
    ['empty release', '# Changelog\n\n## [1.0.0] - 2026-01-01\n', 'lists no changes'],
    ['not semver', '# Changelog\n\n## [1.0] - 2026-01-01\n\n### Added\n\n- x\n', 'not a semantic version'],
  ])('rejects %s', (_, text, message) => {
    expect(parseChangelog(text).problems.map((p) => p.message).join('\n')).toContain(message);
  });

  const actions = readdirSync(join(root, 'actions')).filter((a) => existsSync(join(root, 'actions', a, 'action.yml')));
  it.each([...actions.map((a) => `actions/${a}/CHANGELOG.md`), 'CHANGELOG.md'])('%s exists and is Keep a Changelog', (file) => {
    expect(existsSync(join(root, file))).toBe(true);
    const text = readFileSync(join(root, file), 'utf8');
    expect(parseChangelog(text).problems).toEqual([]);
    expect(toKeepAChangelog(text)).toBe(text);
  });
});

describe('release-please configuration', () => {
  const config = JSON.parse(readFileSync(join(root, 'release-please-config.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, '.release-please-manifest.json'), 'utf8'));
  const actions = readdirSync(join(root, 'actions')).filter((a) => existsSync(join(root, 'actions', a, 'action.yml')));

  it('is manifest mode with one component per action, tagged <action>/vX.Y.Z, and the suite as vX.Y.Z', () => {
    expect(config['tag-separator']).toBe('/');
    expect(config['include-component-in-tag']).toBe(true);
    expect(config['include-v-in-tag']).toBe(true);
    const packages = config.packages as Record<string, { component: string; 'include-component-in-tag'?: boolean }>;
    expect(Object.keys(packages).sort()).toEqual([...actions.map((a) => `actions/${a}`), '.'].sort());
    for (const action of actions) expect(packages[`actions/${action}`]?.component).toBe(action);
    expect(packages['.']?.['include-component-in-tag']).toBe(false);
    for (const path of Object.keys(manifest)) expect(packages[path]).toBeDefined();
  });

  it('sorts the commit types into Keep a Changelog groups, the procedure\'s types only', () => {
    const sections = config['changelog-sections'] as Array<{ type: string; section: string; hidden?: boolean }>;
    const shown = sections.filter((s) => !s.hidden);
    for (const s of shown) expect(GROUPS).toContain(s.section);
    expect(Object.fromEntries(shown.map((s) => [s.type, s.section]))).toEqual({ feat: 'Added', fix: 'Fixed', security: 'Security', refactor: 'Changed' });
    expect(sections.map((s) => s.type).sort()).toEqual(['chore', 'docs', 'feat', 'fix', 'refactor', 'security', 'test']);
  });
});
