/**
 * The rollback plan: written by wrangler-deploy-verify (`rollback-plan` output and
 * `rollback-plan-file`) before and after the deploy; read by post-deploy-monitor (the version to
 * compare against) and auto-revert-on-threshold (the version to restore).
 */
import type { Contract } from './contract.ts';
import validate from './generated/validate-rollback-plan.js';
import { ROLLBACK_MODES, rollbackPlanSchema } from './schemas.ts';

export { ROLLBACK_MODES };

export interface RollbackPlan {
  kind: 'rollback-plan';
  version: 1;
  /** `rollback`: run `command`; `forward-fix-only`: fix with a new deploy; `refused`: nothing was deployed; `none`: nothing to roll back to. */
  mode: (typeof ROLLBACK_MODES)[number];
  worker: string | null;
  environment: string | null;
  target_version_id: string | null;
  target: {
    version_id: string;
    percentage: number;
    number: number | null;
    tag: string | null;
    message: string | null;
    created_on: string | null;
  } | null;
  new_version_id: string | null;
  /** Whether the verification says to roll back now, and the procedure trigger that says so. */
  recommended: boolean;
  trigger: string | null;
  /** The exact command, to run in `working_directory` with the deploy's Cloudflare credentials. */
  command: string | null;
  argv: string[] | null;
  working_directory: string;
  reasons: string[];
  caveats: string[];
  recorded_at: string;
}

export const rollbackPlanContract: Contract<RollbackPlan> = {
  kind: 'rollback-plan',
  version: 1,
  producer: 'the rollback-plan-file of wrangler-deploy-verify',
  schema: rollbackPlanSchema,
  validate,
};

/**
 * The version a rollback may restore, or the reason there is none. Only a plan in `rollback` mode
 * with a recorded target names one: every other mode, or a plan without a target, is a refusal.
 */
export function rollbackTarget(plan: RollbackPlan): { versionId: string } | { refused: string } {
  if (plan.mode !== 'rollback') return { refused: `the rollback plan's mode is ${plan.mode}: ${plan.reasons.join(' ') || 'no rollback was prepared'}` };
  if (!plan.target || !plan.target_version_id || plan.target.version_id !== plan.target_version_id) {
    return { refused: 'the rollback plan names no consistent target version' };
  }
  return { versionId: plan.target_version_id };
}
