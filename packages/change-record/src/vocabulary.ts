/**
 * The words artifacts share, each list in one place: the types and the schemas are made from them.
 * Plain data and types only, importing nothing (`@change-actions/change-record/vocabulary`): the
 * policy package takes the rollback triggers and the threshold from here without loading the
 * contract's readers or their validators.
 */

export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;

export const SEVERITIES = ['P0', 'P1', 'P2', 'P3'] as const;

/** The procedure's special change types, each with extra requirements. */
export const SPECIAL_KINDS = ['cryptographic', 'infrastructure', 'access-control'] as const;

/**
 * The procedure's security review triggers, plus `security-commit` (a commit typed `security`) and
 * `unverified` (part of the change could not be inspected, so it is treated as sensitive).
 */
export const TRIGGER_KINDS = [
  'authentication',
  'cryptography',
  'crypto-parameters',
  'third-party-dependency',
  'infrastructure',
  'access-control',
  'security-commit',
  'unverified',
] as const;

/** Where a dependency is declared: Rust, JavaScript, and the mobile app's Gradle, Swift Package Manager and CocoaPods. */
export const ECOSYSTEMS = ['cargo', 'npm', 'gradle', 'swift', 'cocoapods'] as const;

export const DEPENDENCY_CHANGES = ['added', 'removed', 'bumped', 'major-bump', 'source-changed', 'moved'] as const;

/** A watch's verdict (post-deploy-monitor), after Argo Rollouts' analysis phases. */
export const MONITOR_VERDICTS = ['healthy', 'breached', 'inconclusive', 'failed'] as const;

/** One measurement of one metric in one interval. `error`: the query failed or gave no usable number. */
export const MEASUREMENT_STATUSES = ['healthy', 'breached', 'inconclusive', 'error'] as const;

/** The procedure's rollback triggers ("Rollback Triggers"), as the suite names them. */
export const ROLLBACK_TRIGGERS = [
  'error rate > 5 %',
  'critical functionality broken',
  'security issue introduced',
  'performance degradation > 50 %',
] as const;
export type RollbackTrigger = (typeof ROLLBACK_TRIGGERS)[number];

/** `absolute`: the value itself; `relative`: the value over the baseline, as a ratio (1.5 = 50 % worse). */
export const THRESHOLD_KINDS = ['absolute', 'relative'] as const;
/** The value breaches when `value <operator> threshold`. */
export const THRESHOLD_OPERATORS = ['>', '>=', '<', '<='] as const;

/** A metric's rollback threshold: in the policy's `monitor` section and in every monitor verdict. */
export interface Threshold {
  /** `absolute`: the value itself; `relative`: the value over the baseline (1.5 = 50 % worse). */
  kind: (typeof THRESHOLD_KINDS)[number];
  /** The value breaches when `value <operator> threshold`. */
  operator: (typeof THRESHOLD_OPERATORS)[number];
  value: number;
}

/** The JSON Schema of a `Threshold` (the policy's fragment adds `additionalProperties: false`). */
export const thresholdSchema = {
  type: 'object',
  required: ['kind', 'operator', 'value'],
  properties: {
    kind: { enum: [...THRESHOLD_KINDS] },
    operator: { enum: [...THRESHOLD_OPERATORS] },
    value: { type: 'number' },
  },
} as const;

/** What started an automatic rollback (auto-revert-on-threshold's `trigger`). */
export const INCIDENT_TRIGGERS = ['breached', 'failed', 'deploy-failed', 'manual', 'inconclusive'] as const;

export const ROLLBACK_OUTCOMES = ['restored', 'refused', 'failed', 'not-attempted', 'dry-run'] as const;
export const REVERT_OUTCOMES = ['pull-request', 'pushed', 'conflict', 'failed', 'not-attempted', 'dry-run'] as const;
