/**
 * Malformed policies, section by section: each gets a PolicyError that names the file and a line
 * (where the YAML has one) — never a crash, never a silent fall back to a permissive default.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PolicyError } from '../src/index.ts';
import { parsePolicy } from '../src/parse.ts';

const FILE = '.github/change-policy.yml';

const cases: Array<[string, string]> = [
  // top level
  ['empty', ''],
  ['only a comment', '# nothing\n'],
  ['a list', '- 1\n'],
  ['a string', 'hello\n'],
  ['no version', 'commits: {}\n'],
  ['version 2', 'version: 2\n'],
  ['version as string', 'version: "1"\n'],
  ['unknown top-level key', 'version: 1\ngate: {}\nextra: 1\n'],
  ['duplicate key', 'version: 1\ncommits: {}\ncommits: {}\n'],
  ['tab indentation', 'version: 1\ncommits:\n\ttypes: [feat]\n'],
  ['unclosed flow', 'version: 1\ncommits: { types: [feat }\n'],
  ['custom tag', 'version: 1\ncommits: !!js/regexp /x/\n'],
  ['alias bomb', `version: 1\na: &a ["x","x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i === 0 ? '*a' : `*b${i - 1}`).join(',')}]`).join('\n')}\n`],
  ['huge file', `version: 1\n${'# padding\n'.repeat(30_000)}`],
  ['invalid UTF-8', 'version: 1\ncommits: { types: [f\uFFFDat] }\n'],
  // commits
  ['commits not a map', 'version: 1\ncommits: [feat]\n'],
  ['types not a list', 'version: 1\ncommits:\n  types: feat\n'],
  ['types empty', 'version: 1\ncommits:\n  types: []\n'],
  ['type upper case', 'version: 1\ncommits:\n  types: [Feat]\n'],
  ['type duplicated', 'version: 1\ncommits:\n  types: [feat, feat]\n'],
  ['unknown rule', 'version: 1\ncommits:\n  rules:\n    subject-case: error\n'],
  ['rule level typo', 'version: 1\ncommits:\n  rules:\n    body-required: erorr\n'],
  ['rule level number', 'version: 1\ncommits:\n  rules:\n    body-required: 2\n'],
  ['header length too small', 'version: 1\ncommits:\n  header-max-length: 5\n'],
  ['header length not integer', 'version: 1\ncommits:\n  header-max-length: 72.5\n'],
  ['message size too large', 'version: 1\ncommits:\n  message-max-bytes: 99999999\n'],
  ['merge handling typo', 'version: 1\ncommits:\n  merge-commits: allow\n'],
  ['revert handling bool', 'version: 1\ncommits:\n  revert-commits: true\n'],
  ['fixup handling null', 'version: 1\ncommits:\n  fixup-commits: ~\n'],
  ['allow-scope string', 'version: 1\ncommits:\n  allow-scope: "true"\n'],
  ['pull-request unknown key', 'version: 1\ncommits:\n  pull-request: { titles: true }\n'],
  ['pull-request body string', 'version: 1\ncommits:\n  pull-request: { body: yes please }\n'],
  // classify
  ['classify not a map', 'version: 1\nclassify: true\n'],
  ['classify unknown section', 'version: 1\nclassify:\n  secrets: {}\n'],
  ['emergency labels not a list', 'version: 1\nclassify:\n  emergency:\n    labels: emergency\n'],
  ['emergency label empty', 'version: 1\nclassify:\n  emergency:\n    labels: [""]\n'],
  ['severity marker without placeholder', 'version: 1\nclassify:\n  emergency:\n    severity:\n      title-markers: ["[P]"]\n'],
  ['normal commit type unknown', 'version: 1\nclassify:\n  change-types:\n    normal-commit-types: [feature]\n'],
  ['negated glob', 'version: 1\nclassify:\n  authentication:\n    paths: ["!docs/**"]\n'],
  ['empty glob', 'version: 1\nclassify:\n  cryptography:\n    paths: [""]\n'],
  ['bad regex', 'version: 1\nclassify:\n  authentication:\n    content: ["(unclosed"]\n'],
  ['regex with backreference', 'version: 1\nclassify:\n  cryptography:\n    content: ["(a)\\\\1"]\n'],
  ['dependency level typo', 'version: 1\nclassify:\n  dependencies:\n    new: block\n'],
  ['dependency unknown key', 'version: 1\nclassify:\n  dependencies:\n    new-peer: trigger\n'],
  ['wrangler globs not list', 'version: 1\nclassify:\n  infrastructure:\n    wrangler: wrangler.toml\n'],
  ['trusted owners number', 'version: 1\nclassify:\n  access-control:\n    trusted-owners: [42]\n'],
  ['major flag string', 'version: 1\nclassify:\n  major:\n    breaking-commits: "no"\n'],
  ['label too long', `version: 1\nclassify:\n  labels:\n    normal: "${'x'.repeat(60)}"\n`],
  ['label clash with emergency signal', 'version: 1\nclassify:\n  labels:\n    standard: emergency\n'],
  // windows
  ['windows not a map', 'version: 1\nwindows: weekdays\n'],
  ['unknown time zone', 'version: 1\nwindows:\n  time-zone: Mars/Olympus\n'],
  ['time zone number', 'version: 1\nwindows:\n  time-zone: 1\n'],
  ['day typo', 'version: 1\nwindows:\n  normal: { days: [monday], hours: "09:00-17:00" }\n'],
  ['hours reversed', 'version: 1\nwindows:\n  normal: { days: [mon], hours: "17:00-09:00" }\n'],
  ['hours malformed', 'version: 1\nwindows:\n  normal: { days: [mon], hours: "9-5" }\n'],
  ['hour 25', 'version: 1\nwindows:\n  major: { days: [tue], hours: "09:00-25:00" }\n'],
  ['freeze without reason', 'version: 1\nwindows:\n  freezes:\n    - { start: "2026-06-01T00:00:00Z", end: "2026-06-05T00:00:00Z" }\n'],
  ['freeze end before start', 'version: 1\nwindows:\n  freezes:\n    - { start: "2026-06-05T00:00:00Z", end: "2026-06-01T00:00:00Z", reason: audit }\n'],
  ['freeze date without time', 'version: 1\nwindows:\n  freezes:\n    - { start: "2026-06-01", end: "2026-06-05", reason: audit }\n'],
  ['weekly freeze bad day', 'version: 1\nwindows:\n  freezes:\n    - { weekly: { from: "friday 16:00", to: "mon 08:00" }, reason: weekend }\n'],
  ['yearly freeze month 13', 'version: 1\nwindows:\n  freezes:\n    - { yearly: { from: "13-24", to: "01-02" }, reason: holidays }\n'],
  ['yearly freeze 31 February', 'version: 1\nwindows:\n  freezes:\n    - { yearly: { from: "02-31", to: "03-02" }, reason: x }\n'],
  ['freeze change type emergency', 'version: 1\nwindows:\n  freezes:\n    - { start: "2026-06-01T00:00:00Z", end: "2026-06-05T00:00:00Z", reason: audit, change-types: [emergency] }\n'],
  ['freeze unknown key', 'version: 1\nwindows:\n  freezes:\n    - { start: "2026-06-01T00:00:00Z", end: "2026-06-05T00:00:00Z", reason: audit, note: x }\n'],
];

function problemsOf(text: string) {
  try {
    parsePolicy(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).problems;
  }
  return undefined;
}

describe(`${cases.length} malformed policies`, () => {
  test('there are at least 60', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  test.each(cases)('%s: a clear error, never a default', (_name, text) => {
    const problems = problemsOf(text);
    expect(problems, 'the policy was accepted').toBeDefined();
    expect(problems!.length).toBeGreaterThan(0);
    for (const p of problems!) {
      expect(p.file).toBe(FILE);
      expect(p.message.length).toBeGreaterThan(10);
    }
    // Everything but the whole-file problems points at a line.
    const wholeFile = /empty|bytes|UTF-8|alias/.test(problems![0]!.message);
    if (!wholeFile) expect(problems![0]!.line).toBeGreaterThan(0);
  });
});

describe('arbitrary text as a policy', () => {
  test('is either a valid policy or a PolicyError, never another exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), (text) => {
        try {
          parsePolicy(`version: 1\n${text}`, FILE);
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
