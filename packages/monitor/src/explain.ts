/** The watch's verdict in the shared explainable shape (`@change-actions/result`). */
import type { MeasurementStatus, MonitorVerdict, MonitorVerdictKind } from '@change-actions/change-record';
import { explained, type Explained, type ResultStatus } from '@change-actions/result';

const VERDICT: Record<MonitorVerdictKind, ResultStatus> = { healthy: 'pass', breached: 'fail', inconclusive: 'pending', failed: 'error' };
const MEASUREMENT: Record<MeasurementStatus, ResultStatus> = { healthy: 'pass', breached: 'fail', inconclusive: 'pending', error: 'error' };

/**
 * The verdict (a verdict document or the watch's conclusion) with one child per metric, its
 * value against its threshold as evidence. `inconclusive` is pending, never a pass.
 */
export function explainWatch(verdict: Pick<MonitorVerdict, 'verdict' | 'reason' | 'metrics'>): Explained {
  return explained(
    VERDICT[verdict.verdict],
    'post-deploy-monitor',
    verdict.reason,
    [],
    verdict.metrics.map((m) =>
      explained(MEASUREMENT[m.status], m.name, m.reason, [
        { note: `${m.source}: ${m.value ?? 'no value'} against ${m.threshold.operator} ${m.threshold.value}${m.threshold.kind === 'relative' ? ' × baseline' : ''}, ${m.samples ?? 0} of ${m.min_samples} samples` },
      ]),
    ),
  );
}
