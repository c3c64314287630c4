/**
 * security-review-gate: in mode gate, judges a pull request on every push and review (gather,
 * evaluate, act, report); in mode overdue, escalates emergency changes whose retrospective is
 * overdue. Every output is always set, and says the least permissive thing when the run fails.
 */
import { UserError, readEvent, runAction } from '@change-actions/action-kit';
import { GitHubApi } from './api.ts';
import { GATE_EVENTS, runGate } from './gate.ts';
import { OVERDUE_EVENTS, runOverdue } from './overdue.ts';
import { readSettings, type Mode } from './settings.ts';

export type Output = 'approved' | 'status' | 'result' | 'check-run-id' | 'overdue';

const fallback: Record<Output, string> = {
  approved: 'false',
  status: 'error',
  result: JSON.stringify({ status: 'error', summary: 'error: the gate reached no verdict', rules: [], staleReviews: [] }),
  'check-run-id': '',
  overdue: '[]',
};

const accepted: Readonly<Record<Mode, readonly string[]>> = { gate: GATE_EVENTS, overdue: OVERDUE_EVENTS };

export function run(): Promise<void> {
  return runAction<Output>(fallback, async (outputs) => {
    const settings = readSettings();
    const event = readEvent();
    if (!accepted[settings.mode].includes(event.eventName)) {
      throw new UserError(
        `event "${event.eventName}" is not accepted in mode ${settings.mode}; accepted: ${GATE_EVENTS.join(', ')} (mode: gate), ${OVERDUE_EVENTS.join(', ')} (mode: overdue)`,
      );
    }
    const api = new GitHubApi(settings.token);
    if (settings.mode === 'gate') await runGate(settings, event, outputs, api);
    else await runOverdue(settings, event, outputs, api);
  });
}
