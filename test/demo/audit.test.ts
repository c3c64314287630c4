/**
 * `npm run demo` end to end, then the A.8.32 audit of each of its changes from the artifacts the
 * demo left and nothing else: the files the bundles wrote (the change records, the rollback plans,
 * the monitor verdicts, the incident record), the gate results, what GitHub received as the
 * deployment payloads, and the metrics. Every question of every change must be answered; a copy of
 * the artifacts with one missing or one of another deploy must not be.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { incidentContract, monitorVerdictContract, parse, rollbackPlanContract } from '@change-actions/change-record';
import { repoRoot } from '../harness/paths.ts';
import { A832_QUESTIONS, auditChange, unanswered } from './audit.ts';
import { DEMO_CHANGES } from './lifecycle.ts';
import { VERSIONS } from './pipeline.ts';
import { auditStage } from './stages.ts';

const artifacts = mkdtempSync(join(tmpdir(), 'change-demo-audit-'));
const copies: string[] = [];
let demo: { status: number | null; stdout: string; stderr: string; seconds: number };

beforeAll(() => {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo.mjs')], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CHANGE_DEMO_ARTIFACTS: artifacts }, timeout: 240_000 });
  demo = { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - started) / 1000 };
}, 250_000);

afterAll(() => {
  rmSync(artifacts, { recursive: true, force: true });
  for (const c of copies) rmSync(c, { recursive: true, force: true });
});

/** A copy of the demo's artifacts to break. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'change-demo-audit-copy-'));
  copies.push(dir);
  cpSync(artifacts, dir, { recursive: true });
  return dir;
}

const answers = (dir: string, change: string) => Object.fromEntries(auditChange(dir, change).map((a) => [a.question, a]));
const read = (change: string, kind: string) => readFileSync(join(artifacts, change, `${kind}.json`), 'utf8');
const silently = <T>(f: () => T): T => {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    return f();
  } finally {
    process.stdout.write = write;
  }
};

describe('npm run demo', () => {
  test('runs every stage, step by step, in under two minutes', () => {
    expect(demo.stderr).not.toContain('did not give the expected verdict');
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.seconds).toBeLessThan(120);
    const steps = [...demo.stdout.matchAll(/^\[(\d+)\/(\d+)\] (.+) \(/gm)].map((m) => m[3]);
    expect(steps).toEqual(expect.arrayContaining(['lint-commit', 'security-review-gate', 'wrangler-deploy-verify', 'post-deploy-monitor', 'auto-revert-on-threshold', 'change-metrics', 'audit (A.8.32), from the artifacts alone']));
    expect(demo.stdout).toMatch(/not approved \(pending: code-review, security-review\), because:\n {2}- code-review: /);
  });

  test('deploys through deploy-worker.yml in the workflow runner and shows its jobs and steps', () => {
    // The normal change: deployed, watched, nothing rolled back.
    expect(demo.stdout).toMatch(/\ndeploy-worker: success\n {2}job deploy \(deploy provii-verifier to production\): success, environment production\n/);
    expect(demo.stdout).toMatch(/✓ monitor \(maelstrom\/change-actions\/actions\/post-deploy-monitor@v1\): success, [\d.]+ s\n {8}- rollback \(maelstrom\/change-actions\/actions\/auto-revert-on-threshold@v1\): skipped\n/);
    // The security change: verified, breached, rolled back; the job is red.
    expect(demo.stdout).toMatch(/\ndeploy-worker: failure\n/);
    expect(demo.stdout).toMatch(/✓ monitor \(maelstrom\/change-actions\/actions\/post-deploy-monitor@v1\): success \(outcome failure, continue-on-error\)/);
    expect(demo.stdout).toMatch(/✓ rollback \(maelstrom\/change-actions\/actions\/auto-revert-on-threshold@v1\): success, [\d.]+ s\n {8}✗ outcome: failure/);
    expect(demo.stdout).toContain(`outputs: version-id=${VERSIONS.security}, verdict=breached, rolled-back=true, incident=`);
    expect(demo.stdout).toContain(`live on Cloudflare: ${VERSIONS.normal}; the Worker answers as ${VERSIONS.normal}`);
  });

  test('leaves its artifacts, per change, and the metrics', () => {
    expect(readdirSync(artifacts).sort()).toEqual(expect.arrayContaining(['metrics.json', 'metrics.md', 'normal', 'security']));
    const common = ['change-record.json', 'deploy-verification.json', 'deployment-payload.json', 'gate-result.json', 'monitor-verdict.json', 'rollback-plan.json'];
    expect(readdirSync(join(artifacts, 'normal')).sort()).toEqual(common);
    expect(readdirSync(join(artifacts, 'security')).sort()).toEqual([...common, 'incident.json'].sort());
  });

  test('the verdicts and the incident are the files the bundles wrote, for the deployed versions', () => {
    const healthy = parse(monitorVerdictContract, read('normal', 'monitor-verdict'), 'normal/monitor-verdict.json');
    expect(healthy).toMatchObject({ verdict: 'healthy', complete: true, version_id: VERSIONS.normal, dry_run: false });
    // From the real Worker's request logs in Loki: the queries the bundle sent are recorded.
    expect(healthy.queries.some((q) => q.source === 'loki' && q.request.includes(VERSIONS.normal))).toBe(true);
    const breached = parse(monitorVerdictContract, read('security', 'monitor-verdict'), 'security/monitor-verdict.json');
    expect(breached).toMatchObject({ verdict: 'breached', version_id: VERSIONS.security, previous_version_id: VERSIONS.normal });
    expect(breached.breaches.map((b) => b.metric)).toContain('error-rate');
    const incident = parse(incidentContract, read('security', 'incident'), 'security/incident.json');
    expect(incident).toMatchObject({ trigger: 'breached', deployment: { version_id: VERSIONS.security, previous_version_id: VERSIONS.normal }, rollback: { outcome: 'restored', verified: true, target_version_id: VERSIONS.normal }, revert: { outcome: 'pull-request' }, dry_run: false });
    expect(incident.issue).toBeGreaterThan(0);
    expect(parse(rollbackPlanContract, read('security', 'rollback-plan'), 'security/rollback-plan.json')).toMatchObject({ target_version_id: VERSIONS.normal, recommended: false });
    // change-metrics counted the incident issue auto-revert-on-threshold opened.
    const metrics = JSON.parse(readFileSync(join(artifacts, 'metrics.json'), 'utf8')) as { overall: { deployments: number; failed: number } };
    expect(metrics.overall).toMatchObject({ deployments: 2, failed: 1 });
  });
});

describe('A.8.32 from the artifacts alone', () => {
  test('every question of every change is answered in full', () => {
    for (const change of DEMO_CHANGES) {
      const all = auditChange(artifacts, change);
      expect(all.map((a) => a.question)).toEqual([...A832_QUESTIONS]);
      expect(unanswered(all).map((a) => `${a.question} missing ${a.missing.join(', ')}`), change).toEqual([]);
    }
    expect(silently(() => auditStage({ artifacts }))).toBe(true);
  });

  test('the normal change: its type, who approved, what was tested, deployed, verified and watched, not rolled back, counted', () => {
    const a = answers(artifacts, 'normal');
    expect(a['What type of change is it?']!.answer).toMatch(/^normal; classified at [0-9a-f]{12} under \.github\/change-policy\.yml@[0-9a-f]{12}\.$/);
    expect(a['Who approved it, in which role?']!.answer).toBe('Gate approved: code-review: 2 of 2 approvals: @bob, @carol.');
    expect(a['What was tested?']!.answer).toMatch(/After the deploy: health passed; smoke tests health document passed, sign-in route passed\./);
    expect(a['What was deployed?']!.answer).toMatch(new RegExp(`^provii-verifier-production version ${VERSIONS.normal} from commit [0-9a-f]{12}, replacing [0-9a-f-]{36}; deploy at 100 %, as a normal change\\.$`));
    expect(a['How was it verified and monitored?']!.answer).toMatch(/the new version answered and was healthy\. Watched for its whole window \(4 s, every 1 s, \d+ queries recorded\): healthy .*error-rate 0 \(loki, threshold > 0\.05, \d+ samples\): healthy/);
    expect(a['Was it rolled back, and how?']!.answer).toMatch(/^Not rolled back: the plan kept [0-9a-f-]{36} ready \(rollback\)\. The watch ended healthy over its whole window: no rollback trigger fired\.$/);
    expect(a['What is the retrospective?']!.answer).toMatch(/^Counted in the metrics as a successful deployment/);
  });

  test('the security change: approved by the Security Lead, verified, breached, rolled back automatically, the incident, counted as failed', () => {
    const a = answers(artifacts, 'security');
    expect(a['What type of change is it?']!.answer).toMatch(/security-relevant .*triggers: authentication \(authentication\.paths\)/);
    expect(a['Who approved it, in which role?']!.answer).toContain('security-review: security-relevant change (authentication): approved by @sam (security-lead)');
    expect(a['What was deployed?']!.answer).toMatch(new RegExp(`^provii-verifier-production version ${VERSIONS.security} from commit [0-9a-f]{12}, replacing ${VERSIONS.normal};`));
    expect(a['How was it verified and monitored?']!.answer).toMatch(/the new version answered and was healthy\. Watched until the first breach .*: breached \(error-rate breached the rollback trigger "error rate > 5 %"/);
    expect(a['Was it rolled back, and how?']!.answer).toMatch(new RegExp(`Rolled back automatically \\(breached: .*\\): restored to ${VERSIONS.normal} in 1 attempt\\(s\\), verified yes; main reverted by pull request #\\d+ \\(revert/[0-9a-f]{12}\\)\\.$`));
    expect(a['What is the retrospective?']!.answer).toMatch(/^Incident #\d+: detected .*, restored .* \([\d.]+ s\); root cause [0-9a-f]{12}\. Counted in the metrics as a failed deployment \(incident\), recovered in \d+ s by rollback/);
  });

  test('a missing verdict or incident leaves its questions unanswered, and the audit stage fails', () => {
    const dir = copy();
    rmSync(join(dir, 'normal', 'monitor-verdict.json'));
    rmSync(join(dir, 'security', 'incident.json'));
    const normal = answers(dir, 'normal');
    expect(normal['How was it verified and monitored?']!.missing).toEqual(['monitor-verdict']);
    expect(normal['Was it rolled back, and how?']!.missing).toEqual(['monitor-verdict']);
    const security = answers(dir, 'security');
    expect(security['Was it rolled back, and how?']!.missing).toEqual(['incident']);
    expect(security['What is the retrospective?']!.missing).toEqual(['incident']);
    expect(unanswered(auditChange(dir, 'normal')).map((a) => a.question)).toEqual(['How was it verified and monitored?', 'Was it rolled back, and how?']);
    expect(silently(() => auditStage({ artifacts: dir }))).toBe(false);
  });

  test("another deploy's verdict answers nothing about this one", () => {
    const dir = copy();
    // The security change's (breached) verdict kept as the normal change's.
    writeFileSync(join(dir, 'normal', 'monitor-verdict.json'), read('security', 'monitor-verdict'));
    const normal = answers(dir, 'normal');
    expect(normal['How was it verified and monitored?']!.missing).toEqual([`monitor-verdict (of version ${VERSIONS.security}, not the deployed ${VERSIONS.normal})`]);
    expect(normal['How was it verified and monitored?']!.answer).not.toContain('breached');
    expect(silently(() => auditStage({ artifacts: dir }))).toBe(false);
  });

  test('a malformed artifact is refused by its reader, naming the file', () => {
    const dir = copy();
    const verdict = JSON.parse(read('security', 'monitor-verdict')) as Record<string, unknown>;
    writeFileSync(join(dir, 'security', 'monitor-verdict.json'), JSON.stringify({ ...verdict, verdict: 'fine' }));
    expect(() => auditChange(dir, 'security')).toThrow(/security\/monitor-verdict\.json/);
    expect(silently(() => auditStage({ artifacts: dir }))).toBe(false);
  });
});
