/** The period a report covers, from what a person writes: a quarter, the quarter before, or days. */
import { quarterBounds, quarterOf } from './compute.ts';

export const PERIOD_FORMS = 'previous-quarter, current-quarter, a quarter such as 2026-Q4, or the last N days as e.g. 30d';

/** [start, end) of `spec` counted from `now`; throws naming what is accepted. */
export function resolvePeriod(spec: string, now: Date): { start: string; end: string; label: string } {
  const value = spec.trim();
  if (value === 'current-quarter' || value === 'previous-quarter') {
    let label = quarterOf(now.toISOString());
    if (value === 'previous-quarter') {
      const { start } = quarterBounds(label);
      label = quarterOf(new Date(Date.parse(start) - 1).toISOString());
    }
    return { ...quarterBounds(label), label };
  }
  if (/^\d{4}-Q[1-4]$/.test(value)) return { ...quarterBounds(value), label: value };
  const days = /^(\d{1,4})d$/.exec(value);
  if (days && Number(days[1]) >= 1) {
    const end = now.toISOString();
    return { start: new Date(now.getTime() - Number(days[1]) * 86_400_000).toISOString(), end, label: `the last ${days[1]} days` };
  }
  throw new Error(`"${value.slice(0, 40)}" is not a period; accepted: ${PERIOD_FORMS}`);
}
