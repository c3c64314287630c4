/**
 * Rollback readiness, decided before anything is deployed, and the rollback plan published after.
 *
 * The rollback target is the version serving 100 % of traffic before the deploy (the one with the
 * most traffic when traffic was split), recorded by id: `wrangler rollback` without an id picks
 * the previous deployment, which after an earlier rollback is the bad version.
 *
 * Cloudflare rolls back only to one of the newest 100 versions, never across a Durable Object
 * migration or to a version whose bound resources were deleted, and never rolls back data. When
 * the change record says the change is not rollback-safe, or the target would fall out of the
 * newest 100 with this deploy, the deploy is refused unless the caller accepts forward-fix-only.
 */
import type { RollbackPlan } from '@change-actions/change-record';
import { short } from './probe.ts';
import { shellQuote, wranglerArgs, type LiveDeployment, type VersionInfo, type WranglerTarget } from './wrangler.ts';

/** How many of a Worker's newest versions Cloudflare can deploy (and so roll back to). */
export const ROLLBACK_WINDOW = 100;

export interface RollbackTarget {
  versionId: string;
  /** Its share of traffic before the deploy. */
  percentage: number;
  /** Versions newer than it before the deploy; undefined when that cannot be told. */
  newer?: number;
  number?: number;
  tag?: string;
  message?: string;
  createdOn?: string;
}

/** `none`: nothing served before (a first deploy), so there is nothing to roll back to. */
export type ReadinessDecision = 'ready' | 'forward-fix-only' | 'refused' | 'none';

export interface Readiness {
  decision: ReadinessDecision;
  target: RollbackTarget | null;
  /** Why rollback is not possible (empty when it is). */
  reasons: string[];
  caveats: string[];
}

export interface ReadinessInput {
  /** The deployment serving traffic before the deploy; null when the Worker does not exist yet. */
  live: LiveDeployment | null;
  /**
   * `wrangler versions list`: the newest deployable versions, oldest first. wrangler shows at most
   * 10 of the 100 Cloudflare can deploy, so the target's place is told by version numbers.
   */
  recent: readonly VersionInfo[];
  /** The deployment history (`wrangler deployments list`), read when traffic is split now. */
  history?: readonly LiveDeployment[] | undefined;
  /** The target as `wrangler versions view` shows it, read when it is not among `recent`. */
  targetVersion?: VersionInfo | undefined;
  /** From the change record; undefined when no record says. */
  rollbackSafe?: boolean | undefined;
  rollbackUnsafeReasons?: readonly string[];
  forwardFixOnly: boolean;
  /** Names of the secrets this deploy uploads (never their values). */
  secretNames?: readonly string[];
  window?: number;
}

/**
 * The version the deploy would roll back to: the one serving all traffic now; when traffic is split
 * (a gradual rollout left at 50/50, or 60/40 with the rolling-out version ahead), the version of the
 * newest deployment in the history that served one version at 100 %. Never the version with the
 * most traffic: that may be the one rolling out. Undefined when nothing serves, or no deployment
 * of the history served everything (then there is no safe target).
 */
export function servingVersion(live: LiveDeployment | null, history: readonly LiveDeployment[] = []): string | undefined {
  if (live === null || live.versions.length === 0) return undefined;
  if (live.versions.length === 1 && live.versions[0]!.percentage === 100) return live.versions[0]!.versionId;
  return lastWhole(history)?.versions[0]!.versionId;
}

/** The newest deployment of the history that served one version at 100 %. */
function lastWhole(history: readonly LiveDeployment[]): LiveDeployment | undefined {
  return [...history].sort((a, b) => (b.createdOn ?? '').localeCompare(a.createdOn ?? '')).find((d) => d.versions.length === 1 && d.versions[0]!.percentage === 100);
}

/** Whether the deployment history must be read to name the target: traffic is split now. */
export function needsHistory(live: LiveDeployment | null): boolean {
  return live !== null && live.versions.length > 1;
}

/** The target's id when `versions view` must be asked for it: it is not among the versions listed. */
export function targetToLookUp(live: LiveDeployment | null, recent: readonly VersionInfo[], history: readonly LiveDeployment[] = []): string | undefined {
  const id = servingVersion(live, history);
  return id !== undefined && !recent.some((v) => v.id === id) ? id : undefined;
}

/**
 * How many versions are newer than the target: from version numbers (sequential per Worker),
 * or from the listing order when the listing has no numbers. Undefined when it cannot be told.
 */
function newerThan(targetId: string, recent: readonly VersionInfo[], looked: VersionInfo | undefined): number | undefined {
  const numbers = recent.map((v) => v.number).filter((n): n is number => n !== undefined);
  const newest = numbers.length > 0 ? Math.max(...numbers) : undefined;
  const index = recent.findIndex((v) => v.id === targetId);
  const target = index >= 0 ? recent[index] : looked?.id === targetId ? looked : undefined;
  if (newest !== undefined && target?.number !== undefined) return Math.max(0, newest - target.number);
  if (index >= 0) return recent.length - 1 - index;
  return undefined;
}

export function rollbackReadiness(input: ReadinessInput): Readiness {
  const window = input.window ?? ROLLBACK_WINDOW;
  const caveats: string[] = [];
  if (input.live === null || input.live.versions.length === 0) {
    return {
      decision: 'none',
      target: null,
      reasons: ['no version served traffic before this deploy: there is nothing to roll back to'],
      caveats: ['a failed first deploy is fixed forward, or the Worker removed with `wrangler delete`'],
    };
  }
  const servingId = servingVersion(input.live, input.history);
  if (servingId === undefined) {
    const split = input.live.versions.map((v) => `${short(v.versionId)} ${v.percentage} %`).join(', ');
    const reasons = [
      `traffic is split (${split}) and no deployment of the history (${input.history?.length ?? 0} read) served one version at 100 %: no version is known to have served everything, so there is no safe rollback target`,
    ];
    const caveats = ['finish or undo the gradual rollout first (wrangler versions deploy <version>@100), then deploy'];
    return input.forwardFixOnly
      ? { decision: 'forward-fix-only', target: null, reasons, caveats: [...caveats, 'forward-fix-only was accepted: a problem with this deploy is fixed by a new deploy, not a rollback'] }
      : { decision: 'refused', target: null, reasons, caveats };
  }
  const serving = { versionId: servingId, percentage: input.live.versions.find((v) => v.versionId === servingId)?.percentage ?? 0 };
  const info = input.recent.find((v) => v.id === serving.versionId) ?? (input.targetVersion?.id === serving.versionId ? input.targetVersion : undefined);
  const newer = newerThan(serving.versionId, input.recent, input.targetVersion);
  const target: RollbackTarget = {
    versionId: serving.versionId,
    percentage: serving.percentage,
    ...(newer === undefined ? {} : { newer }),
    ...(info?.number === undefined ? {} : { number: info.number }),
    ...(info?.tag === undefined ? {} : { tag: info.tag }),
    ...(info?.message === undefined ? {} : { message: info.message }),
    ...(info?.createdOn === undefined ? {} : { createdOn: info.createdOn }),
  };
  if (input.live.versions.length > 1) {
    const split = input.live.versions.map((v) => `${short(v.versionId)} ${v.percentage} %`).join(', ');
    caveats.push(`traffic was split before this deploy (${split}); the rollback target is ${short(serving.versionId)}, the version of the last deployment that served all traffic`);
  }

  const reasons: string[] = [];
  if (input.rollbackSafe === false) {
    const why = input.rollbackUnsafeReasons?.length ? `: ${input.rollbackUnsafeReasons.join('; ')}` : '';
    reasons.push(`the change record says this change is not rollback-safe${why}`);
  }
  if (target.newer === undefined) {
    reasons.push(
      info === undefined
        ? `the target version ${short(target.versionId)} was not found among the Worker's versions, so Cloudflare cannot roll back to it`
        : `the place of the target version ${short(target.versionId)} among the ${window} newest versions Cloudflare can roll back to cannot be told (no version numbers)`,
    );
  } else if (target.newer + 1 >= window) {
    reasons.push(
      `the target version ${short(target.versionId)} has ${target.newer} newer versions; this deploy adds one more, which leaves it outside the ${window} newest versions Cloudflare can roll back to`,
    );
  }

  caveats.push('a rollback restores code, bindings and settings, never data: KV, D1, R2 and Durable Object storage stay as the new version left them');
  if (input.rollbackSafe === undefined) {
    caveats.push('rollback safety was not assessed (no change record): Cloudflare refuses a rollback across a Durable Object migration or to a version whose bound resources no longer exist');
  }
  if (input.secretNames?.length) {
    caveats.push(
      `this deploy uploads the secrets ${input.secretNames.join(', ')}; Cloudflare asks to confirm a rollback after a secret change (API error 10220), which wrangler gives when not interactive`,
    );
  }

  if (reasons.length === 0) return { decision: 'ready', target, reasons, caveats };
  if (input.forwardFixOnly) {
    return { decision: 'forward-fix-only', target, reasons, caveats: [...caveats, 'forward-fix-only was accepted: a problem with this deploy is fixed by a new deploy, not a rollback'] };
  }
  return { decision: 'refused', target, reasons, caveats };
}

export interface PlanInput {
  readiness: Readiness;
  target: WranglerTarget;
  workingDirectory: string;
  /** The deployed Worker's name, when known (wrangler's output file names it). */
  worker?: string | undefined;
  newVersionId?: string | undefined;
  recommended?: boolean;
  trigger?: string | null | undefined;
  /** Extra reasons from the verification (why rollback is recommended). */
  notes?: readonly string[];
  now: Date;
}

/** The plan as published in the `rollback-plan` output and file (the contract's rollback-plan). */
export function rollbackPlan(input: PlanInput): RollbackPlan {
  const { readiness } = input;
  const mode: RollbackPlan['mode'] =
    readiness.decision === 'ready' ? 'rollback' : readiness.decision;
  const t = readiness.target;
  let argv: string[] | null = null;
  if (mode === 'rollback' && t) {
    const message = input.newVersionId
      ? `rollback to ${short(t.versionId)} from ${short(input.newVersionId)}${input.trigger ? `: ${input.trigger}` : ''}`
      : `rollback to ${short(t.versionId)}`;
    argv = ['wrangler', ...wranglerArgs.rollback(input.target, input.worker, t.versionId, message)];
  }
  const recommended = mode === 'rollback' && (input.recommended ?? false);
  return {
    kind: 'rollback-plan',
    version: 1,
    mode,
    worker: input.worker ?? null,
    environment: input.target.environment ?? null,
    target_version_id: t?.versionId ?? null,
    target: t
      ? {
          version_id: t.versionId,
          percentage: t.percentage,
          number: t.number ?? null,
          tag: t.tag ?? null,
          message: t.message ?? null,
          created_on: t.createdOn ?? null,
        }
      : null,
    new_version_id: input.newVersionId ?? null,
    recommended,
    trigger: input.trigger ?? null,
    command: argv ? shellQuote(argv) : null,
    argv,
    working_directory: input.workingDirectory,
    reasons: [...readiness.reasons, ...(input.notes ?? [])],
    caveats: readiness.caveats,
    recorded_at: input.now.toISOString(),
  };
}
