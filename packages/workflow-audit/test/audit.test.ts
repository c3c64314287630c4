import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, auditFile, type RuleId } from '../src/index.ts';
import { auditedFiles, optionsFor } from '../src/files.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const fixtures = (kind: 'bad' | 'good') => readdirSync(join(here, 'fixtures', kind)).filter((f) => f.endsWith('.yml')).sort();

/** The rule a bad fixture's first line names (`# expect: rule`) and the line marked `expect-here`. */
function expectation(text: string): { rule: RuleId; line: number | undefined } {
  const rule = /^# expect: ([\w-]+)/.exec(text)?.[1] as RuleId | undefined;
  if (rule === undefined || !(rule in RULES)) throw new Error(`fixture names no known rule: ${text.split('\n')[0]}`);
  const index = text.split('\n').findIndex((l) => l.includes('expect-here'));
  return { rule, line: index < 0 ? undefined : index + 1 };
}

describe('seeded-bad fixtures', () => {
  const bad = fixtures('bad');
  it('has at least 25, covering every rule', () => {
    expect(bad.length).toBeGreaterThanOrEqual(25);
    const covered = new Set(bad.map((f) => expectation(readFileSync(join(here, 'fixtures', 'bad', f), 'utf8')).rule));
    expect([...covered].sort()).toEqual(Object.keys(RULES).sort());
  });
  it.each(bad)('%s is caught at its file and line', (name) => {
    const text = readFileSync(join(here, 'fixtures', 'bad', name), 'utf8');
    const { rule, line } = expectation(text);
    const result = auditFile(`bad/${name}`, text);
    expect(result.status).toBe('failed');
    const hit = result.findings.filter((f) => f.rule === rule);
    expect(hit, JSON.stringify(result.findings, null, 2)).not.toHaveLength(0);
    if (line !== undefined) expect(hit.map((f) => f.evidence.line)).toContain(line);
    for (const finding of hit) {
      expect(finding.evidence.file).toBe(`bad/${name}`);
      expect(finding.reason.length).toBeGreaterThan(20);
    }
  });
});

describe('good fixtures', () => {
  const good = fixtures('good');
  it('has at least 10', () => expect(good.length).toBeGreaterThanOrEqual(10));
  it.each(good)('%s passes', (name) => {
    const result = auditFile(`good/${name}`, readFileSync(join(here, 'fixtures', 'good', name), 'utf8'));
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('passed');
  });
});

describe('options', () => {
  const text = 'on: push\npermissions: {}\njobs:\n  c:\n    uses: maelstrom/change-actions/.github/workflows/pr-gate.yml@v1\n    permissions: { contents: read }\n';
  it('lets the suite reference itself at its moving major tag, and nobody else', () => {
    expect(auditFile('a.yml', text, { ownRepository: 'maelstrom/change-actions' }).findings).toEqual([]);
    expect(auditFile('a.yml', text).findings.map((f) => f.rule)).toEqual(['unpinned-uses']);
    expect(auditFile('a.yml', text.replace('@v1', '@main'), { ownRepository: 'maelstrom/change-actions' }).findings.map((f) => f.rule)).toEqual(['unpinned-uses']);
  });
  it('names the line and column of each expression in a multi-line script', () => {
    const script = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - run: |\n          echo ok\n          echo ${{ github.event.head_commit.message }}\n          echo ${{ inputs.x }}\n';
    const found = auditFile('s.yml', script).findings.map((f) => [f.rule, f.evidence.line, f.evidence.column]);
    expect(found).toEqual([
      ['untrusted-interpolation', 10, 16],
      ['untrusted-interpolation', 11, 16],
    ]);
  });
});

describe("this repository's workflows, templates and composite actions", () => {
  const listing = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listing(join(dir, e.name)) : [join(dir, e.name)]));
  const files = auditedFiles(['.github/workflows', 'workflows-templates', 'actions'].flatMap((d) => listing(d)).map((p) => relative('', p)));
  it('covers every workflow file and template', () => {
    expect(files.filter((f) => f.startsWith('.github/workflows/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('workflows-templates/')).length).toBeGreaterThan(0);
  });
  it.each(files)('%s passes the audit', (file) => {
    const result = auditFile(file, readFileSync(join(root, file), 'utf8'), optionsFor(file));
    expect(result.kind).not.toBe('unreadable');
    expect(result.findings.map((f) => `${f.evidence.file}:${f.evidence.line}:${f.evidence.column} ${f.rule}: ${f.reason}`)).toEqual([]);
  });
});
