/**
 * What the end-to-end workflow tests share: webhook payloads shaped for a change made in a real
 * temporary repository, a Worker project as a provii repository has one, the stand-ins and the
 * Worker a deploy runs against, and the environment that keeps npm and the actions off the network.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chooseVersionIds, serveDeployments, type RecordedDeployment } from '../../actions/wrangler-deploy-verify/test/support.ts';
import { startCloudflareStandIn, type CloudflareStandIn } from '../harness/cloudflare-standin.ts';
import { webhookExample } from '../harness/events.ts';
import { TempRepo } from '../harness/git-repo.ts';
import { startGitHubStandIn, type GitHubStandIn } from '../harness/github-standin.ts';
import { startWorkerDev, wranglerCli, type WorkerDev } from '../harness/worker-dev.ts';
import { repoRoot } from '../harness/paths.ts';

/** The real wrangler package a Worker project's devDependencies link to (npm installs it offline). */
export const wranglerPackage = dirname(dirname(wranglerCli));
export const testWorkerMain = join(repoRoot, 'test', 'worker', 'src', 'index.ts');

/** npm as the runner would have it, but offline and quiet: it may only link local packages. */
export const offlineNpm: Record<string, string> = {
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'warn',
};

/** What a deploy workflow test runs against: the Cloudflare and GitHub stand-ins and the test Worker. */
export interface DeployLab {
  cf: CloudflareStandIn;
  gh: GitHubStandIn;
  /** The test Worker under `wrangler dev`, answering as version `good`. */
  dev: WorkerDev;
  /** The GitHub Deployments the runs create, by id. */
  deployments: Map<number, RecordedDeployment>;
  /** Chooses the ids of the versions the Cloudflare stand-in makes for a Worker, in order. */
  chooseIds: (worker: string, ...ids: string[]) => void;
  stop(): Promise<void>;
}

export async function startDeployLab(good: string): Promise<DeployLab> {
  const [cf, gh] = await Promise.all([startCloudflareStandIn(), startGitHubStandIn()]);
  const deployments = serveDeployments(gh);
  const chooseIds = chooseVersionIds(cf);
  let dev: WorkerDev;
  try {
    dev = await startWorkerDev({ vars: { VERSION_ID: good }, env: cf.env });
  } catch (error) {
    await Promise.all([cf.close(), gh.close()]);
    throw error;
  }
  return {
    cf,
    gh,
    dev,
    deployments,
    chooseIds,
    async stop() {
      await dev.stop();
      await Promise.all([cf.close(), gh.close()]);
    },
  };
}

/** A push of `before..after` to `ref`, the real example payload with this change's commits. */
export function pushEvent(repo: TempRepo, before: string, after: string, ref = 'refs/heads/main'): Record<string, any> {
  const event = webhookExample('push', undefined, (e) => e['ref'] === 'refs/heads/master' && e['after'] !== '0'.repeat(40));
  const message = repo.git('log', '-1', '--format=%B', after);
  event['ref'] = ref;
  event['created'] = false;
  event['deleted'] = false;
  event['forced'] = false;
  event['before'] = before;
  event['after'] = after;
  event['head_commit'] = { ...event['head_commit'], id: after, tree_id: repo.git('rev-parse', `${after}^{tree}`), message };
  event['commits'] = repo
    .git('rev-list', '--reverse', `${before}..${after}`)
    .split('\n')
    .filter(Boolean)
    .map((sha) => ({ ...event['head_commit'], id: sha, message: repo.git('log', '-1', '--format=%B', sha) }));
  return event;
}

/**
 * A provii-style Worker project in a real repository: wrangler.toml naming `name` and the test
 * Worker's code, a package.json whose devDependencies link the real wrangler (with the lockfile
 * npm wrote for it), smoke tests and a first commit. `extra` is appended to wrangler.toml's
 * production environment.
 */
export function workerRepository(name: string, extra = ''): TempRepo {
  const repo = new TempRepo();
  repo.write('package.json', JSON.stringify({ name, version: '1.0.0', private: true, devDependencies: { wrangler: `file:${wranglerPackage}` } }, null, 2) + '\n');
  execFileSync('npm', ['install', '--package-lock-only'], { cwd: repo.dir, env: { ...process.env, ...offlineNpm }, stdio: 'pipe' });
  writeFileSync(join(repo.dir, '.gitignore'), 'node_modules/\n');
  repo.commit('chore: start the Worker\n\nThe project as it was deployed last.\n', {
    'wrangler.toml': wranglerToml(name, extra),
    '.github/smoke-tests.yml': SMOKE_TESTS,
  });
  return repo;
}

/**
 * The Worker's wrangler.toml with an `env.production` (the environment deploy.yml deploys, as the
 * Worker `<name>-production`); `production` is appended to that section.
 */
export function wranglerToml(name: string, production = ''): string {
  return `name = "${name}"\nmain = "${testWorkerMain}"\ncompatibility_date = "2026-11-01"\n\n[env.production.version_metadata]\nbinding = "CF_VERSION_METADATA"\n${production}`;
}

/**
 * A change policy with the procedure's triggers and a short watch (4 seconds, every second), so a
 * deploy is watched in seconds. The one test Worker under `wrangler dev` logs as itself, whatever
 * name it is deployed under.
 */
export const SHORT_WATCH_POLICY = `version: 1
monitor:
  window: 4s
  interval: 1s
  loki:
    selector: '{service_name="provii-test-worker"}'
  metrics:
    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 10 }
    - { name: synthetic, source: probes, template: synthetic, threshold: { kind: absolute, operator: "<", value: 1 } }
`;

/** A KV namespace binding of the production environment. */
export const SESSIONS_KV = '\n[[env.production.kv_namespaces]]\nbinding = "SESSIONS"\nid = "0f2ac74b498b48028cb68387c421e279"\n';

const SMOKE_TESTS = `version: 1
tests:
  - name: health document
    path: /health
    critical: true
    expect: { json: { status: ok } }
`;
