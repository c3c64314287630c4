/**
 * post-deploy-monitor: read the monitor policy from the base of the change, tighten it with the
 * inputs, then every interval ask each source about the new version and its baseline, let the
 * engine judge, print one line per metric, and stop at the first breach. At the end: the verdict
 * file (the contract's monitor verdict), the outputs and the job summary.
 */
import * as core from '@actions/core';
import { coreLogger as log, Deadline, describePolicySource, Git, loadPolicy, messageOf, printUntrusted, readEvent, runAction, UserError, type WorkflowEvent } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { monitorVerdictContract, rollbackPlanContract, type MonitorVerdict } from '@change-actions/change-record';
import { readContractFile, writeContractFile } from '@change-actions/change-record/files';
import type { SmokeSuite } from '@change-actions/deploy-verify';
import {
  activeMetrics,
  chooseBaseline,
  cloudflareFigures,
  concludeWatch,
  describeMeasurement,
  failedVerdict,
  figuresOf,
  judge,
  metricQueries,
  readCloudflare,
  readMatrix,
  recordInterval,
  schedule,
  startWatch,
  summaryMarkdown,
  syntheticFigures,
  tightenPolicy,
  verdictDocument,
  type Figures,
  type Measurement,
  type ProbeCheck,
  type QueryContext,
  type Reading,
  type WatchState,
} from '@change-actions/monitor';
import type { MonitorMetricPolicy, MonitorPolicy, PolicySource } from '@change-actions/policy';
import { readSettings, type Settings } from './settings.ts';
import { Sources, readSmokeSuite, type Answer } from './sources.ts';

type Output = 'verdict' | 'breaches' | 'measurements' | 'verdict-file';

// A run that fails before its verdict says the least permissive thing.
const fallback: Record<Output, string> = { verdict: 'failed', breaches: '[]', measurements: '[]', 'verdict-file': '' };

/** Time kept past the window for the last queries, the verdict and the summary. */
const MARGIN_MS = 120_000;

export function run(): Promise<void> {
  return runAction<Output>(fallback, async (outputs) => {
    const settings = readSettings();
    const startedAt = new Date();
    let facts: { policy: MonitorPolicy; source: PolicySource; previous: string | null } | undefined;
    let sources: Sources | undefined;
    let state: WatchState = startWatch();
    try {
      const { policy, source } = await readPolicy(settings);
      const tightened = tightenPolicy(policy.monitor, settings.tightening);
      if (Array.isArray(tightened)) throw new UserError(tightened.join('\n'));
      facts = { policy: tightened, source, previous: null };
      const previous = previousVersion(settings);
      facts.previous = previous;
      const { metrics, skipped } = activeMetrics(tightened);
      requireSources(metrics, settings);
      const suite = await readSmokeSuite(settings.probes?.smokeTests).catch((error: unknown) => {
        throw new UserError(`input smoke-tests: ${messageOf(error)}`);
      });
      const deadline = new Deadline(Math.ceil((tightened.initialDelaySeconds + tightened.windowSeconds) * 1000 + MARGIN_MS) / 1000);
      sources = new Sources(settings, deadline, () => new Date());
      const ctx: QueryContext = { service: settings.service, versionId: settings.versionId, previousVersionId: previous, policy: tightened };
      const watch = new Watch(ctx, metrics, sources, suite);
      // A cancelled job (the runner sends SIGINT, then SIGTERM) still leaves a verdict: cut short,
      // so not evidence of health.
      const cancelled = (signal: NodeJS.Signals) => {
        const conclusion = concludeWatch(tightened, metrics, state, undefined, `the job was cancelled (${signal})`);
        const verdict = verdictDocument(
          { service: settings.service, environment: settings.environment, versionId: settings.versionId, previousVersionId: previous, startedAt, endedAt: new Date(), policy: tightened, policySource: source, queries: sources?.queries ?? [], dryRun: settings.dryRun, now: new Date() },
          state,
          conclusion,
        );
        publish(outputs, settings, verdict);
        log.warning(`post-deploy-monitor: ${verdict.verdict}: ${verdict.reason}`);
        process.exit(1);
      };
      process.once('SIGINT', cancelled);
      process.once('SIGTERM', cancelled);

      log.info(`Watching ${settings.service} version ${settings.versionId} for ${tightened.windowSeconds} s, every ${tightened.intervalSeconds} s; policy: ${describePolicySource(source)}`);
      log.info(previous ? `Baseline: the previous version ${previous} (${tightened.baseline})` : 'Baseline: none (no previous version is known): relative thresholds are inconclusive');
      for (const note of skipped) log.info(note);

      const deployedAt = settings.deployedAt ?? startedAt;
      await watch.beforeDeploy(deployedAt);
      for (const tick of schedule(tightened, startedAt)) {
        await sleepUntil(tick, deadline);
        const at = new Date(Math.min(Date.now(), tick + 1000 * tightened.intervalSeconds));
        sources.nextInterval();
        const measurements = await watch.measure(at, tightened.intervalSeconds);
        state = recordInterval(tightened, state, at, measurements);
        printUntrusted([`interval ${state.intervals.length} at ${at.toISOString()}:`, ...measurements.map((m) => `  ${describeMeasurement(m)}`)]);
        if (state.end) break;
      }
      let finals: Measurement[] | undefined;
      if (!state.end) {
        sources.nextInterval();
        const end = new Date(startedAt.getTime() + (tightened.initialDelaySeconds + tightened.windowSeconds) * 1000);
        finals = await watch.measure(new Date(Math.max(end.getTime(), Math.min(Date.now(), end.getTime() + 1000))), tightened.windowSeconds);
        printUntrusted(['whole window:', ...finals.map((m) => `  ${describeMeasurement(m)}`)]);
      }
      const conclusion = concludeWatch(tightened, metrics, state, finals);
      const verdict = verdictDocument(
        { service: settings.service, environment: settings.environment, versionId: settings.versionId, previousVersionId: previous, startedAt, endedAt: new Date(), policy: tightened, policySource: source, queries: sources.queries, dryRun: settings.dryRun, now: new Date() },
        state,
        conclusion,
      );
      publish(outputs, settings, verdict);
      await core.summary.addRaw(summaryMarkdown(verdict, state.intervals, skipped)).write();
      const message = `post-deploy-monitor: ${verdict.verdict}: ${verdict.reason}`;
      if (verdict.verdict === 'breached' || verdict.verdict === 'failed') {
        if (settings.dryRun) log.warning(`${message} (dry run: the step does not fail)`);
        else core.setFailed(message);
      } else if (verdict.verdict === 'inconclusive') log.warning(message);
      else log.info(message);
    } catch (error) {
      // The verdict file is written whatever happened: auto-revert-on-threshold reads `failed` there.
      const reason = `the watch could not be completed: ${messageOf(error)}`;
      const policy = facts?.policy;
      if (policy) {
        const verdict = failedVerdict(
          { service: settings.service, environment: settings.environment, versionId: settings.versionId, previousVersionId: facts?.previous ?? null, startedAt, endedAt: new Date(), policy, policySource: facts!.source, queries: sources?.queries ?? [], dryRun: settings.dryRun, now: new Date() },
          reason,
          state,
        );
        publish(outputs, settings, verdict);
      }
      throw error;
    }
  });
}

function publish(outputs: { set(name: Output, value: string): void }, settings: Settings, verdict: MonitorVerdict): void {
  writeContractFile(monitorVerdictContract, settings.verdictPath, verdict);
  outputs.set('verdict', verdict.verdict);
  outputs.set('breaches', JSON.stringify(verdict.breaches));
  outputs.set('measurements', JSON.stringify(verdict.metrics));
  outputs.set('verdict-file', settings.verdictPath);
}

async function readPolicy(settings: Settings) {
  let client: GitHubClient | undefined;
  const github = async () => {
    if (!client) {
      const { createGitHubClient } = await import('@change-actions/action-kit/github');
      client = await createGitHubClient({ token: settings.token, deadline: new Deadline(60) });
    }
    return client;
  };
  const event = readEvent();
  return loadPolicy({ owner: event.owner, repo: event.repo, ref: settings.policyRef ?? baseOf(event), path: settings.policyPath }, { git: new Git(settings.repositoryPath), github });
}

/**
 * The base of the event: the policy that applies is the one before the change (a push's
 * `before`, a pull request's or merge group's base), else the default branch's.
 */
function baseOf(event: WorkflowEvent): string {
  const base = event.base.sha ?? event.defaultBranch;
  if (base !== undefined) return base;
  throw new UserError(`the ${event.eventName} event names no base to read the policy from; set input policy-ref to the commit whose policy applies`);
}

function previousVersion(settings: Settings): string | null {
  if (settings.previousVersionId) return settings.previousVersionId;
  if (!settings.rollbackPlan) return null;
  const plan = readContractFile(rollbackPlanContract, settings.rollbackPlan);
  return plan.target_version_id;
}

function requireSources(metrics: readonly MonitorMetricPolicy[], settings: Settings): void {
  const needs: Record<MonitorMetricPolicy['source'], [boolean, string]> = {
    loki: [settings.loki !== undefined, 'loki-url'],
    prometheus: [settings.prometheus !== undefined, 'prometheus-url'],
    cloudflare: [settings.cloudflare !== undefined, 'cloudflare-api-token and cloudflare-account-id'],
    probes: [settings.probes !== undefined, 'url'],
  };
  const missing = metrics.filter((m) => !needs[m.source][0]).map((m) => `metric ${m.name} (source ${m.source}) needs input ${needs[m.source][1]}`);
  if (missing.length > 0) throw new UserError(`the monitor policy's metrics cannot be measured: ${missing.join('; ')}. A metric left unmeasured would never be evidence of health.`);
}

class Watch {
  private readonly versions: string[];
  private readonly before = new Map<string, Figures>();

  private readonly ctx: QueryContext;
  private readonly metrics: readonly MonitorMetricPolicy[];
  private readonly sources: Sources;
  private readonly suite: SmokeSuite | undefined;

  constructor(ctx: QueryContext, metrics: readonly MonitorMetricPolicy[], sources: Sources, suite: SmokeSuite | undefined) {
    this.ctx = ctx;
    this.metrics = metrics;
    this.sources = sources;
    this.suite = suite;
    this.versions = [ctx.versionId, ...(ctx.previousVersionId ? [ctx.previousVersionId] : [])];
  }

  /** The previous version over the window's length before the deploy, for relative thresholds. */
  async beforeDeploy(deployedAt: Date): Promise<void> {
    const previous = this.ctx.previousVersionId;
    const mode = this.ctx.policy.baseline;
    if (!previous || mode === 'none' || mode === 'same-minutes') return;
    const window = this.ctx.policy.windowSeconds;
    for (const metric of this.metrics.filter((m) => m.threshold.kind === 'relative')) {
      const figures = await this.figures(metric, deployedAt, window);
      if (figures) this.before.set(metric.name, figures.previous ?? { value: null, samples: 0 });
    }
  }

  private async figures(metric: MonitorMetricPolicy, at: Date, rangeSeconds: number): Promise<{ current: Figures; previous: Figures | null } | undefined> {
    const previous = this.ctx.previousVersionId;
    if (metric.source === 'loki' || metric.source === 'prometheus') {
      const q = metricQueries(metric, this.ctx, rangeSeconds);
      if (!q) return { current: { value: null, samples: null, problem: `metric ${metric.name}: template ${metric.template ?? '(none)'} has no ${metric.source} query; give query and samples-query` }, previous: null };
      const [value, samples] = await Promise.all([this.sources.queryRange(metric.source, metric.name, q.value, at, rangeSeconds), this.sources.queryRange(metric.source, metric.name, q.samples, at, rangeSeconds)]);
      const read = (a: Answer): Reading => (a.ok ? readMatrix(a.body, this.versions) : { ok: false, problem: a.problem });
      const [v, s] = [read(value), read(samples)];
      return { current: figuresOf(v, s, this.ctx.versionId), previous: previous ? figuresOf(v, s, previous) : null };
    }
    if (metric.source === 'cloudflare') {
      const answer = await this.sources.cloudflare(this.ctx, new Date(at.getTime() - rangeSeconds * 1000), at);
      const reading = answer.ok ? readCloudflare(answer.body, this.versions) : ({ ok: false, problem: answer.problem } as const);
      return { current: cloudflareFigures(reading, metric.template, this.ctx.versionId), previous: previous ? cloudflareFigures(reading, metric.template, previous) : null };
    }
    return undefined;
  }

  private probesOf: Promise<ProbeCheck[] | string> | undefined;

  async measure(at: Date, rangeSeconds: number): Promise<Measurement[]> {
    this.probesOf = undefined;
    const results: Measurement[] = [];
    for (const metric of this.metrics) {
      if (metric.source === 'probes') {
        this.probesOf ??= this.sources.probes(this.suite);
        const checks = await this.probesOf;
        const current = typeof checks === 'string' ? { value: null, samples: null, problem: checks } : syntheticFigures(checks);
        results.push(judge(metric, current, { kind: 'none', figures: null }, at));
        continue;
      }
      const figures = await this.figures(metric, at, rangeSeconds);
      const current = figures?.current ?? { value: null, samples: null, problem: 'no figures' };
      const baseline = chooseBaseline(this.ctx.policy.baseline, metric.minSamples, figures?.previous ?? null, this.before.get(metric.name) ?? null);
      results.push(judge(metric, current, baseline, at));
    }
    return results;
  }
}

function sleepUntil(at: number, deadline: Deadline): Promise<void> {
  const ms = at - Date.now();
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const signal = deadline.signal;
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
