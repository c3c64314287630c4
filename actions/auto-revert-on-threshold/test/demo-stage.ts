/**
 * The last stage of `npm run demo`: a bad deploy caught and undone. Real wrangler against the
 * Cloudflare API stand-in, the real test Worker under `wrangler dev`, both bundles run as the runner
 * runs them, real git with a local bare remote and the GitHub stand-in.
 *
 *   1. Version GOOD deployed and verified; then version BAD deployed and verified.
 *   2. BAD starts answering with errors; the watch sees it (error rate > 5 %).
 *   3. auto-revert-on-threshold restores GOOD, proves it serves, opens the incident and the revert
 *      pull request.
 */
import type { RunResult } from '../../../test/harness/run-action.ts';
import { Lab } from './support.ts';

const GOOD = '600d0000-0000-4000-8000-00000000de01';
const BAD = 'bad00000-0000-4000-8000-00000000de02';

export async function autoRevertStage(show: (title: string, result: RunResult) => void): Promise<boolean> {
  const lab = new Lab();
  await lab.start();
  try {
    const p = lab.project('provii-verifier');
    const good = await lab.deploy(p, GOOD);
    const bad = await lab.deploy(p, BAD);
    show('wrangler-deploy-verify: version BAD deployed (it passes its checks at first)', bad.run);
    await lab.markBad(p.name, BAD);
    const watched = await lab.watch(BAD, GOOD, p.name);
    process.stdout.write(`\nthe watch: ${watched.verdict.verdict}: ${watched.verdict.reason}\n`);
    const repo = lab.repository();
    const r = await lab.revert({ plan: bad.planFile, verdict: watched.file, repo, config: p.config });
    show('auto-revert-on-threshold: the breach rolled back automatically, verified, main reverted by pull request', r);
    const live = lab.cf.state.activeDeployment(p.name)!.versions;
    return good.run.exitCode === 0 && r.exitCode === 0 && r.outputs['rolled-back'] === 'true' && live.length === 1 && live[0]!.version_id === GOOD && r.outputs['revert-pr'] !== '';
  } finally {
    await lab.stop();
  }
}
