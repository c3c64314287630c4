/**
 * What the auto-revert-on-threshold tests share: one Cloudflare API stand-in whose deployments the
 * test Worker under `wrangler dev` follows (it answers as the version at 100 %, with errors when
 * that version is a bad one), one GitHub stand-in, real deploys through the wrangler-deploy-verify
 * bundle (their rollback plans are the files that bundle wrote), verdicts written with the
 * contract's writer from what the real Worker answered, and real git with a local bare remote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorVerdictContract, type MonitorVerdict } from '@change-actions/change-record';
import { writeContractFile } from '@change-actions/change-record/files';
import { startCloudflareStandIn, type CloudflareStandIn, type WorkerScript } from '../../../test/harness/cloudflare-standin.ts';
import { fakeSha } from '../../../test/harness/fixtures.ts';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { startGitHubStandIn, type GitHubStandIn } from '../../../test/harness/github-standin.ts';
import { repoRoot } from '../../../test/harness/paths.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import { startWorkerDev, type WorkerDev } from '../../../test/harness/worker-dev.ts';
import { chooseVersionIds } from '../../wrangler-deploy-verify/test/support.ts';
import { GitHubRepo, REPOSITORY } from './github.ts';

export const OUTPUTS = ['rolled-back', 'target-version-id', 'revert-pr', 'revert-sha', 'incident', 'incident-file', 'time-to-restore-seconds', 'outcome', 'status-page-note'];

export class Lab {
  cf!: CloudflareStandIn;
  gh!: GitHubStandIn;
  dev!: WorkerDev;
  github!: GitHubRepo;
  /** Versions that answer with errors whenever they serve. */
  readonly bad = new Set<string>();
  /** Runs once, instead of following, at the next deployment change (another deploy, a lagging edge…). */
  intercept: (() => void | Promise<void>) | undefined;
  private chooseIds!: (worker: string, ...ids: string[]) => void;
  private readonly cleanups: Array<() => void> = [];
  private temp = '';

  async start(): Promise<void> {
    this.temp = mkdtempSync(join(tmpdir(), 'auto-revert-'));
    [this.cf, this.gh] = await Promise.all([startCloudflareStandIn({ onDeployment: (_script, deployment) => this.follow(deployment.versions) }), startGitHubStandIn()]);
    this.chooseIds = chooseVersionIds(this.cf);
    this.dev = await startWorkerDev({ env: this.cf.env });
    this.github = new GitHubRepo(this.gh);
  }

  async stop(): Promise<void> {
    await this.dev?.stop();
    await Promise.all([this.cf?.close(), this.gh?.close()]);
    for (const c of this.cleanups) c();
    rmSync(this.temp, { recursive: true, force: true });
  }

  /** The Worker answers as the version serving (see below); a bad version answers 500. */
  async follow(versions: ReadonlyArray<{ version_id: string; percentage: number }>): Promise<void> {
    const intercept = this.intercept;
    if (intercept) {
      this.intercept = undefined;
      await intercept();
      return;
    }
    // One version: it answers. A split: the newer version answers, as it does for a request pinned
    // to it with Cloudflare-Workers-Version-Overrides (the deploy's and the watch's requests).
    const order = (id: string) => Math.max(...[...this.cf.state.scripts.values()].map((s) => s.versions.findIndex((v) => v.id === id)));
    const serving = versions.length === 1 ? versions[0]!.version_id : [...versions].sort((a, b) => order(b.version_id) - order(a.version_id))[0]?.version_id;
    if (serving === undefined) return;
    await this.dev.control(this.bad.has(serving) ? { version: serving, status: 500 } : { version: serving });
  }

  /** A fresh GitHub repository (no incidents, no pull requests). */
  resetGitHub(): GitHubRepo {
    this.github = new GitHubRepo(this.gh);
    return this.github;
  }

  file(name: string): string {
    return join(this.temp, name);
  }

  project(name: string): WorkerProject {
    const p = new WorkerProject(name);
    this.cleanups.push(() => p.remove());
    return p;
  }

  /** Deploys a version through the wrangler-deploy-verify bundle; returns its run and plan file. */
  async deploy(p: WorkerProject, versionId: string, options: { inputs?: Record<string, string>; sha?: string } = {}): Promise<{ run: RunResult; planFile: string; versionId: string }> {
    this.chooseIds(p.name, versionId);
    const planFile = this.file(`plan-${p.name}-${versionId}.json`);
    const run = await runAction({
      action: 'wrangler-deploy-verify',
      cwd: repoRoot,
      inputs: {
        'working-directory': 'test/worker',
        config: p.config,
        url: this.dev.url,
        sha: options.sha ?? fakeSha(versionId),
        'change-type': 'normal',
        'pull-request': '12',
        'health-timeout-seconds': '3',
        'github-deployment': 'false',
        'deploy-freeze': 'off',
        'rollback-plan-path': planFile,
        'timeout-seconds': '120',
        ...options.inputs,
      },
      env: { ...this.cf.env, CHANGE_ACTIONS_RETRY_BASE_MS: '20' },
    });
    return { run, planFile, versionId };
  }

  /** Marks a version bad: from now on it answers with errors (at once, when it serves). */
  async markBad(worker: string, versionId: string): Promise<void> {
    this.bad.add(versionId);
    const live = this.cf.state.activeDeployment(worker);
    if (live) await this.follow(live.versions);
  }

  /**
   * The monitor's verdict, from what the real Worker answers: `requests` GETs, the share of 5xx
   * against the procedure's "error rate > 5 %", written with the contract's writer.
   */
  async watch(versionId: string, previous: string | null, service: string, requests = 20): Promise<{ file: string; verdict: MonitorVerdict }> {
    const started = new Date();
    let errors = 0;
    for (let i = 0; i < requests; i++) {
      const response = await fetch(`${this.dev.url}/v1/challenges?n=${i}`);
      await response.arrayBuffer();
      if (response.status >= 500) errors++;
    }
    const ended = new Date();
    const ratio = errors / requests;
    const breached = ratio > 0.05;
    const threshold = { kind: 'absolute' as const, operator: '>' as const, value: 0.05 };
    const verdict: MonitorVerdict = {
      kind: 'monitor-verdict',
      version: 1,
      verdict: breached ? 'breached' : 'healthy',
      reason: breached ? `error rate ${(ratio * 100).toFixed(1)} % > 5 %` : 'every metric healthy over the whole watch',
      service,
      environment: null,
      version_id: versionId,
      previous_version_id: previous,
      window: { started_at: started.toISOString(), ended_at: ended.toISOString(), planned_seconds: 1, interval_seconds: 1, initial_delay_seconds: 0 },
      complete: true,
      baseline: { kind: 'none', reason: 'the test watch has no baseline' },
      metrics: [{ name: 'error-rate', source: 'worker', status: breached ? 'breached' : 'healthy', threshold, value: ratio, baseline: null, samples: requests, min_samples: 10, reason: `${errors} of ${requests} answers were 5xx` }],
      breaches: breached ? [{ metric: 'error-rate', trigger: 'error rate > 5 %', value: ratio, threshold, baseline: null, samples: requests, at: ended.toISOString(), reason: `${errors} of ${requests} answers were 5xx` }] : [],
      intervals: [],
      queries: [{ source: 'worker', metric: 'error-rate', request: `GET ${this.dev.url}/v1/challenges`, sent_at: started.toISOString(), outcome: `${requests} answers` }],
      policy: { kind: 'defaults', path: '.github/change-policy.yml', ref: fakeSha('policy') },
      dry_run: false,
      recorded_at: new Date().toISOString(),
    };
    const file = this.file(`verdict-${versionId}-${Date.now()}.json`);
    writeContractFile(monitorVerdictContract, file, verdict);
    return { file, verdict };
  }

  /** The Worker's state in the model, to restore before each scenario. */
  snapshot(worker: string): WorkerScript {
    return structuredClone(this.cf.state.script(worker));
  }

  async restoreSnapshot(worker: string, snapshot: WorkerScript): Promise<void> {
    this.cf.state.scripts.set(worker, structuredClone(snapshot));
    this.cf.clearFaults();
    this.intercept = undefined;
    await this.follow(snapshot.deployments.at(-1)!.versions);
  }

  /** A repository with a bare remote: main holds a good commit and the bad one on top. */
  repository(policy?: string): Repository {
    const remote = mkdtempSync(join(tmpdir(), 'auto-revert-remote-'));
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    const clone = new TempRepo();
    clone.git('remote', 'add', 'origin', remote);
    const good = clone.commit('feat: start the verifier\n\nThe first version of the service.\n\nFixes: #1\n', { 'src/limits.ts': 'export const limit = 10;\n', ...(policy ? { '.github/change-policy.yml': policy } : {}) });
    const bad = clone.commit('feat: raise the challenge limit\n\nMore challenges per minute for the busy tenants.\n\nFixes: #2\n', { 'src/limits.ts': 'export const limit = 1000;\n' });
    clone.git('push', '-q', 'origin', 'main');
    const repo = { dir: clone.dir, remote, good, bad, clone, git: (...args: string[]) => execFileSync('git', args, { cwd: remote, encoding: 'utf8' }).trim() };
    this.cleanups.push(() => {
      clone.remove();
      rmSync(remote, { recursive: true, force: true });
    });
    return repo;
  }

  /** Runs the auto-revert-on-threshold bundle. */
  revert(options: { plan: string; verdict?: string; repo: Repository; inputs?: Record<string, string>; env?: Record<string, string>; config: string }): Promise<RunResult> {
    return runAction({
      action: 'auto-revert-on-threshold',
      cwd: repoRoot,
      inputs: {
        'rollback-plan': options.plan,
        ...(options.verdict ? { 'verdict-file': options.verdict } : {}),
        url: this.dev.url,
        'working-directory': 'test/worker',
        config: options.config,
        'repository-path': options.repo.dir,
        sha: options.repo.bad,
        'github-token': 'ghs_standin_token_0123456789',
        'incident-file': this.file(`incident-${Date.now()}-${Math.random().toString(36).slice(2)}.json`),
        'timeout-seconds': '120',
        ...options.inputs,
      },
      env: { ...this.cf.env, GITHUB_API_URL: this.gh.url, GITHUB_REPOSITORY: REPOSITORY, CHANGE_ACTIONS_RETRY_BASE_MS: '20', ...options.env },
    });
  }
}

export interface Repository {
  dir: string;
  remote: string;
  good: string;
  bad: string;
  clone: TempRepo;
  git: (...args: string[]) => string;
}

export function readIncident(r: RunResult): Record<string, any> | undefined {
  const file = r.outputs['incident-file'];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>) : undefined;
}

export const errorsOf = (r: RunResult) => r.commands.filter((c) => c.command === 'error').map((c) => c.message).join('\n');

/** A temporary Worker project: a wrangler config naming the Worker, using the test Worker's code. */
export class WorkerProject {
  readonly dir: string;
  readonly config: string;
  readonly name: string;
  constructor(name: string) {
    this.name = name;
    this.dir = mkdtempSync(join(tmpdir(), `auto-revert-${name}-`));
    this.config = join(this.dir, 'wrangler.toml');
    writeFileSync(this.config, `name = "${name}"\nmain = "${join(repoRoot, 'test', 'worker', 'src', 'index.ts')}"\ncompatibility_date = "2026-11-01"\n\n[version_metadata]\nbinding = "CF_VERSION_METADATA"\n`);
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
