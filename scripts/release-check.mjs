#!/usr/bin/env node
// The release workflow's own steps, runnable (and tested) against any local git repository:
//
//   verify    refuse a commit that is not on main, or whose committed dist/ and generated files
//             differ from a fresh build
//   tags      move the major tags (`<action>/vX` and the suite's `vX`) to the release tags
//             release-please made on the commit; never backwards, never across major versions
//   templates render the starter templates with the suite pinned to a release commit
//   changelog rewrite release-please's changelogs into Keep a Changelog, and check them
//
// Options: --repo <dir> (default: this repository), --sha <commit> (default HEAD),
// --main <ref> (default refs/remotes/origin/main), --build "<command>" (default
// "node scripts/build.mjs"), --remote <name> (push moved tags there), --dry-run,
// --version vX.Y.Z and --out <dir> (templates).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseChangelog, toKeepAChangelog } from '../packages/workflow-audit/src/changelog.ts';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
/** The placeholder pin the starter templates carry until a release renders them. */
export const PLACEHOLDER = '0000000000000000000000000000000000000000';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    repo: { type: 'string', default: here },
    sha: { type: 'string', default: 'HEAD' },
    main: { type: 'string', default: 'refs/remotes/origin/main' },
    build: { type: 'string', default: 'node scripts/build.mjs' },
    remote: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    version: { type: 'string' },
    out: { type: 'string' },
  },
});
const repo = resolve(values.repo);

class Refusal extends Error {}
const refuse = (message) => {
  throw new Refusal(message);
};

function git(...args) {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { ok: result.status === 0, out: result.stdout.trimEnd(), err: result.stderr.trim() };
}
function mustGit(...args) {
  const result = git(...args);
  if (!result.ok) refuse(`git ${args.join(' ')} failed: ${result.err || `exit ${result.status}`}`);
  return result.out;
}
const resolveCommit = (ref) => {
  const r = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  if (!r.ok) refuse(`${ref} does not name a commit in ${repo}`);
  return r.out;
};

function verify() {
  const sha = resolveCommit(values.sha);
  const main = resolveCommit(values.main);
  if (!git('merge-base', '--is-ancestor', sha, main).ok) refuse(`commit ${sha} is not on main (${values.main} is ${main}): releases are cut from main only`);
  const head = resolveCommit('HEAD');
  if (head !== sha) refuse(`the checkout is at ${head}, not ${sha}: check out the commit being released`);
  const dirty = mustGit('status', '--porcelain', '--untracked-files=all');
  if (dirty) refuse(`the checkout has changes before the build:\n${dirty}`);
  process.stderr.write(`release-check: building ${sha} (${values.build})\n`);
  const build = spawnSync('bash', ['-c', values.build], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) refuse(`the build failed (exit ${build.status ?? build.signal})`);
  const changed = mustGit('status', '--porcelain', '--untracked-files=all');
  if (changed) refuse(`dist/ or generated files of ${sha} do not match a fresh build:\n${changed}\nrun the build and commit the result`);
  return `commit ${sha} is on main and its dist/ matches a fresh build`;
}

const RELEASE_TAG = /^(?:(.+)\/)?v(\d+)\.(\d+)\.(\d+)$/;

function moveTags() {
  const sha = resolveCommit(values.sha);
  const tags = mustGit('tag', '--points-at', sha).split('\n').filter((t) => RELEASE_TAG.test(t));
  if (tags.length === 0) refuse(`no release tag (<action>/vX.Y.Z or vX.Y.Z) points at ${sha}`);
  const moves = [];
  for (const tag of tags) {
    const [, component, major] = RELEASE_TAG.exec(tag);
    const moving = `${component ? `${component}/` : ''}v${major}`;
    const current = git('rev-parse', '--verify', '--quiet', `refs/tags/${moving}^{commit}`);
    if (current.ok && current.out === sha) continue;
    // A moving tag only moves forward: the release must contain what the tag named before.
    if (current.ok && !git('merge-base', '--is-ancestor', current.out, sha).ok) refuse(`${moving} is at ${current.out}, which ${tag} (${sha}) does not contain: a major tag never moves backwards or sideways`);
    moves.push({ tag, moving, from: current.ok ? current.out : undefined });
  }
  for (const { tag, moving, from } of moves) {
    process.stdout.write(`${values['dry-run'] ? 'would move' : 'moving'} ${moving} ${from ? `from ${from.slice(0, 12)} ` : ''}to ${sha.slice(0, 12)} (${tag})\n`);
    if (values['dry-run']) continue;
    mustGit('tag', '--force', '--annotate', '--message', `${moving}: ${tag}`, moving, sha);
  }
  if (!values['dry-run'] && values.remote && moves.length > 0) {
    // Only the moving tags are forced, and each one explicitly; immutable tags are never pushed here.
    mustGit('push', values.remote, ...moves.map(({ moving }) => `+refs/tags/${moving}:refs/tags/${moving}`));
  }
  return `${moves.length} major tag(s) ${values['dry-run'] ? 'would move' : 'moved'}`;
}

function renderTemplates() {
  const sha = resolveCommit(values.sha);
  const version = values.version ?? refuse('--version vX.Y.Z is required');
  const match = /^v(\d+)\.\d+\.\d+$/.exec(version) ?? refuse(`--version ${version} is not vX.Y.Z`);
  const tagged = git('rev-parse', '--verify', '--quiet', `refs/tags/${version}^{commit}`);
  if (!tagged.ok || tagged.out !== sha) refuse(`tag ${version} does not point at ${sha}: templates pin the suite to a release commit only`);
  const out = resolve(values.out ?? refuse('--out <dir> is required'));
  const source = join(repo, 'workflows-templates');
  mkdirSync(out, { recursive: true });
  let pins = 0;
  const pin = new RegExp(`(maelstrom/change-actions/[^@\\s]+)@${PLACEHOLDER} # v(\\d+)\\b`, 'g');
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    if (!/\.ya?ml$/.test(name)) {
      cpSync(from, join(out, name), { recursive: true });
      continue;
    }
    const text = readFileSync(from, 'utf8').replace(pin, (_, target, major) => {
      if (major !== match[1]) refuse(`${name}: pins the suite at v${major}, but the release is ${version}`);
      pins++;
      return `${target}@${sha} # ${version}`;
    });
    if (text.includes(PLACEHOLDER)) refuse(`${name}: a placeholder pin is left that is not "maelstrom/change-actions/<path>@${PLACEHOLDER} # v<major>"`);
    writeFileSync(join(out, name), text);
  }
  return `${pins} pins of the suite set to ${sha} (${version}) in ${out}`;
}

function changelogs() {
  const files = positionals.slice(1);
  if (files.length === 0) refuse('name the changelogs to rewrite and check');
  const problems = [];
  for (const file of files) {
    const path = resolve(repo, file);
    if (!existsSync(path)) refuse(`${file} does not exist`);
    const text = toKeepAChangelog(readFileSync(path, 'utf8'));
    if (!values['dry-run']) writeFileSync(path, text);
    for (const p of parseChangelog(text).problems) problems.push(`${file}:${p.line}: ${p.message}`);
  }
  if (problems.length > 0) refuse(`not Keep a Changelog:\n${problems.join('\n')}`);
  return `${files.length} changelog(s) in Keep a Changelog format`;
}

const commands = { verify, tags: moveTags, templates: renderTemplates, changelog: changelogs };
const command = commands[positionals[0]];
if (!command) {
  process.stderr.write(`release-check: name a command: ${Object.keys(commands).join(', ')}\n`);
  process.exit(2);
}
try {
  process.stdout.write(`release-check: ${command()}\n`);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  process.stderr.write(`release-check: refused: ${error.message}\n`);
  process.exit(1);
}
