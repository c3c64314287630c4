/**
 * Rollback after rollback: five sequences of bad deploys, each rolled back automatically, with a
 * person acknowledging in between (the loop guard allows one automatic rollback per window). The
 * figure is how often a version once judged bad was deployed again: `wrangler rollback` without a
 * version id would pick the previous deployment, which after a rollback is the bad version.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Route } from '../../../test/harness/cloudflare-standin.ts';
import type { RunResult } from '../../../test/harness/run-action.ts';
import { Lab, errorsOf, type Repository } from './support.ts';
import type { WorkerProject } from './support.ts';

const POST: Route = 'POST /accounts/:account/workers/scripts/:script/deployments';
const lab = new Lab();
const judgedBad = new Map<string, Set<string>>();
let sequences = 0;

beforeAll(() => lab.start(), 60_000);
afterAll(async () => {
  await lab.stop();
  process.stdout.write(`auto-revert rollback-after-rollback sequences: ${sequences}; redeploys of a bad version: ${redeploysOfBad()}\n`);
});

const id = (n: number, seed: string) => `${seed.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** POST …/deployments (a rollback or a deploy) that gave a version traffic after it was judged bad. */
function redeploysOfBad(): number {
  let count = 0;
  lab.cf.requests.forEach((q, index) => {
    if (q.route !== POST || q.status !== 200) return;
    const bad = judgedBad.get(q.params['script'] ?? '');
    const named = (q.body as { versions?: Array<{ version_id: string }> } | undefined)?.versions ?? [];
    if (bad && named.some((v) => bad.has(v.version_id) && index >= afterJudged.get(v.version_id)!)) count++;
  });
  return count;
}
const afterJudged = new Map<string, number>();

class Sequence {
  readonly p: WorkerProject;
  readonly repo: Repository;
  constructor(name: string) {
    this.p = lab.project(name);
    this.repo = lab.repository();
    judgedBad.set(this.p.name, new Set());
    sequences++;
  }

  /** A good version serving 100 %, made directly in the model (no plan needed from it). */
  async seed(versionId: string): Promise<void> {
    const v = lab.cf.state.uploadVersion(this.p.name);
    v.id = versionId;
    lab.cf.state.deploy(this.p.name, [{ version_id: versionId, percentage: 100 }]);
    await lab.follow([{ version_id: versionId, percentage: 100 }]);
  }

  async deploy(versionId: string, inputs: Record<string, string> = {}): Promise<string> {
    const { run, planFile } = await lab.deploy(this.p, versionId, { inputs });
    expect(run.exitCode, errorsOf(run)).toBe(0);
    return planFile;
  }

  /** The version goes bad, the watch sees it, and the rollback runs. */
  async breach(versionId: string, planFile: string): Promise<RunResult> {
    await lab.markBad(this.p.name, versionId);
    judgedBad.get(this.p.name)!.add(versionId);
    afterJudged.set(versionId, lab.cf.requests.length);
    const { file } = await lab.watch(versionId, null, this.p.name);
    const r = await lab.revert({ plan: planFile, verdict: file, repo: this.repo, config: this.p.config });
    return r;
  }

  /** A person other than the author acknowledges, and the window passes. */
  acknowledge(): void {
    for (const issue of lab.github.issues.filter((i) => i.state === 'open')) {
      lab.github.close(issue.number, 'grace');
      lab.github.age(issue.number, 120);
    }
  }

  serving(): string[] {
    return lab.cf.state.activeDeployment(this.p.name)!.versions.map((v) => `${v.version_id}@${v.percentage}`);
  }
}

describe.sequential('rollback after rollback', () => {
  test('1: B rolled back to A; the rerun and a manual replay of the same plan change nothing', async () => {
    lab.resetGitHub();
    const s = new Sequence('provii-seq-1');
    const [A, B] = [id(1, 'a1'), id(2, 'b1')];
    await s.seed(A);
    const planB = await s.deploy(B);
    const first = await s.breach(B, planB);
    expect(first.outputs['rolled-back'], errorsOf(first)).toBe('true');
    expect(s.serving()).toEqual([`${A}@100`]);
    const rerun = await lab.revert({ plan: planB, repo: s.repo, config: s.p.config, inputs: { trigger: 'manual', reason: 'checking it again' } });
    expect(rerun.outputs['rolled-back'], errorsOf(rerun)).toBe('true');
    expect(s.serving()).toEqual([`${A}@100`]);
  }, 240_000);

  test('2: A, B bad → A; C bad → A (the target recorded by the C deploy is A, never B)', async () => {
    lab.resetGitHub();
    const s = new Sequence('provii-seq-2');
    const [A, B, C] = [id(1, 'a2'), id(2, 'b2'), id(3, 'c2')];
    await s.seed(A);
    expect((await s.breach(B, await s.deploy(B))).outputs['rolled-back']).toBe('true');
    s.acknowledge();
    const r = await s.breach(C, await s.deploy(C));
    expect(r.outputs['rolled-back'], errorsOf(r)).toBe('true');
    expect(r.outputs['target-version-id']).toBe(A);
    expect(s.serving()).toEqual([`${A}@100`]);
  }, 240_000);

  test('3: A, B bad → A; C good; D bad → C (not A, not B)', async () => {
    lab.resetGitHub();
    const s = new Sequence('provii-seq-3');
    const [A, B, C, D] = [id(1, 'a3'), id(2, 'b3'), id(3, 'c3'), id(4, 'd3')];
    await s.seed(A);
    expect((await s.breach(B, await s.deploy(B))).outputs['rolled-back']).toBe('true');
    s.acknowledge();
    await s.deploy(C);
    const r = await s.breach(D, await s.deploy(D));
    expect(r.outputs['rolled-back'], errorsOf(r)).toBe('true');
    expect(r.outputs['target-version-id']).toBe(C);
    expect(s.serving()).toEqual([`${C}@100`]);
  }, 240_000);

  test('4: three bad deploys in a row, each rolled back to A', async () => {
    lab.resetGitHub();
    const s = new Sequence('provii-seq-4');
    const [A, B, C, D] = [id(1, 'a4'), id(2, 'b4'), id(3, 'c4'), id(4, 'd4')];
    await s.seed(A);
    for (const bad of [B, C, D]) {
      const r = await s.breach(bad, await s.deploy(bad));
      expect(r.outputs['rolled-back'], errorsOf(r)).toBe('true');
      expect(s.serving()).toEqual([`${A}@100`]);
      s.acknowledge();
    }
  }, 240_000);

  test('5: gradual deploys: B at 10 % bad → A at 100 %; C at 10 % bad → A', async () => {
    lab.resetGitHub();
    const s = new Sequence('provii-seq-5');
    const [A, B, C] = [id(1, 'a5'), id(2, 'b5'), id(3, 'c5')];
    await s.seed(A);
    const planB = await s.deploy(B, { strategy: 'gradual', percentage: '10', url: lab.dev.url });
    expect(s.serving()).toEqual([`${B}@10`, `${A}@90`]);
    // The watch of a gradual deploy: the new version answers through its override.
    await lab.dev.control({ version: B, status: 500 });
    lab.bad.add(B);
    judgedBad.get(s.p.name)!.add(B);
    afterJudged.set(B, lab.cf.requests.length);
    const verdict = await lab.watch(B, A, s.p.name);
    const r = await lab.revert({ plan: planB, verdict: verdict.file, repo: s.repo, config: s.p.config });
    expect(r.outputs['rolled-back'], errorsOf(r)).toBe('true');
    expect(s.serving()).toEqual([`${A}@100`]);
    s.acknowledge();
    const planC = await s.deploy(C, { strategy: 'gradual', percentage: '10', url: lab.dev.url });
    await lab.dev.control({ version: C, status: 500 });
    lab.bad.add(C);
    judgedBad.get(s.p.name)!.add(C);
    afterJudged.set(C, lab.cf.requests.length);
    const r2 = await lab.revert({ plan: planC, verdict: (await lab.watch(C, A, s.p.name)).file, repo: s.repo, config: s.p.config });
    expect(r2.outputs['rolled-back'], errorsOf(r2)).toBe('true');
    expect(s.serving()).toEqual([`${A}@100`]);
  }, 240_000);

  test('the GitHub stand-in served only documented answers', () => {
    expect(lab.gh.violations).toEqual([]);
  });

  test('no bad version was deployed again in any sequence', () => {
    expect(sequences).toBe(5);
    expect(redeploysOfBad()).toBe(0);
  });
});
