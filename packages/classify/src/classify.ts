/** The engine's entry points: `classify` and `filesNeedingContent`. */
import { decideChangeType } from './change-type.ts';
import { codeownersTrigger } from './codeowners.ts';
import { compilePolicy, type CompiledPolicy } from './compile.ts';
import { contentTriggers } from './content.ts';
import { analyseDependencies } from './dependencies/index.ts';
import { isDependencyFile } from './dependencies/formats.ts';
import { emergencySeverity, emergencySignals } from './emergency.ts';
import { commitEvidence } from './evidence.ts';
import { matchesEither, pathTriggers } from './paths.ts';
import type { ClassifyPolicy } from '@change-actions/policy';
import type { ChangeRecord, Decision, Evidence, Finding, SpecialKind, Trigger, TriggerKind } from './record.ts';
import type { ChangeSnapshot, ChangedFile, CommitHeader } from './snapshot.ts';
import { listSome } from './text.ts';
import { evaluateWindow } from './windows.ts';
import { analyseWorkflow } from './workflows.ts';
import { unreadableTriggers } from './unreadable.ts';
import { analyseWrangler, pairConversions, wranglerConfigs } from './wrangler.ts';

/** The procedure's special change types, the triggers that make them, and their label. */
const specialKinds: ReadonlyArray<[SpecialKind, readonly TriggerKind[], keyof ClassifyPolicy['labels']]> = [
  ['cryptographic', ['cryptography', 'crypto-parameters'], 'cryptographic'],
  ['infrastructure', ['infrastructure'], 'infrastructure'],
  ['access-control', ['access-control'], 'accessControl'],
];

/**
 * Classifies a change under a policy at a moment in time. Pure and synchronous; throws only
 * `ClassifyPolicyError`, for a policy it cannot compile.
 */
export function classify(policy: ClassifyPolicy, snapshot: ChangeSnapshot, now: Date): ChangeRecord {
  const compiled = compilePolicy(policy);
  const triggers: Trigger[] = [];
  const rollbackUnsafe: Finding[] = [];

  if (snapshot.filesTruncated === true) {
    triggers.push({
      trigger: 'unverified',
      rule: 'snapshot.files-truncated',
      reason: 'the list of changed files is incomplete, so files not listed could hold any change',
      evidence: [],
    });
  }
  const { configs, converted } = wranglerConfigs(compiled, snapshot.files);
  for (const file of snapshot.files) {
    triggers.push(...pathTriggers(compiled, file), ...contentTriggers(compiled, file), ...unreadableTriggers(compiled, file));
    if (configs.has(file) && !converted.has(file)) {
      const infrastructure = analyseWrangler(file, configs.get(file) as (path: string) => boolean);
      triggers.push(...infrastructure.triggers);
      rollbackUnsafe.push(...infrastructure.rollbackUnsafe);
    }
    if (!matchesEither(file, compiled.paths.structural.test)) continue;
    if (matchesEither(file, compiled.paths.workflows.test)) triggers.push(...analyseWorkflow(compiled, file));
    if (matchesEither(file, compiled.paths.codeowners.test)) triggers.push(codeownersTrigger(file, compiled.paths.codeowners.test));
  }
  for (const pair of pairConversions(compiled, snapshot.files, converted)) {
    const infrastructure = analyseWrangler(pair, compiled.paths.wrangler.test);
    triggers.push(...infrastructure.triggers);
    rollbackUnsafe.push(...infrastructure.rollbackUnsafe);
  }
  triggers.push(...vendoredTriggers(compiled, snapshot.files));
  const dependencies = analyseDependencies(compiled, snapshot.files);
  triggers.push(...dependencies.triggers, ...securityCommits(compiled, snapshot.commits));

  const emergency = emergencySignals(compiled.emergency, snapshot);
  const severity = emergency.length > 0 ? emergencySeverity(compiled.emergency, snapshot) : undefined;
  const emergencyDecisions: Decision[] = severity === undefined ? emergency : [...emergency, severity.decision];
  const { changeType, major, decisions } = decideChangeType(compiled, {
    snapshot,
    triggers,
    majorBumps: dependencies.majorBumps,
    rollbackUnsafe,
    emergency: emergencyDecisions,
  });
  const specials = specialKinds.filter(([, kinds]) => triggers.some((t) => kinds.includes(t.trigger)));
  const securityRelevant = triggers.length > 0;
  const rollbackSafe = rollbackUnsafe.length === 0;
  const { labels: names } = policy;
  const labels = [
    names[changeType],
    ...(securityRelevant ? [names.securityRelevant] : []),
    ...(major ? [names.major] : []),
    ...(rollbackSafe ? [] : [names.rollbackUnsafe]),
    ...specials.map(([, , label]) => names[label]),
  ];
  markVendored(compiled, [...triggers, ...rollbackUnsafe, ...decisions, ...dependencies.changes]);
  return {
    changeType,
    ...(severity?.severity === undefined ? {} : { severity: severity.severity }),
    securityRelevant,
    special: specials.map(([kind]) => kind),
    major,
    rollbackSafe,
    rollbackUnsafeReasons: rollbackUnsafe,
    window: evaluateWindow(compiled.windows, changeType, major, now),
    triggers,
    decisions,
    dependencies: dependencies.changes,
    labels,
  };
}

/**
 * The paths, among `paths`, whose full text before and after the change the engine compares:
 * manifests, lockfiles, wrangler configuration, workflows and CODEOWNERS. For a rename, pass both
 * the new and the old path; the file needs content when either is returned.
 */
export function filesNeedingContent(policy: ClassifyPolicy, paths: readonly string[]): string[] {
  const { structural } = compilePolicy(policy).paths;
  // TOML, JSON and JSONC files are read whole: a wrangler configuration passed with --config or
  // reached through a symbolic link has any name, and wrangler reads all three.
  return paths.filter((path) => isDependencyFile(path) || structural.test(path) || /\.(?:toml|json|jsonc)$/i.test(path));
}

function securityCommits(compiled: CompiledPolicy, commits: readonly CommitHeader[]): Trigger[] {
  const security = commits.filter((c) => c.type !== undefined && compiled.policy.changeTypes.securityCommitTypes.includes(c.type));
  if (security.length === 0) return [];
  return [
    {
      trigger: 'security-commit',
      rule: 'change-types.security-commit-types',
      reason: `${security.length} commit(s) of type ${[...new Set(security.map((c) => c.type))].join(', ')}`,
      evidence: security.map(commitEvidence),
    },
  ];
}

/**
 * Third-party code copied into the repository (vendor/, third_party/) comes with no registry,
 * lockfile entry or advisory feed: any change to it is a new third-party dependency to review.
 */
function vendoredTriggers(compiled: CompiledPolicy, files: readonly ChangedFile[]): Trigger[] {
  const vendored = files.filter((file) => matchesEither(file, compiled.paths.vendored.test) && file.status !== 'removed');
  if (vendored.length === 0) return [];
  return [
    {
      trigger: 'third-party-dependency',
      rule: 'vendored.changed',
      reason: `third-party code kept in the repository changed: ${listSome(vendored.map((file) => file.path))}`,
      evidence: vendored.slice(0, 50).map((file) => ({ file: file.path })),
    },
  ];
}

/** Vendored code counts like any other; its evidence says it is vendored. */
function markVendored(compiled: CompiledPolicy, findings: ReadonlyArray<{ evidence: Evidence[] }>): void {
  // Findings share evidence objects (a dependency change and its triggers): mark each once.
  for (const evidence of new Set(findings.flatMap((f) => f.evidence))) {
    if (evidence.file !== undefined && compiled.paths.vendored.test(evidence.file)) {
      evidence.note = evidence.note === undefined ? 'vendored' : `${evidence.note}; vendored`;
    }
  }
}
