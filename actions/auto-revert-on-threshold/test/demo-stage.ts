/**
 * The rollback stage of `npm run demo`: the security change of the lifecycle pushed to main and
 * deployed through `.github/workflows/deploy-worker.yml` in the workflow runner
 * (test/demo/pipeline.ts). Its version passes the deploy's verification, then answers 500 to
 * everything: post-deploy-monitor sees the error rate breach in the real Worker's request logs in
 * the Loki stand-in, and this bundle rolls back with the real wrangler CLI against the Cloudflare
 * stand-in to the version the rollback plan recorded (the normal change's), proves that version
 * answers, opens the incident issue (with the incident label, on the lifecycle's GitHub stand-in,
 * where change-metrics counts it) and the revert pull request. The job is red, as it should be.
 *
 * Returns whether every verdict was the expected one.
 */
import { readFileSync } from 'node:fs';
import { extractIncident, incidentContract, monitorVerdictContract, parse } from '@change-actions/change-record';
import { describeRun, VERSIONS, type DeployPipeline, type Show } from '../../../test/demo/pipeline.ts';
import type { Lifecycle } from '../../../test/demo/lifecycle.ts';

export async function autoRevertStage(show: Show, pipeline: DeployPipeline, lifecycle: Lifecycle): Promise<boolean> {
  const incidentsBefore = lifecycle.world.incidents.length;
  const { run, job, pipeline: step, step: inner } = await pipeline.deploy('security', { breaks: true });
  process.stdout.write(`\n${describeRun(run)}`);
  const monitor = inner('monitor');
  const verdictFile = monitor.outputs['verdict-file'];
  const verdict = verdictFile ? parse(monitorVerdictContract, readFileSync(verdictFile, 'utf8'), verdictFile) : undefined;
  process.stdout.write(`\nthe watch of ${VERSIONS.security}: ${verdict ? `${verdict.verdict} after ${((Date.parse(verdict.window.ended_at) - Date.parse(verdict.window.started_at)) / 1000).toFixed(1)} s of its ${verdict.window.planned_seconds} s: ${verdict.reason}` : 'no verdict'}\n`);
  const rollback = inner('rollback');
  show('auto-revert-on-threshold in deploy-worker.yml: the breach rolled back automatically, verified, main reverted by pull request', rollback);
  const file = rollback.outputs['incident-file'];
  const incident = file ? parse(incidentContract, readFileSync(file, 'utf8'), file) : undefined;
  const issue = lifecycle.world.incidents.slice(incidentsBefore).find((i) => String(i.number) === rollback.outputs['incident']);
  const posted = issue ? extractIncident(issue.body, `issue #${issue.number}`) : undefined;
  const answering = await pipeline.answering();
  process.stdout.write(`\nlive on Cloudflare: ${pipeline.live().join(', ')}; the Worker answers as ${answering ?? 'nothing'}; incident issue #${issue?.number ?? 'none'}\n`);
  return (
    inner('deploy').outputs['healthy'] === 'true' &&
    monitor.outcome === 'failure' &&
    monitor.outputs['verdict'] === 'breached' &&
    verdict?.verdict === 'breached' &&
    verdict.breaches.some((b) => b.metric === 'error-rate') &&
    rollback.conclusion === 'success' &&
    rollback.outputs['rolled-back'] === 'true' &&
    rollback.outputs['target-version-id'] === VERSIONS.normal &&
    rollback.outputs['revert-pr'] !== '' &&
    step.outputs['rolled-back'] === 'true' &&
    job.result === 'failure' &&
    run.conclusion === 'failure' &&
    pipeline.live().join() === VERSIONS.normal &&
    answering === VERSIONS.normal &&
    incident?.rollback.verified === true &&
    incident.deployment.version_id === VERSIONS.security &&
    posted?.deployment.version_id === VERSIONS.security
  );
}
