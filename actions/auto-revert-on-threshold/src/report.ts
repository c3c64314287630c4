/**
 * The job summary, readable in ten seconds: the headline (rolled back and verified, or not, and
 * why), the incident and the revert, then what happened in order with times. Every piece of text
 * that came from a file, an answer or wrangler is escaped; the whole is redacted.
 */
import * as core from '@actions/core';
import { coreLogger as log, html, printUntrusted } from '@change-actions/action-kit';
import type { Incident, MonitorVerdict, RollbackPlan } from '@change-actions/change-record';
import type { Redactor } from '@change-actions/deploy-verify';
import type { Timeline } from '@change-actions/rollback';
import type { Verification } from './restore.ts';
import type { Settings } from './settings.ts';

export interface Report {
  settings: Settings;
  timeline: Timeline;
  redactor: Redactor;
  service: string;
  environment: string | null;
  plan: RollbackPlan;
  verdict?: MonitorVerdict | undefined;
  headline: string;
  incident?: Incident | undefined;
  notes?: string[] | undefined;
  verification?: Verification | undefined;
}

export async function writeReport(r: Report): Promise<void> {
  const i = r.incident;
  const rows: Array<[string, string]> = [
    ['service', `${r.service || 'unknown'} (${r.environment ?? 'production'})`],
    ...(i
      ? ([
          ['rollback', `${i.rollback.outcome}${i.rollback.verified ? ', verified' : ', not verified'} — ${i.rollback.reason}`],
          ['target version', i.rollback.target_version_id ?? 'none'],
          ['bad version', i.deployment.version_id ?? 'unknown'],
          ['time to restore', i.times.time_to_restore_seconds === null ? 'not restored' : `${i.times.time_to_restore_seconds} s from detection`],
          ['main', `${i.revert.outcome} — ${i.revert.reason}`],
          ['incident', i.issue ? `#${i.issue}` : 'no issue (no GitHub token)'],
        ] as Array<[string, string]>)
      : []),
    ...(r.verdict ? ([['monitor verdict', `${r.verdict.verdict}: ${r.verdict.reason}`]] as Array<[string, string]>) : []),
  ];
  const lines = [
    `## auto-revert-on-threshold: ${html(r.headline)}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${html(v)} |`),
    '',
    '| time | what happened |',
    '| --- | --- |',
    ...r.timeline.entries.map((e) => `| ${e.at.slice(11, 23)} | ${html(e.what)} |`),
    ...(r.notes?.length ? ['', ...r.notes.map((n) => `> ${html(n)}`)] : []),
    '',
  ];
  await core.summary.addRaw(r.redactor.redact(lines.join('\n'))).write();
  printUntrusted(r.timeline.entries.map((e) => r.redactor.redact(`${e.at}  ${e.what}`)));
  log.info(r.redactor.redact(r.headline));
}
