import { describe, expect, it } from 'vitest';
import { classify, defaultClassifyPolicy, type ChangeRecord } from '../src/index.ts';
import { corpus, type CorpusCase } from './corpus.ts';
import { OPEN_HOURS } from './helpers.ts';

function run(entry: CorpusCase): ChangeRecord {
  return classify(entry.policy ?? defaultClassifyPolicy, entry.snapshot, OPEN_HOURS);
}

const rank = { standard: 0, normal: 1, emergency: 2 } as const;

describe('corpus', () => {
  it('has at least 40 cases, with unique names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s', (_, entry) => {
    const record = run(entry);
    expect({
      changeType: record.changeType,
      securityRelevant: record.securityRelevant,
      special: record.special,
      rules: [...new Set(record.triggers.map((t) => t.rule))].sort(),
      major: record.major,
      rollbackSafe: record.rollbackSafe,
      severity: record.severity,
    }).toEqual({
      major: false,
      rollbackSafe: true,
      severity: undefined,
      ...entry.expect,
      rules: [...entry.expect.rules].sort(),
    });
    entry.check?.(record);
  });

  it('0 sensitive changes under-classified', () => {
    const sensitive = corpus.filter((entry) => entry.sensitive);
    const underClassified = sensitive.filter((entry) => {
      const record = run(entry);
      return !record.securityRelevant || rank[record.changeType] < rank.normal;
    });
    expect(sensitive.length).toBeGreaterThanOrEqual(30);
    expect(underClassified.map((entry) => entry.name)).toEqual([]);
    console.info(`${underClassified.length} sensitive changes under-classified (of ${sensitive.length} sensitive, ${corpus.length} in the corpus)`);
  });

  it('marks exactly the security-relevant cases as sensitive', () => {
    expect(corpus.filter((entry) => entry.sensitive !== entry.expect.securityRelevant).map((entry) => entry.name)).toEqual([]);
  });
});
