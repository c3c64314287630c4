/**
 * The verdict of one deploy: did the new version reach production as intended (read back from
 * Cloudflare), is it the one answering, is it healthy, do the smoke tests pass. Each "no" names
 * the procedure's rollback trigger it meets, if any, and whether rolling back is the advice.
 */
import type { HealthOutcome } from './health.ts';
import { short } from './probe.ts';
import { tallySmoke, type SmokeResult } from './smoke.ts';
import type { LiveDeployment, TrafficShare } from './wrangler.ts';

/** The procedure's rollback trigger ("Critical functionality broken"), and the deploy-specific ones. */
export const TRIGGERS = {
  critical: 'critical functionality broken',
  notServing: 'the new version is not the one answering',
  failedAfterChange: 'the deploy failed after production changed',
} as const;

/** Whether the live deployment is the one this run made: the same versions at the same shares. */
export function judgeLive(expected: readonly TrafficShare[], actual: LiveDeployment): string | undefined {
  const key = (s: readonly TrafficShare[]) =>
    [...s]
      .sort((a, b) => a.versionId.localeCompare(b.versionId))
      .map((v) => `${v.versionId}@${v.percentage}`)
      .join(' ');
  if (key(expected) === key(actual.versions)) return undefined;
  const show = (s: readonly TrafficShare[]) => s.map((v) => `${short(v.versionId)} ${v.percentage} %`).join(', ') || 'no version';
  return `the live deployment is not the one this run made: ${show(actual.versions)} serve, expected ${show(expected)}; another deploy may have run at the same time (serialise deploys with a workflow concurrency group)`;
}

export type DeployStep =
  | { ok: true }
  /** `liveChanged`: whether production changed although the deploy failed (undefined: unknown). */
  | { ok: false; problem: string; liveChanged: boolean | undefined };

export interface VerdictInput {
  deploy: DeployStep;
  /** The live deployment read back after the deploy; a string when it could not be read. */
  live?: { problem: string } | { mismatch: string | undefined };
  health?: HealthOutcome;
  smoke: readonly SmokeResult[];
}

export interface Verdict {
  healthy: boolean;
  /** One line for the summary heading and the step's failure message. */
  headline: string;
  reasons: string[];
  /** The rollback trigger met, if any. */
  trigger: string | null;
  /** Whether the advice is to roll back now. */
  recommended: boolean;
}

export function deployVerdict(input: VerdictInput): Verdict {
  const { deploy } = input;
  if (!deploy.ok) {
    if (deploy.liveChanged === true) {
      return {
        healthy: false,
        headline: 'the deploy failed, but production changed',
        reasons: [deploy.problem, 'the live deployment changed although wrangler failed: what serves now was not verified'],
        trigger: TRIGGERS.failedAfterChange,
        recommended: true,
      };
    }
    const state =
      deploy.liveChanged === false
        ? 'production is unchanged: the previous deployment still serves'
        : 'whether production changed is unknown: check `wrangler deployments status`';
    return { healthy: false, headline: 'the deploy failed', reasons: [deploy.problem, state], trigger: null, recommended: false };
  }

  const reasons: string[] = [];
  let trigger: string | null = null;
  let recommended = false;
  let headline = '';
  if (input.live && 'problem' in input.live) {
    reasons.push(`the live deployment could not be read back, so it is not confirmed: ${input.live.problem}`);
    headline = 'the live deployment is not confirmed';
  } else if (input.live?.mismatch) {
    reasons.push(input.live.mismatch);
    headline = 'another deployment is live';
  }
  const health = input.health;
  if (!health) {
    reasons.push('the health check did not run');
    headline ||= 'not verified';
  } else if (!health.healthy) {
    const notServing = health.findings.length > 0 && health.findings.every((f) => f.check === 'version');
    trigger = notServing ? TRIGGERS.notServing : TRIGGERS.critical;
    recommended = true;
    reasons.push(`health check ${health.summary}`);
    headline ||= notServing ? 'the new version is not the one answering' : 'the health check failed';
  }
  const tally = tallySmoke(input.smoke);
  if (tally.criticalFailed > 0) {
    trigger ??= TRIGGERS.critical;
    recommended = true;
    headline ||= `${tally.criticalFailed} critical smoke test${tally.criticalFailed === 1 ? '' : 's'} failed`;
  }
  if (tally.failed > 0) {
    const names = input.smoke
      .filter((r) => r.outcome === 'failed')
      .map((r) => `${r.critical ? 'critical ' : ''}"${r.name}" (${r.findings.map((f) => f.message).join('; ')})`);
    reasons.push(`${tally.failed} of ${tally.total} smoke tests failed: ${names.join(', ')}`);
    headline ||= `${tally.failed} smoke test${tally.failed === 1 ? '' : 's'} failed`;
    if (tally.criticalFailed === 0 && trigger === null) {
      reasons.push('no failed test is critical, so no rollback trigger is met: fix forward, or roll back at the change owner\'s judgement');
    }
  }
  const healthy = reasons.length === 0;
  return { healthy, headline: healthy ? 'healthy' : headline, reasons, trigger, recommended };
}

/** A deploy refused before anything changed (rollback not possible, deploys frozen). */
export function refusedVerdict(headline: string, reasons: readonly string[]): Verdict {
  return { healthy: false, headline, reasons: [...reasons], trigger: null, recommended: false };
}

/**
 * What a failed deploy did to production, from the live deployment before and after: whether it
 * changed (undefined when the after could not be read), and the version to report, which when
 * wrangler named none is the one with the most traffic now.
 */
export function afterFailedDeploy(
  before: LiveDeployment | null,
  after: LiveDeployment | { problem: string } | undefined,
  versionId: string | undefined,
): { liveChanged: boolean | undefined; versionId: string | undefined } {
  if (after === undefined || 'problem' in after) return { liveChanged: undefined, versionId };
  const liveChanged = !(before !== null && before.id === after.id);
  const serving = [...after.versions].sort((a, b) => b.percentage - a.percentage)[0]?.versionId;
  return { liveChanged, versionId: versionId ?? (liveChanged ? serving : undefined) };
}

/** The verdict of a deploy, the case of no URL to check included (nothing can then be verified). */
export function finalVerdict(input: VerdictInput & { url: string | undefined; targets: readonly string[] }): Verdict {
  if (input.url === undefined && input.deploy.ok) {
    return refusedVerdict('no URL to verify', [`wrangler reported no URL the Worker answers on (targets: ${input.targets.join(', ') || 'none'}); set input url`]);
  }
  return deployVerdict(input);
}

/** The GitHub Deployment status a verdict records: `error` when the deploy itself failed. */
export function deploymentState(verdict: Verdict, deployed: boolean): 'success' | 'failure' | 'error' {
  return verdict.healthy ? 'success' : deployed ? 'failure' : 'error';
}
