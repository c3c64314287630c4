/**
 * The deploy freeze after an automatic rollback: auto-revert-on-threshold leaves the incident
 * issue open (labels incident:auto-rollback and deploy-freeze) and deploys of the environment stay
 * refused until a person other than the author of the change that caused it closes it. An
 * emergency change deploys anyway, and the plan and summary record it as one. Fails closed: a
 * freeze that cannot be read refuses the deploy too (an emergency still goes ahead, recorded).
 */
import type { Deadline } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { ContractError, extractIncident } from '@change-actions/change-record';
import { FREEZE_LABEL, standingFreezes, type Freeze, type IncidentIssue } from '@change-actions/rollback';

export async function readFreezes(options: { token: string; owner: string; repo: string; environment: string | null; deadline: Deadline }): Promise<Freeze[]> {
  const { createGitHubClient } = await import('@change-actions/action-kit/github');
  const api: GitHubClient = await createGitHubClient({ token: options.token, deadline: options.deadline, attemptTimeoutMs: 15_000 });
  const repository = { owner: options.owner, repo: options.repo };
  const { data } = await api.rest.issues.listForRepo({ ...repository, labels: FREEZE_LABEL, state: 'all', sort: 'updated', direction: 'desc', per_page: 30 });
  const issues: IncidentIssue[] = [];
  for (const item of data) {
    if (item.pull_request) continue;
    let incident;
    try {
      incident = extractIncident(item.body ?? '', `issue #${item.number}`);
    } catch (error) {
      if (error instanceof ContractError) throw new Error(`the ${FREEZE_LABEL} issue ${error.message}: it cannot be told whether it freezes this deploy`);
      throw error;
    }
    // Who closed it decides whether the freeze is acknowledged; the list does not say.
    const closer = item.state === 'closed' ? (await api.rest.issues.get({ ...repository, issue_number: item.number })).data.closed_by : null;
    issues.push({ number: item.number, state: item.state === 'closed' ? 'closed' : 'open', labels: item.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))), closedBy: closer?.login ?? null, closedByBot: closer?.type === 'Bot', url: item.html_url, incident });
  }
  return standingFreezes(issues, { environment: options.environment });
}
