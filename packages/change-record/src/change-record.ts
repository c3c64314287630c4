/**
 * The change record: what classify-change decided about one change and why, written to its
 * `record-path` file and read by the deploy (change type, rollback safety), the gate's auditors and
 * the metrics. Every conclusion carries the policy rule that produced it, a reason a reviewer can
 * read, and evidence pointing at files and lines.
 */
import type { Contract } from './contract.ts';
import validate from './generated/validate-change-record.js';
import { changeRecordSchema } from './schemas.ts';
import { CHANGE_TYPES, DEPENDENCY_CHANGES, ECOSYSTEMS, SEVERITIES, SPECIAL_KINDS, TRIGGER_KINDS } from './vocabulary.ts';

export { CHANGE_TYPES, DEPENDENCY_CHANGES, ECOSYSTEMS, SEVERITIES, SPECIAL_KINDS, TRIGGER_KINDS };

/** The procedure's change types ("Change Types"). */
export type ChangeType = (typeof CHANGE_TYPES)[number];

export type Severity = (typeof SEVERITIES)[number];

export type SpecialKind = (typeof SPECIAL_KINDS)[number];

export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** Where a finding comes from: a file (and line), a commit, or a pull request label, title or branch. */
export interface Evidence {
  file?: string;
  commit?: string;
  /** 1-based line; in the new file when `side` is `new`, in the old file when `old`. */
  line?: number;
  side?: 'old' | 'new';
  /** The matched text, clipped. */
  text?: string;
  /** Context: renamed from, removed, binary, vendored, label, why something could not be read. */
  note?: string;
}

export interface Finding {
  /** The policy rule that produced the finding, e.g. `authentication.paths`. */
  rule: string;
  reason: string;
  evidence: Evidence[];
}

export interface Trigger extends Finding {
  trigger: TriggerKind;
}

/** One reason behind the change type, `major`, or the severity. */
export interface Decision extends Finding {
  outcome: ChangeType | 'major' | 'severity';
}

export interface WindowVerdict {
  open: boolean;
  /** Emergencies are exempt from windows and freezes; the verdict records what would have applied. */
  exempt?: boolean;
  /** The window or freeze rule that decided, e.g. `windows.normal` or `windows.freezes[0]`. */
  rule: string;
  reason: string;
  /** The local time the windows were evaluated at, e.g. `Tue 2026-03-31 10:15 Europe/London`. */
  localTime: string;
}

export type Ecosystem = (typeof ECOSYSTEMS)[number];


export interface DependencyChange {
  ecosystem: Ecosystem;
  name: string;
  /**
   * `added`: new to the manifests or lockfiles; `source-changed`: now comes from a different
   * source (a registry package replaced by a git fork, a workspace package by a registry one);
   * `moved`: same package, other sections (for example devDependencies to dependencies).
   */
  change: (typeof DEPENDENCY_CHANGES)[number];
  /** Declared in a manifest (or a lockfile's importers); false for packages only a lockfile names. */
  direct: boolean;
  /** Only in development sections (devDependencies, dev-dependencies). */
  dev: boolean;
  /** False for workspace and path packages. */
  thirdParty: boolean;
  /** Version requirements, versions or sections before and after, as the change kind implies. */
  from?: string;
  to?: string;
  evidence: Evidence[];
}

/** What the classify engine decides. */
export interface ChangeRecord {
  changeType: ChangeType;
  /** Emergencies only, when a severity signal was given. */
  severity?: Severity;
  securityRelevant: boolean;
  special: SpecialKind[];
  /** A major change: a breaking commit, a major dependency bump, or (by policy) a change that cannot be rolled back. */
  major: boolean;
  rollbackSafe: boolean;
  rollbackUnsafeReasons: Finding[];
  window: WindowVerdict;
  triggers: Trigger[];
  decisions: Decision[];
  dependencies: DependencyChange[];
  /** The policy's label names for this record. */
  labels: string[];
}

/** The record file: the decision with the change it is about and the policy it was made under. */
export interface ChangeRecordDocument {
  kind: 'change-record';
  version: 1;
  repository: string;
  event: string;
  pullRequest?: number;
  /** The base and head the change was read between, and the commit the diff was taken from. */
  base: string;
  head: string;
  diffBase: string;
  gatheredFrom: string;
  apiCalls: number;
  /** Where the policy came from: a file at a ref, or the procedure's defaults. */
  policy: { kind: 'file' | 'defaults'; path: string; ref: string };
  evaluatedAt: string;
  files: number;
  commits: number;
  record: ChangeRecord;
}

export const changeRecordContract: Contract<ChangeRecordDocument> = {
  kind: 'change-record',
  version: 1,
  producer: 'the record-path file of classify-change',
  schema: changeRecordSchema,
  validate,
};

/** What a deploy needs from a record. The schema makes every fact required: none is guessed. */
export interface DeployFacts {
  changeType: ChangeType;
  rollbackSafe: boolean;
  rollbackUnsafeReasons: string[];
  securityRelevant: boolean;
}

export function deployFacts(document: ChangeRecordDocument): DeployFacts {
  const { record } = document;
  return {
    changeType: record.changeType,
    // A record that lists reasons against rollback is not rollback-safe, whatever the flag says.
    rollbackSafe: record.rollbackSafe && record.rollbackUnsafeReasons.length === 0,
    rollbackUnsafeReasons: record.rollbackUnsafeReasons.map((f) => f.reason),
    securityRelevant: record.securityRelevant,
  };
}
