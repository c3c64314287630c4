/**
 * The change record: what `classify` decides and why. Every conclusion carries the policy rule that
 * produced it, a reason a reviewer can read, and evidence pointing at files and lines.
 */

export type ChangeType = 'standard' | 'normal' | 'emergency';
export type Severity = 'P0' | 'P1' | 'P2' | 'P3';

/** The procedure's special change types, each with extra requirements. */
export type SpecialKind = 'cryptographic' | 'infrastructure' | 'access-control';

/**
 * The procedure's security review triggers, plus `security-commit` (a commit typed `security`) and
 * `unverified` (part of the change could not be inspected, so it is treated as sensitive).
 */
export type TriggerKind =
  | 'authentication'
  | 'cryptography'
  | 'crypto-parameters'
  | 'third-party-dependency'
  | 'infrastructure'
  | 'access-control'
  | 'security-commit'
  | 'unverified';

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

export type Ecosystem = 'cargo' | 'npm';

export interface DependencyChange {
  ecosystem: Ecosystem;
  name: string;
  /**
   * `added`: new to the manifests or lockfiles; `source-changed`: now comes from a different
   * source (a registry package replaced by a git fork, a workspace package by a registry one);
   * `moved`: same package, other sections (for example devDependencies to dependencies).
   */
  change: 'added' | 'removed' | 'bumped' | 'major-bump' | 'source-changed' | 'moved';
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
