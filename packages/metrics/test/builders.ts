/** Builders of the metrics engine's input, shared by the engine's, the action's and the command's tests. */
import { createHash } from 'node:crypto';
import { embedIncident, type ChangeType, type DeploymentPayload, type Incident } from '@change-actions/change-record';
import type { DeploymentInput, IncidentIssueInput, RepositoryInput } from '../src/index.ts';

export const sha = (seed: string) => createHash('sha1').update(seed).digest('hex');

export const at = (base: string, minutes: number) => new Date(Date.parse(base) + minutes * 60_000).toISOString();

export function payload(fields: Partial<DeploymentPayload> & { sha: string }): DeploymentPayload {
  return {
    kind: 'deployment-payload',
    version: 1,
    version_id: `v-${fields.sha.slice(0, 8)}`,
    previous_version_id: null,
    change_type: 'normal',
    pull_request: null,
    worker: 'provii-verifier',
    strategy: 'deploy',
    percentage: 100,
    tool: 'change-actions/wrangler-deploy-verify',
    ...fields,
  };
}

export interface DeployFields {
  id: number;
  seed?: string;
  at: string;
  /** Final state; `success` by default. */
  state?: 'success' | 'failure' | 'error' | 'in_progress';
  changeType?: ChangeType | null;
  worker?: string | null;
  strategy?: string;
  environment?: string;
  /** Minutes before `at` each deployed commit was made; default one commit 60 minutes before. */
  commitAgesMinutes?: number[] | null;
  payload?: unknown;
}

export function deployment(fields: DeployFields): DeploymentInput {
  const commit = sha(fields.seed ?? `deploy-${fields.id}`);
  const created = at(fields.at, -2);
  const state = fields.state ?? 'success';
  const ages = fields.commitAgesMinutes === undefined ? [60] : fields.commitAgesMinutes;
  return {
    id: fields.id,
    sha: commit,
    environment: fields.environment ?? 'production',
    createdAt: created,
    payload:
      fields.payload ??
      payload({
        sha: commit,
        change_type: fields.changeType === undefined ? 'normal' : fields.changeType,
        worker: fields.worker === undefined ? 'provii-verifier' : fields.worker,
        strategy: fields.strategy ?? 'deploy',
      }),
    statuses: [
      { state: 'in_progress', createdAt: created },
      { state, createdAt: fields.at },
    ],
    commits: ages === null ? null : ages.map((age, i) => ({ sha: i === ages.length - 1 ? commit : sha(`${commit}-${i}`), committedAt: at(fields.at, -age) })),
  };
}

export function incident(fields: { deploymentId: number | null; rootCause: string | null; deployedAt: string; restoredAfterMinutes: number | null; service?: string; dryRun?: boolean; verified?: boolean }): Incident {
  const restored = fields.restoredAfterMinutes === null ? null : at(fields.deployedAt, fields.restoredAfterMinutes);
  return {
    kind: 'incident',
    version: 1,
    service: fields.service ?? 'provii-verifier',
    environment: 'production',
    trigger: 'breached',
    reason: 'error rate 20 % > 5 %',
    root_cause_sha: fields.rootCause,
    deployment: { id: fields.deploymentId, version_id: null, previous_version_id: null },
    breaches: [],
    rollback: restored
      ? { outcome: 'restored', verified: fields.verified ?? true, target_version_id: 'v-previous', attempts: 1, reason: 'read back at 100 %, healthy' }
      : { outcome: 'failed', verified: false, target_version_id: 'v-previous', attempts: 2, reason: 'wrangler rollback failed' },
    revert: { outcome: 'not-attempted', branch: null, pull_request: null, sha: null, reason: 'not asked' },
    times: {
      deployed_at: fields.deployedAt,
      detected_at: at(fields.deployedAt, 3),
      rollback_started_at: at(fields.deployedAt, 3),
      restored_at: restored,
      time_to_restore_seconds: restored ? (fields.restoredAfterMinutes! - 3) * 60 : null,
    },
    issue: null,
    dry_run: fields.dryRun ?? false,
    recorded_at: at(fields.deployedAt, 4),
  };
}

export function incidentIssue(number: number, record: Incident): IncidentIssueInput {
  return { number, body: `## Automatic rollback of ${record.service}\n\n${embedIncident(record)}\n`, createdAt: record.recorded_at, closedAt: null };
}

export function repository(name: string, fields: Partial<RepositoryInput> = {}): RepositoryInput {
  return { repository: name, deployments: [], incidents: [], commits: [], changeRecords: [], ...fields };
}
