/**
 * The required status checks of the base branch and their state on the head commit, for the
 * sole-operator mode (a self-review counts only with passing CI). Required contexts come from the
 * branch's rulesets and its classic protection; their state from check runs and commit statuses.
 * The gate's own check is left out: it cannot vouch for itself.
 */
import type { GitHubClient } from '@change-actions/action-kit/github';
import type { RequiredChecks } from '@change-actions/gate';
import { call } from './api.ts';

export interface ChecksRequest {
  owner: string;
  repo: string;
  baseRef: string;
  headSha: string;
  checkName: string;
}

type State = 'success' | 'pending' | 'failure';

export async function requiredChecks(github: GitHubClient, request: ChecksRequest): Promise<{ state: RequiredChecks; contexts: string[] }> {
  const { owner, repo, baseRef: branch, headSha: ref, checkName } = request;
  const rules = await call(`reading the rules of the branch ${branch}`, 'metadata: read', () =>
    github.paginate(github.rest.repos.getBranchRules, { owner, repo, branch, per_page: 100 }),
  );
  const fromRules = rules.flatMap((rule) =>
    rule.type === 'required_status_checks' ? (rule.parameters?.required_status_checks ?? []).map((check) => check.context) : [],
  );
  const { data: protectedBranch } = await call(`reading the branch ${branch}`, 'contents: read', () => github.rest.repos.getBranch({ owner, repo, branch }));
  const classic = protectedBranch.protection?.required_status_checks;
  const fromProtection = [...(classic?.contexts ?? []), ...(classic?.checks ?? []).map((check) => check.context)];
  // Its own check, under the name for any base (`<name> (<base>)`), cannot vouch for itself.
  const contexts = [...new Set([...fromRules, ...fromProtection])].filter((context) => context !== checkName && !context.startsWith(`${checkName} (`));
  if (contexts.length === 0) return { state: 'none', contexts };

  const runs: Array<{ name: string; status: string; conclusion: string | null }> = [];
  for (let page = 1; ; page++) {
    const { data } = await call(`listing the check runs of ${ref.slice(0, 12)}`, 'checks: read', () =>
      github.rest.checks.listForRef({ owner, repo, ref, filter: 'latest', per_page: 100, page }),
    );
    runs.push(...data.check_runs);
    if (runs.length >= data.total_count) break;
    if (data.check_runs.length === 0) throw new Error(`the API listed ${runs.length} of the ${data.total_count} check runs of ${ref.slice(0, 12)}`);
  }
  const statuses: Array<{ context: string; state: string }> = [];
  for (let page = 1; ; page++) {
    const { data } = await call(`reading the commit statuses of ${ref.slice(0, 12)}`, 'statuses: read', () =>
      github.rest.repos.getCombinedStatusForRef({ owner, repo, ref, per_page: 100, page }),
    );
    statuses.push(...data.statuses);
    if (statuses.length >= data.total_count) break;
    if (data.statuses.length === 0) throw new Error(`the API listed ${statuses.length} of the ${data.total_count} commit statuses of ${ref.slice(0, 12)}`);
  }

  const states = contexts.map((context): State => {
    const found: State[] = [
      ...runs.filter((run) => run.name === context).map((run): State => {
        if (run.status !== 'completed') return 'pending';
        return run.conclusion === 'success' || run.conclusion === 'neutral' || run.conclusion === 'skipped' ? 'success' : 'failure';
      }),
      ...statuses.filter((status) => status.context === context).map((status): State => (status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure')),
    ];
    if (found.includes('failure')) return 'failure';
    if (found.includes('success')) return 'success';
    return 'pending'; // not reported yet
  });
  const state: RequiredChecks = states.includes('failure') ? 'failure' : states.includes('pending') ? 'pending' : 'success';
  return { state, contexts };
}
