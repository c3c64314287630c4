/**
 * The `rollback` section of the change policy, read by auto-revert-on-threshold (and by
 * wrangler-deploy-verify for the deploy freeze). Defaults are the procedure's "Rollback
 * Procedures": roll back on a breach or a failed watch, page a person when the watch could not
 * tell, restore within the 5-minute target, and bring main back in line through a pull request.
 *
 * The typed section, its defaults and its schema fragment; the converter is in `./rollback.convert.ts`.
 */
import type { Kebab, Sparse } from '../section.ts';

export interface RollbackPolicy {
  /**
   * Loop guard: at most one automatic rollback per service and environment in this many minutes.
   * After one, deploys of that service and environment are frozen until a person acknowledges.
   */
  loopWindowMinutes: number;
  /** Push the revert straight to the base branch (no force, ever) instead of opening a pull request. */
  directPush: boolean;
  /** What an inconclusive watch does: `page` a person (the procedure's default), or `rollback`. */
  inconclusive: 'page' | 'rollback';
  /** Attempts after the first for a failure a retry can help (network error, 5xx, 429). */
  retries: number;
  /** Deadline of the rollback, the verification included, in seconds (the procedure's target is 300). */
  deadlineSeconds: number;
  /** How long the restored version's health check may take to pass. */
  healthTimeoutSeconds: number;
}

export const defaultRollbackPolicy: RollbackPolicy = {
  loopWindowMinutes: 60,
  directPush: false,
  inconclusive: 'page',
  retries: 3,
  deadlineSeconds: 240,
  healthTimeoutSeconds: 60,
};

export type RollbackPolicyDocument = Sparse<Kebab<RollbackPolicy>>;

export const rollbackPolicySchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Automatic rollback (auto-revert-on-threshold) and the deploy freeze after it.',
  properties: {
    'loop-window-minutes': {
      type: 'integer',
      minimum: 1,
      maximum: 10_080,
      description: 'At most one automatic rollback per service and environment in this many minutes; after it, deploys are frozen until a person acknowledges (default 60).',
    },
    'direct-push': { type: 'boolean', description: 'Push the revert straight to the base branch instead of opening a pull request (default false). Never forced.' },
    inconclusive: { enum: ['page', 'rollback'], description: 'What an inconclusive watch does: page a person (default) or roll back.' },
    retries: { type: 'integer', minimum: 0, maximum: 10, description: 'Retries of a rollback step that failed in a way a retry can help: network error, 5xx, 429 (default 3).' },
    'deadline-seconds': { type: 'integer', minimum: 30, maximum: 900, description: 'Deadline of the whole rollback, verification included (default 240; the procedure target is 300).' },
    'health-timeout-seconds': { type: 'integer', minimum: 0, maximum: 600, description: "How long the restored version's health check may take to pass (default 60)." },
  },
} as const;
