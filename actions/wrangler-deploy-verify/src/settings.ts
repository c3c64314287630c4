import { isAbsolute, relative, resolve } from 'node:path';
import { UserError, inputs } from '@change-actions/action-kit';
import {
  CHANGE_TYPES,
  WRANGLER_VERSION,
  parseJsonPath,
  parseVersionSource,
  type ChangeType,
  type JsonExpectation,
  type VersionSource,
} from '@change-actions/deploy-verify';

export const STRATEGIES = ['deploy', 'gradual', 'verify'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** A secret or variable: its value is never printed. */
export interface NamedValue {
  name: string;
  value: string;
}

export interface Settings {
  strategy: Strategy;
  percentage: number;
  /** strategy verify: the version that must answer. */
  versionId?: string;
  /** Absolute. */
  workingDirectory: string;
  config?: string;
  environment?: string;
  wranglerVersion?: string;
  secrets: NamedValue[];
  vars: NamedValue[];
  url?: string;
  /** A path below url (starting with /) or an absolute URL. */
  healthUrl: string;
  healthExpectedStatus: number[];
  healthExpectedJson: JsonExpectation[];
  healthExpectedBody?: string;
  versionSource: VersionSource;
  healthTimeoutSeconds: number;
  requestTimeoutSeconds: number;
  /** Absolute. */
  smokeTests?: string;
  changeType?: ChangeType;
  /** Absolute. */
  changeRecord?: string;
  forwardFixOnly: boolean;
  pullRequest?: number;
  sha?: string;
  githubDeployment: boolean;
  /** Refuse to deploy while an automatic rollback's freeze stands (input deploy-freeze: check). */
  freezeCheck: boolean;
  token: string;
  rollbackPlanPath?: string;
  timeoutSeconds: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `NAME` (value from the environment variable NAME) or `NAME=value`, one per line. Problems name
 * the input and the line, never the value.
 */
function namedValues(input: 'secrets' | 'vars', env: NodeJS.ProcessEnv): NamedValue[] {
  const result: NamedValue[] = [];
  const seen = new Set<string>();
  // Not trimmed per line on the value side: a value is taken as written after the first "=".
  const lines = inputs.text(input).split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\s+/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const name = (eq < 0 ? line : line.slice(0, eq)).trim();
    const where = `input ${input}, line ${i + 1}`;
    if (!NAME.test(name)) {
      throw new UserError(`${where}: not NAME or NAME=value (a name is letters, digits and _, not starting with a digit); the line is not shown, it may hold a secret`);
    }
    if (seen.has(name)) throw new UserError(`${where}: ${name} is given twice`);
    seen.add(name);
    let value: string;
    if (eq < 0) {
      const fromEnv = env[name];
      if (fromEnv === undefined || fromEnv === '') {
        throw new UserError(`${where}: ${name} takes its value from the environment variable ${name}, which is not set; set it in the step's env (from a secret), or write ${name}=value`);
      }
      value = fromEnv;
    } else {
      value = line.slice(eq + 1).replace(/\s+$/, '');
    }
    result.push({ name, value });
  });
  return result;
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`input ${name}: "${value.slice(0, 100)}" is not a URL; accepted: an http:// or https:// URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`input ${name}: "${value.slice(0, 100)}" is not accepted; accepted: an http:// or https:// URL`);
  return value.replace(/\/+$/, '');
}

function statuses(name: string): number[] {
  const text = inputs.text(name) || '200';
  const list = text.split(',').map((s) => s.trim());
  if (!list.every((s) => /^\d{3}$/.test(s) && Number(s) >= 100 && Number(s) <= 599)) {
    throw new UserError(`input ${name}: "${text.slice(0, 100)}" is not accepted; accepted: HTTP statuses from 100 to 599, comma-separated, e.g. 200,204`);
  }
  return list.map(Number);
}

function expectedJson(name: string): JsonExpectation[] {
  const text = inputs.text(name);
  if (text === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`input ${name}: not JSON (${error instanceof Error ? error.message : String(error)}); accepted: a JSON object of paths to values, e.g. {"status": "ok"}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) {
    throw new UserError(`input ${name}: accepted: a JSON object of at least one path and its value, e.g. {"status": "ok", "checks.kv": "up"}`);
  }
  return Object.entries(value as Record<string, unknown>).map(([path, equals]) => {
    const segments = parseJsonPath(path);
    if (typeof segments === 'string') throw new UserError(`input ${name}: ${segments}`);
    return { path, segments, equals };
  });
}

/** A relative path stays inside the workspace; an absolute one (e.g. under RUNNER_TEMP) is taken as given. */
function workspacePath(name: string, value: string, workspace: string): string {
  if (isAbsolute(value)) return value;
  const path = resolve(workspace, value);
  if (relative(workspace, path).startsWith('..')) {
    throw new UserError(`input ${name}: "${value.slice(0, 100)}" leaves the workspace; accepted: a path relative to the workspace, or an absolute path`);
  }
  return path;
}

/**
 * The only reader of this action's inputs. `onValues` gets the secrets and variables as soon as
 * they are read, before any other input is checked, so that they are masked whatever fails next.
 */
export function readSettings(onValues: (values: NamedValue[]) => void, env: NodeJS.ProcessEnv = process.env): Settings {
  const secrets = namedValues('secrets', env);
  const vars = namedValues('vars', env);
  onValues([...secrets, ...vars]);
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const strategy = inputs.oneOf('strategy', STRATEGIES, 'deploy');
  const percentage = inputs.integer('percentage', { min: 1, max: 100 }, 10);

  const versionId = inputs.text('version-id');
  if (versionId && !/^[0-9A-Fa-f-]{8,64}$/.test(versionId)) {
    throw new UserError(`input version-id: "${versionId.slice(0, 80)}" is not accepted; accepted: a Worker version id such as 8d7e6f5a-1b2c-4d3e-9f80-123456789abc`);
  }
  if (strategy === 'verify' && !versionId) throw new UserError('input version-id is required with strategy verify: it names the version that must answer');

  const wranglerVersion = inputs.text('wrangler-version');
  if (wranglerVersion) {
    const m = WRANGLER_VERSION.exec(wranglerVersion);
    if (!m || Number(m[1]) < 4) {
      throw new UserError(`input wrangler-version: "${wranglerVersion.slice(0, 40)}" is not accepted; accepted: an exact wrangler version, 4.0.0 or newer (checked with 4.164.0), or empty for the project's own`);
    }
  }
  const environment = inputs.text('environment');
  if (environment && !/^[A-Za-z0-9_-]{1,64}$/.test(environment)) {
    throw new UserError(`input environment: "${environment.slice(0, 80)}" is not accepted; accepted: a wrangler environment name (letters, digits, - and _)`);
  }
  const config = inputs.text('config');

  const both = secrets.find((s) => vars.some((v) => v.name === s.name));
  if (both) throw new UserError(`inputs secrets and vars both name ${both.name}; a binding is either a secret or a variable`);
  if (strategy === 'verify' && (secrets.length > 0 || vars.length > 0)) {
    throw new UserError('inputs secrets and vars are uploaded with a new version; strategy verify deploys nothing');
  }

  const urlText = inputs.text('url');
  const url = urlText ? httpUrl('url', urlText) : undefined;
  if (!url && strategy !== 'deploy') {
    throw new UserError(`input url is required with strategy ${strategy}: wrangler reports the Worker's URL only for strategy deploy`);
  }
  const healthUrl = inputs.text('health-url') || '/health';
  if (!healthUrl.startsWith('/') || healthUrl.startsWith('//')) httpUrl('health-url', healthUrl);

  const source = parseVersionSource(inputs.text('version-source') || 'json:version');
  if (typeof source === 'string') throw new UserError(`input version-source: ${source}`);

  const smoke = inputs.text('smoke-tests');
  const record = inputs.text('change-record');
  const changeType = inputs.oneOf<ChangeType | ''>('change-type', ['', ...CHANGE_TYPES], '');

  const pr = inputs.text('pull-request');
  if (pr && !/^[1-9]\d{0,9}$/.test(pr)) throw new UserError(`input pull-request: "${pr.slice(0, 40)}" is not accepted; accepted: a pull request number such as 12, or empty`);
  const sha = inputs.sha('sha');

  const rollbackPlanPath = inputs.text('rollback-plan-path');
  const expectedBody = inputs.text('health-expected-body');
  return {
    strategy,
    percentage,
    ...(versionId ? { versionId: versionId.toLowerCase() } : {}),
    workingDirectory: workspacePath('working-directory', inputs.text('working-directory') || '.', workspace),
    ...(config ? { config } : {}),
    ...(environment ? { environment } : {}),
    ...(wranglerVersion ? { wranglerVersion } : {}),
    secrets,
    vars,
    ...(url ? { url } : {}),
    healthUrl,
    healthExpectedStatus: statuses('health-expected-status'),
    healthExpectedJson: expectedJson('health-expected-json'),
    ...(expectedBody ? { healthExpectedBody: expectedBody } : {}),
    versionSource: source,
    healthTimeoutSeconds: inputs.integer('health-timeout-seconds', { min: 0, max: 1800 }, 120),
    requestTimeoutSeconds: inputs.integer('request-timeout-seconds', { min: 1, max: 300 }, 10),
    ...(smoke ? { smokeTests: workspacePath('smoke-tests', smoke, workspace) } : {}),
    ...(changeType ? { changeType } : {}),
    ...(record ? { changeRecord: workspacePath('change-record', record, workspace) } : {}),
    forwardFixOnly: inputs.boolean('forward-fix-only', false),
    ...(pr ? { pullRequest: Number(pr) } : {}),
    ...(sha ? { sha } : {}),
    githubDeployment: inputs.boolean('github-deployment', true),
    freezeCheck: inputs.oneOf('deploy-freeze', ['check', 'off'] as const, 'check') === 'check',
    token: inputs.text('token'),
    ...(rollbackPlanPath ? { rollbackPlanPath: resolve(workspace, rollbackPlanPath) } : {}),
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 1, max: 3600 }, 900),
  };
}
