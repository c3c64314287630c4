/**
 * The `windows` section's converter and compiler: the windows read for evaluation, checked for
 * what the schema cannot check. Local time comes from `Intl.DateTimeFormat`, so daylight saving
 * time is the platform's, not ours.
 */
import type { ChangeType } from '@change-actions/change-record';
import { camelKeys, mergeDefaults as merge } from '../section.ts';
import { ClassifyPolicyError } from './errors.ts';
import { defaultWindowsPolicy, weekdays, type Freeze, type TimeWindow, type Weekday, type WindowsPolicy, type WindowsPolicyDocument } from './windows.ts';

/** The typed section for a schema-valid `windows` section; keys left out take the procedure's defaults. */
export function toWindowsPolicy(section: WindowsPolicyDocument | undefined, defaults: WindowsPolicy = defaultWindowsPolicy): WindowsPolicy {
  const policy = merge(defaults, camelKeys(section)) as WindowsPolicy;
  compileWindows(policy);
  return policy;
}

const MINUTES_PER_DAY = 24 * 60;

export interface LocalTime {
  /** 0 = Monday. */
  weekday: number;
  /** Minutes since local midnight. */
  minute: number;
  /** Month * 100 + day, e.g. 1224. */
  monthDay: number;
  text: string;
}

export interface CompiledWindow {
  rule: string;
  days: ReadonlySet<number>;
  start: number;
  end: number;
  text: string;
}

export interface CompiledFreeze {
  rule: string;
  reason: string;
  changeTypes: ReadonlySet<ChangeType> | undefined;
  applies: (now: Date, local: LocalTime) => boolean;
  text: string;
}

export interface CompiledWindows {
  localTime: (now: Date) => LocalTime;
  windows: Record<'standard' | 'normal' | 'major', CompiledWindow>;
  freezes: CompiledFreeze[];
}

/**
 * The windows compiled for evaluation, once per policy object; throws `ClassifyPolicyError` for
 * what the schema cannot check: time zones, hours, instants, weekdays and dates.
 */
export function compileWindows(policy: WindowsPolicy): CompiledWindows {
  const cached = cache.get(policy);
  if (cached) return cached;
  const compiled = compile(policy);
  cache.set(policy, compiled);
  return compiled;
}

const cache = new WeakMap<WindowsPolicy, CompiledWindows>();

function compile(policy: WindowsPolicy): CompiledWindows {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: policy.timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    throw new ClassifyPolicyError('windows.time-zone', `"${policy.timeZone}" is not an IANA time zone known to this runtime`);
  }
  const localTime = (now: Date): LocalTime => {
    const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
    const weekday = weekdays.indexOf(String(parts.weekday).toLowerCase() as Weekday);
    const [hour, minute, month, day] = [parts.hour, parts.minute, parts.month, parts.day].map(Number) as [number, number, number, number];
    return {
      weekday,
      minute: hour * 60 + minute,
      monthDay: month * 100 + day,
      text: `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${policy.timeZone}`,
    };
  };
  return {
    localTime,
    windows: {
      standard: compileWindow(policy.standard, 'windows.standard'),
      normal: compileWindow(policy.normal, 'windows.normal'),
      major: compileWindow(policy.major, 'windows.major'),
    },
    freezes: policy.freezes.map((freeze, index) => compileFreeze(freeze, `windows.freezes[${index}]`)),
  };
}

function compileWindow(window: TimeWindow, rule: string): CompiledWindow {
  const match = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(window.hours);
  const [start, end] = match ? [minutes(match[1], match[2]), minutes(match[3], match[4])] : [NaN, NaN];
  if (!(start >= 0 && end <= MINUTES_PER_DAY && start < end)) {
    throw new ClassifyPolicyError(`${rule}.hours`, `"${window.hours}" is not HH:MM-HH:MM with the start before the end`);
  }
  return {
    rule,
    days: new Set(window.days.map((day) => weekdays.indexOf(day))),
    start,
    end,
    text: `${window.days.join(', ')} ${window.hours}`,
  };
}

function compileFreeze(freeze: Freeze, rule: string): CompiledFreeze {
  const base = {
    rule,
    reason: freeze.reason,
    changeTypes: freeze.changeTypes ? new Set<ChangeType>(freeze.changeTypes) : undefined,
  };
  if ('start' in freeze) {
    const [start, end] = [Date.parse(freeze.start), Date.parse(freeze.end)];
    if (Number.isNaN(start) || Number.isNaN(end) || start >= end) {
      throw new ClassifyPolicyError(rule, `"${freeze.start}" to "${freeze.end}" is not a period of ISO 8601 instants with the start first`);
    }
    return { ...base, applies: (now) => now.getTime() >= start && now.getTime() < end, text: `${freeze.start} to ${freeze.end}` };
  }
  if ('weekly' in freeze) {
    const [from, to] = [weekMinute(freeze.weekly.from, `${rule}.weekly.from`), weekMinute(freeze.weekly.to, `${rule}.weekly.to`)];
    return {
      ...base,
      applies: (_, local) => within(local.weekday * MINUTES_PER_DAY + local.minute, from, to),
      text: `every week from ${freeze.weekly.from} to ${freeze.weekly.to}`,
    };
  }
  const [from, to] = [monthDay(freeze.yearly.from, `${rule}.yearly.from`), monthDay(freeze.yearly.to, `${rule}.yearly.to`)];
  return {
    ...base,
    // Whole days, both ends included.
    applies: (_, local) => within(local.monthDay, from, to + 1),
    text: `every year from ${freeze.yearly.from} to ${freeze.yearly.to}`,
  };
}

/** `value` in [from, to), wrapping around when `to` is not after `from`. */
function within(value: number, from: number, to: number): boolean {
  return from < to ? value >= from && value < to : value >= from || value < to;
}

function minutes(hours: string | undefined, mins: string | undefined): number {
  const [h, m] = [Number(hours), Number(mins)];
  return m < 60 && (h < 24 || (h === 24 && m === 0)) ? h * 60 + m : NaN;
}

function weekMinute(text: string, key: string): number {
  const match = /^([a-z]{3}) (\d\d):(\d\d)$/.exec(text);
  const day = weekdays.indexOf((match?.[1] ?? '') as Weekday);
  const minute = minutes(match?.[2], match?.[3]);
  if (day < 0 || !(minute < MINUTES_PER_DAY)) throw new ClassifyPolicyError(key, `"${text}" is not a weekday and time like "fri 16:00"`);
  return day * MINUTES_PER_DAY + minute;
}

function monthDay(text: string, key: string): number {
  const match = /^(\d\d)-(\d\d)$/.exec(text);
  const [month, day] = [Number(match?.[1]), Number(match?.[2])];
  // 2024 is a leap year, so 02-29 is accepted.
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
  if (!valid) throw new ClassifyPolicyError(key, `"${text}" is not a month and day like "12-24"`);
  return month * 100 + day;
}
