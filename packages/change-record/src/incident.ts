/**
 * The incident record: one automatic rollback (auto-revert-on-threshold), written to a file and
 * embedded in the incident issue; change-metrics reads it back to count failures and recovery
 * time. `rollback.verified` is true only when the restore was read back and health-checked.
 */
import { ContractError, parse, serialize, type Contract } from './contract.ts';
import validate from './generated/validate-incident.js';
import { incidentSchema } from './schemas.ts';
import type { Breach } from './monitor-verdict.ts';
import { INCIDENT_TRIGGERS, REVERT_OUTCOMES, ROLLBACK_OUTCOMES } from './vocabulary.ts';

export { INCIDENT_TRIGGERS, REVERT_OUTCOMES, ROLLBACK_OUTCOMES };

export interface Incident {
  kind: 'incident';
  version: 1;
  service: string;
  environment: string | null;
  trigger: (typeof INCIDENT_TRIGGERS)[number];
  reason: string;
  root_cause_sha: string | null;
  /** Optional: the GitHub login of the root-cause commit's author (the deploy freeze is not theirs to lift). */
  root_cause_author?: string | null;
  deployment: { id: number | null; version_id: string | null; previous_version_id: string | null };
  breaches: Breach[];
  rollback: { outcome: (typeof ROLLBACK_OUTCOMES)[number]; verified: boolean; target_version_id: string | null; attempts: number; reason: string };
  revert: { outcome: (typeof REVERT_OUTCOMES)[number]; branch: string | null; pull_request: number | null; sha: string | null; reason: string };
  times: { deployed_at: string | null; detected_at: string; rollback_started_at: string | null; restored_at: string | null; time_to_restore_seconds: number | null };
  issue?: number | null;
  dry_run: boolean;
  recorded_at: string;
}

export const incidentContract: Contract<Incident> = {
  kind: 'incident',
  version: 1,
  producer: 'the incident record of auto-revert-on-threshold',
  schema: incidentSchema,
  validate,
};

/** The label every incident issue carries; change-metrics lists issues by it. */
export const INCIDENT_LABEL = 'incident:auto-rollback';

const OPEN = '<!-- change-actions:incident';
const CLOSE = '-->';

/** The record as it is embedded in an issue body: an HTML comment GitHub does not render. */
export function embedIncident(incident: Incident): string {
  return `${OPEN}\n${serialize(incidentContract, incident, { compact: true }).replace(/--/g, '-\\u002d')}\n${CLOSE}`;
}

/** The record embedded in an issue body; a body with none, or with two, is an error naming the source. */
export function extractIncident(body: string, source: string): Incident {
  const starts = body.split(OPEN).length - 1;
  if (starts !== 1) {
    throw new ContractError(source, [{ file: source, pointer: '', message: starts === 0 ? 'holds no incident record' : `holds ${starts} incident records; exactly one is accepted` }]);
  }
  const start = body.indexOf(OPEN) + OPEN.length;
  const end = body.indexOf(CLOSE, start);
  if (end < 0) throw new ContractError(source, [{ file: source, pointer: '', message: 'the incident record is not closed' }]);
  return parse(incidentContract, body.slice(start, end).trim(), source);
}
