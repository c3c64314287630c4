/**
 * The contract's readers and writers: every artifact read back from what its producing bundle
 * wrote, and every malformed or foreign document refused with the file and the field.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { classifiedChange, wranglerConfigs } from '../../../test/harness/produced.ts';
import {
  ContractError,
  changeRecordContract,
  check,
  deployFacts,
  deploymentPayloadContract,
  parse,
  rollbackPlanContract,
  embedIncident,
  extractIncident,
  monitorVerdictContract,
  provesHealth,
  rollbackTarget,
  serialize,
  type Incident,
  type MonitorVerdict,
  type RollbackPlan,
} from '../src/index.ts';
import { readContractFile, writeContractFile } from '../src/files.ts';
import { schemas } from '../src/schemas.ts';

const temp = mkdtempSync(join(tmpdir(), 'contract-'));
const cleanup: Array<() => void> = [() => rmSync(temp, { recursive: true, force: true })];
afterAll(() => {
  for (const c of cleanup) c();
});

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContractError);
    return (error as ContractError).message;
  }
  throw new Error('expected a ContractError');
}

describe('the change record, as classify-change writes it', () => {
  test('a Durable Object migration reads as not rollback-safe, with the reason', async () => {
    const c = await classifiedChange({ 'wrangler.toml': wranglerConfigs.plain }, { 'wrangler.toml': wranglerConfigs.migration });
    cleanup.push(() => c.repo.remove());
    const document = readContractFile(changeRecordContract, c.recordPath);
    expect(document).toMatchObject({ kind: 'change-record', version: 1, event: 'workflow_dispatch', gatheredFrom: 'local git' });
    const facts = deployFacts(document);
    expect(facts.rollbackSafe).toBe(false);
    expect(facts.rollbackUnsafeReasons.join(' ')).toMatch(/Durable Object/);
    expect(facts.changeType).toBe('normal');
  });

  test('a documentation change reads as standard and rollback-safe', async () => {
    const c = await classifiedChange({ 'README.md': '# w\n' }, { 'README.md': '# w\n\nHow to deploy.\n' }, { message: 'docs: explain the deploy\n\nNew readers asked.\n' });
    cleanup.push(() => c.repo.remove());
    const facts = deployFacts(readContractFile(changeRecordContract, c.recordPath));
    expect(facts).toEqual({ changeType: 'standard', rollbackSafe: true, rollbackUnsafeReasons: [], securityRelevant: false });
  });

  test('the flat shape an older reader accepted is refused, naming the file and what to pass', () => {
    const file = join(temp, 'flat.json');
    writeFileSync(file, JSON.stringify({ changeType: 'normal', rollbackSafe: true }));
    expect(problemsOf(() => readContractFile(changeRecordContract, file))).toBe(`${file} /kind: has no "kind": it is not a change-record (the record-path file of classify-change)`);
  });

  test('a record that lists reasons against rollback is not rollback-safe, whatever its flag says', async () => {
    const c = await classifiedChange({ 'wrangler.toml': wranglerConfigs.plain }, { 'wrangler.toml': wranglerConfigs.migration });
    cleanup.push(() => c.repo.remove());
    const document = readContractFile(changeRecordContract, c.recordPath);
    document.record.rollbackSafe = true;
    expect(deployFacts(check(changeRecordContract, document, 'edited')).rollbackSafe).toBe(false);
  });
});

const plan: RollbackPlan = {
  kind: 'rollback-plan',
  version: 1,
  mode: 'rollback',
  worker: 'provii-verifier',
  environment: 'production',
  target_version_id: '11111111-2222-4333-8444-555555555555',
  target: { version_id: '11111111-2222-4333-8444-555555555555', percentage: 100, number: 7, tag: null, message: null, created_on: null },
  new_version_id: '99999999-2222-4333-8444-555555555555',
  recommended: false,
  trigger: null,
  command: 'wrangler rollback 11111111-2222-4333-8444-555555555555',
  argv: ['wrangler', 'rollback', '11111111-2222-4333-8444-555555555555'],
  working_directory: '.',
  reasons: [],
  caveats: [],
  recorded_at: '2026-03-31T11:00:00.000Z',
};

describe('every reader refuses what is not its artifact', () => {
  const file = 'plan.json';
  test.each([
    ['not JSON', '{"kind": "rollback-plan",', /^plan\.json: is not JSON \(.*\); pass the rollback-plan-file of wrangler-deploy-verify$/],
    ['a list', '[1]', /^plan\.json: is not a rollback-plan \(the rollback-plan-file of wrangler-deploy-verify\): a JSON object is expected$/],
    ['another kind', JSON.stringify({ ...plan, kind: 'change-record' }), /^plan\.json \/kind: is a "change-record", not a rollback-plan; pass the rollback-plan-file/],
    ['an unknown version', JSON.stringify({ ...plan, version: 2 }), /^plan\.json \/version: version 2 of rollback-plan is not supported; this reader accepts version 1$/],
    ['a missing fact', JSON.stringify({ ...plan, target_version_id: undefined }), /^plan\.json: "target_version_id" is required$/],
    ['a mode it does not know', JSON.stringify({ ...plan, mode: 'maybe' }), /^plan\.json \/mode: is not accepted; accepted: "rollback", "forward-fix-only", "refused", "none"$/],
    ['a field of the wrong type', JSON.stringify({ ...plan, recommended: 'yes' }), /^plan\.json \/recommended: must be boolean$/],
    ['an unknown field', JSON.stringify({ ...plan, healthy: true }), /^plan\.json: unknown field "healthy"; accepted: kind, version, mode,/],
    ['a time that is not ISO 8601', JSON.stringify({ ...plan, recorded_at: 'yesterday' }), /^plan\.json \/recorded_at: must match pattern/],
  ])('%s', (_name, text, message) => {
    expect(problemsOf(() => parse(rollbackPlanContract, text, file))).toMatch(message);
  });

  test('an unreadable file is an error naming it, never an empty plan', () => {
    const missing = join(temp, 'missing.json');
    expect(problemsOf(() => readContractFile(rollbackPlanContract, missing))).toBe(`${missing}: cannot be read (ENOENT); pass the rollback-plan-file of wrangler-deploy-verify`);
    if (process.getuid?.() !== 0) {
      const locked = join(temp, 'locked.json');
      writeFileSync(locked, serialize(rollbackPlanContract, plan));
      chmodSync(locked, 0o000);
      expect(problemsOf(() => readContractFile(rollbackPlanContract, locked))).toMatch(/cannot be read \(EACCES\)/);
    }
  });

  test('the writer refuses a document its own reader would refuse', () => {
    expect(problemsOf(() => serialize(rollbackPlanContract, { ...plan, mode: 'later' } as unknown as RollbackPlan))).toMatch(/\/mode: is not accepted/);
    expect(problemsOf(() => writeContractFile(rollbackPlanContract, join(temp, 'broken.json'), plan, (t) => t.slice(0, 10)))).toMatch(/is not JSON/);
  });

  test('a deployment payload from the API is checked the same way', () => {
    const payload = { kind: 'deployment-payload', version: 1, version_id: null, previous_version_id: null, change_type: 'normal', sha: 'a'.repeat(40), pull_request: null, worker: null, strategy: 'deploy', percentage: 100, tool: 'change-actions/wrangler-deploy-verify' };
    expect(check(deploymentPayloadContract, payload, 'deployment 1 payload')).toEqual(payload);
    expect(problemsOf(() => check(deploymentPayloadContract, { ...payload, change_type: 'major' }, 'deployment 1 payload'))).toMatch(/^deployment 1 payload \/change_type: is not accepted; accepted: "standard", "normal", "emergency", null$/);
  });
});

describe('the rollback target a plan names', () => {
  test.each([
    ['a plan in rollback mode', plan, { versionId: plan.target_version_id }],
    ['forward-fix-only', { ...plan, mode: 'forward-fix-only' as const, reasons: ['migration'] }, { refused: "the rollback plan's mode is forward-fix-only: migration" }],
    ['refused', { ...plan, mode: 'refused' as const }, { refused: "the rollback plan's mode is refused: no rollback was prepared" }],
    ['a target that disagrees with its id', { ...plan, target_version_id: '22222222-2222-4333-8444-555555555555' }, { refused: 'the rollback plan names no consistent target version' }],
  ])('%s', (_name, p, expected) => {
    expect(rollbackTarget(p as RollbackPlan)).toEqual(expected);
  });
});

test('the published schemas are the ones the readers validate with', () => {
  for (const [name, { schema }] of Object.entries(schemas)) {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', name), 'utf8'));
    expect(published, name).toEqual(schema);
    expect((schema as { $id: string }).$id.endsWith(`/packages/change-record/schema/${name}`)).toBe(true);
  }
});

describe('the monitor verdict and the incident', () => {
  const metric = { name: 'error-rate', source: 'loki', status: 'healthy' as const, threshold: { kind: 'absolute' as const, operator: '>' as const, value: 0.05 }, value: 0.01, baseline: 0.01, samples: 400, min_samples: 100, reason: '1 % of 400 requests' };
  const verdict: MonitorVerdict = {
    kind: 'monitor-verdict',
    version: 1,
    verdict: 'healthy',
    reason: 'every metric stayed within its threshold for 30 minutes',
    service: 'provii-verifier',
    environment: 'production',
    version_id: plan.new_version_id!,
    previous_version_id: plan.target_version_id,
    window: { started_at: '2026-03-31T11:00:00.000Z', ended_at: '2026-03-31T11:30:00.000Z', planned_seconds: 1800, interval_seconds: 60, initial_delay_seconds: 0 },
    complete: true,
    baseline: { kind: 'before-deploy', reason: 'a 100 % deploy: the previous version over the 30 minutes before' },
    metrics: [metric],
    breaches: [],
    intervals: [],
    queries: [],
    policy: { kind: 'defaults', path: '.github/change-policy.yml', ref: 'a'.repeat(40) },
    dry_run: false,
    recorded_at: '2026-03-31T11:30:00.000Z',
  };

  test('only a complete watch with every metric healthy proves health', () => {
    expect(provesHealth(check(monitorVerdictContract, verdict, 'v'))).toBe(true);
    expect(provesHealth({ ...verdict, complete: false })).toBe(false);
    expect(provesHealth({ ...verdict, metrics: [] })).toBe(false);
    expect(provesHealth({ ...verdict, metrics: [{ ...metric, status: 'inconclusive' }] })).toBe(false);
    expect(provesHealth({ ...verdict, verdict: 'inconclusive' })).toBe(false);
    const breach = { metric: 'error-rate', trigger: 'error rate > 5 %' as const, value: 0.2, threshold: metric.threshold, baseline: 0.01, samples: 50, at: verdict.recorded_at, reason: '20 %' };
    expect(provesHealth({ ...verdict, breaches: [breach] })).toBe(false);
  });

  const incident: Incident = {
    kind: 'incident',
    version: 1,
    service: 'provii-verifier',
    environment: 'production',
    trigger: 'breached',
    reason: 'error rate 20 % > 5 % --> rolled back',
    root_cause_sha: 'b'.repeat(40),
    deployment: { id: 7, version_id: plan.new_version_id, previous_version_id: plan.target_version_id },
    breaches: [],
    rollback: { outcome: 'restored', verified: true, target_version_id: plan.target_version_id, attempts: 1, reason: 'read back at 100 %, healthy' },
    revert: { outcome: 'pull-request', branch: 'revert/bbbbbbb', pull_request: 12, sha: 'c'.repeat(40), reason: 'opened' },
    times: { deployed_at: '2026-03-31T11:00:00.000Z', detected_at: '2026-03-31T11:04:00.000Z', rollback_started_at: '2026-03-31T11:04:01.000Z', restored_at: '2026-03-31T11:04:20.000Z', time_to_restore_seconds: 20 },
    issue: null,
    dry_run: false,
    recorded_at: '2026-03-31T11:04:21.000Z',
  };

  test('an incident survives its trip through an issue body, even with comment closers in its text', () => {
    const body = `## Automatic rollback\n\nText a person reads.\n\n${embedIncident(incident)}\n`;
    expect(body.split('-->').length).toBe(2);
    expect(extractIncident(body, 'issue #5')).toEqual(incident);
  });

  test('the optional root-cause author: absent, null or a login, each read back as written', () => {
    for (const author of [undefined, null, 'ada']) {
      const record = author === undefined ? incident : { ...incident, root_cause_author: author };
      expect(extractIncident(embedIncident(record), 'issue #5')).toEqual(record);
    }
    expect(problemsOf(() => extractIncident(embedIncident(incident).replace('"root_cause_sha"', '"root_cause_author":7,"root_cause_sha"'), 'issue #5'))).toMatch(/root_cause_author: must be string,null/);
  });

  test.each([
    ['no record', 'just text', 'issue #5: holds no incident record'],
    ['two records', `${embedIncident(incident)}\n${embedIncident(incident)}`, 'issue #5: holds 2 incident records; exactly one is accepted'],
    ['a record edited into another shape', embedIncident(incident).replace('"verified":true', '"verified":"yes"'), 'issue #5 /rollback/verified: must be boolean'],
  ])('%s is refused', (_name, body, message) => {
    expect(problemsOf(() => extractIncident(body, 'issue #5'))).toBe(message);
  });
});
