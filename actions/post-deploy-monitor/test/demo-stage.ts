/**
 * The watch stage of `npm run demo`: the real test Worker under `wrangler dev` answering traffic
 * and logging each request in the Logpush shape, the lines pushed to the Loki stand-in, the bundle
 * run as the runner runs it, with a 4-second window measured every second.
 *
 *   1. A new version as good as the previous one: healthy after the whole window.
 *   2. A new version answering 500: breached in the first interval, the step fails.
 *
 * Returns whether both verdicts were the expected ones.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { forwardLogpush } from '../../../test/harness/logpush.ts';
import { startLokiStandin } from '../../../test/harness/loki-standin.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import { startWorkerDev } from '../../../test/harness/worker-dev.ts';

const NEW = 'de30de30-0000-4000-8000-000000000002';
const OLD = 'de30de30-0000-4000-8000-000000000001';
const POLICY = `version: 1
monitor:
  window: 4s
  interval: 1s
  metrics:
    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 10 }
    - { name: latency-p50, source: loki, template: latency-p50, threshold: { kind: relative, operator: ">", value: 2 }, min-samples: 10 }
    - { name: synthetic, source: probes, template: synthetic, threshold: { kind: absolute, operator: "<", value: 1 } }
`;

export async function postDeployMonitorStage(show: (title: string, result: RunResult) => void): Promise<boolean> {
  const loki = await startLokiStandin({ tenant: 'demo' });
  const worker = await startWorkerDev({ vars: { VERSION_ID: OLD } });
  const logpush = forwardLogpush(() => worker.output(), loki.url, 'demo');
  const repo = new TempRepo();
  const temp = mkdtempSync(join(tmpdir(), 'monitor-demo-'));
  let running = true;
  const loop = async () => {
    while (running) await fetch(`${worker.url}/`).then((r) => r.arrayBuffer()).catch(() => undefined);
  };
  const loops = [loop(), loop()];
  try {
    const sha = repo.commit('chore: add the change policy\n\nA short watch for the demo.', { '.github/change-policy.yml': POLICY });
    const watch = async (behaviour: Record<string, unknown>) => {
      await worker.control({ version: OLD, delayMs: 50 });
      await new Promise((resolve) => setTimeout(resolve, 4_200));
      await worker.control({ version: NEW, delayMs: 50, ...behaviour });
      return runAction({
        action: 'post-deploy-monitor',
        inputs: {
          service: 'provii-test-worker',
          'version-id': NEW,
          'previous-version-id': OLD,
          'loki-url': loki.url,
          'loki-tenant': 'demo',
          url: worker.url,
          'deployed-at': new Date().toISOString(),
          'policy-ref': sha,
          'repository-path': repo.dir,
          'verdict-path': join(temp, 'verdict.json'),
        },
        killAfterMs: 60_000,
      });
    };
    const healthy = await watch({});
    show('post-deploy-monitor: a new version as good as the previous one (4 s window, every second)', healthy);
    const breached = await watch({ status: 500 });
    show('post-deploy-monitor: a new version answering 500', breached);
    return healthy.outputs['verdict'] === 'healthy' && healthy.exitCode === 0 && breached.outputs['verdict'] === 'breached' && breached.exitCode === 1;
  } finally {
    running = false;
    await Promise.all(loops);
    await logpush.stop();
    await worker.stop();
    await loki.close();
    repo.remove();
    rmSync(temp, { recursive: true, force: true });
  }
}
