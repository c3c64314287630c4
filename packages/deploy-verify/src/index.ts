/**
 * deploy-verify: the decisions of a Worker deploy as pure functions of plain data. Whether the
 * deploy may go ahead (rollback readiness), what wrangler is asked and what its answers mean, the
 * verdict of health checks and smoke tests from probe results, the version pinning, the rollback
 * plan, and the forms a secret takes in text. No I/O: the action gathers, these decide.
 *
 * The parsers of the smoke test file and the change record need the YAML parser and live in
 * `@change-actions/deploy-verify/parse`, so a run without those files never loads it.
 */
export { jsonEqual, parseJsonPath, valueAt, type PathSegment } from './json-path.ts';
export {
  answeredVersion,
  describeVersionSource,
  excerpt,
  jsonBody,
  judgeAnswer,
  judgeVersion,
  parseVersionSource,
  short,
  type AnswerExpectation,
  type Check,
  type FailureKind,
  type Finding,
  type HeaderExpectation,
  type JsonExpectation,
  type ProbeResult,
  type VersionExpectation,
  type VersionSource,
} from './probe.ts';
export { describeAttempt, healthOutcome, judgeHealth, nextAttempt, retryDelayMs, type HealthAttempt, type HealthCheck, type HealthOutcome } from './health.ts';
export { SMOKE_METHODS, judgeSmoke, skippedSmoke, tallySmoke, type SmokeMethod, type SmokeOutcome, type SmokeResult, type SmokeSuite, type SmokeTally, type SmokeTest } from './smoke.ts';
export { explainVerdict } from './explain.ts';
export { TRIGGERS, afterFailedDeploy, deployVerdict, deploymentState, finalVerdict, judgeLive, refusedVerdict, type DeployStep, type Verdict, type VerdictInput } from './verdict.ts';
export {
  ROLLBACK_WINDOW,
  rollbackPlan,
  rollbackReadiness,
  needsHistory,
  servingVersion,
  targetToLookUp,
  type PlanInput,
  type Readiness,
  type ReadinessDecision,
  type ReadinessInput,
  type RollbackTarget,
} from './rollback.ts';
export {
  VERSION_MESSAGE_MAX,
  WORKER_NOT_FOUND_CODES,
  commandFailure,
  deploymentUrl,
  parseDeploymentList,
  parseDeploymentStatus,
  parseOutputFile,
  parseVersionList,
  parseVersionView,
  shellQuote,
  uploadedVersion,
  versionDeployment,
  versionMessage,
  wranglerArgs,
  type CommandFailure,
  type LiveDeployment,
  type OutputEntry,
  type TrafficShare,
  type UploadOptions,
  type UploadedVersion,
  type VersionInfo,
  type WranglerTarget,
} from './wrangler.ts';
export { MASK, Redactor, base64Core, redactProbe, secretForms } from './redact.ts';
export { LOCKFILES, WRANGLER_VERSION, detectPackageManager, frozenInstallCommand, installCommand, installerEnvironment, lockfilePins, privateInstallCommand, type Detected, type PackageManager } from './package-manager.ts';
export { CHANGE_TYPES, type ChangeType, type DeployFacts } from './change-types.ts';
export type { RollbackPlan } from '@change-actions/change-record';
