/**
 * The four DORA keys as DORA defines them today, over one period:
 *
 * - deployment frequency: deployments that reached production (succeeded, or deployed and then
 *   failed verification), per week;
 * - change lead time: from a commit (its committer date) to the deployment that brought it to
 *   production reporting success, median over commits;
 * - change fail rate: the share of those deployments that needed immediate intervention: the
 *   deploy's own verification failed, an automatic rollback's incident names it, or a revert
 *   commit reverted what it deployed;
 * - failed deployment recovery time (the procedure's "mean time to recovery"): from the failed
 *   deployment reaching production to the service restored: the incident's verified restore, or
 *   the next successful deployment of the service. Mean (the procedure's target) and median.
 *
 * Every payload, incident and change record is read through the contract package; what does not
 * read is listed in `skipped` with the reason and never counted or guessed.
 */
import {
  CHANGE_TYPES,
  ContractError,
  changeRecordContract,
  check,
  deploymentPayloadContract,
  extractIncident,
  type ChangeType,
  type DeploymentPayload,
  type Incident,
} from '@change-actions/change-record';
import { PROCEDURE_TARGETS, type DeploymentInput, type MetricsInput, type MetricsTargets, type RepositoryInput } from './input.ts';

export type ChangeTypeKey = ChangeType | 'unknown';

export type DeploymentOutcome = 'succeeded' | 'failed-verification' | 'not-deployed' | 'pending';

export interface Failure {
  cause: 'verification' | 'incident' | 'revert';
  detail: string;
  incident?: number;
  revert?: string;
}

export interface DeploymentFact {
  repository: string;
  id: number;
  sha: string;
  service: string;
  changeType: ChangeTypeKey;
  changeTypeSource: 'payload' | 'change-record' | 'none';
  strategy: string;
  percentage: number;
  versionId: string | null;
  previousVersionId: string | null;
  pullRequest: number | null;
  outcome: DeploymentOutcome;
  /** When it reached production (its success, or failure, status); null when it did not. */
  deployedAt: string | null;
  week: string | null;
  quarter: string | null;
  failures: Failure[];
  recovery: { at: string; seconds: number; by: 'rollback' | 'redeploy' } | null;
  /** Seconds from each deployed commit to the success status; null when the commits were not read. */
  leadTimesSeconds: number[] | null;
}

export interface TargetVerdict {
  status: 'met' | 'missed' | 'no-data';
  value: number | null;
  target: number;
  reason: string;
}

export interface Keys {
  deployments: number;
  deploymentsPerWeek: number;
  leadTime: { commits: number; medianSeconds: number | null; p90Seconds: number | null; deploymentsWithoutCommits: number };
  failed: number;
  changeFailureRate: number | null;
  recovery: { recovered: number; unrecovered: number; meanSeconds: number | null; medianSeconds: number | null };
  targets: { changeFailureRate: TargetVerdict; recovery: TargetVerdict };
}

export interface Skipped {
  repository: string;
  what: 'deployment' | 'incident' | 'change-record';
  /** Deployment id, issue number or file. */
  source: string;
  reason: string;
}

export interface RollbackFact {
  repository: string;
  kind: 'automatic' | 'revert';
  /** The incident issue, or the revert commit. */
  source: string;
  service: string | null;
  deployment: number | null;
  outcome: string;
  verified: boolean | null;
  at: string;
}

export interface MetricsReport {
  kind: 'change-metrics';
  version: 1;
  period: { start: string; end: string; weeks: number };
  environment: string;
  readAt: string;
  targets: MetricsTargets;
  repositories: string[];
  overall: Keys;
  byService: Record<string, Keys>;
  byChangeType: Record<string, Keys>;
  byWeek: Record<string, Keys>;
  byQuarter: Record<string, Keys>;
  emergency: { deployments: number; failed: number; list: Array<Pick<DeploymentFact, 'repository' | 'id' | 'sha' | 'service' | 'pullRequest' | 'deployedAt' | 'outcome'>> };
  rollbacks: { automatic: number; verified: number; reverts: number; revertsOfDeployedChanges: number; list: RollbackFact[] };
  /** Deployments to other environments, and restore verifications (strategy verify): read, not counted. */
  notCounted: { otherEnvironments: number; verifications: number; notDeployed: number; pending: number; outsidePeriod: number };
  skipped: Skipped[];
  notes: string[];
  deployments: DeploymentFact[];
}

const DAY = 86_400_000;
const REVERT = /This reverts commit ([0-9a-f]{40})/g;

const ms = (iso: string) => Date.parse(iso);
const seconds = (from: string, to: string) => Math.round((ms(to) - ms(from)) / 1000);

/** ISO 8601 week of an instant (UTC), e.g. `2026-W49`. */
export function isoWeek(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3));
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / DAY / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Calendar quarter of an instant (UTC), e.g. `2026-Q4`. */
export function quarterOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The start and end ([start, end)) of a quarter label such as `2026-Q4`. */
export function quarterBounds(label: string): { start: string; end: string } {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) throw new Error(`"${label}" is not a quarter; accepted: YYYY-Q1 to YYYY-Q4, e.g. 2026-Q4`);
  const year = Number(match[1]);
  const q = Number(match[2]) - 1;
  return { start: new Date(Date.UTC(year, q * 3, 1)).toISOString(), end: new Date(Date.UTC(year, q * 3 + 3, 1)).toISOString() };
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return Math.round(sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low));
}

function statusTime(deployment: DeploymentInput, states: string[]): string | null {
  const found = [...deployment.statuses].filter((s) => states.includes(s.state)).sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
  return found[0]?.createdAt ?? null;
}

function outcomeOf(deployment: DeploymentInput): { outcome: DeploymentOutcome; at: string | null } {
  const success = statusTime(deployment, ['success']);
  if (success) return { outcome: 'succeeded', at: success };
  const failure = statusTime(deployment, ['failure']);
  // wrangler-deploy-verify sets failure when the new version went live and failed verification,
  // error when nothing was deployed.
  if (failure) return { outcome: 'failed-verification', at: failure };
  if (statusTime(deployment, ['error'])) return { outcome: 'not-deployed', at: null };
  return { outcome: 'pending', at: null };
}

function describeError(error: unknown): string {
  return error instanceof ContractError ? error.message : error instanceof Error ? error.message : String(error);
}

interface Read {
  facts: DeploymentFact[];
  verifications: DeploymentFact[];
  incidents: Array<{ number: number; incident: Incident }>;
  /** The commits each counted deployment brought. */
  brought: Map<DeploymentFact, string[]>;
}

function readRepository(repo: RepositoryInput, input: MetricsInput, report: MetricsReport): Read {
  const facts: DeploymentFact[] = [];
  const verifications: DeploymentFact[] = [];
  const brought = new Map<DeploymentFact, string[]>();
  const recordTypes = new Map<string, ChangeType>();
  for (const { source, document } of repo.changeRecords) {
    try {
      const record = check(changeRecordContract, document, source);
      if (record.repository !== repo.repository) continue;
      recordTypes.set(record.head, record.record.changeType);
    } catch (error) {
      report.skipped.push({ repository: repo.repository, what: 'change-record', source, reason: describeError(error) });
    }
  }
  for (const deployment of repo.deployments) {
    if (deployment.environment !== input.environment) {
      report.notCounted.otherEnvironments++;
      continue;
    }
    let payload: DeploymentPayload;
    try {
      payload = check(deploymentPayloadContract, deployment.payload, `deployment ${deployment.id} payload`);
    } catch (error) {
      report.skipped.push({ repository: repo.repository, what: 'deployment', source: String(deployment.id), reason: `not recorded by wrangler-deploy-verify: ${describeError(error)}` });
      continue;
    }
    if (payload.sha !== deployment.sha) {
      report.skipped.push({ repository: repo.repository, what: 'deployment', source: String(deployment.id), reason: `its payload names commit ${payload.sha.slice(0, 12)} but the deployment is of ${deployment.sha.slice(0, 12)}` });
      continue;
    }
    const fromRecord = recordTypes.get(deployment.sha);
    if (payload.change_type && fromRecord && fromRecord !== payload.change_type) {
      report.notes.push(`${repo.repository} deployment ${deployment.id}: deployed as ${payload.change_type}, but its change record says ${fromRecord}; counted as deployed`);
    }
    const changeType: ChangeTypeKey = payload.change_type ?? fromRecord ?? 'unknown';
    const { outcome, at } = outcomeOf(deployment);
    const fact: DeploymentFact = {
      repository: repo.repository,
      id: deployment.id,
      sha: deployment.sha,
      service: payload.worker ?? repo.repository,
      changeType,
      changeTypeSource: payload.change_type ? 'payload' : fromRecord ? 'change-record' : 'none',
      strategy: payload.strategy,
      percentage: payload.percentage,
      versionId: payload.version_id,
      previousVersionId: payload.previous_version_id,
      pullRequest: payload.pull_request,
      outcome,
      deployedAt: at,
      week: at ? isoWeek(at) : null,
      quarter: at ? quarterOf(at) : null,
      failures: outcome === 'failed-verification' ? [{ cause: 'verification', detail: 'the deploy went live and failed its own verification (health or smoke tests)' }] : [],
      recovery: null,
      leadTimesSeconds:
        outcome === 'succeeded' && at && deployment.commits ? deployment.commits.map((c) => Math.max(0, seconds(c.committedAt, at))) : null,
    };
    if (payload.strategy === 'verify') {
      if (outcome === 'succeeded') verifications.push(fact);
      report.notCounted.verifications++;
      continue;
    }
    if (outcome === 'not-deployed') {
      report.notCounted.notDeployed++;
      continue;
    }
    if (outcome === 'pending') {
      report.notCounted.pending++;
      continue;
    }
    facts.push(fact);
    brought.set(fact, (deployment.commits ?? [{ sha: deployment.sha }]).map((c) => c.sha));
  }

  const incidents: Array<{ number: number; incident: Incident }> = [];
  for (const issue of repo.incidents) {
    const source = `${repo.repository}#${issue.number}`;
    try {
      const incident = extractIncident(issue.body, `incident issue ${source}`);
      if (incident.dry_run) {
        report.skipped.push({ repository: repo.repository, what: 'incident', source, reason: 'a dry run: nothing was rolled back' });
        continue;
      }
      incidents.push({ number: issue.number, incident });
    } catch (error) {
      report.skipped.push({ repository: repo.repository, what: 'incident', source, reason: describeError(error) });
    }
  }
  return { facts, verifications, incidents, brought };
}

function linkIncident(facts: DeploymentFact[], incident: Incident): DeploymentFact | undefined {
  const before = (f: DeploymentFact) => f.deployedAt !== null && ms(f.deployedAt) <= ms(incident.times.detected_at);
  return (
    (incident.deployment.id !== null ? facts.find((f) => f.id === incident.deployment.id) : undefined) ??
    (incident.deployment.version_id !== null ? facts.find((f) => f.versionId === incident.deployment.version_id) : undefined) ??
    (incident.root_cause_sha !== null ? facts.filter((f) => f.sha === incident.root_cause_sha && before(f)).at(-1) : undefined)
  );
}

function keysOf(facts: DeploymentFact[], weeks: number, targets: MetricsTargets): Keys {
  const deployments = facts.length;
  const leads = facts.flatMap((f) => f.leadTimesSeconds ?? []);
  const failed = facts.filter((f) => f.failures.length > 0);
  const recovered = failed.filter((f) => f.recovery !== null).map((f) => f.recovery!.seconds);
  const unrecovered = failed.length - recovered.length;
  const rate = deployments === 0 ? null : failed.length / deployments;
  const mean = recovered.length === 0 ? null : Math.round(recovered.reduce((a, b) => a + b, 0) / recovered.length);
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  const cfr: TargetVerdict =
    rate === null
      ? { status: 'no-data', value: null, target: targets.changeFailureRate, reason: 'no deployment reached production' }
      : {
          status: rate < targets.changeFailureRate ? 'met' : 'missed',
          value: rate,
          target: targets.changeFailureRate,
          reason: `${failed.length} of ${deployments} deployments failed: ${pct(rate)} against < ${pct(targets.changeFailureRate)}`,
        };
  let recovery: TargetVerdict;
  if (failed.length === 0) {
    recovery = { status: deployments === 0 ? 'no-data' : 'met', value: null, target: targets.recoverySeconds, reason: deployments === 0 ? 'no deployment reached production' : 'no failed deployment to recover from' };
  } else if (unrecovered > 0) {
    recovery = { status: 'missed', value: mean, target: targets.recoverySeconds, reason: `${unrecovered} failed deployment(s) not recovered by the end of the period` };
  } else {
    recovery = {
      status: mean! < targets.recoverySeconds ? 'met' : 'missed',
      value: mean,
      target: targets.recoverySeconds,
      reason: `mean ${formatDuration(mean)} over ${recovered.length} recoveries against < ${formatDuration(targets.recoverySeconds)}`,
    };
  }
  return {
    deployments,
    deploymentsPerWeek: weeks > 0 ? Math.round((deployments / weeks) * 100) / 100 : deployments,
    leadTime: {
      commits: leads.length,
      medianSeconds: quantile(leads, 0.5),
      p90Seconds: quantile(leads, 0.9),
      deploymentsWithoutCommits: facts.filter((f) => f.outcome === 'succeeded' && f.leadTimesSeconds === null).length,
    },
    failed: failed.length,
    changeFailureRate: rate === null ? null : Math.round(rate * 10_000) / 10_000,
    recovery: { recovered: recovered.length, unrecovered, meanSeconds: mean, medianSeconds: quantile(recovered, 0.5) },
    targets: { changeFailureRate: cfr, recovery },
  };
}

/** A duration a reader takes in at a glance: `45 s`, `12 min`, `3.5 h`, `2.1 d`. */
export function formatDuration(value: number | null): string {
  if (value === null) return 'n/a';
  if (value < 60) return `${value} s`;
  if (value < 3600) return `${Math.round(value / 60)} min`;
  if (value < 86_400) return `${(value / 3600).toFixed(1)} h`;
  return `${(value / 86_400).toFixed(1)} d`;
}

function group(facts: DeploymentFact[], key: (f: DeploymentFact) => string | null, weeks: (k: string, of: DeploymentFact[]) => number, targets: MetricsTargets, keys: string[] = []): Record<string, Keys> {
  const groups = new Map<string, DeploymentFact[]>(keys.map((k) => [k, []]));
  for (const f of facts) {
    const k = key(f);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, of]) => [k, keysOf(of, weeks(k, of), targets)]));
}

export function computeMetrics(input: MetricsInput): MetricsReport {
  const targets = input.targets ?? PROCEDURE_TARGETS;
  const start = ms(input.period.start);
  const end = ms(input.period.end);
  if (!(end > start)) throw new Error(`the period ends (${input.period.end}) before it starts (${input.period.start})`);
  const weeks = Math.round(((end - start) / DAY / 7) * 100) / 100;
  const report: MetricsReport = {
    kind: 'change-metrics',
    version: 1,
    period: { start: input.period.start, end: input.period.end, weeks },
    environment: input.environment,
    readAt: input.readAt,
    targets,
    repositories: input.repositories.map((r) => r.repository),
    overall: keysOf([], weeks, targets),
    byService: {},
    byChangeType: {},
    byWeek: {},
    byQuarter: {},
    emergency: { deployments: 0, failed: 0, list: [] },
    rollbacks: { automatic: 0, verified: 0, reverts: 0, revertsOfDeployedChanges: 0, list: [] },
    notCounted: { otherEnvironments: 0, verifications: 0, notDeployed: 0, pending: 0, outsidePeriod: 0 },
    skipped: [],
    notes: [],
    deployments: [],
  };

  const counted: DeploymentFact[] = [];
  for (const repo of input.repositories) {
    const { facts, verifications, incidents, brought } = readRepository(repo, input, report);
    facts.sort((a, b) => ms(a.deployedAt!) - ms(b.deployedAt!));

    for (const { number, incident } of incidents) {
      const source = `${repo.repository}#${number}`;
      const fact = linkIncident(facts, incident);
      const restored = incident.rollback.outcome === 'restored';
      report.rollbacks.list.push({
        repository: repo.repository,
        kind: 'automatic',
        source,
        service: incident.service,
        deployment: fact?.id ?? incident.deployment.id,
        outcome: incident.rollback.outcome,
        verified: incident.rollback.verified,
        at: incident.times.restored_at ?? incident.times.detected_at,
      });
      if (!fact) {
        report.notes.push(`incident ${source} names no production deployment read here (deployment ${incident.deployment.id ?? 'none'}, commit ${incident.root_cause_sha?.slice(0, 12) ?? 'none'}); it is listed with the rollbacks but not counted as a failed deployment`);
        continue;
      }
      fact.failures.push({ cause: 'incident', detail: `${incident.trigger}: ${incident.reason}`, incident: number });
      if (restored && incident.rollback.verified && incident.times.restored_at && fact.deployedAt) {
        const at = incident.times.restored_at;
        if (!fact.recovery || ms(at) < ms(fact.recovery.at)) fact.recovery = { at, seconds: Math.max(0, seconds(fact.deployedAt, at)), by: 'rollback' };
      }
    }

    for (const commit of repo.commits) {
      for (const [, reverted] of commit.message.matchAll(REVERT)) {
        const deployed = facts.filter((f) => brought.get(f)?.includes(reverted!) && ms(f.deployedAt!) <= ms(commit.committedAt)).at(-1);
        report.rollbacks.list.push({
          repository: repo.repository,
          kind: 'revert',
          source: commit.sha,
          service: deployed?.service ?? null,
          deployment: deployed?.id ?? null,
          outcome: deployed ? 'reverted a deployed change' : 'reverted a change not deployed here',
          verified: null,
          at: commit.committedAt,
        });
        if (deployed && !deployed.failures.some((f) => f.cause === 'revert' && f.revert === commit.sha)) {
          deployed.failures.push({ cause: 'revert', detail: `commit ${commit.sha.slice(0, 12)} reverts ${reverted!.slice(0, 12)}`, revert: commit.sha });
        }
      }
    }

    // Recovery by the next successful deployment (or verified restore) of the same service.
    const successes = [...facts.filter((f) => f.outcome === 'succeeded'), ...verifications].sort((a, b) => ms(a.deployedAt!) - ms(b.deployedAt!));
    for (const fact of facts) {
      if (fact.failures.length === 0 || fact.recovery) continue;
      const next = successes.find((s) => s !== fact && s.service === fact.service && ms(s.deployedAt!) > ms(fact.deployedAt!) && s.failures.length === 0);
      if (next) fact.recovery = { at: next.deployedAt!, seconds: seconds(fact.deployedAt!, next.deployedAt!), by: next.strategy === 'verify' ? 'rollback' : 'redeploy' };
    }

    for (const fact of facts) {
      if (ms(fact.deployedAt!) < start || ms(fact.deployedAt!) >= end) {
        report.notCounted.outsidePeriod++;
        continue;
      }
      counted.push(fact);
    }
  }
  report.rollbacks.list = report.rollbacks.list.filter((r) => ms(r.at) >= start && ms(r.at) < end);
  report.rollbacks.automatic = report.rollbacks.list.filter((r) => r.kind === 'automatic' && r.outcome === 'restored').length;
  report.rollbacks.verified = report.rollbacks.list.filter((r) => r.kind === 'automatic' && r.outcome === 'restored' && r.verified).length;
  report.rollbacks.reverts = report.rollbacks.list.filter((r) => r.kind === 'revert').length;
  report.rollbacks.revertsOfDeployedChanges = report.rollbacks.list.filter((r) => r.kind === 'revert' && r.deployment !== null).length;

  counted.sort((a, b) => ms(a.deployedAt!) - ms(b.deployedAt!) || a.repository.localeCompare(b.repository) || a.id - b.id);
  report.deployments = counted;
  report.overall = keysOf(counted, weeks, targets);
  const weeksWithin = (from: number, to: number) => Math.round((Math.max(0, Math.min(to, end) - Math.max(from, start)) / DAY / 7) * 100) / 100;
  report.byService = group(counted, (f) => f.service, () => weeks, targets);
  report.byChangeType = group(counted, (f) => f.changeType, () => weeks, targets, [...CHANGE_TYPES]);
  report.byWeek = group(counted, (f) => f.week, () => 1, targets);
  report.byQuarter = group(
    counted,
    (f) => f.quarter,
    (k) => {
      const b = quarterBounds(k);
      return weeksWithin(ms(b.start), ms(b.end));
    },
    targets,
  );
  const emergencies = counted.filter((f) => f.changeType === 'emergency');
  report.emergency = {
    deployments: emergencies.length,
    failed: emergencies.filter((f) => f.failures.length > 0).length,
    list: emergencies.map(({ repository, id, sha, service, pullRequest, deployedAt, outcome }) => ({ repository, id, sha, service, pullRequest, deployedAt, outcome })),
  };
  return report;
}
