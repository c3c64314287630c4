/**
 * @change-actions/classify: the decision engine of `classify-change`. Pure and synchronous: a
 * policy and a snapshot of a change in, a change record out. No I/O.
 */
export { classify, filesNeedingContent } from './classify.ts';
export { toClassifyPolicy, type ClassifyPolicyDocument } from './document.ts';
export { ClassifyPolicyError } from './errors.ts';
export {
  defaultClassifyPolicy,
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
} from './policy.ts';
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
export { classifyPolicySchema } from './schema.ts';
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
