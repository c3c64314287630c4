/**
 * From the monitor's breach to the verified restore: the auto-revert-on-threshold bundle run as the
 * runner runs it, real wrangler against the Cloudflare API stand-in, the real test Worker under
 * `wrangler dev` answering with errors as the bad version, real git with a local bare remote and
 * the GitHub stand-in. The procedure's target is 5 minutes; ours is under one. "Our own time" is
 * the run's wall time less what the wrangler processes took (each costs about a second to start
 * and then waits on the API).
 */
import { Lab, readIncident } from '../actions/auto-revert-on-threshold/test/support.ts';

const RUNS = 3;
const GOOD = '600d0000-0000-4000-8000-0000000000b1';
const BAD = 'bad00000-0000-4000-8000-0000000000b2';
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

export default async function rollbackBench(): Promise<void> {
  const lab = new Lab();
  await lab.start();
  try {
    const p = lab.project('provii-bench-rollback');
    const good = await lab.deploy(p, GOOD);
    const bad = await lab.deploy(p, BAD);
    if (good.run.exitCode !== 0 || bad.run.exitCode !== 0) throw new Error('the deploys for the benchmark failed');
    await lab.markBad(p.name, BAD);
    const afterBad = lab.snapshot(p.name);
    const restore: number[] = [];
    const wall: number[] = [];
    const own: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await lab.restoreSnapshot(p.name, afterBad);
      lab.resetGitHub();
      const repo = lab.repository();
      const { file } = await lab.watch(BAD, GOOD, p.name);
      const started = performance.now();
      const r = await lab.revert({ plan: bad.planFile, verdict: file, repo, config: p.config });
      const elapsed = (performance.now() - started) / 1000;
      if (r.outputs['rolled-back'] !== 'true') throw new Error(`run ${i + 1} did not roll back: ${r.stderr}`);
      const wrangler = r.commands
        .filter((c) => c.command === 'group' && c.message.startsWith('wrangler '))
        .map((c) => Number(/, ([\d.]+) s\)$/.exec(c.message)?.[1] ?? 0))
        .reduce((a, b) => a + b, 0);
      restore.push(Number(readIncident(r)!['times']['time_to_restore_seconds']));
      wall.push(elapsed);
      own.push(elapsed - wrangler);
    }
    const f = (n: number) => n.toFixed(1);
    process.stdout.write(`breach to verified restore (median of ${RUNS}): ${f(median(restore))} s (procedure target 300 s; ours < 60 s)\n`);
    process.stdout.write(`the action's run: ${f(median(wall))} s, of which our own time (outside wrangler): ${f(median(own))} s\n`);
    process.stdout.write(`runs: ${restore.map(f).join(' s, ')} s\n`);
  } finally {
    await lab.stop();
  }
}
