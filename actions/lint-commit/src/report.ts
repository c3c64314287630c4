import * as core from '@actions/core';
import { coreLogger as log, html, printUntrusted } from '@change-actions/action-kit';
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

/** Bytes of the `results` output at most: a job's outputs hold 1 MB in all. */
export const RESULTS_MAX_BYTES = 256 * 1024;

const rank = (r: ResultEntry) => (!r.valid ? 0 : r.errors.length + r.warnings.length > 0 ? 1 : 2);

/** Indexes with failing entries first, then those with warnings, then the rest, each group in order. */
const findingsFirst = (results: readonly ResultEntry[]) => results.map((_, i) => i).sort((a, b) => rank(results[a]!) - rank(results[b]!) || a - b);

/**
 * The `results` output: every entry in order when all fit in `maxBytes`; else failing entries
 * first, then those with warnings, then the rest, as many as fit; `omitted` counts those left out.
 */
export function boundedResults(results: readonly ResultEntry[], maxBytes = RESULTS_MAX_BYTES): { json: string; omitted: number } {
  const all = JSON.stringify(results);
  if (Buffer.byteLength(all) <= maxBytes) return { json: all, omitted: 0 };
  const ordered = findingsFirst(results).map((i) => ({ r: results[i]! }));
  const parts: string[] = [];
  let bytes = 2;
  for (const { r } of ordered) {
    const json = JSON.stringify(r);
    const size = Buffer.byteLength(json) + (parts.length > 0 ? 1 : 0);
    if (bytes + size > maxBytes) break;
    parts.push(json);
    bytes += size;
  }
  return { json: `[${parts.join(',')}]`, omitted: results.length - parts.length };
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
      [r.errors, log.error],
      [r.warnings, log.warning],
    ] as const) {
      for (const f of findings) {
        if (annotations++ >= MAX_ANNOTATIONS) continue;
        emit(`${f.rule}: ${f.message}`, { title: `${label(e)}: ${r.header.slice(0, 80)}` });
      }
    }
  });
  if (annotations > MAX_ANNOTATIONS) {
    log.warning(`${annotations - MAX_ANNOTATIONS} more findings are in the job summary and the results output`);
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
    // Past the cut, findings first so that none is left out.
    const order = entries.length > MAX_SUMMARY_ROWS ? findingsFirst(results) : entries.map((_, i) => i);
    const rows = order.slice(0, MAX_SUMMARY_ROWS).map((i) => {
      const e = entries[i]!;
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
      s.addRaw(`<p>${entries.length - MAX_SUMMARY_ROWS} more messages, all without findings or after those shown, are in the file named by the <code>results-file</code> output.</p>`, true);
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
