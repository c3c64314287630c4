/**
 * One explainable result shape for every engine, in the manner of policy-bot's result tree: each
 * node says what it judged (`rule`), how it came out (`status`), why (`reason`) and on what
 * (`evidence`: a file and line, a commit, a quoted text), with the rules it was made of under it.
 * Each engine keeps its own detailed result (the gate's rules, the linter's findings, the monitor's
 * measurements) and exposes it in this shape through an `explain…` function, so a report, a log
 * or the `change` command can show any decision the same way.
 *
 * Pure: plain data and functions, no I/O.
 */

/**
 * `pass`: the rule is met; `fail`: it is not (a reason to refuse, roll back or block);
 * `pending`: waiting for something that can still come (an approval, a longer watch);
 * `skipped`: the rule does not apply here, and says why; `error`: nothing could be decided (an
 * input or a source failed), which every gate treats as a failure.
 */
export const RESULT_STATUSES = ['pass', 'fail', 'pending', 'skipped', 'error'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** What a node rests on. The same fields as the contract's evidence (`@change-actions/change-record`). */
export interface ResultEvidence {
  file?: string;
  commit?: string;
  /** 1-based line; in the new file when `side` is `new`, in the old file when `old`. */
  line?: number;
  side?: 'old' | 'new';
  /** The quoted text, clipped. */
  text?: string;
  /** Context: who approved, what a value was measured against, why something could not be read. */
  note?: string;
}

export interface Explained {
  status: ResultStatus;
  /** The rule judged, as the policy or the engine names it: `code-review`, `header-format`, `error-rate`. */
  rule: string;
  reason: string;
  evidence: readonly ResultEvidence[];
  /** The rules this node was decided from. */
  children?: readonly Explained[];
}

/** A node; `children` only when there are some. */
export function explained(status: ResultStatus, rule: string, reason: string, evidence: readonly ResultEvidence[] = [], children: readonly Explained[] = []): Explained {
  return { status, rule, reason, evidence, ...(children.length > 0 ? { children } : {}) };
}

/**
 * The status a set of rules adds up to, failing closed: any error, else any failure, else anything
 * pending, else pass; nothing to judge (no rule, or every rule skipped) is an error, never a pass.
 */
export function overallStatus(children: readonly Pick<Explained, 'status'>[]): ResultStatus {
  const has = (status: ResultStatus) => children.some((child) => child.status === status);
  if (has('error')) return 'error';
  if (has('fail')) return 'fail';
  if (has('pending')) return 'pending';
  if (has('pass')) return 'pass';
  return 'error';
}

const MARK: Record<ResultStatus, string> = { pass: 'pass', fail: 'FAIL', pending: 'wait', skipped: 'skip', error: 'ERR ' };

function where(evidence: ResultEvidence): string {
  const place = evidence.file === undefined ? (evidence.commit?.slice(0, 12) ?? '') : `${evidence.file}${evidence.line === undefined ? '' : `:${evidence.line}`}`;
  return [place, evidence.text === undefined ? '' : JSON.stringify(evidence.text), evidence.note ?? ''].filter((part) => part !== '').join(' ');
}

/** The tree as indented lines, one per node and one per piece of evidence: for a log or a terminal. */
export function explainLines(node: Explained, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const lines = [`${indent}${MARK[node.status]} ${node.rule}: ${node.reason}`];
  for (const evidence of node.evidence) {
    const text = where(evidence);
    if (text !== '') lines.push(`${indent}     at ${text}`);
  }
  for (const child of node.children ?? []) lines.push(...explainLines(child, depth + 1));
  return lines;
}
