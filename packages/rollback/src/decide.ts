/**
 * Whether to roll back, from what started the run: the monitor's verdict, a failed deploy
 * verification, or a person's dispatch; and to what, from the deploy's rollback plan. Only a
 * version the plan recorded before the deploy is ever a target: without one there is nothing safe
 * to restore (`wrangler rollback` without an id picks the previous deployment, which after an
 * earlier rollback is the bad version), so the run pages a person instead.
 */
import { provesHealth, rollbackTarget, type Breach, type MonitorVerdict, type RollbackPlan } from '@change-actions/change-record';
import type { RollbackPolicy } from '@change-actions/policy';

export const TRIGGER_INPUTS = ['breached', 'failed', 'deploy-failed', 'manual'] as const;
export type TriggerInput = (typeof TRIGGER_INPUTS)[number];

/** `rollback`: restore the target now; `page`: a person decides (an issue says why); `none`: nothing is wrong. */
export type Decision =
  | { action: 'rollback'; trigger: TriggerInput | 'inconclusive'; reason: string; targetVersionId: string; badVersionId: string | null; breaches: Breach[] }
  | { action: 'page'; trigger: TriggerInput | 'inconclusive'; reason: string; targetVersionId: string | null; badVersionId: string | null; breaches: Breach[] }
  | { action: 'none'; reason: string };

export interface DecideInput {
  /** The monitor's verdict, when a verdict file was given. */
  verdict?: MonitorVerdict | undefined;
  /** Input `trigger`; with a verdict it must agree with it. */
  trigger?: TriggerInput | undefined;
  /** Why, for `manual` and `deploy-failed` (input reason). */
  reason?: string | undefined;
  plan: RollbackPlan;
  policy: RollbackPolicy;
}

export function decide(input: DecideInput): Decision {
  const { verdict, plan } = input;
  const badVersionId = plan.new_version_id ?? verdict?.version_id ?? null;
  const breaches = verdict?.breaches ?? [];
  let trigger: TriggerInput | 'inconclusive';
  let reason: string;
  if (verdict) {
    if (plan.new_version_id && verdict.version_id !== plan.new_version_id) {
      return {
        action: 'page',
        trigger: 'manual',
        reason: `the verdict is about version ${verdict.version_id} but the rollback plan is for version ${plan.new_version_id}: they are not about the same deploy, so nothing is rolled back automatically`,
        targetVersionId: null,
        badVersionId,
        breaches,
      };
    }
    if (verdict.verdict === 'healthy' && provesHealth(verdict)) {
      if (input.trigger === undefined) return { action: 'none', reason: `the monitor found version ${verdict.version_id} healthy over its whole watch` };
      trigger = input.trigger;
      reason = input.reason || `input trigger ${input.trigger}, although the monitor found the version healthy`;
    } else if (verdict.verdict === 'breached' || verdict.verdict === 'failed') {
      trigger = verdict.verdict;
      reason = verdict.breaches.length > 0 ? verdict.breaches.map((b) => `${b.trigger}: ${b.reason}`).join('; ') : verdict.reason;
    } else {
      // inconclusive, or a "healthy" that does not prove health (cut short, a breach beside it, a metric not healthy)
      trigger = 'inconclusive';
      reason = verdict.verdict === 'inconclusive' ? verdict.reason : `the verdict says healthy but does not prove it (${verdict.complete ? 'a metric is not healthy or a breach is recorded' : 'the watch was cut short'})`;
      if (input.trigger !== undefined) {
        trigger = input.trigger;
        reason = `${input.reason || `input trigger ${input.trigger}`}; the monitor could not tell: ${reason}`;
      } else if (input.policy.inconclusive === 'page') {
        return { action: 'page', trigger, reason: `the watch was inconclusive (${reason}); the policy says a person decides (rollback.inconclusive: page)`, targetVersionId: targetOf(plan), badVersionId, breaches };
      }
    }
  } else if (input.trigger !== undefined) {
    trigger = input.trigger;
    reason = input.reason || (input.trigger === 'deploy-failed' ? 'the deploy verification failed' : 'a person asked for the rollback');
  } else {
    return { action: 'none', reason: 'neither a verdict file nor a trigger was given' };
  }

  const target = rollbackTarget(plan);
  if ('refused' in target) return { action: 'page', trigger, reason: `${reason}; but no rollback is possible: ${target.refused}`, targetVersionId: null, badVersionId, breaches };
  if (badVersionId !== null && target.versionId === badVersionId) {
    return { action: 'page', trigger, reason: `${reason}; but the plan's target ${target.versionId} is the version to roll back from`, targetVersionId: null, badVersionId, breaches };
  }
  return { action: 'rollback', trigger, reason, targetVersionId: target.versionId, badVersionId, breaches };
}

function targetOf(plan: RollbackPlan): string | null {
  const target = rollbackTarget(plan);
  return 'versionId' in target ? target.versionId : null;
}
