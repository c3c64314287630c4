/**
 * The only reader of post-deploy-monitor's inputs: one typed settings object, every problem
 * naming the input and what it accepts.
 */
import { join } from 'node:path';
import { UserError, inputs } from '@change-actions/action-kit';
import { parseVersionSource, type VersionSource } from '@change-actions/deploy-verify';
import { durationSeconds } from '@change-actions/policy';
import type { Tightening } from '@change-actions/monitor';

export interface Endpoint {
  url: string;
  headers: Record<string, string>;
}

export interface Settings {
  service: string;
  environment: string | null;
  versionId: string;
  previousVersionId?: string;
  rollbackPlan?: string;
  tightening: Tightening;
  loki?: Endpoint;
  prometheus?: Endpoint;
  cloudflare?: { url: string; token: string; accountId: string };
  probes?: { url: string; healthUrl: string; versionSource: VersionSource; smokeTests?: string };
  requestTimeoutMs: number;
  deployedAt?: Date;
  dryRun: boolean;
  verdictPath: string;
  policyPath: string;
  policyRef?: string;
  repositoryPath: string;
  token: string;
}

function duration(name: string, max: number): number | undefined {
  const text = inputs.text(name);
  if (text === '') return undefined;
  const seconds = durationSeconds(text);
  if (seconds === undefined) throw new UserError(`input ${name}: "${text.slice(0, 40)}" is not a duration; accepted: e.g. 30m, 90s, 1h, 1m30s`);
  if (seconds > max) throw new UserError(`input ${name}: ${text} is out of range; accepted: at most ${max} s`);
  return seconds;
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`input ${name}: "${value.slice(0, 80)}" is not a URL; accepted: an http or https URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`input ${name}: ${url.protocol} is not accepted; accepted: http, https`);
  return value.replace(/\/+$/, '');
}

/** Auth of a Loki or Prometheus endpoint: a tenant header, basic auth or a bearer token. */
function endpoint(prefix: string): Endpoint | undefined {
  const url = inputs.text(`${prefix}-url`);
  if (url === '') return undefined;
  const headers: Record<string, string> = {};
  const tenant = inputs.text(`${prefix}-tenant`);
  if (tenant) headers['x-scope-orgid'] = tenant;
  const user = inputs.text(`${prefix}-username`);
  const password = inputs.text(`${prefix}-password`);
  const token = inputs.text(`${prefix}-token`);
  if ((user === '') !== (password === '')) throw new UserError(`inputs ${prefix}-username and ${prefix}-password go together`);
  if (user && token) throw new UserError(`give ${prefix}-token or ${prefix}-username with ${prefix}-password, not both`);
  if (user) headers['authorization'] = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  if (token) headers['authorization'] = `Bearer ${token}`;
  return { url: httpUrl(`${prefix}-url`, url), headers };
}

const OPERATORS = ['>=', '<=', '>', '<'] as const;
const THRESHOLD = /^([a-z][a-z0-9-]*)\s*(>=|<=|>|<)\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/;
const MIN_SAMPLES = /^([a-z][a-z0-9-]*)\s+min-samples\s+(\S+)$/;

/** The `thresholds` input: `<metric> <operator> <number>` and `<metric> min-samples <integer>` lines. */
function thresholds(): Pick<Tightening, 'thresholds' | 'minSamples'> {
  const out: Required<Pick<Tightening, 'thresholds' | 'minSamples'>> = { thresholds: [], minSamples: [] };
  const lines = inputs
    .text('thresholds')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of lines) {
    const threshold = THRESHOLD.exec(line);
    if (threshold) {
      out.thresholds.push({ metric: threshold[1]!, operator: threshold[2] as (typeof OPERATORS)[number], value: Number(threshold[3]) });
      continue;
    }
    const samples = MIN_SAMPLES.exec(line);
    if (samples) {
      if (!/^\d+$/.test(samples[2]!)) throw new UserError(`input thresholds: "${line.slice(0, 80)}": min-samples takes a whole number of samples, e.g. ${samples[1]} min-samples 200`);
      out.minSamples.push({ metric: samples[1]!, value: Number(samples[2]) });
      continue;
    }
    throw new UserError(
      `input thresholds: "${line.slice(0, 80)}" is not accepted; accepted: <metric> <operator> <number>, operator one of ${OPERATORS.join(' ')}, e.g. error-rate > 0.02, or <metric> min-samples <integer>, e.g. latency-p95 min-samples 200`,
    );
  }
  return out;
}

export function readSettings(): Settings {
  const service = inputs.text('service', { required: true });
  const versionId = inputs.text('version-id', { required: true });
  const previous = inputs.text('previous-version-id');
  const rollbackPlan = inputs.text('rollback-plan');
  const window = duration('window', 6 * 3600);
  const interval = duration('interval', 3600);
  const initialDelay = duration('initial-delay', 3600);
  if (interval === 0) throw new UserError('input interval: 0 is not accepted; accepted: at least 1s');
  const loki = endpoint('loki');
  const prometheus = endpoint('prometheus');
  const cfToken = inputs.text('cloudflare-api-token');
  const cfAccount = inputs.text('cloudflare-account-id');
  if ((cfToken === '') !== (cfAccount === '')) throw new UserError('inputs cloudflare-api-token and cloudflare-account-id go together');
  const url = inputs.text('url');
  const source = parseVersionSource(inputs.text('version-source') || 'json:version');
  if (typeof source === 'string') throw new UserError(`input version-source: ${source}`);
  const healthUrl = inputs.text('health-url') || '/health';
  const smokeTests = inputs.text('smoke-tests');
  const deployedAt = inputs.text('deployed-at') ? inputs.instant('deployed-at') : undefined;
  return {
    service,
    environment: inputs.text('environment') || null,
    versionId,
    ...(previous ? { previousVersionId: previous } : {}),
    ...(rollbackPlan ? { rollbackPlan } : {}),
    tightening: {
      ...(window === undefined ? {} : { windowSeconds: window }),
      ...(interval === undefined ? {} : { intervalSeconds: interval }),
      ...(initialDelay === undefined ? {} : { initialDelaySeconds: initialDelay }),
      ...thresholds(),
    },
    ...(loki ? { loki } : {}),
    ...(prometheus ? { prometheus } : {}),
    ...(cfToken ? { cloudflare: { url: httpUrl('cloudflare-graphql-url', inputs.text('cloudflare-graphql-url') || 'https://api.cloudflare.com/client/v4/graphql'), token: cfToken, accountId: cfAccount } } : {}),
    ...(url
      ? {
          probes: {
            url: httpUrl('url', url),
            healthUrl: healthUrl.startsWith('/') ? httpUrl('url', url) + healthUrl : httpUrl('health-url', healthUrl),
            versionSource: source,
            ...(smokeTests ? { smokeTests } : {}),
          },
        }
      : {}),
    requestTimeoutMs: inputs.integer('request-timeout-seconds', { min: 1, max: 300 }, 30) * 1000,
    ...(deployedAt ? { deployedAt } : {}),
    dryRun: inputs.boolean('dry-run', false),
    verdictPath: inputs.text('verdict-path') || join(process.env['RUNNER_TEMP'] || process.cwd(), 'monitor-verdict.json'),
    policyPath: inputs.repositoryFile('policy-path', '.github/change-policy.yml'),
    ...(inputs.text('policy-ref') ? { policyRef: inputs.text('policy-ref') } : {}),
    repositoryPath: inputs.text('repository-path') || process.env['GITHUB_WORKSPACE'] || process.cwd(),
    token: inputs.text('token'),
  };
}
