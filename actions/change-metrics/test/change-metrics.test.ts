import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startGitHubStandIn, type GitHubStandIn } from '../../../test/harness/github-standin.ts';
import { actionMetadata, runAction } from '../../../test/harness/run-action.ts';
import { at, deployment, incident, incidentIssue, sha } from '../../../packages/metrics/test/builders.ts';
import { mermaidBlocks, parseChart } from '../../../packages/metrics/test/mermaid.ts';
import { serve, type RepositoryWorld } from './world.ts';

let gh: GitHubStandIn;
beforeEach(async () => {
  gh = await startGitHubStandIn();
});
afterEach(async () => {
  await gh.close();
});

/**
 * A quarter of octo-org: the verifier deploys 130 times (more than a page of deployments), one of
 * them breaches and is rolled back automatically in 20 minutes; the issuer deploys 4 times, one an
 * emergency, one reverted; the docs site has a deployment another tool made; one repository is
 * archived and one a fork (neither read).
 */
function quarter(): RepositoryWorld[] {
  const base = deployment({ id: 1, at: '2026-09-28T10:00:00Z' });
  // Older deployments on the same page as the base: not read, the base is enough.
  const older = Array.from({ length: 5 }, (_, i) => deployment({ id: 1000 + i, at: `2026-09-0${i + 1}T10:00:00Z` }));
  const verifier = [...older, base, ...Array.from({ length: 130 }, (_, i) => deployment({ id: 2 + i, at: at('2026-10-01T09:00:00Z', i * 60 * 16), commitAgesMinutes: [120, 45] }))];
  const bad = verifier[45]!;
  const rollback = incident({ deploymentId: bad.id, rootCause: bad.sha, deployedAt: bad.statuses[1]!.createdAt, restoredAfterMinutes: 20 });
  const issuer = [
    deployment({ id: 500, at: '2026-10-05T10:00:00Z', worker: 'provii-issuer' }),
    deployment({ id: 501, at: '2026-10-12T10:00:00Z', worker: 'provii-issuer', changeType: 'emergency', commitAgesMinutes: [15] }),
    deployment({ id: 502, at: '2026-10-19T10:00:00Z', worker: 'provii-issuer' }),
    deployment({ id: 503, at: '2026-10-19T10:30:00Z', worker: 'provii-issuer' }),
  ];
  const reverted = issuer[2]!.commits![0]!.sha;
  return [
    { name: 'octo-org/verifier', deployments: verifier, incidents: [incidentIssue(77, rollback)], commits: [] },
    {
      name: 'octo-org/issuer',
      deployments: issuer,
      // The first deployment and the last are of release and hotfix branches: their commits come
      // from the commit and compare APIs.
      offBranch: [issuer[0]!, issuer[3]!].flatMap((d) => d.commits!.map((c) => c.sha)),
      incidents: [],
      commits: [
        { sha: sha('revert'), message: `Revert "feat: faster tokens"\n\nThis reverts commit ${reverted}.\n`, committedAt: '2026-10-19T10:20:00Z' },
        { sha: sha('plain'), message: 'feat: something else\n', committedAt: '2026-10-20T10:20:00Z' },
      ],
    },
    { name: 'octo-org/docs', deployments: [deployment({ id: 900, at: '2026-10-07T10:00:00Z', payload: { url: 'https://docs.example' } })], incidents: [], commits: [] },
    { name: 'octo-org/old', archived: true, deployments: [], incidents: [], commits: [] },
    { name: 'octo-org/forked', fork: true, deployments: [], incidents: [], commits: [] },
  ];
}

const run = (inputs: Record<string, string>) =>
  runAction({ action: 'change-metrics', inputs: { period: '2026-Q4', now: '2027-01-02T06:00:00Z', ...inputs }, env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'octo-org/verifier', CHANGE_ACTIONS_RETRY_BASE_MS: '10' } });

describe('change-metrics', () => {
  test('a quarter of an organisation: every list paginated, the four keys against the targets, every call counted', async () => {
    serve(gh, 'octo-org', quarter());
    const result = await run({ organisation: 'octo-org' });
    expect(gh.violations).toEqual([]);
    expect(gh.unmatched).toEqual([]);
    expect(result.exitCode).toBe(0);

    // 135 deployments listed (two pages for the verifier), each one's statuses, the period's
    // commits (three pages for the verifier's 260), from which each deployment's commits are read
    // (the oldest's parent is the base's commit); for the issuer's deployments from other
    // branches, the first one's own commit, and a compare for the hotfix and for the deployment
    // after the release branch (the listed history cannot show what its base already held).
    expect(gh.count('GET /orgs/{org}/repos')).toBe(1);
    expect(gh.count('GET /repos/{owner}/{repo}/deployments')).toBe(4);
    expect(gh.count('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses')).toBe(136);
    expect(gh.count('GET /repos/{owner}/{repo}/compare/{basehead}')).toBe(2);
    expect(gh.count('GET /repos/{owner}/{repo}/commits/{ref}')).toBe(1);
    expect(gh.count('GET /repos/{owner}/{repo}/issues')).toBe(3);
    expect(gh.count('GET /repos/{owner}/{repo}/commits')).toBe(5);
    // The cost of a quarter of three repositories with 135 deployments.
    expect(gh.requests.length).toBe(152);
    expect(result.outputs['api-calls']).toBe('152');

    const metrics = JSON.parse(result.outputs['metrics']!);
    expect(metrics).toMatchObject({
      repositories: 3,
      deployments: 134,
      change_failure_rate: 0.0149,
      recovery_mean_seconds: 1500,
      targets: { change_failure_rate: 'met', recovery: 'met' },
      emergency_deployments: 1,
      rollbacks: 1,
      reverts: 1,
    });
    expect(result.outputs['targets-met']).toBe('true');
    expect(result.outputs['skipped']).toBe('1');

    const file = JSON.parse(readFileSync(result.outputs['metrics-file']!, 'utf8'));
    // Each verifier deployment brought its two commits, made 120 and 45 minutes before.
    expect(file.byService['provii-verifier'].leadTime).toMatchObject({ commits: 260, medianSeconds: Math.round(82.5 * 60), deploymentsWithoutCommits: 0 });
    expect(file.skipped).toEqual([expect.objectContaining({ repository: 'octo-org/docs', what: 'deployment', source: '900' })]);
    expect(Object.keys(file.byService)).toEqual(['provii-issuer', 'provii-verifier']);
    expect(file.byService['provii-issuer']).toMatchObject({ deployments: 4, failed: 1 });
    expect(file.source.apiCalls).toBe(gh.requests.length);

    expect(result.summary).toContain('## Change metrics, 2026-10-01 to 2026-12-31 (production): ✅ the procedure targets were met');
    expect(result.summary).toContain(`with **${gh.requests.length} API calls**`);
    const charts = mermaidBlocks(result.summary);
    expect(charts).toHaveLength(3);
    for (const chart of charts) await expect(parseChart(chart)).resolves.toBeDefined();

    const review = readFileSync(result.outputs['report-file']!, 'utf8');
    expect(review).toContain('## Review (to be completed at the quarterly review)');
    expect(review).toContain('(incident #77) | 20 min by rollback |');
    expect(result.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([expect.stringMatching(/^octo-org\/docs deployment 900 skipped: not recorded by wrangler-deploy-verify/)]);

    // The export computes the same figures again.
    const exported = JSON.parse(readFileSync(result.outputs['export-file']!, 'utf8'));
    expect(exported.kind).toBe('change-metrics-export');
    expect(exported.repositories.map((r: { repository: string }) => r.repository)).toEqual(['octo-org/docs', 'octo-org/issuer', 'octo-org/verifier']);
  });

  test('the run stops at max-api-calls and reports nothing from incomplete data', async () => {
    serve(gh, 'octo-org', quarter());
    const result = await run({ repositories: 'octo-org/verifier', 'max-api-calls': '20' });
    expect(result.exitCode).toBe(1);
    expect(gh.requests.length).toBe(20);
    expect(result.outputs['api-calls']).toBe('20');
    expect(result.outputs['metrics-file']).toBe('');
    expect(result.commands.find((c) => c.command === 'error')?.message).toMatch(/the run has made 20 API calls, the most input max-api-calls allows; nothing is reported from incomplete data/);
  });

  test('a repository the token cannot read fails the run, naming it', async () => {
    const world = quarter();
    world[1]!.refuse = 404;
    serve(gh, 'octo-org', world);
    const result = await run({ repositories: 'octo-org/verifier\nocto-org/issuer' });
    expect(result.exitCode).toBe(1);
    expect(result.commands.find((c) => c.command === 'error')?.message).toMatch(/^cannot read the deployments of octo-org\/issuer: HTTP 404: .*the token cannot read it/);
    expect(result.outputs['targets-met']).toBe('false');
  });

  test('inputs are checked, naming what is accepted', async () => {
    const result = await run({ period: 'last week' });
    expect(result.exitCode).toBe(1);
    expect(result.commands.find((c) => c.command === 'error')?.message).toBe('input period: "last week" is not a period; accepted: previous-quarter, current-quarter, a quarter such as 2026-Q4, or the last N days as e.g. 30d');
    expect(gh.requests).toEqual([]);
  });
});

test('the README usage block names the caller path and every input of action.yml', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const action = actionMetadata('change-metrics') as { inputs: Record<string, { default: string }> };
  const usage = /## Usage\n\n```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(usage).toContain('uses: maelstrom/change-actions/actions/change-metrics@v1');
  const documented = [...usage.matchAll(/^\s+# ([a-z-]+): (\S+(?: [^\s(]+)*)/gm)].map(([, name, value]) => [name, value!.replace(/^'|'$/g, '')]);
  expect(documented).toEqual(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
});
