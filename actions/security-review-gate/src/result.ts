/**
 * The result the action reports: the engine's result tree, plus the action's own steps that can
 * stop a pull request the engine approved (gathering failed, the retrospective issue of an
 * emergency could not be opened, the check run could not be written). Each of those turns the
 * result into an error: the gate never passes on a step it could not take.
 */
import type { GateResult, GateStatus, Retrospective, RuleResult } from '@change-actions/gate';
import { messageOf } from '@change-actions/action-kit';

export type ActionStep = 'gather' | 'retrospective-issue' | 'check-run';

export interface StepResult {
  rule: ActionStep;
  status: 'error';
  reason: string;
}

export interface ReportedResult extends Omit<GateResult, 'rules' | 'retrospective'> {
  rules: ReadonlyArray<RuleResult | StepResult>;
  retrospective?: Retrospective & { url?: string };
}

/** Nothing was decided: the pull request could not be read in full. */
export function gatherFailed(error: unknown): ReportedResult {
  const reason = `nothing was decided, so nothing is approved: ${messageOf(error)}`;
  return { status: 'error', summary: `error: ${firstLine(messageOf(error))}`, rules: [{ rule: 'gather', status: 'error', reason }], staleReviews: [] };
}

/** The engine's verdict stands no more: a step the verdict depends on failed. */
export function stepFailed(result: ReportedResult, rule: ActionStep, reason: string): ReportedResult {
  const rest: ReportedResult = { ...result };
  delete rest.retrospective;
  delete rest.acceptedRisk;
  return { ...rest, status: 'error', summary: `error: ${rule}: ${firstLine(reason)}`, rules: [...result.rules, { rule, status: 'error', reason }] };
}

export function isApproved(result: ReportedResult): boolean {
  return result.status === 'approved';
}

/** The check run conclusion: a verdict waiting for people asks for action; anything else that is not approved fails. */
export function conclusionOf(status: GateStatus): 'success' | 'action_required' | 'failure' {
  return status === 'approved' ? 'success' : status === 'pending' ? 'action_required' : 'failure';
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
