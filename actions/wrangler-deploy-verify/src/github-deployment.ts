/**
 * The GitHub Deployment of one deploy, with statuses in_progress, then success, failure or error.
 * Its payload (version id, previous version id, change type, SHA, pull request) feeds the DORA
 * metrics. Recording it is best effort: the deploy and its verdict stand without it, so a GitHub
 * failure ends in a warning, never in a failed step.
 */
import { coreLogger as log, messageOf, statusOf } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import type { DeploymentPayload } from '@change-actions/change-record';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error';

export class GitHubDeployment {
  readonly id: number;
  private readonly github: GitHubClient;
  private readonly where: { owner: string; repo: string };

  private constructor(github: GitHubClient, where: { owner: string; repo: string }, id: number) {
    this.github = github;
    this.where = where;
    this.id = id;
  }

  /** Creates the deployment; undefined (with a warning) when GitHub refuses or fails. */
  static async create(
    github: () => Promise<GitHubClient>,
    where: { owner: string; repo: string },
    request: { sha: string; environment: string; description: string; payload: DeploymentPayload },
  ): Promise<GitHubDeployment | undefined> {
    try {
      const client = await github();
      const { data } = await client.rest.repos.createDeployment({
        ...where,
        ref: request.sha,
        environment: request.environment,
        description: request.description.slice(0, 140),
        payload: { ...request.payload },
        task: 'deploy',
        auto_merge: false,
        // The gate's checks already ran; GitHub must not hold the record back for commit statuses.
        required_contexts: [],
        production_environment: request.environment === 'production',
        transient_environment: false,
      });
      if (!('id' in data) || typeof data.id !== 'number') {
        log.warning(`GitHub did not record the deployment: ${'message' in data ? String(data.message) : 'no deployment id in the answer'}`);
        return undefined;
      }
      return new GitHubDeployment(client, where, data.id);
    } catch (error) {
      log.warning(`GitHub Deployment not recorded (${describe(error)}); the deploy and its verdict stand. Give the job permissions: deployments: write, or set input github-deployment: false.`);
      return undefined;
    }
  }

  async status(state: DeploymentState, details: { description: string; environmentUrl?: string | undefined; logUrl?: string | undefined }): Promise<boolean> {
    try {
      await this.github.rest.repos.createDeploymentStatus({
        ...this.where,
        deployment_id: this.id,
        state,
        description: details.description.slice(0, 140),
        ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
        ...(details.logUrl ? { log_url: details.logUrl } : {}),
        auto_inactive: state === 'success',
      });
      return true;
    } catch (error) {
      log.warning(`GitHub Deployment ${this.id}: status ${state} not recorded (${describe(error)})`);
      return false;
    }
  }
}

function describe(error: unknown): string {
  const status = statusOf(error);
  return status === undefined ? messageOf(error) : `HTTP ${status}: ${messageOf(error)}`;
}
