/**
 * The `windows` section of the change policy: change windows and freezes, in the policy's IANA
 * time zone, read by classify-change (a verdict in every record). Its converter and compiler are
 * in `./windows.convert.ts`.
 */
import type { ChangeType } from '@change-actions/change-record';
import type { Kebab, Sparse } from '../section.ts';
import { instantPattern, list, nonEmpty, object } from './schema-parts.ts';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Days, and hours `HH:MM-HH:MM` (end exclusive, `24:00` allowed) in the policy's time zone. */
export interface TimeWindow {
  days: readonly Weekday[];
  hours: string;
}

interface FreezeBase {
  reason: string;
  /** The change types the freeze applies to; all but emergencies when absent. */
  changeTypes?: readonly Exclude<ChangeType, 'emergency'>[];
}
/** From one instant to another, ISO 8601 with an offset. */
export interface OneOffFreeze extends FreezeBase {
  start: string;
  end: string;
}
/** Every week, from `fri 16:00` to `mon 08:00` (local time; may wrap around the week). */
export interface WeeklyFreeze extends FreezeBase {
  weekly: { from: string; to: string };
}
/** Every year, whole local days from `12-24` to `01-02` inclusive (may wrap around the year). */
export interface YearlyFreeze extends FreezeBase {
  yearly: { from: string; to: string };
}
export type Freeze = OneOffFreeze | WeeklyFreeze | YearlyFreeze;

export interface WindowsPolicy {
  /** IANA time zone of the windows and of recurring freezes. */
  timeZone: string;
  standard: TimeWindow;
  normal: TimeWindow;
  /** Applies to major changes in addition to their type's window. */
  major: TimeWindow;
  freezes: readonly Freeze[];
}

export const defaultWindowsPolicy: WindowsPolicy = {
  timeZone: 'Europe/London',
  standard: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], hours: '00:00-24:00' },
  normal: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: '09:00-17:00' },
  major: { days: ['tue', 'wed', 'thu'], hours: '09:00-17:00' },
  freezes: [],
};

/** The `windows` section as written in the policy file. */
export type WindowsPolicyDocument = Sparse<Kebab<WindowsPolicy>>;

const time = '([01][0-9]|2[0-3]):[0-5][0-9]';
const instantSchema = { type: 'string', pattern: instantPattern };
const weekTimeSchema = { type: 'string', pattern: `^(${weekdays.join('|')}) ${time}$` };
const monthDaySchema = { type: 'string', pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' };
const timeWindow = (description: string) =>
  object(description, {
    days: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...weekdays] } },
    hours: { type: 'string', pattern: `^${time}-(${time}|24:00)$`, description: 'HH:MM-HH:MM, end exclusive, 24:00 allowed' },
  });
const freezeBase = {
  reason: { ...nonEmpty, description: 'Why the freeze exists; shown in every verdict it closes.' },
  'change-types': list('Change types the freeze applies to (default: standard and normal; emergencies are always exempt).', {
    type: 'string',
    enum: ['standard', 'normal'],
  }),
};

/** Schema fragment of the `windows` section. */
export const windowsSchema = object('Change windows and freezes. Emergencies are exempt, and recorded.', {
  'time-zone': { ...nonEmpty, description: 'IANA time zone of the windows and recurring freezes, e.g. Europe/London.' },
  standard: timeWindow('When standard changes may go out.'),
  normal: timeWindow('When normal changes may go out.'),
  major: timeWindow('When major changes may go out, in addition to their type\'s window.'),
  freezes: {
    type: 'array',
    description: 'Change freezes.',
    items: {
      oneOf: [
        object('A one-off freeze between two instants.', {
          start: { ...instantSchema, description: 'ISO 8601 instant with an offset, e.g. 2026-06-01T00:00:00Z.' },
          end: { ...instantSchema, description: 'ISO 8601 instant with an offset; the freeze ends before it.' },
          ...freezeBase,
        }, ['start', 'end', 'reason']),
        object('A weekly freeze, e.g. from "fri 16:00" to "mon 08:00" local time.', {
          weekly: object('Weekday and local time the freeze starts and ends (it may wrap around the week).', { from: weekTimeSchema, to: weekTimeSchema }, ['from', 'to']),
          ...freezeBase,
        }, ['weekly', 'reason']),
        object('A yearly freeze of whole local days, e.g. from "12-24" to "01-02".', {
          yearly: object('First and last day (MM-DD, both included; it may wrap around the year).', { from: monthDaySchema, to: monthDaySchema }, ['from', 'to']),
          ...freezeBase,
        }, ['yearly', 'reason']),
      ],
    },
  },
});
