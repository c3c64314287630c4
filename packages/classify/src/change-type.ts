/**
 * Standard, normal or emergency, and whether the change is major. A change is standard only when
 * nothing says otherwise: commit types, paths and the diff's findings are all consulted, and any
 * one of them can make it normal.
 */
import type { CompiledPolicy } from './compile.ts';
import { commitEvidence } from './evidence.ts';
import { matchesEither } from './paths.ts';
import type { ChangeType, Decision, DependencyChange, Evidence, Finding, Trigger } from './record.ts';
import type { ChangeSnapshot } from './snapshot.ts';
import { listSome } from './text.ts';

export interface ChangeTypeInputs {
  snapshot: ChangeSnapshot;
  triggers: readonly Trigger[];
  majorBumps: readonly DependencyChange[];
  rollbackUnsafe: readonly Finding[];
  /** Emergency signals and the severity decision; empty when not an emergency. */
  emergency: readonly Decision[];
}

export interface ChangeTypeDecision {
  changeType: ChangeType;
  major: boolean;
  decisions: Decision[];
}

export function decideChangeType(compiled: CompiledPolicy, inputs: ChangeTypeInputs): ChangeTypeDecision {
  const major = majorDecisions(compiled, inputs);
  const normal = [...normalDecisions(compiled, inputs), ...(major.length > 0 ? [majorIsNormal(major)] : [])];
  if (inputs.emergency.length > 0) return { changeType: 'emergency', major: major.length > 0, decisions: [...inputs.emergency, ...major, ...normal] };
  if (normal.length > 0) return { changeType: 'normal', major: major.length > 0, decisions: [...major, ...normal] };
  const types = [...new Set(inputs.snapshot.commits.map((c) => c.type ?? 'unlinted'))].join(', ') || 'none';
  return {
    changeType: 'standard',
    major: false,
    decisions: [
      {
        outcome: 'standard',
        rule: 'change-types',
        reason: `routine change: commit types ${types}, and no feature, refactoring, schema change, major change or security review trigger`,
        evidence: inputs.snapshot.commits.map(commitEvidence),
      },
    ],
  };
}

function majorIsNormal(major: readonly Decision[]): Decision {
  return { outcome: 'normal', rule: 'major', reason: 'a major change is a normal change at least', evidence: major.flatMap((d) => d.evidence) };
}

function majorDecisions(compiled: CompiledPolicy, { snapshot, majorBumps, rollbackUnsafe }: ChangeTypeInputs): Decision[] {
  const { major } = compiled.policy;
  const decisions: Decision[] = [];
  const breaking = snapshot.commits.filter((commit) => commit.breaking);
  if (major.breakingCommits && breaking.length > 0) {
    decisions.push({ outcome: 'major', rule: 'major.breaking-commits', reason: `${breaking.length} breaking commit(s)`, evidence: breaking.map(commitEvidence) });
  }
  if (major.dependencyMajorBumps && majorBumps.length > 0) {
    decisions.push({
      outcome: 'major',
      rule: 'major.dependency-major-bumps',
      reason: `major dependency bump: ${majorBumps.map((b) => `${b.name} ${b.from ?? '?'} → ${b.to ?? '?'}`).join(', ')}`,
      evidence: majorBumps.flatMap((b) => b.evidence),
    });
  }
  if (major.rollbackUnsafe && rollbackUnsafe.length > 0) {
    decisions.push({
      outcome: 'major',
      rule: 'major.rollback-unsafe',
      reason: 'the change cannot be rolled back safely',
      evidence: rollbackUnsafe.flatMap((f) => f.evidence),
    });
  }
  return decisions;
}

function normalDecisions(compiled: CompiledPolicy, { snapshot, triggers }: ChangeTypeInputs): Decision[] {
  const { changeTypes } = compiled.policy;
  const decisions: Decision[] = [];
  const normal = (rule: string, reason: string, evidence: Evidence[]) => decisions.push({ outcome: 'normal', rule, reason, evidence });

  const normalCommits = snapshot.commits.filter((c) => c.type !== undefined && changeTypes.normalCommitTypes.includes(c.type));
  if (normalCommits.length > 0) {
    const types = [...new Set(normalCommits.map((c) => c.type))].join(', ');
    normal('change-types.normal-commit-types', `commits of type ${types} (new features, refactoring)`, normalCommits.map(commitEvidence));
  }

  if (triggers.length > 0) {
    const kinds = [...new Set(triggers.map((t) => t.trigger))].join(', ');
    normal('security-relevant', `security review triggers fired (${kinds}); a security-relevant change is never standard`, []);
  }

  const schemaFiles = snapshot.files.filter((file) => matchesEither(file, compiled.paths.schema.test));
  if (schemaFiles.length > 0) {
    normal('change-types.schema-paths', `schema changes: ${listSome(schemaFiles.map((f) => f.path))}`, schemaFiles.map((f) => ({ file: f.path })));
  }

  const unlinted = snapshot.commits.filter((c) => c.type === undefined);
  // A message that does not lint says nothing either way; when every file lies within the paths of
  // a path-checked type (documentation, tests), the files themselves show the change is routine.
  const routinePaths = [...compiled.paths.commitTypes.values()];
  const routine = (path: string) => routinePaths.some((set) => set.test(path));
  const explainedByPaths = snapshot.files.every((file) => routine(file.path) && (file.previousPath === undefined || routine(file.previousPath)));
  if (changeTypes.unlintedCommits === 'normal' && (unlinted.length > 0 || snapshot.commits.length === 0) && !explainedByPaths) {
    normal(
      'change-types.unlinted-commits',
      unlinted.length > 0 ? `${unlinted.length} commit(s) without a recognised type, so the change cannot be shown to be routine` : 'no commits to show the change is routine',
      unlinted.map(commitEvidence),
    );
  }

  // When every commit claims a path-checkable type (docs, test), the files must bear the claim out.
  const claims = snapshot.commits.map((c) => (c.type === undefined ? undefined : compiled.paths.commitTypes.get(c.type)));
  if (claims.length > 0 && claims.every((set) => set !== undefined)) {
    const claimed = (path: string) => claims.some((set) => set?.test(path));
    const outside = snapshot.files.filter((file) => !claimed(file.path) || (file.previousPath !== undefined && !claimed(file.previousPath)));
    if (outside.length > 0) {
      const types = [...new Set(snapshot.commits.map((c) => c.type))].join(', ');
      normal(
        'change-types.commit-type-paths',
        `the commit types (${types}) do not explain changes to ${listSome(outside.map((f) => f.path))}`,
        outside.map((f) => ({ file: f.path })),
      );
    }
  }
  return decisions;
}
