/**
 * The inputs of auto-revert-on-threshold, read and checked before anything is done. Every
 * problem names the input and what it accepts.
 */
import { isAbsolute, resolve } from 'node:path';
import { UserError, inputs } from '@change-actions/action-kit';
import { parseVersionSource, type VersionSource } from '@change-actions/deploy-verify';
import { TRIGGER_INPUTS, type TriggerInput } from '@change-actions/rollback';

export interface Settings {
  /** Absolute. */
  verdictFile?: string;
  trigger?: TriggerInput;
  reason?: string;
  /** Absolute. */
  rollbackPlan: string;
  cloudflareApiToken?: string;
  cloudflareAccountId?: string;
  githubToken: string;
  dryRun: boolean;
  url: string;
  healthUrl: string;
  versionSource: VersionSource;
  /** Absolute. */
  workingDirectory: string;
  config?: string;
  sha?: string;
  deploymentId?: number;
  baseBranch: string;
  revert: boolean;
  /** Absolute: the checkout the revert is made in. */
  repositoryPath: string;
  /** Absolute. */
  incidentFile: string;
  /** Overrides the policy's rollback.deadline-seconds when set. */
  timeoutSeconds?: number;
}

const workspace = () => process.env['GITHUB_WORKSPACE'] || process.cwd();
const absolute = (path: string) => (isAbsolute(path) ? path : resolve(workspace(), path));

export function readSettings(): Settings {
  const verdictFile = inputs.text('verdict-file');
  const triggerText = inputs.text('trigger');
  const trigger = triggerText === '' ? undefined : inputs.oneOf('trigger', TRIGGER_INPUTS, 'manual');
  if (!verdictFile && !trigger) {
    throw new UserError(`give input verdict-file (the monitor's verdict-file) or input trigger (${TRIGGER_INPUTS.join(', ')})`);
  }
  const rollbackPlan = inputs.text('rollback-plan', { required: true });
  const url = inputs.text('url', { required: true }).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(url)) throw new UserError(`input url: "${url.slice(0, 80)}" is not an http(s) URL; accepted: e.g. https://verify.provii.app`);
  const healthUrl = inputs.text('health-url') || '/health';
  if (!healthUrl.startsWith('/') && !/^https?:\/\//.test(healthUrl)) throw new UserError('input health-url: a path starting with / or an absolute http(s) URL');
  const source = parseVersionSource(inputs.text('version-source') || 'json:version');
  if (typeof source === 'string') throw new UserError(`input version-source: ${source}`);
  if (source.kind === 'off') throw new UserError('input version-source: off is not accepted here: a restore is verified only by the version that answers; accepted: json:<path>, header:<name>');
  const deployment = inputs.text('deployment-id');
  if (deployment && !/^\d+$/.test(deployment)) throw new UserError(`input deployment-id: "${deployment.slice(0, 40)}" is not a GitHub Deployment id (a whole number)`);
  const baseBranch = inputs.text('base-branch') || 'main';
  if (!/^[A-Za-z0-9._/-]+$/.test(baseBranch) || baseBranch.includes('..') || baseBranch.startsWith('-')) throw new UserError(`input base-branch: "${baseBranch.slice(0, 80)}" is not a branch name`);
  const timeout = inputs.text('timeout-seconds');
  const token = inputs.text('cloudflare-api-token');
  const account = inputs.text('cloudflare-account-id');
  const config = inputs.text('config');
  const sha = inputs.sha('sha');
  const reason = inputs.text('reason');
  return {
    ...(verdictFile ? { verdictFile: absolute(verdictFile) } : {}),
    ...(trigger ? { trigger } : {}),
    ...(reason ? { reason: reason.slice(0, 500) } : {}),
    rollbackPlan: absolute(rollbackPlan),
    ...(token ? { cloudflareApiToken: token } : {}),
    ...(account ? { cloudflareAccountId: account } : {}),
    githubToken: inputs.text('github-token'),
    dryRun: inputs.boolean('dry-run', false),
    url,
    healthUrl,
    versionSource: source,
    workingDirectory: absolute(inputs.text('working-directory') || '.'),
    ...(config ? { config } : {}),
    ...(sha ? { sha } : {}),
    ...(deployment ? { deploymentId: Number(deployment) } : {}),
    baseBranch,
    revert: inputs.boolean('revert', true),
    repositoryPath: absolute(inputs.text('repository-path') || '.'),
    incidentFile: absolute(inputs.text('incident-file') || resolve(process.env['RUNNER_TEMP'] || workspace(), `incident-${process.env['GITHUB_RUN_ID'] ?? 'local'}-${Date.now()}.json`)),
    ...(timeout ? { timeoutSeconds: inputs.integer('timeout-seconds', { min: 30, max: 900 }, 240) } : {}),
  };
}
