/**
 * Verification faults, end to end: the bundle runs as the runner runs it (strategy verify, so no
 * deploy is needed to reach the checks) against the real test Worker under one `wrangler dev` for
 * the whole file. The Worker's behaviour is switched once per group; the scenarios of a group
 * differ only in their inputs and run side by side. Not one fault may pass as healthy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCloudflareStandIn, type CloudflareStandIn } from '../../../test/harness/cloudflare-standin.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import { startWorkerDev, type WorkerBehaviour, type WorkerDev } from '../../../test/harness/worker-dev.ts';
import { OUTPUTS, action, expectMasked, leaks, outputsOf } from './support.ts';

const VERSION = '7a1c0de5-0000-4000-8000-00000000c0de';
const OTHER = '0dd0dd00-0000-4000-8000-000000000001';
const SENTINEL = 'sentinel_V3rify w+/&=!';

let tripwire: CloudflareStandIn;
let dev: WorkerDev;
let workspace: string;
let closedPort: number;
const started = performance.now();

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'wdv-verify-'));
  tripwire = await startCloudflareStandIn();
  [dev, closedPort] = await Promise.all([startWorkerDev({ vars: { VERSION_ID: VERSION }, env: tripwire.env }), freePort()]);
}, 60_000);

afterAll(async () => {
  await dev?.stop();
  await tripwire?.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** A port nothing listens on: taken from the OS, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function smokeFile(name: string, text: string): string {
  const path = join(workspace, `${name}.yml`);
  writeFileSync(path, text);
  return path;
}

interface Scenario {
  name: string;
  inputs?: Record<string, string>;
  healthy: boolean;
  /** What the failure must say (in the step's failure message). */
  says?: RegExp;
  check?: (r: RunResult) => void;
}

interface Group {
  behaviour: WorkerBehaviour;
  scenarios: Scenario[];
}

const results: Array<{ name: string; expectedHealthy: boolean; healthy: string | undefined }> = [];

function verify(inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    action,
    cwd: workspace,
    inputs: {
      strategy: 'verify',
      url: dev.url,
      'version-id': VERSION,
      // One attempt: what each fault is judged to be is the point here; retries have their own groups.
      'health-timeout-seconds': '0',
      'request-timeout-seconds': '2',
      ...inputs,
    },
    env: { CHANGE_ACTIONS_RETRY_BASE_MS: '100', VERIFY_SENTINEL: SENTINEL },
  });
}

const failureOf = (r: RunResult) => r.commands.filter((c) => c.command === 'error').map((c) => c.message).join('\n');

const groups: Record<string, Group> = {
  'the Worker answers normally (faults in what is expected of it)': {
    behaviour: {},
    scenarios: [
      { name: 'control: the named version answers, healthy', healthy: true },
      {
        name: 'control: smoke tests that pass',
        healthy: true,
        inputs: { 'smoke-tests': 'passing' },
        check: (r) => expect(r.summary).toContain('Smoke tests'),
      },
      { name: 'another version answers than the one named', inputs: { 'version-id': OTHER }, healthy: false, says: /version "7a1c0de5-[^"]*" answered; expected the new version 0dd0dd00/ },
      { name: 'the version header is missing', inputs: { 'version-source': 'header:x-deployed-version' }, healthy: false, says: /no x-deployed-version header/ },
      { name: 'the JSON version field is missing', inputs: { 'version-source': 'json:build.version' }, healthy: false, says: /no field build\.version/ },
      { name: 'a JSON field has another value', inputs: { 'health-expected-json': '{"status": "ready"}' }, healthy: false, says: /status is "ok"; expected "ready"/ },
      { name: 'the status is not the expected one', inputs: { 'health-expected-status': '204' }, healthy: false, says: /status 200; expected 204/ },
      { name: 'the body lacks the expected text', inputs: { 'health-expected-body': 'database: up' }, healthy: false, says: /does not contain "database: up"/ },
      { name: 'connection refused', inputs: { url: '' }, healthy: false, says: /connection refused by 127\.0\.0\.1/ },
      { name: 'no such host (DNS)', inputs: { url: 'https://worker.invalid' }, healthy: false, says: /no address found for worker\.invalid/ },
      {
        name: 'a critical smoke test fails: critical functionality broken',
        inputs: { 'smoke-tests': 'critical' },
        healthy: false,
        says: /1 of 2 smoke tests failed: critical "sign-in page is HTML"/,
        check: (r) => {
          const { plan, smoke } = outputsOf(r);
          expect(smoke.map((s) => [s.name, s.outcome, s.critical])).toEqual([
            ['health document', 'passed', false],
            ['sign-in page is HTML', 'failed', true],
          ]);
          expect(smoke[1]!.findings[0].message).toMatch(/header content-type is "application\/json"; expected \/\^text\\\/html\//);
          expect(plan.trigger).toBe('critical functionality broken');
        },
      },
      {
        name: 'a non-critical smoke test fails: not a rollback trigger, still not healthy',
        inputs: { 'smoke-tests': 'minor' },
        healthy: false,
        says: /no failed test is critical, so no rollback trigger is met/,
        check: (r) => expect(outputsOf(r).plan.trigger).toBeNull(),
      },
      {
        name: 'another version answers, read from the header: the smoke tests are not run',
        inputs: { 'smoke-tests': 'passing', 'version-source': 'header:x-worker-version', 'version-id': OTHER },
        healthy: false,
        says: /version "7a1c0de5-[^"]*" answered; expected the new version 0dd0dd00/,
        check: (r) => expect(outputsOf(r).smoke.map((s) => s.outcome)).toEqual(['skipped', 'skipped']),
      },
    ],
  },
  'every answer is 503': {
    behaviour: { status: 503 },
    scenarios: [
      {
        name: 'a 5xx that does not recover within the window, retried with backoff',
        inputs: { 'health-timeout-seconds': '1' },
        healthy: false,
        says: /not healthy after \d+ attempts in [\d.]+ s: status 503; expected 200/,
        check: (r) => expect(r.log.filter((l) => l.startsWith('health attempt')).length).toBeGreaterThanOrEqual(4),
      },
    ],
  },
  'a Cloudflare error page (HTML, 500)': {
    behaviour: { status: 500, mode: 'html' },
    scenarios: [{ name: 'an HTML error page with 500', healthy: false, says: /status 500; expected 200; no version: an HTML page \("Worker threw exception/ }],
  },
  'an HTML error page with status 200': {
    behaviour: { mode: 'html' },
    scenarios: [
      { name: 'HTML with 200 where the JSON version field is expected', healthy: false, says: /an HTML page \("Worker threw exception \| provii-test-worker"\) came back where JSON is expected/ },
      {
        name: 'HTML with 200 where JSON fields are expected (version from the header)',
        inputs: { 'version-source': 'header:x-worker-version', 'health-expected-json': '{"status": "ok"}' },
        healthy: false,
        says: /HTML page .* came back where JSON is expected/,
      },
    ],
  },
  'cut-off JSON': {
    behaviour: { mode: 'malformed-json' },
    scenarios: [
      { name: 'malformed JSON where the version field is expected', healthy: false, says: /the body is not valid JSON/ },
      { name: 'malformed JSON where JSON fields are expected', inputs: { 'version-source': 'header:x-worker-version', 'health-expected-json': '{"status": "ok"}' }, healthy: false, says: /the body is not valid JSON/ },
    ],
  },
  'a redirect to itself': {
    behaviour: { mode: 'redirect-loop' },
    scenarios: [{ name: 'a redirect loop', healthy: false, says: /redirect loop: \/health → \/health/ }],
  },
  'no such route (404)': {
    behaviour: { status: 404 },
    scenarios: [{ name: 'the health URL answers 404', healthy: false, says: /status 404; expected 200/ }],
  },
  'answers slower than the request timeout': {
    behaviour: { delayMs: 4_000 },
    scenarios: [{ name: 'no answer within the request timeout', inputs: { 'request-timeout-seconds': '1' }, healthy: false, says: /no answer within 1 s/ }],
  },
  'answers 500 twice, then healthy': {
    behaviour: { status: 500, recoverAfter: 2 },
    scenarios: [
      {
        name: 'health recovering after a few failures within the window is healthy',
        inputs: { 'health-timeout-seconds': '5' },
        healthy: true,
        check: (r) => {
          expect(r.log.filter((l) => l.startsWith('health attempt')).map((l) => /status (\d+)/.exec(l)?.[1])).toEqual(['500', '500', '200']);
          expect(r.summary).toContain('healthy after 3 attempts');
        },
      },
    ],
  },
  'a slow first answer (cold start), then fast': {
    behaviour: { delayMs: 2_500, recoverAfter: 1 },
    scenarios: [
      {
        name: 'the first attempt times out, the next one is healthy',
        inputs: { 'request-timeout-seconds': '1', 'health-timeout-seconds': '5' },
        healthy: true,
        check: (r) => expect(r.log.filter((l) => l.startsWith('health attempt'))[0]).toMatch(/no answer — no answer within 1 s/),
      },
    ],
  },
  'answers after 400 ms': {
    behaviour: { delayMs: 400 },
    scenarios: [
      {
        name: 'a smoke test over its latency budget',
        inputs: { 'smoke-tests': 'latency' },
        healthy: false,
        says: /answered in \d+ ms; the budget is 150 ms/,
      },
    ],
  },
  'every answer is 502, and the deadline is short': {
    behaviour: { status: 502 },
    scenarios: [
      {
        name: "the action's deadline cuts the health check short; every output is still set",
        inputs: { 'timeout-seconds': '7', 'health-timeout-seconds': '60' },
        healthy: false,
        says: /cut short by the action's deadline/,
        check: (r) => {
          expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUTS].sort());
          expect(r.durationMs).toBeLessThan(10_000);
        },
      },
    ],
  },
};

const smokeFiles: Record<string, string> = {
  passing: `version: 1
defaults:
  headers: { accept: application/json }
tests:
  - name: health document
    path: /health
    critical: true
    expect: { status: 200, json: { status: ok }, headers-match: { content-type: ^application/json } }
  - name: sign-in route
    path: /smoke/login?from=deploy
    check-version: true
    expect: { json: { path: /smoke/login }, json-present: [version], latency-ms: 2000 }
`,
  critical: `version: 1
tests:
  - name: health document
    path: /health
    expect: { status: 200 }
  - name: sign-in page is HTML
    path: /login
    critical: true
    expect: { headers-match: { content-type: ^text/html } }
`,
  minor: `{"version": 1, "tests": [{"name": "about page", "path": "/about", "expect": {"body-contains": "About provii"}}]}`,
  latency: `version: 1
tests:
  - { name: quick status, path: /v1/status, critical: true, expect: { latency-ms: 150 } }
`,
};

describe.each(Object.entries(groups))('%s', (_title, group) => {
  beforeAll(async () => {
    await dev.control(group.behaviour);
  });

  test.concurrent.each(group.scenarios.map((s) => [s.name, s] as const))('%s', async (name, scenario) => {
    const inputs = { ...scenario.inputs };
    if (inputs['smoke-tests'] !== undefined) inputs['smoke-tests'] = smokeFile(inputs['smoke-tests'], smokeFiles[inputs['smoke-tests']]!);
    if (inputs['url'] === '') inputs['url'] = `http://127.0.0.1:${closedPort}`;
    const r = await verify(inputs);
    results.push({ name, expectedHealthy: scenario.healthy, healthy: r.outputs['healthy'] });
    expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUTS].sort());
    expect(r.outputs['healthy'], failureOf(r)).toBe(String(scenario.healthy));
    expect(r.exitCode).toBe(scenario.healthy ? 0 : 1);
    expect(r.outputs['version-id']).toBe(inputs['version-id'] ?? VERSION);
    if (scenario.says) expect(failureOf(r)).toMatch(scenario.says);
    scenario.check?.(r);
  });
});

describe('inputs', () => {
  test('a variable given to strategy verify is refused, masked first, and found nowhere', async () => {
    const refused = await verify({ vars: 'VERIFY_SENTINEL' });
    expect(refused.exitCode).toBe(1);
    expect(failureOf(refused)).toMatch(/strategy verify deploys nothing/);
    expectMasked(refused, [SENTINEL]);
    expect(leaks(refused, [SENTINEL])).toEqual([]);
  });

  test.concurrent.each([
    [{ strategy: 'canary' }, /input strategy: "canary" is not accepted; accepted: deploy, gradual, verify/],
    [{ 'version-source': 'body:version' }, /input version-source: "body:version" is not accepted; accepted: header:<name>/],
    [{ 'health-expected-status': '2xx' }, /input health-expected-status: "2xx" is not accepted; accepted: HTTP statuses from 100 to 599/],
    [{ 'health-expected-json': '["ok"]' }, /input health-expected-json: accepted: a JSON object/],
    [{ 'version-id': '' }, /input version-id is required with strategy verify/],
    [{ url: 'ftp://example.com' }, /input url: "ftp:\/\/example.com" is not accepted; accepted: an http:\/\/ or https:\/\/ URL/],
    [{ 'timeout-seconds': '0' }, /input timeout-seconds: 0 is out of range; accepted: 1 to 3600/],
    [{ 'smoke-tests': 'missing.yml' }, /input smoke-tests: .*missing\.yml cannot be read \(ENOENT\)/],
  ])('%o is refused with the input and what it accepts', async (inputs, message) => {
    const r = await verify(inputs as Record<string, string>);
    expect(r.exitCode).toBe(1);
    expect(failureOf(r)).toMatch(message);
    expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUTS].sort());
  });

  test('an invalid smoke test file is reported with its file, line and what is accepted', async () => {
    const path = smokeFile('invalid', 'version: 1\ntests:\n  - name: status\n    path: v1/status\n    expect: { status: 700 }\n');
    const r = await verify({ 'smoke-tests': path });
    expect(r.exitCode).toBe(1);
    const annotations = r.commands.filter((c) => c.command === 'error' && c.properties['title'] === 'Invalid smoke test file');
    expect(annotations.map((a) => [a.properties['line'], a.message])).toEqual([
      ['4', expect.stringMatching(/tests\[0\]\.path: "v1\/status" is not accepted; accepted: a path below the deployment URL starting with one \//)],
      ['5', expect.stringMatching(/tests\[0\]\.expect\.status: 700 is not accepted; accepted: a status from 100 to 599/)],
    ]);
    expect(failureOf(r)).toMatch(/the smoke test file cannot be used/);
  });
});

afterAll(() => {
  // The headline figure: of every fault, not one passed as healthy.
  const falseHealthy = results.filter((r) => !r.expectedHealthy && r.healthy !== 'false');
  const faults = results.filter((r) => !r.expectedHealthy).length;
  expect(faults).toBeGreaterThanOrEqual(20);
  expect(falseHealthy).toEqual([]);
  process.stderr.write(`verification faults: ${faults}, false healthy: ${falseHealthy.length}; file took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
});
