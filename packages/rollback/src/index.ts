/**
 * rollback: the decisions of an automatic rollback (auto-revert-on-threshold) as pure functions of
 * plain data. Whether to roll back and to what (`decide`), whether the loop guard and the deploy
 * freeze allow it (`loopGuard`, `standingFreezes`), what a failed attempt means and whether the
 * read-back is the restore (`classifyFailure`, `judgeRestore`), the revert commit's message, and
 * the incident issue. No I/O: the action gathers, these decide.
 */
export { TRIGGER_INPUTS, decide, type DecideInput, type Decision, type TriggerInput } from './decide.ts';
export { explainDecision } from './explain.ts';
export { FREEZE_LABEL, loopGuard, standingFreezes, type Freeze, type GuardInput, type GuardResult, type IncidentIssue } from './guard.ts';
export { RETRYABLE_CODES, changedSecrets, classifyFailure, judgeRestore, liveState, retryDelayMs, rollbackMessage, type AttemptFailure, type FailureKind, type LiveState } from './restore.ts';
export { changeTitle, revertBranch, revertMessage, type RevertMessageInput, type RevertSubject } from './revert.ts';
export { Timeline, incidentBody, incidentLabels, incidentTitle, secondsBetween, statusPageNote, type TimelineEntry } from './incident.ts';
