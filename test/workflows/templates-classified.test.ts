/**
 * The starter templates as a provii repository adopts them pass the suite's own classify-change:
 * a push that adds every template (rendered with a release commit, as a release publishes them) to
 * .github/workflows/ raises no unpinned-uses and no secrets-inherit trigger, with the procedure's
 * default policy (no trusted owners). The same push with the suite at @v1 does raise them, so the
 * check can fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { webhookExample } from '../harness/events.ts';
import { TempRepo } from '../harness/git-repo.ts';
import { repoRoot } from '../harness/paths.ts';
import { runAction } from '../harness/run-action.ts';

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

/** The templates rendered by the release step with a tagged commit of a copy of this repository's templates. */
function renderedTemplates(): Record<string, string> {
  const suite = new TempRepo();
  cleanup.push(() => suite.remove());
  const files = Object.fromEntries(readdirSync(join(repoRoot, 'workflows-templates')).filter((f) => f.endsWith('.yml')).map((f) => [`workflows-templates/${f}`, readFileSync(join(repoRoot, 'workflows-templates', f), 'utf8')]));
  const sha = suite.commit('chore: templates\n\nThe starter templates.\n', files);
  suite.git('tag', 'v1.2.0', sha);
  const out = mkdtempSync(join(tmpdir(), 'rendered-'));
  cleanup.push(() => rmSync(out, { recursive: true, force: true }));
  const render = spawnSync(process.execPath, [join(repoRoot, 'scripts/release-check.mjs'), 'templates', '--repo', suite.dir, '--version', 'v1.2.0', '--out', out], { encoding: 'utf8' });
  expect(render.stderr).toBe('');
  return Object.fromEntries(readdirSync(out).filter((f) => f.endsWith('.yml')).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

async function classifyAdding(templates: Record<string, string>) {
  const repo = new TempRepo();
  cleanup.push(() => repo.remove());
  const base = repo.commit('chore: start\n\nThe project.\n', { 'README.md': '# provii\n' });
  const head = repo.commit(
    'chore: adopt the change procedure workflows\n\nThe starter templates of the suite.\n',
    Object.fromEntries(Object.entries(templates).map(([name, text]) => [`.github/workflows/${name}`, text])),
  );
  const event = webhookExample('push', undefined, (e) => e['ref'] === 'refs/heads/master' && e['after'] !== '0'.repeat(40));
  const run = await runAction({ action: 'classify-change', eventName: 'push', event, cwd: repo.dir, inputs: { base, head, 'sync-labels': 'false' } });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.outputs['triggers'] ?? 'null') as Array<{ rule: string; reason: string }>).map((t) => t.rule);
}

describe('the starter templates under classify-change', () => {
  test('adopted as released: no unpinned uses, no inherited secrets', async () => {
    const templates = renderedTemplates();
    expect(Object.keys(templates).length).toBeGreaterThanOrEqual(12);
    const rules = await classifyAdding(templates);
    expect(rules).not.toContain('access-control.workflows.unpinned-uses');
    expect(rules).not.toContain('access-control.workflows.secrets-inherit');
  }, 60_000);

  test('the same templates calling the suite at @v1 are flagged', async () => {
    const moving = Object.fromEntries(Object.entries(renderedTemplates()).map(([name, text]) => [name, text.replace(/@[0-9a-f]{40} # v1\.2\.0/g, '@v1')]));
    expect(await classifyAdding(moving)).toContain('access-control.workflows.unpinned-uses');
  }, 60_000);
});
