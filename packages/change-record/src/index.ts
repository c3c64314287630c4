/**
 * The contract between actions: every file or output one action hands to another or to an
 * auditor. Each artifact has a `kind`, a `version`, a JSON Schema published under `schema/`, one
 * writer (`serialize`, or `writeContractFile` from `./files`) and one validating reader (`parse`,
 * `check`, or `readContractFile`). No action declares another action's shapes: they import them
 * from here.
 *
 * | artifact | written by | read by |
 * | --- | --- | --- |
 * | change-record | classify-change | wrangler-deploy-verify, security-review-gate's auditors, change-metrics |
 * | rollback-plan | wrangler-deploy-verify | post-deploy-monitor, auto-revert-on-threshold |
 * | deployment-payload | wrangler-deploy-verify (GitHub Deployment) | change-metrics |
 * | monitor-verdict | post-deploy-monitor | auto-revert-on-threshold, auditors |
 * | incident | auto-revert-on-threshold (file and incident issue) | change-metrics, auditors |
 */
export { CONTRACT_MAX_BYTES, ContractError, check, parse, serialize, type Contract, type ContractProblem } from './contract.ts';
export * from './change-record.ts';
export * from './rollback-plan.ts';
export * from './deployment-payload.ts';
export * from './monitor-verdict.ts';
export * from './incident.ts';
