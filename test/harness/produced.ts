/**
 * Artifacts as their producing bundles really write them, for the tests of the actions that read
 * them: never a hand-written copy of another action's file.
 */
import { TempRepo } from './git-repo.ts';
import { runAction, type RunResult } from './run-action.ts';

export interface ClassifiedChange {
  /** The record-path file classify-change wrote. */
  recordPath: string;
  run: RunResult;
  repo: TempRepo;
}

/**
 * Commits `base`, then `head` on top (files given whole; `null` deletes one), and runs the
 * classify-change bundle on the pair from local git, as a workflow_dispatch with base and head.
 * The repository is removed by `remove()` on the result's repo; the record lives in the run's
 * RUNNER_TEMP until the test process exits.
 */
export async function classifiedChange(
  base: Record<string, string>,
  head: Record<string, string | null>,
  options: { message?: string; now?: string; policy?: string } = {},
): Promise<ClassifiedChange> {
  const repo = new TempRepo();
  const baseSha = repo.commit('chore: start\n\nThe project before the change.\n', {
    ...base,
    ...(options.policy ? { '.github/change-policy.yml': options.policy } : {}),
  });
  for (const [path, content] of Object.entries(head)) if (content === null) repo.git('rm', '-q', path);
  const headSha = repo.commit(options.message ?? 'feat: change the Worker\n\nThe change under test.\n', Object.fromEntries(Object.entries(head).filter((e): e is [string, string] => e[1] !== null)));
  const run = await runAction({
    action: 'classify-change',
    eventName: 'workflow_dispatch',
    event: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'maelstrom/provii-verifier', name: 'provii-verifier', owner: { login: 'maelstrom' } } },
    cwd: repo.dir,
    inputs: { base: baseSha, head: headSha, 'sync-labels': 'false', now: options.now ?? '2026-03-31T11:00:00Z' },
    env: { GITHUB_REPOSITORY: 'maelstrom/provii-verifier' },
  });
  if (run.exitCode !== 0 || !run.outputs['record-path']) {
    repo.remove();
    throw new Error(`classify-change did not write a record (exit ${run.exitCode}):\n${run.stderr}\n${run.log.join('\n')}`);
  }
  return { recordPath: run.outputs['record-path'], run, repo };
}

/** A wrangler.toml of the test Worker, and the same with a Durable Object migration added. */
export const wranglerConfigs = {
  plain: 'name = "provii-verifier"\nmain = "src/index.ts"\ncompatibility_date = "2026-01-01"\n',
  migration:
    'name = "provii-verifier"\nmain = "src/index.ts"\ncompatibility_date = "2026-01-01"\n\n[[durable_objects.bindings]]\nname = "LIMITER"\nclass_name = "Limiter"\n\n[[migrations]]\ntag = "v1"\nnew_classes = ["Limiter"]\n',
};
