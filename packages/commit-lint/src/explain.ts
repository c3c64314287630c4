/** One message's lint outcome in the shared explainable shape (`@change-actions/result`). */
import { explained, type Explained, type ResultEvidence } from '@change-actions/result';
import type { Finding, LintOutcome, Subject } from './lint.ts';

/**
 * The message's verdict with one child per finding: errors fail, warnings pass with their
 * reason (they never fail a message), notes (a rule that did not apply, and why) are skipped.
 * `commit` is the SHA the message belongs to, given as evidence.
 */
export function explainLint(outcome: LintOutcome, options: { subject?: Subject; commit?: string } = {}): Explained {
  const at = (finding: Finding): ResultEvidence[] => [{ ...(options.commit === undefined ? {} : { commit: options.commit }), ...(finding.line === undefined ? {} : { line: finding.line }) }].filter((e) => Object.keys(e).length > 0);
  const children = [
    ...outcome.errors.map((f) => explained('fail', f.rule, f.message, at(f))),
    ...outcome.warnings.map((f) => explained('pass', f.rule, `warning: ${f.message}`, at(f))),
    ...outcome.notes.map((f) => explained('skipped', f.rule, f.message, at(f))),
  ];
  const errors = outcome.errors.length;
  const reason = outcome.valid
    ? `valid${outcome.warnings.length === 0 ? '' : ` with ${outcome.warnings.length} warning${outcome.warnings.length === 1 ? '' : 's'}`}`
    : `${errors} error${errors === 1 ? '' : 's'}`;
  const evidence: ResultEvidence[] = [{ ...(options.commit === undefined ? {} : { commit: options.commit }), text: outcome.header }];
  return explained(outcome.valid ? 'pass' : 'fail', options.subject ?? 'commit', reason, evidence, children);
}
