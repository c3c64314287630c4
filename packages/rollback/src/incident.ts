/**
 * The incident: the record (the contract's `incident`), the issue that carries it (title, body
 * with the record embedded for change-metrics, labels), the timeline of the run, and the status
 * page note ("Communication: External: Status page (if customer-impacting)").
 */
import { INCIDENT_LABEL, embedIncident, type Incident } from '@change-actions/change-record';
import { short } from '@change-actions/deploy-verify';
import { FREEZE_LABEL } from './guard.ts';

/** One step of the run, in order, with its time. */
export interface TimelineEntry {
  at: string;
  what: string;
}

export class Timeline {
  readonly entries: TimelineEntry[] = [];
  private readonly clock: () => Date;
  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
  }
  add(what: string, at: Date = this.clock()): TimelineEntry {
    const entry = { at: at.toISOString(), what };
    this.entries.push(entry);
    return entry;
  }
}

/** Seconds between two instants, to the tenth. */
export function secondsBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 100) / 10;
}

export function incidentLabels(): string[] {
  return [INCIDENT_LABEL, FREEZE_LABEL];
}

export function incidentTitle(incident: Incident): string {
  const env = incident.environment ?? 'production';
  const what =
    incident.rollback.outcome === 'restored' && incident.rollback.verified
      ? `rolled back to ${short(incident.rollback.target_version_id ?? '')}`
      : incident.rollback.outcome === 'dry-run'
        ? 'rollback rehearsed (dry run)'
        : `rollback ${incident.rollback.outcome}: a person must act`;
  return `Incident: ${incident.service} (${env}) ${what} after ${incident.trigger}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The issue body: what happened, in order; what to do next; and the record change-metrics reads. */
export function incidentBody(incident: Incident, timeline: readonly TimelineEntry[], notes: readonly string[] = []): string {
  const r = incident.rollback;
  const v = incident.revert;
  const lines = [
    `**${incident.service}** (${incident.environment ?? 'production'}): automatic rollback after **${incident.trigger}**.`,
    '',
    `- Reason: ${cell(incident.reason)}`,
    `- Root cause: ${incident.root_cause_sha ? `\`${incident.root_cause_sha}\`` : 'unknown'}${incident.root_cause_author ? ` by @${incident.root_cause_author}` : ''}`,
    `- Bad version: \`${incident.deployment.version_id ?? 'unknown'}\`; restored version: \`${r.target_version_id ?? 'none'}\``,
    `- Rollback: **${r.outcome}**, ${r.verified ? 'verified (read back at 100 % and health-checked as that version)' : 'NOT verified'}, ${r.attempts} attempt${r.attempts === 1 ? '' : 's'}: ${cell(r.reason)}`,
    `- main: **${v.outcome}**${v.pull_request ? ` (#${v.pull_request})` : ''}${v.sha ? ` \`${v.sha.slice(0, 12)}\`` : ''}: ${cell(v.reason)}`,
    `- Time to restore: ${incident.times.time_to_restore_seconds === null ? 'not restored' : `${incident.times.time_to_restore_seconds} s from detection`}`,
    ...(incident.breaches.length > 0 ? ['', '| breach | value | threshold | at |', '| --- | --- | --- | --- |', ...incident.breaches.map((b) => `| ${cell(b.trigger)}: ${cell(b.metric)} | ${b.value ?? 'n/a'} | ${b.threshold.operator} ${b.threshold.value} | ${b.at} |`)] : []),
    '',
    '| time | what happened |',
    '| --- | --- |',
    ...timeline.map((e) => `| ${e.at} | ${cell(e.what)} |`),
    ...(notes.length > 0 ? ['', ...notes.map((n) => `> ${cell(n)}`)] : []),
    '',
    `Deploys of ${incident.service} (${incident.environment ?? 'production'}) are frozen while this issue is open (label \`${FREEZE_LABEL}\`). A person other than the author of the change acknowledges by closing it; an emergency deploy goes ahead meanwhile and is recorded as one. Post-mortem within 24 hours (procedure: Emergency Changes).`,
    '',
    embedIncident(incident),
    '',
  ];
  return lines.join('\n');
}

/** A note for the status page, when the incident touched customers: plain text, no internals. */
export function statusPageNote(incident: Incident): string {
  const env = incident.environment ?? 'production';
  if (env !== 'production') return '';
  const when = incident.times.detected_at.replace(/\.\d+Z$/, 'Z');
  if (incident.rollback.outcome === 'restored' && incident.rollback.verified) {
    const restored = incident.times.restored_at?.replace(/\.\d+Z$/, 'Z') ?? '';
    return `${incident.service}: elevated errors after a change from ${when}; the previous version was restored at ${restored} and the service is operating normally. We are investigating the cause.`;
  }
  if (incident.rollback.outcome === 'dry-run') return '';
  return `${incident.service}: elevated errors after a change since ${when}. Engineers are working on it.`;
}
