/**
 * classify-change run from its bundle the way the runner runs it: real git repositories, real
 * webhook payloads, the GitHub stand-in for labels and for changes read through the API.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { webhookExample } from '../../../test/harness/events.ts';
import { commit, fakeSha, pullRequestFile } from '../../../test/harness/fixtures.ts';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { startGitHubStandIn, type GitHubStandIn } from '../../../test/harness/github-standin.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

function repo(): TempRepo {
  const r = new TempRepo();
  cleanup.push(() => r.remove());
  return r;
}

async function standIn(): Promise<GitHubStandIn> {
  const gh = await startGitHubStandIn();
  cleanup.push(async () => {
    expect(gh.violations).toEqual([]);
    await gh.close();
  });
  return gh;
}

function pullRequest(base: string, head: string, fields: { labels?: string[]; title?: string; body?: string; changedFiles?: number; commits?: number; ref?: string } = {}) {
  const event = webhookExample('pull_request', 'opened');
  const pr = event['pull_request'];
  Object.assign(pr, {
    title: fields.title ?? 'feat: add session checks',
    body: fields.body ?? 'Adds checks.\n\nFixes: #3',
    labels: (fields.labels ?? []).map((name, i) => ({ id: i + 1, node_id: `L${i}`, url: 'https://api.github.com/x', name, color: 'ededed', default: false, description: null })),
    changed_files: fields.changedFiles ?? 1,
    commits: fields.commits ?? 1,
  });
  pr.base.sha = base;
  pr.head.sha = head;
  pr.head.ref = fields.ref ?? 'feature/session';
  return event;
}

const tuesdayNoonLondon = '2026-03-31T11:00:00Z';
const saturday = '2026-04-04T11:00:00Z';

function record(r: RunResult) {
  return JSON.parse(readFileSync(r.outputs['record-path']!, 'utf8')) as Record<string, any>;
}

describe('from local git', () => {
  test('auth code, a new dependency and a Durable Object migration: normal, security-relevant, not rollback-safe', async () => {
    const g = repo();
    const base = g.commit('chore: start\n\nx\n', {
      'src/auth/session.ts': 'export function check() {\n  return true;\n}\n',
      'package.json': JSON.stringify({ name: 'w', dependencies: { hono: '^4.0.0' } }, null, 2),
      'wrangler.toml': 'name = "provii-verifier"\ncompatibility_date = "2026-01-01"\n',
      'README.md': '# w\n',
    });
    g.git('checkout', '-q', '-b', 'feature/session');
    const head = g.commit('feat: add session checks\n\nSessions were not verified.\n\nFixes: #3\n', {
      'src/auth/session.ts': 'export function check(token: string) {\n  return verifyJwt(token);\n}\n',
      'package.json': JSON.stringify({ name: 'w', dependencies: { hono: '^4.0.0', jose: '^5.0.0' } }, null, 2),
      'wrangler.toml': 'name = "provii-verifier"\ncompatibility_date = "2026-01-01"\n\n[[durable_objects.bindings]]\nname = "LIMITER"\nclass_name = "Limiter"\n\n[[migrations]]\ntag = "v1"\nnew_classes = ["Limiter"]\n',
    });
    const gh = await standIn();
    gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', ({ body }) => ({
      body: ((body as { labels: string[] }).labels ?? []).map((name, i) => ({ id: i, node_id: 'x', url: 'https://api.github.com/x', name, color: 'ededed', default: false, description: null })),
    }));
    gh.route('DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { body: [] });
    const r = await runAction({
      action: 'classify-change',
      eventName: 'pull_request',
      event: pullRequest(base, head, { labels: ['change:standard'] }),
      cwd: g.dir,
      inputs: { now: tuesdayNoonLondon },
      env: { GITHUB_API_URL: gh.url, CHANGE_ACTIONS_RETRY_BASE_MS: '5' },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    // Not rollback-safe makes it major: Tuesday to Thursday, in business hours (12:00 in London).
    expect(r.outputs).toMatchObject({ 'change-type': 'normal', 'security-relevant': 'true', 'rollback-safe': 'false', major: 'true', 'window-open': 'true' });
    const triggers = JSON.parse(r.outputs['triggers']!) as Array<{ trigger: string; rule: string; evidence: Array<{ file?: string; line?: number }> }>;
    const kinds = new Set(triggers.map((t) => t.trigger));
    for (const k of ['authentication', 'third-party-dependency', 'infrastructure']) expect(kinds).toContain(k);
    const auth = triggers.find((t) => t.trigger === 'authentication')!;
    expect(auth.evidence.some((e) => e.file === 'src/auth/session.ts')).toBe(true);
    expect(JSON.parse(r.outputs['special']!)).toContain('infrastructure');
    const doc = record(r);
    // Gathered without a single API request; only the label sync used the API.
    expect(doc).toMatchObject({ version: 1, event: 'pull_request', pullRequest: 2, base, head, gatheredFrom: 'local git', apiCalls: 0 });
    expect(doc['record'].dependencies.map((d: { name: string; change: string }) => `${d.name}:${d.change}`)).toContain('jose:added');
    // Labels: the record's added, the stale managed one removed; nothing else was called.
    const added = gh.requests.find((q) => q.method === 'POST')!.body as { labels: string[] };
    expect(added.labels).toEqual(expect.arrayContaining(['change:normal', 'security-review', 'rollback-unsafe', 'special:infrastructure']));
    expect(gh.requests.filter((q) => q.method === 'DELETE').map((q) => decodeURIComponent(q.path.split('/').at(-1)!))).toEqual(['change:standard']);
    expect(gh.unmatched).toEqual([]);
    expect(r.summary).toContain('Change record: NORMAL, security-relevant');
    expect(r.summary).toContain('src/auth/session.ts');
  });

  test('a checkout an earlier step tampered with: attributes, replace refs, configuration and GIT_* change nothing', async () => {
    const g = repo();
    const base = g.commit('chore: start\n\nx\n', { 'src/routes/admin.ts': "if (user.role !== 'admin') throw new HTTPException(403);\n", 'README.md': '# w\n' });
    g.git('checkout', '-q', '-b', 'feature/session');
    const head = g.commit('docs: tidy\n\nWhy.\n', { 'src/routes/admin.ts': '// checked upstream\n', '.gitattributes': 'src/** -diff\n' });
    // The earlier step: a replace ref swapping the head for a commit that only touches the README,
    // repository configuration that changes diff output, an attributes file, and GIT_* variables.
    g.write('README.md', '# w, tidied\n');
    g.git('add', 'README.md');
    const decoy = g.git('commit-tree', g.git('write-tree'), '-p', base, '-m', 'docs: tidy');
    g.git('replace', '-f', head, decoy);
    g.git('config', 'diff.noprefix', 'true');
    g.git('config', 'diff.relative', 'true');
    g.git('config', 'core.bigFileThreshold', '1');
    const r = await runAction({
      action: 'classify-change',
      eventName: 'pull_request',
      event: pullRequest(base, head),
      cwd: g.dir,
      inputs: { now: tuesdayNoonLondon, 'sync-labels': 'false' },
      env: { GIT_DIFF_OPTS: '--unified=3', GIT_EXTERNAL_DIFF: 'true', GIT_REPLACE_REF_BASE: 'refs/replace/' },
    });
    expect(r.stderr).toBe('');
    expect(r.outputs).toMatchObject({ 'change-type': 'normal', 'security-relevant': 'true' });
    const rules = (JSON.parse(r.outputs['triggers']!) as Array<{ rule: string; evidence: Array<{ file?: string; line?: number; side?: string }> }>).map((t) => t.rule);
    expect(rules).toEqual(expect.arrayContaining(['authentication.content', 'content.gitattributes']));
    expect(record(r)).toMatchObject({ gatheredFrom: 'local git' });
  });

  test('documentation only on a Saturday: standard, window open, nothing to review', async () => {
    const g = repo();
    const base = g.commit('chore: start\n\nx\n', { 'docs/guide.md': '# Guide\n' });
    const head = g.commit('docs: explain the rollback plan\n\nReaders asked how.\n\nFixes: #4\n', { 'docs/guide.md': '# Guide\n\nRoll back with the recorded version.\n' });
    const r = await runAction({ action: 'classify-change', eventName: 'pull_request', event: pullRequest(base, head, { title: 'docs: explain the rollback plan' }), cwd: g.dir, inputs: { now: saturday, 'sync-labels': 'false' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ 'change-type': 'standard', 'security-relevant': 'false', 'rollback-safe': 'true', 'window-open': 'true', triggers: '[]' });
  });

  test('an emergency label is exempt from the window and recorded, with its severity', async () => {
    const g = repo();
    const base = g.commit('chore: start\n\nx\n', { 'src/limits.ts': 'export const limit = 10;\n' });
    const head = g.commit('fix: stop the outage\n\nThe limit was zero.\n\nFixes: #5\n', { 'src/limits.ts': 'export const limit = 100;\n' });
    const r = await runAction({
      action: 'classify-change',
      eventName: 'pull_request',
      event: pullRequest(base, head, { labels: ['emergency', 'severity:P0'], title: 'fix: stop the outage' }),
      cwd: g.dir,
      inputs: { now: saturday, 'sync-labels': 'false' },
    });
    expect(r.outputs).toMatchObject({ 'change-type': 'emergency', severity: 'P0', 'window-open': 'true' });
    expect(record(r)['record'].window).toMatchObject({ exempt: true });
  });

  test('the policy comes from the base: a pull request cannot widen its own window', async () => {
    const g = repo();
    const base = g.commit('chore: start\n\nx\n', { 'src/a.ts': 'export const a = 1;\n' });
    g.git('checkout', '-q', '-b', 'feature/x');
    const head = g.commit('feat: a\n\nwhy\n', {
      'src/a.ts': 'export const a = 2;\n',
      '.github/change-policy.yml': 'version: 1\nwindows:\n  normal: { days: [mon, tue, wed, thu, fri, sat, sun], hours: "00:00-24:00" }\n',
    });
    const r = await runAction({ action: 'classify-change', eventName: 'pull_request', event: pullRequest(base, head, { title: 'feat: a' }), cwd: g.dir, inputs: { now: saturday, 'sync-labels': 'false' } });
    expect(r.outputs['change-type']).toBe('normal');
    expect(r.outputs['window-open']).toBe('false');
  });

  test('an invalid regular expression in the base policy names its line', async () => {
    const g = repo();
    const base = g.commit('chore: start\n\nx\n', { '.github/change-policy.yml': 'version: 1\nclassify:\n  authentication:\n    content:\n      - "(unclosed"\n' });
    const head = g.commit('fix: a\n\nwhy\n', { 'a.txt': 'a' });
    const r = await runAction({ action: 'classify-change', eventName: 'pull_request', event: pullRequest(base, head), cwd: g.dir, inputs: { 'sync-labels': 'false' } });
    expect(r.exitCode).toBe(1);
    const annotation = r.commands.find((c) => c.command === 'error' && c.properties['title'] === 'Invalid change policy')!;
    expect(annotation.properties).toMatchObject({ file: '.github/change-policy.yml', line: '5' });
    expect(r.outputs).toMatchObject({ 'security-relevant': 'true', 'rollback-safe': 'false', 'window-open': 'false', 'change-type': '' });
  });

  test('a push from before to after; a bad "now" names the input', async () => {
    const g = repo();
    const before = g.commit('chore: start\n\nx\n', { 'a.txt': 'a' });
    const after = g.commit('chore: bump\n\nx\n', { 'a.txt': 'b' });
    const event = webhookExample('push', undefined, (e) => e['ref'] === 'refs/heads/master');
    Object.assign(event, { ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false, head_commit: { ...event['head_commit'], message: 'chore: bump' } });
    const ok = await runAction({ action: 'classify-change', eventName: 'push', event, cwd: g.dir, inputs: { now: saturday } });
    expect(ok.outputs['change-type']).toBe('standard');
    const bad = await runAction({ action: 'classify-change', eventName: 'push', event, cwd: g.dir, inputs: { now: 'next tuesday' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.commands.find((c) => c.command === 'error')!.message).toMatch(/input now: "next tuesday" is not an ISO 8601 instant/);
  });
});

describe('every supported event', () => {
  test.each(['merge_group', 'workflow_dispatch', 'pull_request_target'])('%s classifies the change it names', async (eventName) => {
    const g = repo();
    const base = g.commit('chore: start\n\nx\n', { 'src/a.ts': 'export const a = 1;\n' });
    const head = g.commit('feat: wire the session check\n\nwhy\n', { 'src/auth/check.ts': 'export const check = (t: string) => verify(t);\n' });
    let event: Record<string, any>;
    let inputs: Record<string, string> = { now: tuesdayNoonLondon, 'sync-labels': 'false' };
    if (eventName === 'merge_group') {
      event = webhookExample('merge_group', 'checks_requested');
      Object.assign(event['merge_group'], { base_sha: base, head_sha: head });
    } else if (eventName === 'workflow_dispatch') {
      event = webhookExample('workflow_dispatch');
      inputs = { ...inputs, base, head };
    } else {
      event = pullRequest(base, head);
    }
    const r = await runAction({ action: 'classify-change', eventName, event, cwd: g.dir, inputs });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ 'change-type': 'normal', 'security-relevant': 'true' });
    expect(JSON.parse(r.outputs['triggers']!).map((t: { trigger: string }) => t.trigger)).toContain('authentication');
  });
});

describe('from the REST API', () => {
  test('every page of a pull request\'s files; a failed label sync is only a warning', async () => {
    const gh = await standIn();
    const files = Array.from({ length: 250 }, (_, i) => pullRequestFile({ filename: `src/file-${i}.ts`, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }));
    files[123] = pullRequestFile({ filename: 'src/crypto/keys.ts', status: 'modified', patch: '@@ -1 +1 @@\n-const curve = "P-256";\n+const curve = "P-384";' });
    gh.paginate('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', files);
    gh.paginate('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', [commit({ sha: fakeSha('h'), message: 'fix: change the curve\n\nwhy\n' })]);
    gh.route('GET', '/repos/{owner}/{repo}/contents/{path}', { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    gh.fault('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } });
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const r = await runAction({
      action: 'classify-change',
      eventName: 'pull_request',
      event: pullRequest(fakeSha('b'), fakeSha('h'), { changedFiles: 250, title: 'fix: change the curve' }),
      cwd: dir,
      inputs: { now: tuesdayNoonLondon },
      env: { GITHUB_API_URL: gh.url, CHANGE_ACTIONS_RETRY_BASE_MS: '5' },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs['security-relevant']).toBe('true');
    expect(JSON.parse(r.outputs['special']!)).toContain('cryptographic');
    expect(gh.count('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toBe(3);
    expect(record(r)).toMatchObject({ gatheredFrom: 'REST API', files: 250 });
    expect(r.commands.some((c) => c.command === 'warning' && /labels of pull request #\d+ were not synced/.test(c.message))).toBe(true);
  });

  test('over 3,000 files without local history fails closed before listing', async () => {
    const gh = await standIn();
    gh.route('GET', '/repos/{owner}/{repo}/contents/{path}', { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const r = await runAction({
      action: 'classify-change',
      eventName: 'pull_request',
      event: pullRequest(fakeSha('b'), fakeSha('h'), { changedFiles: 3001 }),
      cwd: dir,
      env: { GITHUB_API_URL: gh.url },
    });
    expect(r.exitCode).toBe(1);
    expect(r.commands.find((c) => c.command === 'error')!.message).toMatch(/changes 3001 files; the API lists at most 3000.*fetch-depth: 0/);
    expect(gh.count('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toBe(0);
    expect(r.outputs).toMatchObject({ 'security-relevant': 'true', 'rollback-safe': 'false' });
  });
});
