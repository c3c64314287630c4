import { describe, expect, it } from 'vitest';
import { explainLines, explained, overallStatus, type ResultStatus } from '../src/index.ts';

describe('overallStatus', () => {
  it.each<[ResultStatus[], ResultStatus]>([
    [['pass', 'pass'], 'pass'],
    [['pass', 'skipped'], 'pass'],
    [['pass', 'pending'], 'pending'],
    [['pending', 'fail'], 'fail'],
    [['fail', 'error', 'pass'], 'error'],
    [['skipped'], 'error'],
    [[], 'error'],
  ])('%j adds up to %s', (statuses, expected) => {
    expect(overallStatus(statuses.map((status) => ({ status })))).toBe(expected);
  });
});

describe('explainLines', () => {
  it('shows every node with its evidence, indented by depth', () => {
    const tree = explained('fail', 'gate', 'blocked', [], [
      explained('pass', 'code-review', 'approved by @a', [{ note: 'review 12' }]),
      explained('fail', 'threat-model', 'no threat model section', [{ file: 'PR body', line: 3, text: '## Threat model' }]),
    ]);
    expect(explainLines(tree)).toEqual([
      'FAIL gate: blocked',
      '  pass code-review: approved by @a',
      '       at review 12',
      '  FAIL threat-model: no threat model section',
      '       at PR body:3 "## Threat model"',
    ]);
  });

  it('gives a leaf no children', () => {
    expect(explained('pass', 'r', 'ok')).toEqual({ status: 'pass', rule: 'r', reason: 'ok', evidence: [] });
  });
});
