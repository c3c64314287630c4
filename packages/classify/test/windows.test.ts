import { describe, expect, it } from 'vitest';
import { classify, defaultClassifyPolicy, toClassifyPolicy, type ChangeSnapshot, type ClassifyPolicy } from '../src/index.ts';
import { commit, edited, snapshot } from './helpers.ts';

const changes: Record<'standard' | 'normal' | 'major' | 'emergency', ChangeSnapshot> = {
  standard: snapshot({ commits: [commit('docs: update the guide')], files: [edited('docs/guide.md', 'words')] }),
  normal: snapshot({ commits: [commit('feat: export receipts')], files: [edited('src/export.ts', 'export {};')] }),
  major: snapshot({ commits: [commit('fix!: reject empty ids')], files: [edited('src/ids.ts', 'throw new Error();')] }),
  emergency: snapshot({ labels: ['emergency'], files: [edited('src/ids.ts', 'return;')] }),
};

const newYork = toClassifyPolicy({ windows: { 'time-zone': 'America/New_York' } });
const kolkata = toClassifyPolicy({ windows: { 'time-zone': 'Asia/Kolkata' } });
const auckland = (policy: ClassifyPolicy) => toClassifyPolicy({ windows: { 'time-zone': 'Pacific/Auckland', freezes: policy.windows.freezes } });
const audit = toClassifyPolicy({
  windows: { freezes: [{ start: '2026-06-01T00:00:00Z', end: '2026-06-05T00:00:00Z', reason: 'certification audit' }] },
});
const weekend = toClassifyPolicy({ windows: { freezes: [{ weekly: { from: 'fri 16:00', to: 'mon 08:00' }, reason: 'no weekend deploys' }] } });
const clockChange = toClassifyPolicy({ windows: { freezes: [{ weekly: { from: 'sun 01:00', to: 'sun 02:00' }, reason: 'clock change hour' }] } });
const holidays = toClassifyPolicy({ windows: { freezes: [{ yearly: { from: '12-24', to: '01-02' }, reason: 'holidays' }] } });
const normalOnly = toClassifyPolicy({ windows: { freezes: [{ yearly: { from: '12-24', to: '01-02' }, reason: 'holidays', 'change-types': ['normal'] }] } });

interface WindowCase {
  name: string;
  at: string;
  change: keyof typeof changes;
  policy?: ClassifyPolicy;
  open: boolean;
  rule: string;
  localTime?: string;
  reason?: RegExp;
}

const cases: WindowCase[] = [
  { name: 'normal, Monday 08:30 GMT (winter)', at: '2026-01-05T08:30:00Z', change: 'normal', open: false, rule: 'windows.normal', localTime: 'Mon 2026-01-05 08:30 Europe/London' },
  { name: 'normal, Monday 09:30 GMT (winter)', at: '2026-01-05T09:30:00Z', change: 'normal', open: true, rule: 'windows.normal' },
  { name: 'normal, 08:30 UTC is 09:30 BST after the spring change', at: '2026-03-30T08:30:00Z', change: 'normal', open: true, rule: 'windows.normal', localTime: 'Mon 2026-03-30 09:30 Europe/London' },
  { name: 'normal, 07:30 UTC is 08:30 BST', at: '2026-03-30T07:30:00Z', change: 'normal', open: false, rule: 'windows.normal' },
  { name: 'standard, in the hour the clocks skip', at: '2026-03-29T01:30:00Z', change: 'standard', open: true, rule: 'windows.standard', localTime: 'Sun 2026-03-29 02:30 Europe/London' },
  { name: 'normal, New York 09:30 EDT', at: '2026-03-09T13:30:00Z', change: 'normal', policy: newYork, open: true, rule: 'windows.normal' },
  { name: 'normal, New York 08:30 EST', at: '2026-02-02T13:30:00Z', change: 'normal', policy: newYork, open: false, rule: 'windows.normal' },
  { name: 'normal, Kolkata 09:00 exactly (half-hour offset, start included)', at: '2026-04-01T03:30:00Z', change: 'normal', policy: kolkata, open: true, rule: 'windows.normal' },
  { name: 'normal, Friday 17:00 BST (end excluded)', at: '2026-04-03T16:00:00Z', change: 'normal', open: false, rule: 'windows.normal' },
  { name: 'normal, Friday 16:59 BST', at: '2026-04-03T15:59:00Z', change: 'normal', open: true, rule: 'windows.normal' },
  { name: 'major, Monday', at: '2026-03-30T10:00:00Z', change: 'major', open: false, rule: 'windows.major', reason: /outside the major change window/ },
  { name: 'major, Tuesday', at: '2026-03-31T10:00:00Z', change: 'major', open: true, rule: 'windows.normal + windows.major' },
  { name: 'major, Friday', at: '2026-04-03T10:00:00Z', change: 'major', open: false, rule: 'windows.major' },
  { name: 'major, Thursday evening', at: '2026-04-02T17:30:00Z', change: 'major', open: false, rule: 'windows.normal' },
  { name: 'emergency on a Saturday night', at: '2026-04-04T02:00:00Z', change: 'emergency', open: true, rule: 'windows.emergency', reason: /would be closed/ },
  { name: 'standard inside a one-off freeze', at: '2026-06-02T12:00:00Z', change: 'standard', policy: audit, open: false, rule: 'windows.freezes[0]', reason: /certification audit/ },
  { name: 'standard when a one-off freeze ends', at: '2026-06-05T00:00:00Z', change: 'standard', policy: audit, open: true, rule: 'windows.standard' },
  { name: 'emergency inside a one-off freeze', at: '2026-06-02T12:00:00Z', change: 'emergency', policy: audit, open: true, rule: 'windows.emergency', reason: /certification audit/ },
  { name: 'standard on Saturday in a weekly freeze', at: '2026-04-04T12:00:00Z', change: 'standard', policy: weekend, open: false, rule: 'windows.freezes[0]' },
  { name: 'standard on Monday 07:59 in a weekly freeze that wraps the week', at: '2026-04-06T06:59:00Z', change: 'standard', policy: weekend, open: false, rule: 'windows.freezes[0]' },
  { name: 'standard on Monday 08:00 when the weekly freeze ends', at: '2026-04-06T07:00:00Z', change: 'standard', policy: weekend, open: true, rule: 'windows.standard' },
  { name: 'the first 01:30 of the autumn clock change (BST)', at: '2026-10-25T00:30:00Z', change: 'standard', policy: clockChange, open: false, rule: 'windows.freezes[0]' },
  { name: 'the second 01:30 of the autumn clock change (GMT)', at: '2026-10-25T01:30:00Z', change: 'standard', policy: clockChange, open: false, rule: 'windows.freezes[0]' },
  { name: 'after the repeated hour', at: '2026-10-25T02:00:00Z', change: 'standard', policy: clockChange, open: true, rule: 'windows.standard' },
  { name: 'New Year\'s Eve in a yearly freeze that wraps the year', at: '2026-12-31T12:00:00Z', change: 'standard', policy: holidays, open: false, rule: 'windows.freezes[0]' },
  { name: 'the last day of a yearly freeze, late evening in London', at: '2026-01-02T23:30:00Z', change: 'standard', policy: holidays, open: false, rule: 'windows.freezes[0]' },
  { name: 'the same instant is already 3 January in Auckland', at: '2026-01-02T23:30:00Z', change: 'standard', policy: auckland(holidays), open: true, rule: 'windows.standard' },
  { name: 'a freeze for normal changes leaves standard changes alone', at: '2026-12-28T12:00:00Z', change: 'standard', policy: normalOnly, open: true, rule: 'windows.standard' },
  { name: 'a freeze for normal changes closes normal changes', at: '2026-12-28T12:00:00Z', change: 'normal', policy: normalOnly, open: false, rule: 'windows.freezes[0]' },
];

describe('change windows and freezes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const record = classify(c.policy ?? defaultClassifyPolicy, changes[c.change], new Date(c.at));
    expect({ open: record.window.open, rule: record.window.rule }).toEqual({ open: c.open, rule: c.rule });
    expect(record.window.exempt).toBe(c.change === 'emergency' ? true : undefined);
    if (c.localTime !== undefined) expect(record.window.localTime).toBe(c.localTime);
    if (c.reason !== undefined) expect(record.window.reason).toMatch(c.reason);
  });
});
