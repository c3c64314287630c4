/**
 * Change windows and freezes: the verdict for a change at a moment. The policy package reads and
 * compiles the `windows` section (`compileWindows`); this decides what it means for a change.
 */
import type { CompiledWindow, CompiledWindows, LocalTime } from '@change-actions/policy/convert';
import type { ChangeType, WindowVerdict } from './record.ts';

export { compileWindows, type CompiledWindows } from '@change-actions/policy/convert';

/**
 * Whether a change may go out now. A freeze that applies closes it; otherwise the window of its
 * type, and for a major change the major window too, must be open. Emergencies are exempt, and
 * the verdict records what would have applied.
 */
export function evaluateWindow(compiled: CompiledWindows, changeType: ChangeType, major: boolean, now: Date): WindowVerdict {
  const local = compiled.localTime(now);
  if (changeType === 'emergency') {
    const regular = evaluateRegular(compiled, 'normal', major, now, local);
    return {
      open: true,
      exempt: true,
      rule: 'windows.emergency',
      reason: `emergency change: exempt from change windows and freezes, recorded; as a normal change it would be ${regular.open ? 'open' : 'closed'} (${regular.reason})`,
      localTime: local.text,
    };
  }
  return evaluateRegular(compiled, changeType, major, now, local);
}

function evaluateRegular(
  compiled: CompiledWindows,
  changeType: Exclude<ChangeType, 'emergency'>,
  major: boolean,
  now: Date,
  local: LocalTime,
): WindowVerdict {
  const freeze = compiled.freezes.find(
    (f) => (f.changeTypes === undefined || f.changeTypes.has(changeType)) && f.applies(now, local),
  );
  if (freeze) {
    return { open: false, rule: freeze.rule, reason: `change freeze (${freeze.text}): ${freeze.reason}`, localTime: local.text };
  }
  const applicable = major ? [compiled.windows[changeType], compiled.windows.major] : [compiled.windows[changeType]];
  const kind = (window: CompiledWindow) => (window === compiled.windows.major ? 'major' : changeType);
  const closed = applicable.find((w) => !(w.days.has(local.weekday) && local.minute >= w.start && local.minute < w.end));
  if (closed) {
    return {
      open: false,
      rule: closed.rule,
      reason: `${local.text} is outside the ${kind(closed)} change window (${closed.text})`,
      localTime: local.text,
    };
  }
  return {
    open: true,
    rule: applicable.map((w) => w.rule).join(' + '),
    reason: `${local.text} is inside the ${applicable.map((w) => `${kind(w)} change window (${w.text})`).join(' and the ')}`,
    localTime: local.text,
  };
}
