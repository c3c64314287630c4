/**
 * The watch stage of `npm run demo`: the normal change of the lifecycle pushed to main and
 * deployed the way a provii repository deploys, `.github/workflows/deploy-worker.yml` through the
 * workflow runner (test/demo/pipeline.ts). After wrangler-deploy-verify proved the new version
 * answers, this bundle watches it for the repository policy's 4-second window, every second: the
 * error rate from the real Worker's own request logs in the Loki stand-in, against the previous
 * version's, and the synthetic probes. The new version is as good as the previous one: healthy,
 * nothing rolled back, and the verdict file the bundle wrote is the change's `monitor-verdict`.
 *
 * Returns whether every verdict was the expected one.
 */
import { readFileSync } from 'node:fs';
import { monitorVerdictContract, parse } from '@change-actions/change-record';
import { describeRun, VERSIONS, type DeployPipeline, type Show } from '../../../test/demo/pipeline.ts';

export async function postDeployMonitorStage(show: Show, pipeline: DeployPipeline): Promise<boolean> {
  const { run, job, pipeline: step, step: inner } = await pipeline.deploy('normal');
  process.stdout.write(`\n${describeRun(run)}`);
  const monitor = inner('monitor');
  show('post-deploy-monitor in deploy-worker.yml: the normal change watched for 4 s, every second', monitor);
  const file = monitor.outputs['verdict-file'];
  const verdict = file ? parse(monitorVerdictContract, readFileSync(file, 'utf8'), file) : undefined;
  return (
    run.conclusion === 'success' &&
    job.result === 'success' &&
    inner('deploy').outputs['healthy'] === 'true' &&
    monitor.conclusion === 'success' &&
    monitor.outputs['verdict'] === 'healthy' &&
    verdict?.verdict === 'healthy' &&
    verdict.version_id === VERSIONS.normal &&
    // The watch measured the Worker's logs in Loki, not only the probes.
    verdict.metrics.some((m) => m.source === 'loki' && m.status === 'healthy' && (m.samples ?? 0) >= m.min_samples) &&
    inner('rollback').conclusion === 'skipped' &&
    step.outputs['rolled-back'] !== 'true' &&
    pipeline.live().join() === VERSIONS.normal
  );
}
