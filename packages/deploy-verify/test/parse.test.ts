import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FileError, SMOKE_FILE_MAX_BYTES, parseSmokeFile } from '../src/parse.ts';

const FILE = '.github/smoke-tests.yml';

function problems(text: string, file = FILE): string[] {
  try {
    parseSmokeFile(text, file);
  } catch (error) {
    if (error instanceof FileError) return error.problems.map((p) => `${p.line ?? '-'}:${p.column ?? '-'} ${p.message}`);
    throw error;
  }
  return [];
}

describe('the smoke test file', () => {
  test('a full YAML file, with defaults merged into each test', () => {
    const suite = parseSmokeFile(
      `version: 1
defaults:
  headers: { Accept: application/json }
  latency-ms: 800
  check-version: true
tests:
  - name: health document
    path: /health
    critical: true
    expect:
      status: 200
      json: { status: ok, "checks.kv": up, "items[0].id": 7 }
      json-match: { build.sha: "^[0-9a-f]{40}$" }
      json-present: [user.id]
      headers: { cache-control: no-store }
      headers-match: { Content-Type: ^application/json }
      body-contains: ok
  - name: create a challenge
    method: post
    path: /v1/challenges?audience=smoke
    headers: { x-smoke: "1" }
    body: { audience: smoke }
    follow-redirects: true
    check-version: false
    expect: { status: [200, 201], latency-ms: 1500 }
`,
      FILE,
    );
    expect(suite.file).toBe(FILE);
    const [health, create] = suite.tests;
    expect(health).toMatchObject({
      name: 'health document',
      method: 'GET',
      path: '/health',
      headers: { accept: 'application/json' },
      critical: true,
      checkVersion: true,
      followRedirects: false,
      line: 7,
      expect: { status: [200], bodyContains: 'ok', latencyMs: 800 },
    });
    expect(health!.expect.json).toEqual([
      { path: 'status', segments: ['status'], equals: 'ok' },
      { path: 'checks.kv', segments: ['checks', 'kv'], equals: 'up' },
      { path: 'items[0].id', segments: ['items', 0, 'id'], equals: 7 },
      { path: 'build.sha', segments: ['build', 'sha'], matches: /^[0-9a-f]{40}$/ },
      { path: 'user.id', segments: ['user', 'id'], present: true },
    ]);
    expect(health!.expect.headers).toEqual([
      { name: 'cache-control', equals: 'no-store' },
      { name: 'content-type', matches: /^application\/json/ },
    ]);
    expect(create).toMatchObject({
      method: 'POST',
      path: '/v1/challenges?audience=smoke',
      headers: { accept: 'application/json', 'x-smoke': '1', 'content-type': 'application/json' },
      body: '{"audience":"smoke"}',
      critical: false,
      checkVersion: false,
      followRedirects: true,
      expect: { status: [200, 201], latencyMs: 1500 },
    });
  });

  test('JSON is accepted, and a test needs only a name and a path', () => {
    const suite = parseSmokeFile('{"version": 1, "tests": [{"name": "home", "path": "/"}]}', 'smoke.json');
    expect(suite.tests).toEqual([
      { name: 'home', method: 'GET', path: '/', headers: {}, expect: { status: [200] }, critical: false, checkVersion: false, followRedirects: false, line: 1 },
    ]);
  });

  test.each<[string, string, string[]]>([
    ['empty', '', ['-:- the smoke test file must be a mapping with `version: 1` and `tests:` (a list of requests)']],
    ['a list at the top', '- name: x\n', ['1:1 the smoke test file must be a mapping with `version: 1` and `tests:` (a list of requests)']],
    ['no version', 'tests:\n  - { name: a, path: /a }\n', ['1:1 the file: "version" is required; write `version: 1`']],
    ['version 2', 'version: 2\ntests:\n  - { name: a, path: /a }\n', ['1:10 version: 2 is not accepted; accepted: 1']],
    ['an unknown top-level key', 'version: 1\ntest:\n  - { name: a, path: /a }\n', ['2:1 the file: unknown key "test"; accepted: version, defaults, tests', '1:1 the file: "tests" is required: a list of requests, each with a name and a path']],
    ['no tests', 'version: 1\ntests: []\n', ['2:8 tests: must be a list of at least one test']],
    ['a test without a path', 'version: 1\ntests:\n  - name: a\n', ['3:5 tests[0]: "path" is required, e.g. path: /health']],
    ['a relative path', 'version: 1\ntests:\n  - { name: a, path: health }\n', ['3:22 tests[0].path: "health" is not accepted; accepted: a path below the deployment URL starting with one /, with an optional query, e.g. /v1/status?full=1']],
    ['a protocol-relative path', 'version: 1\ntests:\n  - { name: a, path: //evil.example/x }\n', [expect.stringMatching(/^3:22 tests\[0\]\.path: "\/\/evil\.example\/x" is not accepted/) as unknown as string]],
    ['an unknown method', 'version: 1\ntests:\n  - { name: a, path: /a, method: TRACE }\n', ['3:34 tests[0].method: "TRACE" is not accepted; accepted: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS']],
    ['a body on GET', 'version: 1\ntests:\n  - { name: a, path: /a, body: x }\n', ['3:26 tests[0].body: a GET request has no body; use POST, PUT, PATCH or DELETE']],
    ['a status out of range', 'version: 1\ntests:\n  - name: a\n    path: /a\n    expect: { status: [200, 700] }\n', ['5:23 tests[0].expect.status: [200,700] is not accepted; accepted: a status from 100 to 599, or a list of them']],
    ['a latency that is not whole milliseconds', 'version: 1\ntests:\n  - name: a\n    path: /a\n    expect: { latency-ms: 0.5 }\n', ['5:27 tests[0].expect.latency-ms: 0.5 is not accepted; accepted: whole milliseconds from 1 to 600000']],
    ['critical as text', 'version: 1\ntests:\n  - { name: a, path: /a, critical: "yes" }\n', ['3:36 tests[0].critical: "yes" is not accepted; accepted: true, false']],
    ['an unknown expectation', 'version: 1\ntests:\n  - name: a\n    path: /a\n    expect: { code: 200 }\n', ['5:15 tests[0].expect: unknown key "code"; accepted: status, headers, headers-match, json, json-match, json-present, body-contains, latency-ms']],
    ['a bad JSON path', 'version: 1\ntests:\n  - name: a\n    path: /a\n    expect: { json: { "a..b": 1 } }\n', ['5:23 tests[0].expect.json: "a..b": a name is missing after "a"']],
    ['a bad regular expression', 'version: 1\ntests:\n  - name: a\n    path: /a\n    expect: { headers-match: { content-type: "(" } }\n', [expect.stringMatching(/^5:46 tests\[0\]\.expect\.headers-match\.content-type: not a valid regular expression/) as unknown as string]],
    ['a bad header name', 'version: 1\ntests:\n  - { name: a, path: /a, headers: { "bad header": x } }\n', ['3:37 tests[0].headers: "bad header" is not a header name']],
    ['two tests with one name', 'version: 1\ntests:\n  - { name: a, path: /a }\n  - { name: a, path: /b }\n', ['4:5 tests[1].name: "a" is used by an earlier test; names must be unique']],
    ['a name with control characters', 'version: 1\ntests:\n  - { name: "a\\n::error::x", path: /a }\n', ['3:13 tests[0].name: must be text of 1 to 100 characters, without control characters']],
    ['a duplicate key', 'version: 1\nversion: 1\ntests:\n  - { name: a, path: /a }\n', [expect.stringMatching(/^2:1 YAML: Map keys must be unique/) as unknown as string]],
    ['broken YAML', 'version: 1\ntests: [\n', [expect.stringMatching(/^\d+:\d+ YAML: /) as unknown as string]],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  test('every problem is reported at once, each with its file', () => {
    try {
      parseSmokeFile('version: 3\ntests:\n  - { name: a, path: a }\n  - { path: /b, method: FETCH }\n', FILE);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FileError);
      const e = error as FileError;
      expect(e.problems).toHaveLength(4);
      expect(e.problems.every((p) => p.file === FILE)).toBe(true);
      expect(e.message.split('\n')[0]).toBe(`${FILE}:1:10: version: 3 is not accepted; accepted: 1`);
    }
  });

  test('size and alias limits', () => {
    expect(problems(`# ${'x'.repeat(SMOKE_FILE_MAX_BYTES)}\nversion: 1\n`)).toEqual([`-:- the smoke test file is ${SMOKE_FILE_MAX_BYTES + 14} bytes; at most ${SMOKE_FILE_MAX_BYTES} are accepted`]);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(problems(bomb)[0]).toMatch(/alias expansions/);
  });

  test('any text either parses or fails with located problems, never with anything else', () => {
    const piece = fc.constantFrom('version: 1\n', 'tests:\n', '  - ', 'name: a\n', 'path: /a\n', '    ', 'expect: { status: 200 }\n', '{', '}', '[', ']', ':', '"', '&a ', '*a', '\t', '\n', '- ', 'json: { x: 1 }\n');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''))), (text) => {
        try {
          parseSmokeFile(text, FILE);
        } catch (error) {
          expect(error).toBeInstanceOf(FileError);
          expect((error as FileError).problems.length).toBeGreaterThan(0);
          for (const p of (error as FileError).problems) expect(p.message).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });
});
