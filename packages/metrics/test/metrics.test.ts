import { describe, expect, test } from 'vitest';
import { commitsBetween, computeMetrics, isoWeek, mermaidCharts, parseExport, quarterBounds, quarterOf, resolvePeriod, reviewMarkdown, summaryMarkdown, type MetricsInput } from '../src/index.ts';
import { mermaidBlocks, parseChart } from './mermaid.ts';
import { at, deployment, incident, incidentIssue, payload, repository, sha } from './builders.ts';

const Q4 = quarterBounds('2026-Q4');
const input = (repositories: MetricsInput['repositories']): MetricsInput => ({ period: Q4, environment: 'production', repositories, readAt: '2027-01-01T06:00:00.000Z' });

/** Twenty deployments of one service, one a week-ish, on Mondays at 10:00 from 2026-10-05. */
function weekly(count: number, from = 1) {
  return Array.from({ length: count }, (_, i) => deployment({ id: from + i, at: at('2026-10-05T10:00:00Z', i * 60 * 24 * 4) }));
}

describe('the four keys', () => {
  test('one failure in twenty is 5 %: the < 5 % target is missed; a 20-minute verified rollback meets < 1 hour', () => {
    const deployments = weekly(20);
    const failed = deployments[7]!;
    const record = incident({ deploymentId: failed.id, rootCause: failed.sha, deployedAt: failed.statuses[1]!.createdAt, restoredAfterMinutes: 20 });
    const report = computeMetrics(input([repository('octo-org/verifier', { deployments, incidents: [incidentIssue(41, record)] })]));

    expect(report.overall.deployments).toBe(20);
    expect(report.overall.failed).toBe(1);
    expect(report.overall.changeFailureRate).toBe(0.05);
    expect(report.overall.targets.changeFailureRate).toMatchObject({ status: 'missed', reason: '1 of 20 deployments failed: 5.0 % against < 5.0 %' });
    expect(report.overall.recovery).toEqual({ recovered: 1, unrecovered: 0, meanSeconds: 1200, medianSeconds: 1200 });
    expect(report.overall.targets.recovery.status).toBe('met');
    expect(report.deployments.find((d) => d.id === failed.id)?.failures).toEqual([{ cause: 'incident', detail: 'breached: error rate 20 % > 5 %', incident: 41 }]);
    expect(report.rollbacks).toMatchObject({ automatic: 1, verified: 1, reverts: 0 });
    // 20 deployments over the 13.14 weeks of the quarter.
    expect(report.period.weeks).toBe(13.14);
    expect(report.overall.deploymentsPerWeek).toBe(1.52);
    expect(Object.keys(report.byQuarter)).toEqual(['2026-Q4']);
  });

  test('lead time runs from each deployed commit to the success status: median and p90 over commits', () => {
    const deployments = [
      deployment({ id: 1, at: '2026-10-06T10:00:00Z', commitAgesMinutes: [30] }),
      deployment({ id: 2, at: '2026-10-07T10:00:00Z', commitAgesMinutes: [600, 120, 60] }),
      deployment({ id: 3, at: '2026-10-08T10:00:00Z', commitAgesMinutes: null }),
    ];
    const report = computeMetrics(input([repository('octo-org/verifier', { deployments })]));
    expect(report.overall.leadTime).toEqual({ commits: 4, medianSeconds: 90 * 60, p90Seconds: Math.round((120 + 0.7 * 480) * 60), deploymentsWithoutCommits: 1 });
  });

  test('a deployment that failed its own verification counts as failed; unrecovered, the recovery target is missed', () => {
    const report = computeMetrics(input([repository('octo-org/verifier', { deployments: [deployment({ id: 1, at: '2026-10-06T10:00:00Z' }), deployment({ id: 2, at: '2026-10-07T10:00:00Z', state: 'failure' })] })]));
    expect(report.overall).toMatchObject({ deployments: 2, failed: 1, changeFailureRate: 0.5 });
    expect(report.overall.targets.recovery).toMatchObject({ status: 'missed', reason: '1 failed deployment(s) not recovered by the end of the period' });
    expect(report.overall.leadTime.commits).toBe(1);
  });

  test('a revert commit marks the deployment that shipped the reverted commit failed; the next deploy of the service recovers it', () => {
    const first = deployment({ id: 1, at: '2026-10-06T10:00:00Z' });
    const bad = deployment({ id: 2, at: '2026-10-07T10:00:00Z', commitAgesMinutes: [90, 30] });
    const fix = deployment({ id: 3, at: '2026-10-07T10:45:00Z' });
    const reverted = bad.commits![0]!.sha;
    const revert = { sha: sha('revert'), message: `Revert "feat: x"\n\nThis reverts commit ${reverted}.\n`, committedAt: '2026-10-07T10:30:00Z' };
    const notDeployed = { sha: sha('revert-2'), message: `Revert "y"\n\nThis reverts commit ${sha('never deployed')}.\n`, committedAt: '2026-10-08T10:00:00Z' };
    const report = computeMetrics(input([repository('octo-org/verifier', { deployments: [first, bad, fix], commits: [revert, notDeployed] })]));
    const failed = report.deployments.find((d) => d.id === 2)!;
    expect(failed.failures).toEqual([{ cause: 'revert', detail: `commit ${revert.sha.slice(0, 12)} reverts ${reverted.slice(0, 12)}`, revert: revert.sha }]);
    expect(failed.recovery).toEqual({ at: '2026-10-07T10:45:00Z', seconds: 45 * 60, by: 'redeploy' });
    expect(report.rollbacks).toMatchObject({ reverts: 2, revertsOfDeployedChanges: 1, automatic: 0 });
  });

  test('deployments without a valid payload are skipped and reported, never counted or guessed', () => {
    const ours = deployment({ id: 1, at: '2026-10-06T10:00:00Z' });
    const foreign = deployment({ id: 2, at: '2026-10-07T10:00:00Z', payload: { version_id: 'x' } });
    const broken = deployment({ id: 3, at: '2026-10-08T10:00:00Z', payload: { ...payload({ sha: sha('deploy-3') }), percentage: 140 } });
    const mismatch = deployment({ id: 4, at: '2026-10-09T10:00:00Z', payload: payload({ sha: sha('other') }) });
    const staging = deployment({ id: 5, at: '2026-10-09T10:00:00Z', environment: 'staging' });
    const report = computeMetrics(input([repository('octo-org/verifier', { deployments: [ours, foreign, broken, mismatch, staging] })]));
    expect(report.overall.deployments).toBe(1);
    expect(report.notCounted.otherEnvironments).toBe(1);
    expect(report.skipped.map((s) => [s.source, s.reason])).toEqual([
      ['2', 'not recorded by wrangler-deploy-verify: deployment 2 payload /kind: has no "kind": it is not a deployment-payload (the payload of a GitHub Deployment created by wrangler-deploy-verify)'],
      ['3', 'not recorded by wrangler-deploy-verify: deployment 3 payload /percentage: must be <= 100'],
      ['4', `its payload names commit ${sha('other').slice(0, 12)} but the deployment is of ${sha('deploy-4').slice(0, 12)}`],
    ]);
  });

  test('incident issues without a record, with an edited one or from a dry run are skipped with the reason', () => {
    const d = deployment({ id: 1, at: '2026-10-06T10:00:00Z' });
    const dry = incident({ deploymentId: 1, rootCause: d.sha, deployedAt: '2026-10-06T10:00:00Z', restoredAfterMinutes: 10, dryRun: true });
    const report = computeMetrics(
      input([
        repository('octo-org/verifier', {
          deployments: [d],
          incidents: [
            { number: 1, body: 'someone filed this by hand', createdAt: '2026-10-06T11:00:00Z', closedAt: null },
            incidentIssue(2, dry),
            { ...incidentIssue(3, dry), body: incidentIssue(3, dry).body.replace('"dry_run":true', '"dry_run":"no"') },
          ],
        }),
      ]),
    );
    expect(report.overall.failed).toBe(0);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'incident issue octo-org/verifier#1: holds no incident record',
      'a dry run: nothing was rolled back',
      'incident issue octo-org/verifier#3 /dry_run: must be boolean',
    ]);
  });

  test('per service, per change type, per week and per quarter; emergencies counted apart; restore verifications not counted as deployments', () => {
    const deployments = [
      deployment({ id: 1, at: '2026-09-30T10:00:00Z' }),
      deployment({ id: 2, at: '2026-10-06T10:00:00Z', changeType: 'standard' }),
      deployment({ id: 3, at: '2026-10-06T12:00:00Z', changeType: 'emergency', worker: 'provii-issuer' }),
      deployment({ id: 4, at: '2026-10-13T10:00:00Z', changeType: null, seed: 'recorded' }),
      deployment({ id: 5, at: '2026-10-13T11:00:00Z', strategy: 'verify' }),
      deployment({ id: 6, at: '2026-10-14T11:00:00Z', state: 'error' }),
    ];
    const changeRecord = { kind: 'change-record', version: 1, repository: 'octo-org/verifier', head: sha('recorded') };
    const report = computeMetrics(input([repository('octo-org/verifier', { deployments, changeRecords: [{ source: 'records/4.json', document: changeRecord }] })]));
    expect(report.overall.deployments).toBe(3);
    expect(report.notCounted).toEqual({ otherEnvironments: 0, verifications: 1, notDeployed: 1, pending: 0, outsidePeriod: 1 });
    expect(Object.keys(report.byService)).toEqual(['provii-issuer', 'provii-verifier']);
    expect(Object.fromEntries(Object.entries(report.byChangeType).map(([k, v]) => [k, v.deployments]))).toEqual({ emergency: 1, normal: 0, standard: 1, unknown: 1 });
    expect(Object.fromEntries(Object.entries(report.byWeek).map(([k, v]) => [k, v.deployments]))).toEqual({ '2026-W41': 2, '2026-W42': 1 });
    expect(report.emergency).toMatchObject({ deployments: 1, failed: 0, list: [{ id: 3, service: 'provii-issuer' }] });
    // The change record is not a valid one: reported, and the change type stays unknown.
    expect(report.skipped).toEqual([expect.objectContaining({ what: 'change-record', source: 'records/4.json' })]);
  });

  test('calendar helpers', () => {
    expect(isoWeek('2026-12-31T23:00:00Z')).toBe('2026-W53');
    expect(isoWeek('2027-01-04T00:00:00Z')).toBe('2027-W01');
    expect(isoWeek('2026-01-01T00:00:00Z')).toBe('2026-W01');
    expect(quarterOf('2026-12-31T23:59:59Z')).toBe('2026-Q4');
    expect(quarterBounds('2027-Q1')).toEqual({ start: '2027-01-01T00:00:00.000Z', end: '2027-04-01T00:00:00.000Z' });
    expect(() => quarterBounds('2026-Q5')).toThrow('accepted: YYYY-Q1 to YYYY-Q4');
  });
});

describe('reports', () => {
  const deployments = weekly(6);
  const record = incident({ deploymentId: 3, rootCause: deployments[2]!.sha, deployedAt: deployments[2]!.statuses[1]!.createdAt, restoredAfterMinutes: 75, service: 'provii-verifier' });
  const names = [...weekly(2, 10).map((d) => ({ ...d, payload: { ...(d.payload as object), worker: 'svc "quoted" | <b>' } }))];
  const report = computeMetrics(input([repository('octo-org/verifier', { deployments: [...deployments, ...names], incidents: [incidentIssue(9, record)] })]));

  test('every Mermaid chart parses with Mermaid\'s own parser, hostile service names included', async () => {
    const charts = mermaidCharts(report);
    expect(charts.map((c) => c.type)).toEqual(['pie', 'treemap', 'pie']);
    for (const chart of charts) await expect(parseChart(chart)).resolves.toBeDefined();
    expect(mermaidBlocks(summaryMarkdown(report, { apiCalls: 1, rateLimitRemaining: null, scope: 'x' }))).toEqual(charts);
    expect(charts[1]!.text).toContain('"svc  quoted  |  b"');
  });

  test('the summary leads with the verdict and the targets; untrusted text is escaped', () => {
    const summary = summaryMarkdown(report, { apiCalls: 42, rateLimitRemaining: 958, scope: 'octo-org/verifier' });
    expect(summary.split('\n')[0]).toBe('## Change metrics, 2026-10-01 to 2026-12-31 (production): ❌ a procedure target was missed');
    expect(summary).toContain('| Failed deployment recovery time (MTTR) | mean 1.3 h, median 1.3 h; 0 not recovered | < 1.0 h: ❌ missed |');
    expect(summary).toContain('with **42 API calls**, 958 left in the rate limit');
    expect(summary).toContain('svc &#34;quoted&#34; &#124; &#60;b&#62;');
    expect(summary).not.toContain('<b>');
  });

  test('the review report has every section the quarterly review needs', () => {
    const review = reviewMarkdown(report, { apiCalls: 42, rateLimitRemaining: null, scope: 'octo-org/verifier' });
    for (const heading of ['# Change management metrics: 2026-10-01 to 2026-12-31', '## The four keys and the procedure\'s targets', '## Per service', '## Per change type', '## Per week', '## Emergency changes and rollbacks', '## Failed deployments', '## Review (to be completed at the quarterly review)']) {
      expect(review).toContain(heading);
    }
    expect(review).toContain('(incident #9) | 1.3 h by rollback |');
  });
});

describe('export', () => {
  test('an export reads back and computes the same figures', () => {
    const data = { kind: 'change-metrics-export', version: 1, ...input([repository('octo-org/verifier', { deployments: weekly(3) })]), source: { apiCalls: 7, rateLimitRemaining: null, scope: 'x' } };
    const read = parseExport(JSON.stringify(data), 'export.json');
    expect(computeMetrics(read).overall.deployments).toBe(3);
  });

  test.each([
    ['not JSON', '{', /^export.json: is not JSON/],
    ['another kind', '{"kind":"change-record","version":1}', 'export.json /kind: is "change-record", not "change-metrics-export"; pass the export-file of change-metrics'],
    ['a deployment without statuses', JSON.stringify({ kind: 'change-metrics-export', version: 1, period: Q4, environment: 'production', readAt: Q4.end, repositories: [{ repository: 'a/b', deployments: [{ id: 1, sha: 'x', environment: 'production', createdAt: Q4.start }], incidents: [], commits: [], changeRecords: [] }] }), 'export.json /repositories/0/deployments/0/statuses: must be an array'],
  ])('%s is refused with the field', (_name, text, message) => {
    expect(() => parseExport(text, 'export.json')).toThrow(message);
  });
});

describe('periods', () => {
  const now = new Date('2027-01-05T09:00:00Z');
  test.each([
    ['previous-quarter', { start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z', label: '2026-Q4' }],
    ['current-quarter', { start: '2027-01-01T00:00:00.000Z', end: '2027-04-01T00:00:00.000Z', label: '2027-Q1' }],
    ['2026-Q2', { start: '2026-04-01T00:00:00.000Z', end: '2026-07-01T00:00:00.000Z', label: '2026-Q2' }],
    ['7d', { start: '2026-12-29T09:00:00.000Z', end: '2027-01-05T09:00:00.000Z', label: 'the last 7 days' }],
  ])('%s', (spec, expected) => {
    expect(resolvePeriod(spec, now)).toEqual(expected);
  });

  test('anything else is refused with the accepted forms', () => {
    expect(() => resolvePeriod('last week', now)).toThrow('"last week" is not a period; accepted: previous-quarter, current-quarter');
  });
});

describe('commits a deployment brought, from the listed history', () => {
  const c = (parents: string[], minute: number) => ({ committedAt: at('2026-10-06T10:00:00Z', minute), parents });
  //  a ← b ← c ← m (merge of c and e) ; b ← d ← e ; x is before the period (not listed)
  const history = new Map([
    ['a', c(['x'], 0)],
    ['b', c(['a'], 1)],
    ['c', c(['b'], 2)],
    ['d', c(['b'], 3)],
    ['e', c(['d'], 4)],
    ['m', c(['c', 'e'], 5)],
  ]);
  test('what head reaches and base does not, merges included', () => {
    expect(commitsBetween(history, 'c', 'm')!.map((x) => x.sha).sort()).toEqual(['d', 'e', 'm']);
    expect(commitsBetween(history, 'b', 'b')).toEqual([]);
    expect(commitsBetween(history, 'x', 'b')!.map((x) => x.sha).sort()).toEqual(['a', 'b']);
  });
  test('a walk that leaves the listed history gives no answer (the compare API is asked)', () => {
    expect(commitsBetween(history, 'zzz', 'b')).toBeUndefined();
    expect(commitsBetween(history, 'c', 'not-listed')).toBeUndefined();
  });
});
