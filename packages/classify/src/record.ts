/**
 * The change record: what `classify` decides and why. Its shapes belong to the contract between
 * actions (`@change-actions/change-record`), so the deploy, the gate and the metrics read the same
 * types classify writes.
 */
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
} from '@change-actions/change-record';
