import * as core from '@actions/core';
import { html, printUntrusted } from '@change-actions/action-kit';
import type { Finding, LintOutcome } from '@change-actions/commit-lint';
import type { Message } from './gather.ts';

export interface Entry {
  id: string;
  subject: Message['subject'];
  outcome: LintOutcome;
}

export interface ResultEntry {
  sha?: string;
  subject: Message['subject'];
  header: string;
  valid: boolean;
  special?: string;
  errors: Finding[];
  warnings: Finding[];
  notes: Finding[];
}

/** GitHub shows a handful of annotations per step; beyond this many the summary has the rest. */
const MAX_ANNOTATIONS = 50;
const MAX_SUMMARY_ROWS = 300;

/** A finding as HTML: escaped, with its `code spans` shown as code. */
const prose = (message: string) => html(message).replace(/&#96;(.+?)&#96;/g, '<code>$1</code>');

const label = (e: Entry) =>
  e.subject === 'commit' ? e.id.slice(0, 7) : e.subject === 'pull-request-title' ? 'PR title' : 'PR body';

export async function report(
  entries: Entry[],
  context: { failOnWarning: boolean; policy: string; via: string; nothing?: string },
): Promise<{ invalid: number; results: ResultEntry[] }> {
  const results = entries.map((e): ResultEntry => {
    const valid = e.outcome.valid && (!context.failOnWarning || e.outcome.warnings.length === 0);
    return {
      ...(e.subject === 'commit' ? { sha: e.id } : {}),
      subject: e.subject,
      header: e.outcome.header,
      valid,
      ...(e.outcome.special ? { special: e.outcome.special } : {}),
      errors: e.outcome.errors,
      warnings: e.outcome.warnings,
      notes: e.outcome.notes,
    };
  });
  const invalid = results.filter((r) => !r.valid).length;

  // The log: one line per message, findings below; message text cannot act as a command.
  const lines: string[] = [`Policy: ${context.policy}`, `Commits from: ${context.via}`];
  if (context.nothing) lines.push(`Nothing to lint: ${context.nothing}`);
  entries.forEach((e, i) => {
    const r = results[i]!;
    lines.push(`${r.valid ? 'ok  ' : 'FAIL'} ${label(e)} ${r.header}`);
    for (const f of r.errors) lines.push(`       error   ${f.rule}: ${f.message}`);
    for (const f of r.warnings) lines.push(`       warning ${f.rule}: ${f.message}`);
    for (const f of r.notes) lines.push(`       note    ${f.rule}: ${f.message}`);
  });
  printUntrusted(lines);

  let annotations = 0;
  entries.forEach((e, i) => {
    const r = results[i]!;
    for (const [findings, emit] of [
      [r.errors, core.error],
      [r.warnings, core.warning],
    ] as const) {
      for (const f of findings) {
        if (annotations++ >= MAX_ANNOTATIONS) continue;
        emit(`${f.rule}: ${f.message}`, { title: `${label(e)}: ${r.header.slice(0, 80)}` });
      }
    }
  });
  if (annotations > MAX_ANNOTATIONS) {
    core.warning(`${annotations - MAX_ANNOTATIONS} more findings are in the job summary and the results output`);
  }

  const s = core.summary;
  s.addHeading(
    invalid === 0
      ? `Commit messages: all ${entries.length} follow the procedure`
      : `Commit messages: ${invalid} of ${entries.length} need changes`,
    2,
  );
  s.addRaw(`<p>Policy: ${html(context.policy)}. Commits from: ${html(context.via)}.</p>`, true);
  if (context.nothing) s.addRaw(`<p>Nothing to lint: ${html(context.nothing)}.</p>`, true);
  if (entries.length > 0) {
    const rows = entries.slice(0, MAX_SUMMARY_ROWS).map((e, i) => {
      const r = results[i]!;
      const findings = [
        ...r.errors.map((f) => `❌ <code>${f.rule}</code> ${prose(f.message)}`),
        ...r.warnings.map((f) => `⚠️ <code>${f.rule}</code> ${prose(f.message)}`),
        ...r.notes.map((f) => `ℹ️ <code>${f.rule}</code> ${prose(f.message)}`),
      ];
      return [
        `<code>${html(label(e))}</code>`,
        html(r.header),
        r.valid ? '✅ pass' : '❌ fail',
        findings.join('<br>') || '—',
      ];
    });
    s.addTable([
      [
        { data: 'Message', header: true },
        { data: 'Header', header: true },
        { data: 'Verdict', header: true },
        { data: 'Findings', header: true },
      ],
      ...rows,
    ]);
    if (entries.length > MAX_SUMMARY_ROWS) {
      s.addRaw(`<p>${entries.length - MAX_SUMMARY_ROWS} more messages are in the <code>results</code> output.</p>`, true);
    }
  }
  if (invalid > 0) {
    s.addRaw(
      '<p>Format: <code>&lt;type&gt;: &lt;brief description&gt;</code>, a blank line, a body that says what changed and why, and <code>Fixes: #N</code> as the last paragraph. Reword with <code>git rebase -i</code>.</p>',
      true,
    );
  }
  await s.write();
  return { invalid, results };
}
