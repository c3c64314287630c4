/**
 * `npm run demo` end to end, then the A.8.32 audit of each of its changes from the artifacts the
 * demo left and nothing else. Questions whose artifact comes from an action not yet in the suite
 * (the monitor verdict, the incident) must say so, never be answered by a guess.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../harness/paths.ts';
import { A832_QUESTIONS, auditChange } from './audit.ts';

const artifacts = mkdtempSync(join(tmpdir(), 'change-demo-audit-'));
let demo: { status: number | null; stdout: string; stderr: string; seconds: number };

beforeAll(() => {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo.mjs')], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CHANGE_DEMO_ARTIFACTS: artifacts }, timeout: 240_000 });
  demo = { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - started) / 1000 };
}, 250_000);

afterAll(() => rmSync(artifacts, { recursive: true, force: true }));

describe('npm run demo', () => {
  test('runs every stage, step by step, in under two minutes', () => {
    expect(demo.stderr).not.toContain('did not give the expected verdict');
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.seconds).toBeLessThan(120);
    const steps = [...demo.stdout.matchAll(/^\[(\d+)\/(\d+)\] (.+) \(/gm)].map((m) => m[3]);
    expect(steps).toEqual(expect.arrayContaining(['lint-commit', 'security-review-gate', 'wrangler-deploy-verify', 'change-metrics']));
    expect(demo.stdout).toMatch(/not approved \(pending: code-review, security-review\), because:\n {2}- code-review: /);
  });

  test('leaves its artifacts, per change, and the metrics', () => {
    expect(readdirSync(artifacts).sort()).toEqual(expect.arrayContaining(['metrics.json', 'metrics.md', 'normal', 'security']));
    expect(readdirSync(join(artifacts, 'security')).sort()).toEqual(expect.arrayContaining(['change-record.json', 'deploy-verification.json', 'deployment-payload.json', 'gate-result.json', 'rollback-plan.json']));
  });
});

describe('A.8.32 from the artifacts alone', () => {
  const answers = (change: string) => Object.fromEntries(auditChange(artifacts, change).map((a) => [a.question, a]));

  test('every question of every change is answered or names the artifact that is missing', () => {
    for (const change of ['normal', 'security']) {
      const all = auditChange(artifacts, change);
      expect(all.map((a) => a.question)).toEqual([...A832_QUESTIONS]);
      for (const a of all) expect(a.answer !== null || a.missing.length > 0, `${change}: ${a.question}`).toBe(true);
    }
  });

  test('the normal change: its type, who approved, what was tested, deployed and verified, not rolled back, counted', () => {
    const a = answers('normal');
    expect(a['What type of change is it?']!.answer).toMatch(/^normal; classified at [0-9a-f]{12}/);
    expect(a['Who approved it, in which role?']!.answer).toBe('Gate approved: code-review: 2 of 2 approvals: @bob, @carol.');
    expect(a['What was tested?']!.answer).toMatch(/After the deploy: health passed; smoke tests health document passed, sign-in route passed\./);
    expect(a['What was deployed?']!.answer).toMatch(/^provii-verifier version 5e1ec7ed-0000-4000-8000-00000000beef from commit [0-9a-f]{12} \(#123\), replacing [0-9a-f-]{36}; deploy at 100 %, as a normal change\.$/);
    expect(a['How was it verified and monitored?']).toMatchObject({ answer: expect.stringContaining('the new version answered and was healthy'), missing: ['monitor-verdict'] });
    expect(a['Was it rolled back, and how?']!.answer).toMatch(/^Not rolled back: the plan kept [0-9a-f-]{36} ready \(rollback\)\.$/);
    expect(a['What is the retrospective?']).toMatchObject({ answer: expect.stringMatching(/^Counted in the metrics as a successful deployment/), missing: [] });
  });

  test('the security change: security-relevant, approved by the Security Lead, the failed deploy and its rollback plan, counted as failed', () => {
    const a = answers('security');
    expect(a['What type of change is it?']!.answer).toMatch(/security-relevant .*triggers: authentication \(authentication\.paths\)/);
    expect(a['Who approved it, in which role?']!.answer).toContain('security-review: security-relevant change (authentication): approved by @sam (security-lead)');
    expect(a['What was deployed?']!.answer).toMatch(/^provii-issuer version /);
    expect(a['How was it verified and monitored?']!.answer).toContain('the new version was not the one answering healthy');
    expect(a['Was it rolled back, and how?']).toMatchObject({ answer: expect.stringMatching(/^Rollback recommended \(the new version is not the one answering\): wrangler rollback /), missing: ['incident'] });
    expect(a['What is the retrospective?']).toMatchObject({ answer: expect.stringMatching(/^Counted in the metrics as a failed deployment \(verification\)/), missing: ['incident'] });
  });
});
