/**
 * The gate's reports: the check run's output (the primary report, the required check), the job
 * summary, and the log. Each leads with the verdict and a table of the rules (status, reason,
 * who satisfied it), so a reviewer sees in ten seconds what is missing. Text from the pull request
 * and from people (logins, labels, paths) is escaped everywhere.
 */
import * as core from '@actions/core';
import { html, printUntrusted } from '@change-actions/action-kit';
import type { ChangeRecord } from '@change-actions/classify';
import type { OverdueRetrospective, RuleResult, RuleStatus } from '@change-actions/gate';
import type { ReportedResult, StepResult } from './result.ts';

/** GitHub's limit on a check run's output.summary and output.text. */
const CHECK_TEXT_MAX = 65_535;
const TRIGGER_ROWS_MAX = 50;

const icons: Readonly<Record<RuleStatus, string>> = { approved: '✅', pending: '⏳', blocked: '⛔', skipped: '➖', error: '⚠️' };

export interface ReportContext {
  repository: string;
  number: number;
  headSha?: string;
  policy?: string;
  record?: ChangeRecord;
  via?: string;
  apiCalls: number;
  evaluatedAt: Date;
  notes: readonly string[];
  /** Lines on what the action did after the verdict (dismissals), for the job summary. */
  actions?: readonly string[];
  checkRunUrl?: string;
}

type Rule = RuleResult | StepResult;

/** A table cell: escaped, on one line. */
function cell(text: string): string {
  return html(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

function satisfiedBy(rule: Rule): string {
  return 'satisfiedBy' in rule && rule.satisfiedBy !== undefined && rule.satisfiedBy.length > 0 ? rule.satisfiedBy.map((a) => `@${a.login}`).join(', ') : '';
}

/** Markdown table rows of the rules, every cell escaped. */
function ruleRows(rules: readonly Rule[]): string[] {
  return rules.map((rule) => `| ${cell(rule.rule)} | ${icons[rule.status]} ${rule.status} | ${cell(rule.reason)} | ${cell(satisfiedBy(rule)) || '—'} |`);
}

function verdictLine(result: ReportedResult): string {
  const word = result.status === 'approved' ? 'Approved' : result.status === 'pending' ? 'Pending' : result.status === 'blocked' ? 'Blocked' : 'Error';
  const detail = result.summary.replace(/^(?:approved|pending|blocked|error)(?::\s*|\s+|$)/, '');
  return `${icons[result.status]} **${word}**${detail === '' ? '' : `: ${html(detail)}`}`;
}

function recordLine(record: ChangeRecord | undefined): string {
  if (record === undefined) return 'not computed';
  const kinds = [...new Set(record.triggers.map((t) => t.trigger))];
  const parts = [
    `${record.changeType}${record.severity !== undefined ? ` (${record.severity})` : ''}`,
    record.securityRelevant ? `security-relevant (${kinds.join(', ')})` : 'not security-relevant',
    record.special.length > 0 ? `special: ${record.special.join(', ')}` : '',
  ];
  return html(parts.filter(Boolean).join('; '));
}

/** The details below the table: facts a reviewer or an auditor may need. */
function details(result: ReportedResult, ctx: ReportContext): string[] {
  const lines: string[] = [];
  if (result.retrospective !== undefined) {
    const r = result.retrospective;
    const issue = r.issue === undefined ? 'not opened' : r.url !== undefined ? `[#${r.issue}](${r.url})` : `#${r.issue}`;
    lines.push(
      `- **Retrospective**: approved pending retrospective, due ${html(r.due)}; authorised by @${html(r.authorisedBy.login)} (${html(r.role)}); issue ${issue}${r.deferred.length > 0 ? `; deferred: ${html(r.deferred.join(', '))}` : ''}`,
    );
  }
  if (result.acceptedRisk !== undefined) lines.push(`- **Accepted risk**: ${html(result.acceptedRisk.statement)} (${html(result.acceptedRisk.reference)})`);
  if (result.staleReviews.length > 0) lines.push(`- **Stale approvals** (given on an earlier commit; they count for nothing): reviews ${result.staleReviews.join(', ')}`);
  lines.push(`- **Change record**: ${recordLine(ctx.record)}`);
  lines.push(`- **Policy**: ${html(ctx.policy ?? 'not read')}`);
  lines.push(
    `- **Read**: pull request #${ctx.number}${ctx.headSha !== undefined ? ` at ${ctx.headSha.slice(0, 12)}` : ''}${ctx.via !== undefined ? `, the change from ${html(ctx.via)}` : ''}; ${ctx.apiCalls} API calls; evaluated at ${ctx.evaluatedAt.toISOString()}`,
  );
  for (const note of ctx.notes) lines.push(`- ${html(note)}`);
  return lines;
}

function triggerRows(record: ChangeRecord | undefined): string[] {
  if (record === undefined || record.triggers.length === 0) return [];
  const rows = record.triggers.flatMap((t) =>
    (t.evidence.length > 0 ? t.evidence : [{}]).map((e) => {
      const where = e.file !== undefined ? `${e.file}${e.line !== undefined ? `:${e.line}` : ''}` : e.commit !== undefined ? `commit ${e.commit.slice(0, 7)}` : '';
      return `| ${cell(t.trigger)} | <code>${cell(t.rule)}</code> | ${cell(where) || '—'} | ${cell([e.text, e.note].filter(Boolean).join(' — ')) || '—'} |`;
    }),
  );
  const shown = rows.slice(0, TRIGGER_ROWS_MAX);
  return [
    '### Security review triggers',
    '',
    '| Trigger | Rule | Where | Evidence |',
    '| --- | --- | --- | --- |',
    ...shown,
    ...(rows.length > shown.length ? ['', `${rows.length - shown.length} more rows are in the classify-change record.`] : []),
  ];
}

function clip(text: string): string {
  if (text.length <= CHECK_TEXT_MAX) return text;
  const note = '\n\n… cut to fit GitHub\'s 65,535-character limit; the full result is the step\'s `result` output.';
  return text.slice(0, CHECK_TEXT_MAX - note.length) + note;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text: string;
}

export function checkRunOutput(result: ReportedResult, ctx: ReportContext): CheckOutput {
  const summary = [verdictLine(result), '', '| Rule | Status | Reason | Satisfied by |', '| --- | --- | --- | --- |', ...ruleRows(result.rules)].join('\n');
  const text = [...details(result, ctx), '', ...triggerRows(ctx.record)].join('\n');
  const title = result.summary.length > 200 ? `${result.summary.slice(0, 199)}…` : result.summary;
  return { title, summary: clip(summary), text: clip(text) };
}

/** The job summary: the same verdict and table, the details, and what the action did after the verdict. */
export async function writeGateSummary(result: ReportedResult, ctx: ReportContext): Promise<void> {
  const s = core.summary;
  s.addHeading(`Security review gate: ${result.status.toUpperCase()}`, 2);
  s.addRaw(`<p>${icons[result.status]} ${html(result.summary)}${ctx.checkRunUrl !== undefined ? ` (<a href="${html(ctx.checkRunUrl)}">check run</a>)` : ''}</p>`, true);
  s.addTable([
    [
      { data: 'Rule', header: true },
      { data: 'Status', header: true },
      { data: 'Reason', header: true },
      { data: 'Satisfied by', header: true },
    ],
    ...result.rules.map((rule) => [cell(rule.rule), `${icons[rule.status]} ${rule.status}`, cell(rule.reason), cell(satisfiedBy(rule)) || '—']),
  ]);
  s.addRaw(`\n${[...details(result, ctx), ...(ctx.actions ?? []).map((line) => `- ${html(line)}`)].join('\n')}\n`, true);
  await s.write();
}

/** The rules in the log, fenced so nothing in a reason can act as a workflow command. */
export function logRules(result: ReportedResult): void {
  printUntrusted([`security-review-gate: ${result.summary}`, ...result.rules.map((rule) => `  ${rule.status.padEnd(8)} ${rule.rule}: ${rule.reason}`)]);
}

/** The step's failure message: the verdict and the reason of every rule that holds it up. */
export function failureMessage(result: ReportedResult): string {
  const open = result.rules.filter((rule) => rule.status === 'pending' || rule.status === 'blocked' || rule.status === 'error');
  return [`security-review-gate: ${result.summary}`, ...open.map((rule) => `${rule.rule} (${rule.status}): ${rule.reason}`)].join('\n');
}

export interface OverdueContext {
  policy: string;
  checked: number;
  apiCalls: number;
  evaluatedAt: Date;
  escalations: readonly string[];
  ignored: readonly string[];
}

export async function writeOverdueSummary(entries: ReadonlyArray<Omit<OverdueRetrospective, 'pullRequest'> & { pullRequest?: number }>, ctx: OverdueContext): Promise<void> {
  const s = core.summary;
  s.addHeading(`Emergency retrospectives: ${entries.length === 0 ? 'none overdue' : `${entries.length} OVERDUE`}`, 2);
  s.addRaw(`<p>${ctx.checked} emergency change(s) with a retrospective issue checked at ${ctx.evaluatedAt.toISOString()}.</p>`, true);
  if (entries.length > 0) {
    s.addTable([
      [
        { data: 'Pull request', header: true },
        { data: 'Retrospective issue', header: true },
        { data: 'Due', header: true },
        { data: 'Overdue by', header: true },
        { data: 'Escalated to', header: true },
        { data: 'Reason', header: true },
      ],
      ...entries.map((e) => [
        e.pullRequest === undefined ? '—' : `#${e.pullRequest}`,
        e.issue === undefined ? '—' : `#${e.issue}`,
        html(e.due ?? '—'),
        e.status === 'error' ? 'cannot be judged' : `${e.hoursOverdue ?? 0} h`,
        html(e.escalateTo.join(', ')) || '—',
        html(e.reason),
      ]),
    ]);
  }
  const lines = [...ctx.escalations, ...ctx.ignored, `Policy: ${ctx.policy}. ${ctx.apiCalls} API calls.`];
  s.addList(lines.map(html));
  await s.write();
}
