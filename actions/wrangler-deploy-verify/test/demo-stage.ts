/**
 * The deploy stage of `npm run demo`: real wrangler against the Cloudflare API stand-in, the real
 * test Worker under `wrangler dev`, the bundle run as the runner runs it.
 *
 *   1. A healthy deploy of a normal change: the rollback target is recorded, the new version
 *      answers, the smoke tests pass.
 *   2. A deploy the previous version keeps answering: caught, the rollback is recommended; the
 *      plan's command is run as written and strategy verify proves the target answers again.
 *
 * Returns whether every verdict was the expected one. `show` prints a run (the demo's own).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWrangler, startCloudflareStandIn } from '../../../test/harness/cloudflare-standin.ts';
import { repoRoot } from '../../../test/harness/paths.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import { startWorkerDev } from '../../../test/harness/worker-dev.ts';

const ANSWERING = '5e1ec7ed-0000-4000-8000-00000000beef';

export async function wranglerDeployVerifyStage(show: (title: string, result: RunResult) => void): Promise<boolean> {
  const cf = await startCloudflareStandIn();
  const dir = mkdtempSync(join(tmpdir(), 'wdv-demo-'));
  // The Worker under wrangler dev answers as version ANSWERING; each deploy decides which version
  // that is: the new one (healthy) or the one serving before (the old version still answering).
  let nextId: string | undefined;
  const upload = cf.state.uploadVersion.bind(cf.state);
  cf.state.uploadVersion = (name, input) => {
    const version = upload(name, input);
    if (nextId !== undefined) [version.id, nextId] = [nextId, undefined];
    return version;
  };
  const dev = await startWorkerDev({ vars: { VERSION_ID: ANSWERING }, env: cf.env });
  try {
    const config = (name: string) => {
      const file = join(dir, `${name}.toml`);
      writeFileSync(file, `name = "${name}"\nmain = "${join(repoRoot, 'test/worker/src/index.ts')}"\ncompatibility_date = "2026-11-01"\n\n[version_metadata]\nbinding = "CF_VERSION_METADATA"\n`);
      return file;
    };
    const smoke = join(dir, 'smoke-tests.yml');
    writeFileSync(
      smoke,
      'version: 1\ntests:\n  - { name: health document, path: /health, critical: true, expect: { json: { status: ok } } }\n  - { name: sign-in route, path: /smoke/login, check-version: true, expect: { latency-ms: 2000 } }\n',
    );
    const deploy = (name: string, extra: Record<string, string> = {}) =>
      runAction({
        action: 'wrangler-deploy-verify',
        cwd: repoRoot,
        inputs: {
          'working-directory': 'test/worker',
          config: config(name),
          url: dev.url,
          'change-type': 'normal',
          'pull-request': '123',
          'smoke-tests': smoke,
          'health-timeout-seconds': '2',
          // No GitHub API here: the lifecycle's deploys (deploy-worker.yml) record their Deployments.
          'github-deployment': 'false',
          'deploy-freeze': 'off',
          ...extra,
        },
        env: { ...cf.env, CHANGE_ACTIONS_RETRY_BASE_MS: '100' },
      });

    // 1. Healthy.
    const before = upload('provii-verifier');
    cf.state.deploy('provii-verifier', [{ version_id: before.id, percentage: 100 }]);
    nextId = ANSWERING;
    const healthy = await deploy('provii-verifier');
    show('wrangler-deploy-verify: a normal change, deployed and verified', healthy);

    // 2. The old version keeps answering.
    const stuck = upload('provii-issuer');
    stuck.id = ANSWERING;
    cf.state.deploy('provii-issuer', [{ version_id: ANSWERING, percentage: 100 }]);
    const caught = await deploy('provii-issuer', { 'health-timeout-seconds': '1' });
    show('wrangler-deploy-verify: the previous version still answers after the deploy', caught);
    const plan = JSON.parse(caught.outputs['rollback-plan'] ?? '{}') as { argv?: string[]; recommended?: boolean };
    const rolledBack = plan.argv ? await runWrangler(plan.argv.slice(1), { env: cf.env, cwd: join(repoRoot, 'test/worker') }) : undefined;
    const verified = await runAction({
      action: 'wrangler-deploy-verify',
      cwd: repoRoot,
      inputs: { strategy: 'verify', url: dev.url, 'version-id': caught.outputs['previous-version-id'] ?? '', 'github-deployment': 'false' },
    });
    show('wrangler-deploy-verify: after the plan\'s rollback, strategy verify checks the target answers', verified);

    return (
      healthy.exitCode === 0 &&
      healthy.outputs['healthy'] === 'true' &&
      caught.exitCode === 1 &&
      plan.recommended === true &&
      rolledBack?.exitCode === 0 &&
      cf.state.activeDeployment('provii-issuer')?.versions[0]?.version_id === ANSWERING &&
      verified.exitCode === 0
    );
  } finally {
    await dev.stop();
    await cf.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
