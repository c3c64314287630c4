/**
 * Every GitHub call the gate makes, crossed with every fault the stand-in injects. Each call is
 * tested in a scenario that passes without the fault and in which the call is needed, so a fault
 * that were ignored would show as a pass: 0 crashes (nothing on stderr, a clear message), 0 passes
 * while the fault persists, and the fault-free verdict after a fault that clears. The calls made
 * after the verdict only to tidy up (dismissing stale reviews, escalating an overdue retrospective)
 * are best effort by design: their faults end in a warning and leave the verdict as it was.
 */
import { afterAll, beforeAll, describe, test, vi, type ExpectStatic } from 'vitest';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import type { Fault, GitHubStandIn, HttpMethod } from '../../../test/harness/github-standin.ts';
import {
  BASE,
  OLD,
  alice,
  bob,
  carol,
  errorsOf,
  iris,
  policyWith,
  runScripted,
  sam,
  script,
  verdict,
  warningsOf,
  withStandIn,
  type GateRun,
  type World,
} from './world.ts';
import { fakeSha } from '../../../test/harness/fixtures.ts';

vi.setConfig({ maxConcurrency: 8 });

interface FaultCase {
  name: string;
  /** The fault goes away after these many requests; persistent when undefined. */
  faults: Array<{ fault: Fault; times?: number }>;
  persists: boolean;
}

const faults: FaultCase[] = [
  { name: '500 always', faults: [{ fault: { kind: 'status', status: 500 } }], persists: true },
  { name: '502 once', faults: [{ fault: { kind: 'status', status: 502 }, times: 1 }], persists: false },
  {
    name: 'secondary rate limit (429, then 403, without end)',
    faults: [{ fault: { kind: 'rate-limit-secondary', status: 429, retryAfter: 1 }, times: 1 }, { fault: { kind: 'rate-limit-secondary', status: 403, retryAfter: 1 } }],
    persists: true,
  },
  { name: 'primary rate limit', faults: [{ fault: { kind: 'rate-limit-primary', resetInSeconds: 1 } }], persists: true },
  { name: 'hang past the deadline', faults: [{ fault: { kind: 'hang' } }], persists: true },
  { name: 'malformed JSON', faults: [{ fault: { kind: 'malformed' } }], persists: true },
  { name: '404 where a 200 is needed', faults: [{ fault: { kind: 'status', status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } } }], persists: true },
  { name: 'connection reset', faults: [{ fault: { kind: 'reset' } }], persists: true },
];

type Mode = 'gate' | 'overdue';
interface Scenario {
  name: string;
  mode: Mode;
  world: () => World;
  cwd?: () => string;
  /** The calls this scenario is the home of: needed for its pass. */
  calls: Array<[HttpMethod, `/${string}`]>;
  /** Calls made after the verdict, best effort: a fault there is a warning, the verdict stays. */
  bestEffort?: Array<[HttpMethod, `/${string}`]>;
  /** The verdict without a fault. */
  passes: boolean;
}

const SOLO = policyWith('  code-review: { mode: sole-operator }\n');
const REVIEW_POLICY = policyWith('  stale-approvals: { mode: keep-unless-security-relevant }\n');
const OLDER = fakeSha('older');

/** A checkout holding only the base, with its policy: the policy comes from git, the change from the API. */
let reviewBase: { dir: string; base: string } | undefined;
beforeAll(() => {
  const g = new TempRepo();
  const base = g.commit('chore: start\n\nx\n', { '.github/change-policy.yml': REVIEW_POLICY });
  reviewBase = { dir: g.dir, base };
  return () => g.remove();
});

const scenarios: Scenario[] = [
  {
    name: 'sole-operator self-review with green required checks',
    mode: 'gate',
    world: () => ({ policy: SOLO, required: { rules: ['test'], protection: ['lint'] }, checkRuns: [{ name: 'test', conclusion: 'success' }], statuses: [{ context: 'lint', state: 'success' }] }),
    calls: [
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}'],
      ['GET', '/repos/{owner}/{repo}/contents/{path}'],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits'],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
      ['GET', '/repos/{owner}/{repo}/rules/branches/{branch}'],
      ['GET', '/repos/{owner}/{repo}/branches/{branch}'],
      ['GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs'],
      ['GET', '/repos/{owner}/{repo}/commits/{ref}/status'],
      ['POST', '/repos/{owner}/{repo}/check-runs'],
    ],
    passes: true,
  },
  {
    name: 'a security-relevant change: Security Lead approval kept across a docs push, a linked threat model, a stale approval dismissed',
    mode: 'gate',
    world: () => ({
      base: reviewBase?.base ?? BASE,
      files: [{ filename: 'src/auth/session.ts' }],
      body: 'Tightens session expiry. Threat model: [verifier](docs/threat-models/verifier.md)',
      documents: ['docs/threat-models/verifier.md'],
      reviews: [{ by: carol, on: OLDER }, { by: sam, on: OLD }, { by: bob }],
      compare: { [OLD]: { files: ['README.md'] }, [OLDER]: { files: ['src/auth/session.ts'] } },
    }),
    cwd: () => reviewBase?.dir ?? '',
    calls: [
      ['GET', '/repos/{owner}/{repo}/compare/{basehead}'],
      ['GET', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
      ['GET', '/orgs/{org}/teams/{team_slug}'],
      ['GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}'],
      ['GET', '/repos/{owner}/{repo}/contents/{path}'],
    ],
    bestEffort: [['PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals']],
    passes: true,
  },
  {
    name: 'an emergency authorised by the ISMS Owner (named by login), its retrospective issue opened',
    mode: 'gate',
    world: () => ({ labels: [{ name: 'emergency', by: alice }, { name: 'severity:P1', by: alice }], reviews: [{ by: iris }] }),
    calls: [
      ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/events'],
      ['GET', '/repos/{owner}/{repo}/issues'],
      ['GET', '/users/{username}'],
      ['POST', '/repos/{owner}/{repo}/issues'],
    ],
    passes: true,
  },
  {
    name: 'an emergency whose new retrospective issue GitHub returned without its label, which the gate then adds',
    mode: 'gate',
    world: () => ({ labels: [{ name: 'emergency', by: alice }, { name: 'severity:P1', by: alice }], reviews: [{ by: iris }], dropIssueLabels: true }),
    calls: [['POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels']],
    passes: true,
  },
  {
    name: 'the scheduled mode, nothing overdue: the retrospective was approved by the ISMS Owner',
    mode: 'overdue',
    world: () => ({
      retrospectives: [retrospective(77, 'closed')],
      retrospectiveEvents: { 77: [{ event: 'closed', actor: { login: iris.login, id: iris.id }, at: '2026-03-30T18:00:00Z', stateReason: 'completed' }] },
    }),
    calls: [
      ['GET', '/repos/{owner}/{repo}/contents/{path}'],
      ['GET', '/repos/{owner}/{repo}/issues'],
      ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/events'],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}'],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits'],
      ['GET', '/users/{username}'],
    ],
    passes: true,
  },
  {
    name: 'the scheduled mode, one retrospective overdue and escalated',
    mode: 'overdue',
    world: () => ({ retrospectives: [retrospective(77, 'open')] }),
    calls: [],
    bestEffort: [
      ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
      ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
    ],
    passes: false,
  },
];

function retrospective(number: number, state: 'open' | 'closed') {
  return {
    number,
    state,
    createdAt: '2026-03-30T09:05:00Z',
    body: '<!-- security-review-gate:retrospective {"version":1,"pullRequest":7,"authorisedAt":"2026-03-30T09:00:00.000Z","due":"2026-03-31T09:00:00.000Z"} -->\nEmergency change #7.',
  };
}

async function run(gh: GitHubStandIn, scenario: Scenario, inputs: Record<string, string> = {}, inject?: () => void): Promise<GateRun> {
  const world = scenario.world();
  const written = script(gh, world);
  inject?.();
  if (scenario.mode === 'overdue') {
    return runScripted(gh, written, world, { eventName: 'schedule', event: { schedule: '17 6 * * *' }, inputs: { mode: 'overdue', ...inputs }, env: { GITHUB_SHA: BASE } });
  }
  return runScripted(gh, written, world, { inputs, ...(scenario.cwd ? { cwd: scenario.cwd() } : {}) });
}

function passed(r: GateRun): boolean {
  const v = verdict(r);
  return v.approved === 'true' || v.conclusion === 'success' || r.exitCode === 0;
}

function expectNoCrash(r: GateRun, expect: ExpectStatic) {
  expect(r.killed).toBe(false);
  expect(r.stderr).toBe('');
  expect(r.outputs['approved']).toMatch(/^(true|false)$/);
  expect(r.outputs['status']).toMatch(/^(approved|pending|blocked|error)$/);
  expect(() => JSON.parse(r.outputs['result'] ?? '')).not.toThrow();
}

describe.concurrent('fault-free, each scenario has the verdict its calls are tested against', () => {
  for (const scenario of scenarios) test(scenario.name, async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await run(gh, scenario);
      expectNoCrash(r, expect);
      expect(passed(r)).toBe(scenario.passes);
      for (const [method, path] of scenario.calls) expect(gh.count(`${method} ${path}`), `${method} ${path} is called`).toBeGreaterThan(0);
      for (const [method, path] of scenario.bestEffort ?? []) expect(gh.count(`${method} ${path}`), `${method} ${path} is called`).toBeGreaterThan(0);
    });
  });
});

const needed = scenarios.flatMap((scenario) => scenario.calls.flatMap(([method, path]) => faults.map((fault) => ({ scenario, method, path, fault, label: `${scenario.mode}: ${method} ${path}: ${fault.name}` }))));
const tidy = scenarios.flatMap((scenario) => (scenario.bestEffort ?? []).flatMap(([method, path]) => faults.map((fault) => ({ scenario, method, path, fault, label: `${scenario.mode}: ${method} ${path}: ${fault.name}` }))));

/**
 * The deadline for a hang: 4 s for a read. GitHub's writes go through one queue, a second apart
 * (the throttling plugin), so a hung write before the verdict needs a deadline that leaves the
 * check run room behind it. Both leave room for the bundle's own start (the GitHub client chunk
 * is over 1 MB) on a loaded 2-core machine, where 2 s ran out before the check run was written.
 */
const hangDeadline = (method: HttpMethod) => (method === 'GET' ? '4' : '8');

describe.concurrent('every call the verdict needs, crossed with every fault', () => {
  for (const { scenario, method, path, fault, label } of needed) test(label, async ({ expect }) => {
    await withStandIn(async (gh) => {
      const hang = fault.name.startsWith('hang');
      const r = await run(gh, scenario, hang ? { 'timeout-seconds': hangDeadline(method) } : {}, () => {
        for (const f of fault.faults) gh.fault(method, path, f.fault, f.times === undefined ? {} : { times: f.times });
      });
      expectNoCrash(r, expect);
      if (!fault.persists) {
        expect(passed(r)).toBe(scenario.passes);
        return;
      }
      expect(passed(r), JSON.stringify(verdict(r).result)).toBe(false);
      expect(r.outputs['approved']).toBe('false');
      const message = errorsOf(r).join('\n');
      expect(message.length).toBeGreaterThan(20);
      if (hang) expect(message).toMatch(/did not answer|deadline/);
      if (fault.name === 'malformed JSON') expect(message).toMatch(/not valid JSON/);
      if (scenario.mode === 'gate' && !(method === 'POST' && path.endsWith('/check-runs'))) {
        // The verdict GitHub enforces says so too.
        expect(verdict(r).conclusion).toMatch(/^(failure|action_required)$/);
      }
    });
  });
});

describe.concurrent('calls after the verdict, best effort, crossed with every fault', () => {
  for (const { scenario, method, path, fault, label } of tidy) test(label, async ({ expect }) => {
    await withStandIn(async (gh) => {
      // A hang after the verdict lasts until the run's deadline; the gathering before it must not.
      const hang = fault.name.startsWith('hang');
      const r = await run(gh, scenario, hang ? { 'timeout-seconds': '8' } : {}, () => {
        for (const f of fault.faults) gh.fault(method, path, f.fault, f.times === undefined ? {} : { times: f.times });
      });
      expectNoCrash(r, expect);
      expect(passed(r)).toBe(scenario.passes);
      if (fault.persists) expect(warningsOf(r).join('\n')).toMatch(/could not be (dismissed|escalated)/);
    });
  });
});

let started = 0;
beforeAll(() => {
  started = performance.now();
});
afterAll(() => {
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`fault matrix: ${needed.length} + ${tidy.length} cells in ${seconds.toFixed(1)} s\n`);
});

