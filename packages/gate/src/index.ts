/**
 * @change-actions/gate: the decision engine of `security-review-gate`. Pure and synchronous: the
 * policy (from the base branch), classify's change record and a snapshot of the pull request in,
 * an explained result out. No I/O.
 */
export { evaluateGate } from './evaluate.ts';
export { explainGate } from './explain.ts';
export { overdue, retrospectiveTiming, type EmergencyChange, type OverdueRetrospective, type RetrospectiveApproval } from './overdue.ts';
export { threatModelDocuments, threatModelLinks } from './threat-model.ts';
export { roleOf } from './roles.ts';
export { isPersonalAccount, standingReviews, type Standing } from './reviews.ts';
// The gate's section of the change policy lives in @change-actions/policy; it is re-exported here
// for callers of the engine.
export {
  GatePolicyError,
  defaultGatePolicy,
  gatePolicySchema,
  roleNames,
  type GatePolicyDocument,
  type EmergencyAuthoriser,
  type EmergencyCondition,
  type GatePolicy,
  type Role,
  type RoleName,
  type RoleUser,
  type StaleMode,
} from '@change-actions/policy';
export { toGatePolicy } from '@change-actions/policy/convert';
export type {
  Account,
  AccountType,
  Actor,
  ChangedFile,
  Commit,
  Directory,
  FileStatus,
  Label,
  Permission,
  Person,
  PullRequestSnapshot,
  RequiredChecks,
  Review,
  ReviewState,
} from './snapshot.ts';
export type { AcceptedRisk, GateResult, GateStatus, Needed, Retrospective, RuleName, RuleResult, RuleStatus } from './result.ts';
