/**
 * @change-actions/classify: the decision engine of `classify-change`. Pure and synchronous: a
 * policy and a snapshot of a change in, a change record out. No I/O.
 */
export { classify, filesNeedingContent } from './classify.ts';
export { explainChangeRecord } from './explain.ts';
// The classify and windows sections of the change policy live in @change-actions/policy; they are
// re-exported here for callers of the engine.
export {
  ClassifyPolicyError,
  classifyPolicySchema,
  defaultClassifyPolicy,
  type ClassifyPolicyDocument,
  type ChangeTypePolicy,
  type ClassifyPolicy,
  type EmergencyPolicy,
  type FindingLevel,
  type Freeze,
  type OneOffFreeze,
  type TimeWindow,
  type WeeklyFreeze,
  type Weekday,
  type WindowsPolicy,
  type YearlyFreeze,
} from '@change-actions/policy';
export { toClassifyPolicy } from '@change-actions/policy/convert';
export type {
  ChangeRecord,
  ChangeType,
  Decision,
  DependencyChange,
  Ecosystem,
  Evidence,
  Finding,
  Severity,
  SpecialKind,
  Trigger,
  TriggerKind,
  WindowVerdict,
} from './record.ts';
export {
  commitTypes,
  type ChangeSnapshot,
  type ChangedFile,
  type CommitHeader,
  type CommitType,
  type DiffLine,
  type EventKind,
  type FileStatus,
} from './snapshot.ts';
