/**
 * The GitHub side of a rollback: the incident issues (read for the loop guard and a rerun, one
 * opened per automatic rollback and updated as it goes), the page issue when a person must decide,
 * the revert pull request, the deployment's failure status, and the root-cause commit's author.
 */
import { coreLogger as log, messageOf, statusOf, type Deadline } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { ContractError, INCIDENT_LABEL, extractIncident } from '@change-actions/change-record';
import type { IncidentIssue } from '@change-actions/rollback';

export interface Repository {
  owner: string;
  repo: string;
}

/** The label of an issue that asks a person to decide (an inconclusive watch, a refused rollback). */
export const PAGE_LABEL = 'incident:needs-decision';

export class GitHub {
  private client: GitHubClient | undefined;
  private readonly token: string;
  private readonly deadline: Deadline;
  readonly repository: Repository;

  constructor(token: string, repository: Repository, deadline: Deadline) {
    this.token = token;
    this.repository = repository;
    this.deadline = deadline;
  }

  private async api(): Promise<GitHubClient> {
    if (!this.client) {
      const { createGitHubClient } = await import('@change-actions/action-kit/github');
      this.client = await createGitHubClient({ token: this.token, deadline: this.deadline, attemptTimeoutMs: 15_000 });
    }
    return this.client;
  }

  /**
   * Every incident issue (open or closed, newest first, at most 300), its record extracted. An
   * issue with the label whose record cannot be read is an error: the loop guard cannot count
   * what it cannot read.
   */
  async incidents(): Promise<IncidentIssue[]> {
    const api = await this.api();
    const items = await api.paginate(api.rest.issues.listForRepo, { ...this.repository, labels: INCIDENT_LABEL, state: 'all', sort: 'created', direction: 'desc', per_page: 100 }, (response, done) => {
      if (response.data.length < 100) done();
      return response.data;
    });
    const issues: IncidentIssue[] = [];
    for (const item of items.slice(0, 300)) {
      if (item.pull_request) continue;
      try {
        const incident = extractIncident(item.body ?? '', `issue #${item.number}`);
        issues.push({
          number: item.number,
          state: item.state === 'closed' ? 'closed' : 'open',
          labels: item.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
          closedBy: item.closed_by?.login ?? null,
          closedByBot: item.closed_by?.type === 'Bot',
          url: item.html_url,
          incident,
        });
      } catch (error) {
        if (error instanceof ContractError) throw new Error(`the incident issue ${error.message}; fix or relabel it, so that the loop guard can count it`);
        throw error;
      }
    }
    return issues;
  }

  async createIssue(title: string, body: string, labels: string[]): Promise<{ number: number; url: string }> {
    const api = await this.api();
    const { data } = await api.rest.issues.create({ ...this.repository, title, body, labels });
    return { number: data.number, url: data.html_url };
  }

  async updateIssue(number: number, title: string, body: string): Promise<void> {
    const api = await this.api();
    await api.rest.issues.update({ ...this.repository, issue_number: number, title, body });
  }

  /** The pull request for `branch`, opened now or found open from an earlier run. */
  async pullRequest(branch: string, base: string, title: string, body: string): Promise<{ number: number; url: string; existed: boolean }> {
    const api = await this.api();
    const find = async () => (await api.rest.pulls.list({ ...this.repository, head: `${this.repository.owner}:${branch}`, base, state: 'open', per_page: 10 })).data[0];
    const found = await find();
    if (found) return { number: found.number, url: found.html_url, existed: true };
    try {
      const { data } = await api.rest.pulls.create({ ...this.repository, head: branch, base, title, body, maintainer_can_modify: false });
      return { number: data.number, url: data.html_url, existed: false };
    } catch (error) {
      // A retried create whose first attempt went through: the pull request exists now.
      const made = statusOf(error) === 422 ? await find() : undefined;
      if (made) return { number: made.number, url: made.html_url, existed: false };
      throw error;
    }
  }

  /** Marks the deployment failed; a GitHub error here is a warning: the deployment status is a record. */
  async deploymentFailed(deploymentId: number, description: string, logUrl: string | undefined): Promise<boolean> {
    try {
      const api = await this.api();
      await api.rest.repos.createDeploymentStatus({ ...this.repository, deployment_id: deploymentId, state: 'failure', description: description.slice(0, 140), ...(logUrl ? { log_url: logUrl } : {}), auto_inactive: false });
      return true;
    } catch (error) {
      log.warning(`GitHub Deployment ${deploymentId}: the failure status could not be recorded (${statusOf(error) ?? messageOf(error)})`);
      return false;
    }
  }

  /** The GitHub login of a commit's author, when GitHub links one; undefined when it cannot be told. */
  async commitAuthor(sha: string): Promise<string | undefined> {
    try {
      const api = await this.api();
      const { data } = await api.rest.repos.getCommit({ ...this.repository, ref: sha, per_page: 1 });
      return data.author?.login ?? undefined;
    } catch (error) {
      log.warning(`the author of ${sha.slice(0, 12)} could not be read (${statusOf(error) ?? messageOf(error)}): closing the incident issue by anyone lifts the freeze`);
      return undefined;
    }
  }
}
