import * as core from '@actions/core';
import { html } from '@change-actions/action-kit';
import type { ChangeRecord, Evidence } from '@change-actions/classify';

export interface ReportContext {
  policy: string;
  via: string;
  files: number;
  commits: number;
  apiCalls: number;
  recordPath: string;
  labelNote?: string;
}

const MAX_EVIDENCE_ROWS = 200;

function where(e: Evidence): string {
  const place = e.file ? `${e.file}${e.line ? `:${e.line}` : ''}` : e.commit ? `commit ${e.commit.slice(0, 7)}` : '';
  return place;
}

/** The job summary: type and why first, then the evidence table. */
export async function report(record: ChangeRecord, ctx: ReportContext): Promise<void> {
  const s = core.summary;
  const type = record.changeType.toUpperCase() + (record.severity ? ` (${record.severity})` : '');
  s.addHeading(`Change record: ${type}${record.securityRelevant ? ', security-relevant' : ''}`, 2);
  const facts = [
    `<b>Special kinds</b>: ${record.special.length > 0 ? record.special.join(', ') : 'none'}`,
    `<b>Major</b>: ${record.major ? 'yes' : 'no'}`,
    `<b>Rollback-safe</b>: ${record.rollbackSafe ? 'yes' : `<b>no</b> — ${record.rollbackUnsafeReasons.map((r) => html(r.reason)).join('; ')}`}`,
    `<b>Change window</b>: ${record.window.exempt ? 'exempt (emergency), recorded' : record.window.open ? 'open' : '<b>closed</b>'} — ${html(record.window.reason)} (${html(record.window.localTime)})`,
    `<b>Labels</b>: ${record.labels.map((l) => `<code>${html(l)}</code>`).join(' ') || 'none'}${ctx.labelNote ? ` (${html(ctx.labelNote)})` : ''}`,
  ];
  s.addRaw(`<p>${facts.join('<br>')}</p>`, true);

  s.addHeading('Why', 3);
  s.addList(record.decisions.map((d) => `${html(d.outcome)}: ${html(d.reason)} <code>${html(d.rule)}</code>`));

  const rows = record.triggers.flatMap((t) =>
    (t.evidence.length > 0 ? t.evidence : [{ note: t.reason }]).map((e): [string, string, Evidence] => [t.trigger, t.rule, e]),
  );
  if (rows.length > 0) {
    s.addHeading('Security review triggers', 3);
    s.addTable([
      [
        { data: 'Trigger', header: true },
        { data: 'Rule', header: true },
        { data: 'Where', header: true },
        { data: 'Evidence', header: true },
      ],
      ...rows.slice(0, MAX_EVIDENCE_ROWS).map(([trigger, rule, e]) => [
        html(trigger),
        `<code>${html(rule)}</code>`,
        html(where(e)) || '—',
        html([e.text, e.note].filter(Boolean).join(' — ')) || '—',
      ]),
    ]);
    if (rows.length > MAX_EVIDENCE_ROWS) s.addRaw(`<p>${rows.length - MAX_EVIDENCE_ROWS} more rows are in the record file.</p>`, true);
  }
  if (record.dependencies.length > 0) {
    s.addHeading('Dependencies', 3);
    s.addTable([
      [
        { data: 'Package', header: true },
        { data: 'Change', header: true },
        { data: 'From → to', header: true },
        { data: 'Kind', header: true },
      ],
      ...record.dependencies.slice(0, MAX_EVIDENCE_ROWS).map((d) => [
        `${html(d.ecosystem)}: <code>${html(d.name)}</code>`,
        html(d.change),
        html(`${d.from ?? '—'} → ${d.to ?? '—'}`),
        [d.thirdParty ? 'third-party' : 'workspace', d.direct ? 'direct' : 'transitive', d.dev ? 'dev' : 'runtime'].join(', '),
      ]),
    ]);
  }
  s.addRaw(
    `<p>Policy: ${html(ctx.policy)}. Read ${ctx.files} files and ${ctx.commits} commits from ${html(ctx.via)}${ctx.apiCalls > 0 ? ` (${ctx.apiCalls} API requests)` : ''}. Record: <code>${html(ctx.recordPath)}</code>.</p>`,
    true,
  );
  await s.write();
}
