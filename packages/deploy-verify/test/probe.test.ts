import { describe, expect, test } from 'vitest';
import {
  answeredVersion,
  describeAttempt,
  healthOutcome,
  judgeAnswer,
  judgeHealth,
  judgeSmoke,
  nextAttempt,
  parseJsonPath,
  parseVersionSource,
  retryDelayMs,
  skippedSmoke,
  tallySmoke,
  valueAt,
  type AnswerExpectation,
  type HealthAttempt,
  type HealthCheck,
  type ProbeResult,
  type SmokeTest,
  type VersionExpectation,
  type VersionSource,
} from '../src/index.ts';

const NEW = '8d7e6f5a-1b2c-4d3e-9f80-123456789abc';
const OLD = '1111aaaa-1b2c-4d3e-9f80-123456789abc';
const json = (value: unknown, headers: Record<string, string> = {}) => ({ 'content-type': 'application/json', ...headers, body: JSON.stringify(value) });

function answer(status: number, content: { body: string; [header: string]: string } = json({ status: 'ok', version: NEW }), extra: Partial<ProbeResult> = {}): ProbeResult {
  const { body, ...headers } = content;
  return { method: 'GET', url: 'https://verify.example/health', status, headers, body, truncated: false, latencyMs: 40, redirects: [], ...extra };
}

function noAnswer(kind: NonNullable<ProbeResult['failure']>['kind'], message: string): ProbeResult {
  return { method: 'GET', url: 'https://verify.example/health', headers: {}, body: '', truncated: false, latencyMs: 1000, redirects: [], failure: { kind, message } };
}

const source = (text: string) => parseVersionSource(text) as VersionSource;
const pinned = (text = 'json:version'): VersionExpectation => ({ source: source(text), expected: NEW, previous: OLD });
const ok: AnswerExpectation = { status: [200] };
const checks = (findings: { check: string }[]) => findings.map((f) => f.check);

describe('version sources', () => {
  test.each([
    ['json:version', { kind: 'json', path: 'version', segments: ['version'] }],
    ['json:$.build["git.sha"]', { kind: 'json', path: '$.build["git.sha"]', segments: ['build', 'git.sha'] }],
    ['json:items[2].id', { kind: 'json', path: 'items[2].id', segments: ['items', 2, 'id'] }],
    ['header:X-Worker-Version', { kind: 'header', name: 'x-worker-version' }],
    ['off', { kind: 'off' }],
  ])('%s', (text, expected) => expect(parseVersionSource(text)).toEqual(expected));

  test.each([
    ['body:version', /accepted: header:<name>/],
    ['header:', /write a header name after header:/],
    ['header:bad name', /write a header name/],
    ['json:', /the path is empty/],
    ['json:a..b', /a name is missing after "a"/],
    ['json:a[x]', /after \[ write an index/],
    ['', /accepted: header:<name>/],
  ])('%s is refused', (text, message) => expect(parseVersionSource(text)).toMatch(message));

  test('JSON paths reach into objects and arrays, and say when a step is missing', () => {
    const doc = { a: { b: [{ c: 1 }, { c: null }] }, 'x.y': true };
    expect(valueAt(doc, parseJsonPath('a.b[1].c') as never)).toEqual({ found: true, value: null });
    expect(valueAt(doc, parseJsonPath('["x.y"]') as never)).toEqual({ found: true, value: true });
    expect(valueAt(doc, parseJsonPath('a.b[2].c') as never)).toEqual({ found: false });
    expect(valueAt(doc, parseJsonPath('a.b.c') as never)).toEqual({ found: false });
    expect(valueAt(doc, parseJsonPath('toString') as never)).toEqual({ found: false });
  });
});

describe('one answer, judged', () => {
  // [name, probe, expectation, version source, checks that fail]
  test.each<[string, ProbeResult, AnswerExpectation, string, string[]]>([
    ['the new version, healthy', answer(200), ok, 'json:version', []],
    ['the new version by header', answer(200, { body: 'OK', 'x-worker-version': NEW }), ok, 'header:x-worker-version', []],
    ['version not checked', answer(200, { body: 'OK' }), ok, 'off', []],
    ['connection refused', noAnswer('refused', 'connection refused by verify.example'), ok, 'json:version', ['connection']],
    ['timeout', noAnswer('timeout', 'no answer within 10 s'), ok, 'json:version', ['connection']],
    ['redirect loop', noAnswer('redirect-loop', 'redirect loop: /health → /health'), ok, 'json:version', ['connection']],
    ['503', answer(503, json({ status: 'error', version: NEW })), ok, 'json:version', ['status']],
    ['500 HTML error page', answer(500, { 'content-type': 'text/html', body: '<!DOCTYPE html><title>Error 1101</title>' }), ok, 'json:version', ['status', 'version']],
    ['200 HTML where the JSON version is expected', answer(200, { 'content-type': 'text/html', body: '<html><title>Oops</title></html>' }), ok, 'json:version', ['version']],
    ['200 HTML where JSON fields are expected', answer(200, { 'content-type': 'text/html', body: '<html></html>', 'x-v': NEW }), { status: [200], json: [{ path: 'status', segments: ['status'], equals: 'ok' }] }, 'header:x-v', ['body']],
    ['HTML without a content type', answer(200, { body: '<!doctype html><p>hi</p>' }), ok, 'json:version', ['version']],
    ['cut-off JSON', answer(200, { 'content-type': 'application/json', body: `{"status":"ok","version":"${NEW}"` }), ok, 'json:version', ['version']],
    ['an empty body', answer(200, { body: '' }), ok, 'json:version', ['version']],
    ['a body too large to read', answer(200, json({ version: NEW }), { truncated: true }), ok, 'json:version', ['version']],
    ['the old version answering', answer(200, json({ version: OLD })), ok, 'json:version', ['version']],
    ['another version answering', answer(200, json({ version: 'v-unknown' })), ok, 'json:version', ['version']],
    ['the version field missing', answer(200, json({ status: 'ok' })), ok, 'json:version', ['version']],
    ['the version field not text', answer(200, json({ version: 7 })), ok, 'json:version', ['version']],
    ['the version header missing', answer(200, json({ version: NEW })), ok, 'header:x-worker-version', ['version']],
    ['the version header empty', answer(200, { body: '', 'x-worker-version': ' ' }), ok, 'header:x-worker-version', ['version']],
    ['a redirect not followed', answer(302, { body: '', location: '/login' }), ok, 'off', ['status']],
    ['a JSON field differs', answer(200, json({ status: 'degraded', version: NEW })), { status: [200], json: [{ path: 'status', segments: ['status'], equals: 'ok' }] }, 'json:version', ['json']],
    ['a JSON field missing', answer(200, json({ version: NEW })), { status: [200], json: [{ path: 'checks.kv', segments: ['checks', 'kv'], equals: 'up' }] }, 'json:version', ['json']],
    ['a JSON field present', answer(200, json({ version: NEW, user: { id: 0 } })), { status: [200], json: [{ path: 'user.id', segments: ['user', 'id'], present: true }] }, 'json:version', []],
    ['a JSON field matching', answer(200, json({ version: NEW, sha: 'abc123' })), { status: [200], json: [{ path: 'sha', segments: ['sha'], matches: /^[0-9a-f]+$/ }] }, 'json:version', []],
    ['a JSON field not matching', answer(200, json({ version: NEW, sha: 42 })), { status: [200], json: [{ path: 'sha', segments: ['sha'], matches: /^[0-9a-f]+$/ }] }, 'json:version', ['json']],
    ['deep equality of objects', answer(200, json({ version: NEW, limits: { b: 2, a: [1] } })), { status: [200], json: [{ path: 'limits', segments: ['limits'], equals: { a: [1], b: 2 } }] }, 'json:version', []],
    ['a header differs', answer(200, json({ version: NEW }, { 'cache-control': 'public' })), { status: [200], headers: [{ name: 'cache-control', equals: 'no-store' }] }, 'json:version', ['header']],
    ['a header missing', answer(200), { status: [200], headers: [{ name: 'x-frame-options', matches: /DENY/ }] }, 'json:version', ['header']],
    ['the body lacks a text', answer(200), { status: [200], bodyContains: 'db: up' }, 'json:version', ['body']],
    ['over the latency budget', answer(200, undefined, { latencyMs: 812 }), { status: [200], latencyMs: 500 }, 'json:version', ['latency']],
    ['one of several statuses', answer(204, { body: '', 'x-v': NEW }), { status: [200, 204] }, 'header:x-v', []],
  ])('%s', (_name, probe, expectation, versionSource, failing) => {
    expect(checks(judgeAnswer(expectation, probe, pinned(versionSource)))).toEqual(failing);
  });

  test('the old version answering is named as the previous version, not as any other', () => {
    const [finding] = judgeAnswer(ok, answer(200, json({ version: OLD })), pinned());
    expect(finding?.message).toBe('the previous version 1111aaaa answered, not the new version 8d7e6f5a: the new version is not serving');
    const [other] = judgeAnswer(ok, answer(200, json({ version: 'v-unknown' })), pinned());
    expect(other?.message).toBe('version "v-unknown" answered; expected the new version 8d7e6f5a');
  });

  test('an HTML page is named with its title; cut-off JSON with its start', () => {
    const html = answer(200, { 'content-type': 'text/html; charset=UTF-8', body: '<!DOCTYPE html><html><head><title>Worker threw exception | provii</title>' });
    expect(judgeAnswer(ok, html, pinned())[0]?.message).toBe(
      'no version: an HTML page ("Worker threw exception | provii") came back where JSON is expected (content-type text/html; charset=UTF-8); the new version 8d7e6f5a must name itself there (JSON field version)',
    );
    const cut = answer(200, { 'content-type': 'application/json', body: '{"status":"ok","version":"8d7e' });
    expect(judgeAnswer(ok, cut, pinned())[0]?.message).toMatch(/^no version: the body is not valid JSON \(.+\): "\{"status":"ok","version":"8d7e"/);
  });

  test('text from the answer is escaped and shortened in findings', () => {
    const hostile = answer(200, json({ version: `\u001b[31m::error::owned\u202e${'x'.repeat(200)}` }));
    const [finding] = judgeAnswer(ok, hostile, pinned());
    expect(finding?.message).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(finding?.message).toContain('\\u001b');
    expect(finding!.message.length).toBeLessThan(160);
  });

  test('answeredVersion reads the named place only', () => {
    const probe = answer(200, json({ version: NEW }, { 'x-worker-version': OLD }));
    expect(answeredVersion(source('json:version'), probe)).toEqual({ version: NEW });
    expect(answeredVersion(source('header:x-worker-version'), probe)).toEqual({ version: OLD });
  });
});

describe('the health check over time', () => {
  const check: HealthCheck = { url: 'https://verify.example/health', expect: ok, version: pinned(), windowMs: 10_000 };
  const attempt = (n: number, atMs: number, probe: ProbeResult): HealthAttempt => ({ attempt: n, atMs, ...(probe.status ? { status: probe.status } : {}), latencyMs: probe.latencyMs, findings: judgeHealth(check, probe) });

  test('backoff doubles from the base and stops at ten times it', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    expect([1, 2, 3].map((n) => retryDelayMs(n, 50))).toEqual([50, 100, 200]);
  });

  test.each([
    [1, 0, { waitMs: 1000 }],
    [3, 5_000, { waitMs: 4000 }],
    [4, 9_500, { waitMs: 500 }],
    [4, 10_000, undefined],
    [9, 12_000, undefined],
  ])('after attempt %i at %i ms: %o', (n, elapsed, expected) => {
    expect(nextAttempt(check, n, elapsed, 1000)).toEqual(expected);
  });

  test('a window of 0 makes a single attempt', () => {
    expect(nextAttempt({ ...check, windowMs: 0 }, 1, 5, 1000)).toBeUndefined();
  });

  test('healthy once an answer from the new version passes, after failures', () => {
    const history = [attempt(1, 0, answer(503)), attempt(2, 1000, answer(200, json({ version: OLD }))), attempt(3, 3000, answer(200))];
    const outcome = healthOutcome(check, history, 3100);
    expect(outcome).toMatchObject({ healthy: true, attempts: 3, findings: [] });
    expect(outcome.summary).toBe('healthy after 3 attempts (3.1 s): status 200, the new version 8d7e6f5a answered');
  });

  test('the last attempt decides: a pass before a failure is not health', () => {
    const outcome = healthOutcome(check, [attempt(1, 0, answer(200)), attempt(2, 1000, answer(502))], 1100);
    expect(outcome.healthy).toBe(false);
  });

  test('never healthy, with the last reason and what cut it short', () => {
    const outcome = healthOutcome(check, [attempt(1, 0, noAnswer('refused', 'connection refused by verify.example'))], 2000, "cut short by the action's deadline");
    expect(outcome.healthy).toBe(false);
    expect(outcome.summary).toBe("not healthy after 1 attempt in 2.0 s (cut short by the action's deadline): connection refused by verify.example");
  });

  test('no attempt at all is not health', () => {
    expect(healthOutcome(check, [], 0, 'the deadline passed')).toMatchObject({ healthy: false, summary: 'not checked: the deadline passed' });
  });

  test('progress lines say what each attempt saw', () => {
    expect(describeAttempt({ attempt: 2, atMs: 1500, status: 503, latencyMs: 12.4, findings: [{ check: 'status', message: 'status 503; expected 200' }] })).toBe(
      'health attempt 2 at 1.5 s: status 503 in 12 ms — status 503; expected 200',
    );
    expect(describeAttempt({ attempt: 1, atMs: 0, latencyMs: 1000, findings: [{ check: 'connection', message: 'no answer within 1 s' }] })).toBe(
      'health attempt 1 at 0.0 s: no answer — no answer within 1 s',
    );
  });
});

describe('smoke tests', () => {
  const test1: SmokeTest = { name: 'login', method: 'GET', path: '/login', headers: {}, expect: { status: [200], latencyMs: 300 }, critical: true, checkVersion: false, followRedirects: false };

  test.each<[string, SmokeTest, ProbeResult, string, string[]]>([
    ['passes', test1, answer(200, json({ version: OLD })), 'passed', []],
    ['over budget', test1, answer(200, undefined, { latencyMs: 450 }), 'failed', ['latency']],
    ['pinned to the version: the old one answered', { ...test1, checkVersion: true }, answer(200, json({ version: OLD })), 'failed', ['version']],
    ['no answer', test1, noAnswer('reset', 'verify.example closed the connection before answering'), 'failed', ['connection']],
  ])('%s', (_name, t, probe, outcome, failing) => {
    const result = judgeSmoke(t, probe, pinned());
    expect(result.outcome).toBe(outcome);
    expect(checks(result.findings)).toEqual(failing);
  });

  test('results as published: status and latency are null without an answer', () => {
    expect(judgeSmoke(test1, noAnswer('timeout', 'no answer within 1 s'), pinned())).toEqual({
      name: 'login',
      critical: true,
      outcome: 'failed',
      method: 'GET',
      path: '/login',
      status: null,
      latency_ms: null,
      findings: [{ check: 'connection', message: 'no answer within 1 s' }],
    });
  });

  test('the tally counts critical failures apart', () => {
    const results = [
      judgeSmoke(test1, answer(500), pinned()),
      judgeSmoke({ ...test1, name: 'about', critical: false }, answer(500), pinned()),
      judgeSmoke({ ...test1, name: 'home' }, answer(200), pinned()),
      skippedSmoke({ ...test1, name: 'late' }, 'the deadline passed'),
    ];
    expect(tallySmoke(results)).toEqual({ total: 4, passed: 1, failed: 2, skipped: 1, criticalFailed: 1 });
  });
});
