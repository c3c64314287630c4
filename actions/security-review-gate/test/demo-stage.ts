/**
 * The gate's stage of `npm run demo`: the same security-relevant pull request twice on the GitHub
 * stand-in, once approved (the Security Lead and a second reviewer on the head, a threat model in
 * the body) and once blocked (the author approving, and the Security Lead's approval given on an
 * older commit before a security-relevant push).
 */
import type { RunResult } from '../../../test/harness/run-action.ts';
import { OLD, THREAT_MODEL, alice, bob, carol, runGate, sam, verdict, withStandIn, type World } from './world.ts';

const security: World = { files: [{ filename: 'src/auth/session.ts' }], body: THREAT_MODEL };

/** What the demo's lifecycle keeps of each run (the gate result, for the audit). */
export type GateRunSaver = (run: 'normal' | 'approved' | 'blocked', result: RunResult) => void;

export async function securityReviewGateStage(show: (title: string, result: RunResult) => void, save?: GateRunSaver): Promise<boolean> {
  let normalApproved = true;
  if (save) {
    // The demo's normal change: not security-relevant, code review is enough.
    const normal = await withStandIn((gh) => runGate(gh, { files: [{ filename: 'src/health.ts' }], reviews: [{ by: bob }, { by: carol }] }));
    show('security-review-gate: a normal change, reviewed by two others than its author', normal);
    save('normal', normal);
    normalApproved = verdict(normal).approved === 'true';
  }
  const approved = await withStandIn((gh) => runGate(gh, { ...security, reviews: [{ by: sam }, { by: bob }] }));
  save?.('approved', approved);
  show('security-review-gate: a security-relevant change, Security Lead and a second reviewer on the head', approved);
  const blocked = await withStandIn((gh) => runGate(gh, { ...security, reviews: [{ by: alice }, { by: sam, on: OLD }, { by: bob }] }));
  show('security-review-gate: the author approves, the Security Lead approved an older commit', blocked);
  save?.('blocked', blocked);
  return normalApproved && verdict(approved).approved === 'true' && verdict(blocked).approved === 'false' && blocked.exitCode === 1;
}
