/**
 * The loop guard and the deploy freeze. An automatic rollback is itself a change to production:
 * at most one per service and environment in the policy's window, and after it deploys of that
 * service and environment stand frozen until a person acknowledges.
 *
 * Where the freeze lives: in the incident issue the rollback opened (labels INCIDENT_LABEL and
 * FREEZE_LABEL, the incident record embedded in its body). It stands while that issue is open,
 * and also when it was closed by the author of the change that caused it or by a bot: only
 * someone else closing it acknowledges. wrangler-deploy-verify reads the same issues and refuses
 * to deploy while a freeze stands (an emergency deploy goes ahead, recorded as one).
 */
import type { Incident } from '@change-actions/change-record';

/** The label that marks an incident issue as a standing deploy freeze. */
export const FREEZE_LABEL = 'deploy-freeze';

/** An incident issue as read from GitHub, its record already extracted. */
export interface IncidentIssue {
  number: number;
  state: 'open' | 'closed';
  labels: string[];
  /** Who closed it (GitHub login), when it is closed and that is known. */
  closedBy?: string | null | undefined;
  closedByBot?: boolean | undefined;
  url?: string | undefined;
  incident: Incident;
}

export interface Freeze {
  issue: number;
  url?: string | undefined;
  service: string;
  environment: string | null;
  since: string;
  reason: string;
}

const sameEnvironment = (a: string | null, b: string | null) => (a ?? 'production') === (b ?? 'production');

/**
 * The freezes that stand for an environment (and a service, when it is known: a deploy does not
 * always know its Worker's name before it runs, and then every freeze of the environment counts).
 */
export function standingFreezes(issues: readonly IncidentIssue[], where: { environment: string | null; service?: string | undefined }): Freeze[] {
  const freezes: Freeze[] = [];
  for (const issue of issues) {
    const { incident } = issue;
    if (incident.dry_run || !issue.labels.includes(FREEZE_LABEL)) continue;
    if (!sameEnvironment(incident.environment, where.environment)) continue;
    if (where.service !== undefined && incident.service !== where.service) continue;
    const author = incident.root_cause_author ?? null;
    const acknowledged = issue.state === 'closed' && !!issue.closedBy && !issue.closedByBot && issue.closedBy !== author;
    if (acknowledged) continue;
    const how = issue.state === 'open' ? 'open' : `closed by ${issue.closedBy ?? 'an unknown user'}, which does not acknowledge it (${issue.closedBy === author ? 'the author of the change that caused it' : 'not a person'})`;
    freezes.push({
      issue: issue.number,
      url: issue.url,
      service: incident.service,
      environment: incident.environment,
      since: incident.times.rollback_started_at ?? incident.recorded_at,
      reason: `incident #${issue.number} (${how}): ${incident.reason}`,
    });
  }
  return freezes;
}

export type GuardResult =
  | { allowed: true; existing?: IncidentIssue | undefined }
  | { allowed: false; reason: string; existing?: IncidentIssue | undefined };

export interface GuardInput {
  issues: readonly IncidentIssue[];
  service: string;
  environment: string | null;
  /** The version being rolled back from: an incident about it is this rollback, run again. */
  badVersionId: string | null;
  now: Date;
  windowMinutes: number;
}

/**
 * Whether this automatic rollback may act. The incident of an earlier run for the same bad version
 * is returned as `existing` (a rerun reuses it rather than counting against itself).
 */
export function loopGuard(input: GuardInput): GuardResult {
  const mine = input.issues.filter((i) => !i.incident.dry_run && i.incident.service === input.service && sameEnvironment(i.incident.environment, input.environment));
  const existing = input.badVersionId === null ? undefined : mine.find((i) => i.incident.deployment.version_id === input.badVersionId && i.incident.rollback.outcome !== 'not-attempted');
  const others = mine.filter((i) => i !== existing && i.incident.rollback.outcome !== 'not-attempted');
  const since = input.now.getTime() - input.windowMinutes * 60_000;
  const recent = others.find((i) => Date.parse(i.incident.times.rollback_started_at ?? i.incident.recorded_at) >= since);
  if (recent) {
    return {
      allowed: false,
      existing,
      reason: `an automatic rollback of ${input.service} (${input.environment ?? 'production'}) already ran within the last ${input.windowMinutes} minutes (incident #${recent.number}, ${recent.incident.times.rollback_started_at ?? recent.incident.recorded_at}): at most one per window (policy rollback.loop-window-minutes), so a person decides`,
    };
  }
  const frozen = standingFreezes(others.map((i) => i), { environment: input.environment, service: input.service });
  if (frozen.length > 0) {
    return { allowed: false, existing, reason: `deploys of ${input.service} stand frozen after ${frozen.map((f) => `#${f.issue}`).join(', ')} and no person has acknowledged: a person decides` };
  }
  return { allowed: true, existing };
}
