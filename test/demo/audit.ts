/**
 * What an auditor asks under ISO 27001 control A.8.32 (change management), answered for one change
 * from its artifacts alone: the change record, the gate result, the deployment payload and the
 * deploy's verification, the rollback plan, the monitor verdict, the incident and the metrics.
 * Every artifact is read through its validating reader where the contract package has one (a
 * malformed one is an error naming the file); an answer whose artifact is absent, or belongs to
 * another deploy than the one the deployment payload names, says which artifact is missing
 * instead of guessing. `unanswered` lists what keeps a change's audit from being complete.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  changeRecordContract,
  deploymentPayloadContract,
  incidentContract,
  monitorVerdictContract,
  parse,
  rollbackPlanContract,
  type ChangeRecordDocument,
  type DeploymentPayload,
  type Incident,
  type MonitorVerdict,
  type RollbackPlan,
} from '@change-actions/change-record';
import type { MetricsReport } from '@change-actions/metrics';

export const A832_QUESTIONS = [
  'What type of change is it?',
  'Who approved it, in which role?',
  'What was tested?',
  'What was deployed?',
  'How was it verified and monitored?',
  'Was it rolled back, and how?',
  'What is the retrospective?',
] as const;

export interface Answer {
  question: (typeof A832_QUESTIONS)[number];
  /** Null when no artifact answers it. */
  answer: string | null;
  from: string[];
  /** Artifacts the answer needs that are not there. */
  missing: string[];
}

interface GateResultFile {
  status: string;
  summary: string;
  rules: Array<{ rule: string; status: string; reason: string; satisfiedBy?: Array<{ login: string }> }>;
  retrospective?: { due: string; issue?: number };
}

interface Verification {
  healthy: string;
  'smoke-results': string;
  'deployment-url': string;
  'version-id': string;
}

function read<T>(dir: string, name: string, reader?: (text: string, file: string) => T): T | undefined {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  return reader ? reader(text, file) : (JSON.parse(text) as T);
}

/** The answers for one change, from `<artifacts>/<change>/*.json` and `<artifacts>/metrics.json`. */
export function auditChange(artifacts: string, change: string): Answer[] {
  const dir = join(artifacts, change);
  const record = read<ChangeRecordDocument>(dir, 'change-record', (t, f) => parse(changeRecordContract, t, f));
  const gate = read<GateResultFile>(dir, 'gate-result');
  const payload = read<DeploymentPayload>(dir, 'deployment-payload', (t, f) => parse(deploymentPayloadContract, t, f));
  const verification = read<Verification>(dir, 'deploy-verification');
  const plan = read<RollbackPlan>(dir, 'rollback-plan', (t, f) => parse(rollbackPlanContract, t, f));
  const verdict = read<MonitorVerdict>(dir, 'monitor-verdict', (t, f) => parse(monitorVerdictContract, t, f));
  const incident = read<Incident>(dir, 'incident', (t, f) => parse(incidentContract, t, f));
  const metrics = read<MetricsReport>(artifacts, 'metrics');
  const deployed = metrics && payload ? metrics.deployments.find((d) => d.sha === payload.sha && d.versionId === payload.version_id) : undefined;

  // An artifact of another deploy answers nothing about this one: the verdict and the incident
  // must name the version the deployment payload says was deployed.
  const deployedVersion = payload?.version_id ?? verification?.['version-id'];
  const wrongVersion: string[] = [];
  const ofThisDeploy = <T extends object>(name: string, artifact: T | undefined, version: string | null | undefined): T | undefined => {
    if (!artifact || deployedVersion === undefined || version === deployedVersion) return artifact;
    wrongVersion.push(`${name} (of version ${version ?? 'none'}, not the deployed ${deployedVersion})`);
    return undefined;
  };
  const watched = ofThisDeploy('monitor-verdict', verdict, verdict?.version_id);
  const incidentOf = ofThisDeploy('incident', incident, incident?.deployment.version_id);

  const answer = (question: Answer['question'], parts: Array<[string, string | undefined | null]>, needed: string[] = parts.map(([from]) => from)): Answer => {
    const present = parts.filter(([, text]) => text);
    return {
      question,
      answer: present.length > 0 ? present.map(([, text]) => text).join(' ') : null,
      from: present.map(([from]) => from),
      missing: needed.filter((n) => !present.some(([from]) => from === n)).map((n) => wrongVersion.find((w) => w.startsWith(`${n} (`)) ?? n),
    };
  };

  const approvals = gate?.rules
    .filter((r) => r.status === 'approved' && r.satisfiedBy?.length)
    // The rule's reason names the approvers and, where a role is required, the role.
    .map((r) => `${r.rule}: ${r.reason}`)
    .join('; ');
  const smoke = verification ? (JSON.parse(verification['smoke-results'] || '[]') as Array<{ name: string; outcome: string }>) : undefined;
  // A rollback was due when the verification recommended one or the watch ended other than healthy.
  const rollbackDue = plan?.recommended === true || (watched !== undefined && watched.verdict !== 'healthy');
  const measured = (v: MonitorVerdict) =>
    v.metrics.map((m) => `${m.name} ${m.value ?? 'n/a'} (${m.source}, threshold ${m.threshold.kind === 'relative' ? 'x' : ''}${m.threshold.operator} ${m.threshold.value}, ${m.samples ?? 0} samples): ${m.status}`).join('; ');
  const revert = (i: Incident) =>
    i.revert.outcome === 'pull-request' ? `main reverted by pull request #${i.revert.pull_request ?? '?'} (${i.revert.branch ?? 'no branch'})` : i.revert.outcome === 'pushed' ? `main reverted by ${i.revert.sha?.slice(0, 12) ?? 'a commit'}` : `main not reverted (${i.revert.outcome}: ${i.revert.reason})`;
  const rolledBack = incidentOf
    ? `Rolled back automatically (${incidentOf.trigger}: ${incidentOf.reason}): ${incidentOf.rollback.outcome} to ${incidentOf.rollback.target_version_id ?? 'no version'} in ${incidentOf.rollback.attempts} attempt(s), verified ${incidentOf.rollback.verified ? 'yes' : 'no'}; ${revert(incidentOf)}.`
    : undefined;
  const planText = (p: RollbackPlan) =>
    p.recommended
      ? `The deploy recommended a rollback (${p.trigger}): ${p.command}.`
      : rollbackDue
        ? `The rollback plan recorded ${p.target_version_id ?? 'no version'} as the target (${p.mode}).`
        : `Not rolled back: the plan kept ${p.target_version_id ?? 'no version'} ready (${p.mode}).`;

  return [
    answer('What type of change is it?', [
      [
        'change-record',
        record &&
          `${record.record.changeType}${record.record.securityRelevant ? ', security-relevant' : ''}${record.record.special.length ? ` (${record.record.special.join(', ')})` : ''}${record.record.triggers.length ? `; triggers: ${record.record.triggers.map((t) => `${t.trigger} (${t.rule})`).join(', ')}` : ''}; classified at ${record.head.slice(0, 12)} under ${record.policy.kind === 'file' ? `${record.policy.path}@${record.policy.ref.slice(0, 12)}` : 'the procedure defaults'}.`,
      ],
    ]),
    answer('Who approved it, in which role?', [['gate-result', gate && `Gate ${gate.status}${approvals ? `: ${approvals}` : ''}${gate.status !== 'approved' ? ` (${gate.summary})` : ''}.`]]),
    answer('What was tested?', [
      ['gate-result', gate?.rules.some((r) => r.rule === 'code-review') ? `Reviewed: ${gate.rules.find((r) => r.rule === 'code-review')!.reason}.` : undefined],
      ['deploy-verification', smoke && `After the deploy: health ${verification!.healthy === 'true' ? 'passed' : 'failed'}; smoke tests ${smoke.map((t) => `${t.name} ${t.outcome}`).join(', ') || 'none'}.`],
    ]),
    answer('What was deployed?', [
      ['deployment-payload', payload && `${payload.worker ?? 'a Worker'} version ${payload.version_id ?? 'none'} from commit ${payload.sha.slice(0, 12)}${payload.pull_request ? ` (#${payload.pull_request})` : ''}, replacing ${payload.previous_version_id ?? 'nothing'}; ${payload.strategy} at ${payload.percentage} %, as a ${payload.change_type ?? 'untyped'} change.`],
    ]),
    answer(
      'How was it verified and monitored?',
      [
        ['deploy-verification', verification && `Verified at ${verification['deployment-url']}: ${verification.healthy === 'true' ? 'the new version answered and was healthy' : 'the new version was not the one answering healthy'}.`],
        [
          'monitor-verdict',
          watched &&
            `Watched ${watched.complete ? 'for its whole window' : watched.verdict === 'breached' ? 'until the first breach' : 'for part of its window'} (${watched.window.planned_seconds} s, every ${watched.window.interval_seconds} s, ${watched.queries.length} queries recorded): ${watched.verdict} (${watched.reason}); ${measured(watched)}.`,
        ],
      ],
      // A deploy that failed its verification is never watched: the rollback follows at once.
      verification?.healthy === 'true' ? ['deploy-verification', 'monitor-verdict'] : ['deploy-verification'],
    ),
    answer(
      'Was it rolled back, and how?',
      [
        ['rollback-plan', plan && planText(plan)],
        ['monitor-verdict', watched && !rollbackDue ? `The watch ended ${watched.verdict}${watched.complete ? ' over its whole window' : ''}: no rollback trigger fired.` : undefined],
        ['incident', rolledBack],
      ],
      rollbackDue ? ['rollback-plan', 'incident'] : verification?.healthy === 'true' ? ['rollback-plan', 'monitor-verdict'] : ['rollback-plan'],
    ),
    answer('What is the retrospective?', [
      ['incident', incidentOf && `Incident ${incidentOf.issue ? `#${incidentOf.issue}` : 'recorded'}: detected ${incidentOf.times.detected_at}, restored ${incidentOf.times.restored_at ?? 'not yet'} (${incidentOf.times.time_to_restore_seconds ?? 'n/a'} s); root cause ${incidentOf.root_cause_sha?.slice(0, 12) ?? 'unknown'}.`],
      ['gate-result', gate?.retrospective && `Emergency retrospective due ${gate.retrospective.due}.`],
      [
        'metrics',
        deployed &&
          `Counted in the metrics as ${deployed.failures.length > 0 ? `a failed deployment (${deployed.failures.map((f) => f.cause).join(', ')}), ${deployed.recovery ? `recovered in ${deployed.recovery.seconds} s by ${deployed.recovery.by}` : 'not recovered'}` : 'a successful deployment'}; change failure rate ${metrics!.overall.changeFailureRate === null ? 'n/a' : `${(metrics!.overall.changeFailureRate * 100).toFixed(1)} %`} (${metrics!.overall.targets.changeFailureRate.status}).`,
      ],
    ], [...(rollbackDue ? ['incident'] : []), 'metrics']),
  ];
}

/** The questions a change's artifacts leave unanswered, or answer only in part (what is missing). */
export function unanswered(answers: readonly Answer[]): Answer[] {
  return answers.filter((a) => a.answer === null || a.missing.length > 0);
}
