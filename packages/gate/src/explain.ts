/** The gate's result in the shared explainable shape (`@change-actions/result`). */
import { explained, type Explained, type ResultEvidence, type ResultStatus } from '@change-actions/result';
import type { GateResult, GateStatus, Needed, RuleResult, RuleStatus } from './result.ts';

const RULE_STATUS: Record<RuleStatus, ResultStatus> = { approved: 'pass', pending: 'pending', blocked: 'fail', skipped: 'skipped', error: 'error' };
const GATE_STATUS: Record<GateStatus, ResultStatus> = { approved: 'pass', pending: 'pending', blocked: 'fail', error: 'error' };

function needed(need: Needed): string {
  return [
    need.approvals === undefined ? '' : `${need.approvals} more approval${need.approvals === 1 ? '' : 's'}`,
    need.from === undefined || need.from.length === 0 ? '' : `from ${need.from.join(' or ')}`,
    need.parts === undefined || need.parts.length === 0 ? '' : `missing: ${need.parts.join(', ')}`,
  ].filter((part) => part !== '').join(' ');
}

function explainRule(rule: RuleResult): Explained {
  const evidence: ResultEvidence[] = [
    ...(rule.satisfiedBy ?? []).map((account) => ({ note: `satisfied by @${account.login}` })),
    ...(rule.needed === undefined || needed(rule.needed) === '' ? [] : [{ note: `needs ${needed(rule.needed)}` }]),
  ];
  return explained(RULE_STATUS[rule.status], rule.rule, rule.reason, evidence);
}

/** The gate's verdict with one child per rule; the status is the gate's own, never recomputed. */
export function explainGate(result: GateResult): Explained {
  return explained(GATE_STATUS[result.status], 'security-review-gate', result.summary, [], result.rules.map(explainRule));
}
