/** The change record in the shared explainable shape (`@change-actions/result`). */
import { explained, type Explained, type ResultStatus } from '@change-actions/result';
import type { ChangeRecord, Finding } from './record.ts';

const node = (status: ResultStatus, finding: Finding, prefix = ''): Explained => explained(status, finding.rule, `${prefix}${finding.reason}`, finding.evidence);

/**
 * The record as a tree: the change type with the decisions behind it, the security review
 * triggers, the rollback safety with what makes it unsafe, and the change window. The root
 * fails only when the window is closed to the change (what classify-change's `window-open`
 * reports); rollback safety is the deploy's to judge, so an unsafe change fails that node alone.
 */
export function explainChangeRecord(record: ChangeRecord): Explained {
  const windowStatus: ResultStatus = record.window.exempt ? 'skipped' : record.window.open ? 'pass' : 'fail';
  const children = [
    explained('pass', 'change-type', `${record.changeType}${record.major ? ', major' : ''}${record.severity ? `, severity ${record.severity}` : ''}`, [], record.decisions.map((d) => node('pass', d, `${d.outcome}: `))),
    explained(
      'pass',
      'security-review-triggers',
      record.securityRelevant ? `security-relevant: ${record.triggers.length} trigger${record.triggers.length === 1 ? '' : 's'}` : 'not security-relevant',
      [],
      record.triggers.map((t) => node('pass', t, `${t.trigger}: `)),
    ),
    explained(
      record.rollbackSafe ? 'pass' : 'fail',
      'rollback-safety',
      record.rollbackSafe ? 'the change can be rolled back' : 'the change cannot be rolled back safely',
      [],
      record.rollbackUnsafeReasons.map((r) => node('fail', r)),
    ),
    explained(windowStatus, record.window.rule, `${record.window.reason} (${record.window.localTime})`),
  ];
  const reason = `${record.changeType} change${record.securityRelevant ? ', security-relevant' : ''}${record.rollbackSafe ? '' : ', not rollback-safe'}; window ${record.window.open ? 'open' : 'closed'}${record.window.exempt ? ' (exempt)' : ''}`;
  return explained(windowStatus === 'fail' ? 'fail' : 'pass', 'classify-change', reason, [], children);
}
