/**
 * What the metrics engine reads: plain data an adapter gathered from GitHub (or an export file),
 * one entry per repository. Payloads, issue bodies and change records arrive unchecked; the engine
 * reads each through the contract package and reports those it cannot read instead of guessing.
 */

export interface DeploymentStatusInput {
  /** GitHub's deployment status state: error, failure, inactive, in_progress, queued, pending, success. */
  state: string;
  createdAt: string;
}

export interface DeployedCommit {
  sha: string;
  /** The commit's committer date (when it was made on the branch), ISO 8601. */
  committedAt: string;
}

export interface DeploymentInput {
  id: number;
  /** The commit deployed. */
  sha: string;
  environment: string;
  createdAt: string;
  /** The Deployment's payload as GitHub returns it; read with the deployment-payload contract. */
  payload: unknown;
  statuses: DeploymentStatusInput[];
  /**
   * The commits this deployment brought to the environment: those since the previous successful
   * deployment of the same service (the compare API), or the deployed commit alone for the first.
   * Null when the adapter did not read them (no lead time is then claimed for the deployment).
   */
  commits: DeployedCommit[] | null;
}

export interface IncidentIssueInput {
  number: number;
  /** The issue body; the incident record is embedded in it (`embedIncident`). */
  body: string;
  createdAt: string;
  closedAt: string | null;
}

export interface CommitInput {
  sha: string;
  message: string;
  committedAt: string;
}

export interface RepositoryInput {
  /** owner/name */
  repository: string;
  deployments: DeploymentInput[];
  incidents: IncidentIssueInput[];
  /** Commits of the default branch in the period; only git's revert commits count. */
  commits: CommitInput[];
  /** Change record documents (classify-change's record-path files), unchecked. */
  changeRecords: Array<{ source: string; document: unknown }>;
}

export interface MetricsTargets {
  /** The procedure: change failure rate < 5 %. */
  changeFailureRate: number;
  /** The procedure: mean time to recovery < 1 hour. */
  recoverySeconds: number;
}

export const PROCEDURE_TARGETS: MetricsTargets = { changeFailureRate: 0.05, recoverySeconds: 3600 };

export interface MetricsInput {
  /** The period reported on, [start, end). */
  period: { start: string; end: string };
  /** Only deployments to this GitHub environment are production deployments. */
  environment: string;
  targets?: MetricsTargets;
  repositories: RepositoryInput[];
  /** When the data was read. */
  readAt: string;
}
