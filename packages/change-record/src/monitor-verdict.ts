/**
 * The monitor verdict: how one version did in its first minutes (post-deploy-monitor's
 * `verdict-file`), read by auto-revert-on-threshold to decide whether to roll back, and by
 * auditors. Every query sent is recorded, so the watch can be rerun.
 */
import type { Contract } from './contract.ts';
import validate from './generated/validate-monitor-verdict.js';
import { monitorVerdictSchema } from './schemas.ts';
import { MEASUREMENT_STATUSES, MONITOR_VERDICTS, ROLLBACK_TRIGGERS, type RollbackTrigger, type Threshold } from './vocabulary.ts';

export { MEASUREMENT_STATUSES, MONITOR_VERDICTS, ROLLBACK_TRIGGERS, type RollbackTrigger, type Threshold };
export type MonitorVerdictKind = (typeof MONITOR_VERDICTS)[number];
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export interface Breach {
  metric: string;
  trigger: RollbackTrigger;
  value: number | null;
  threshold: Threshold;
  baseline: number | null;
  samples: number | null;
  /** When the source first saw the breached sample. */
  at: string;
  reason: string;
}

export interface MetricResult {
  name: string;
  source: string;
  status: MeasurementStatus;
  threshold: Threshold;
  value: number | null;
  baseline: number | null;
  samples: number | null;
  min_samples: number;
  reason: string;
}

export interface MonitorVerdict {
  kind: 'monitor-verdict';
  version: 1;
  verdict: MonitorVerdictKind;
  reason: string;
  service: string;
  environment: string | null;
  version_id: string;
  previous_version_id: string | null;
  window: { started_at: string; ended_at: string; planned_seconds: number; interval_seconds: number; initial_delay_seconds: number };
  /** True only when the watch ran its whole window: a watch cut short is not evidence of health. */
  complete: boolean;
  baseline: { kind: 'same-minutes' | 'before-deploy' | 'none'; reason: string };
  metrics: MetricResult[];
  breaches: Breach[];
  intervals: Array<{ at: string; measurements: Array<{ metric: string; status: MeasurementStatus; value: number | null; baseline: number | null; samples: number | null }> }>;
  queries: Array<{ source: string; metric: string; request: string; sent_at: string; outcome: string }>;
  policy: { kind: 'file' | 'defaults'; path: string; ref: string };
  dry_run: boolean;
  recorded_at: string;
}

export const monitorVerdictContract: Contract<MonitorVerdict> = {
  kind: 'monitor-verdict',
  version: 1,
  producer: 'the verdict-file of post-deploy-monitor',
  schema: monitorVerdictSchema,
  validate,
};

/**
 * Whether a verdict may be taken as health. Only `healthy` from a complete watch with no breach
 * and every metric healthy is: anything else (cut short, a breach recorded beside `healthy`, an
 * inconclusive metric) is not, whatever the verdict word says.
 */
export function provesHealth(verdict: MonitorVerdict): boolean {
  return verdict.verdict === 'healthy' && verdict.complete && verdict.breaches.length === 0 && verdict.metrics.length > 0 && verdict.metrics.every((m) => m.status === 'healthy');
}
