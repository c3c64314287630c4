/** The deploy's verdict in the shared explainable shape (`@change-actions/result`). */
import { explained, type Explained } from '@change-actions/result';
import type { Verdict } from './verdict.ts';

/**
 * The verdict with one child per reason: the reasons of an unhealthy verdict fail, those of a
 * healthy one pass. The rollback trigger met, and whether a rollback is advised, are evidence.
 */
export function explainVerdict(verdict: Verdict): Explained {
  const status = verdict.healthy ? 'pass' : 'fail';
  const evidence = [
    ...(verdict.trigger === null ? [] : [{ note: `rollback trigger: ${verdict.trigger}` }]),
    ...(verdict.recommended ? [{ note: 'roll back now' }] : []),
  ];
  return explained(status, 'wrangler-deploy-verify', verdict.headline, evidence, verdict.reasons.map((reason) => explained(status, verdict.trigger ?? 'deploy-verification', reason)));
}
