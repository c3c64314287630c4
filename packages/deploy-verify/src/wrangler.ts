/**
 * What wrangler is asked and what it answers, as plain data: the command lines (argument
 * arrays, never a shell), its ND-JSON output file (`WRANGLER_OUTPUT_FILE_PATH`), and the JSON it
 * prints for `deployments status --json` and `versions list --json`. Facts checked against
 * wrangler 4.164:
 *
 * - `deploy` writes `{"type":"deploy","version_id","targets","worker_name",…}`; `versions upload`
 *   writes `{"type":"version-upload","version_id",…}`; `versions deploy` writes
 *   `{"type":"version-deploy","deployment_id","version_traffic":{}}` (the split is not in it);
 *   any failure writes `{"type":"command-failed","code"?,"message"}`; `rollback` writes nothing.
 * - `versions deploy` needs every version of the split named: `<new>@<p> <old>@<100-p>`.
 * - `rollback` without a version id picks the previous deployment, which after an earlier
 *   rollback is the bad version: the plan always names the version recorded before the deploy.
 */

/** How the Worker is addressed: the same flags on every command. */
export interface WranglerTarget {
  config?: string | undefined;
  environment?: string | undefined;
}

export interface OutputEntry {
  type: string;
  [field: string]: unknown;
}

/** The entries of an output file; lines that are not JSON objects are counted, not fatal. */
export function parseOutputFile(text: string): { entries: OutputEntry[]; unreadable: number } {
  const entries: OutputEntry[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (typeof value === 'object' && value !== null && typeof (value as OutputEntry).type === 'string') entries.push(value as OutputEntry);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { entries, unreadable };
}

export interface UploadedVersion {
  versionId: string;
  workerName: string;
  targets: string[];
  previewUrl?: string;
}

/** The version a `deploy` or `versions upload` made, from its output entry. */
export function uploadedVersion(entries: readonly OutputEntry[], type: 'deploy' | 'version-upload'): UploadedVersion | undefined {
  const entry = entries.find((e) => e.type === type);
  if (!entry || typeof entry['version_id'] !== 'string' || entry['version_id'] === '') return undefined;
  const targets = Array.isArray(entry['targets']) ? entry['targets'].filter((t): t is string => typeof t === 'string') : [];
  return {
    versionId: entry['version_id'],
    workerName: typeof entry['worker_name'] === 'string' ? entry['worker_name'] : '',
    targets,
    ...(typeof entry['preview_url'] === 'string' ? { previewUrl: entry['preview_url'] } : {}),
  };
}

/** The deployment `versions deploy` made. */
export function versionDeployment(entries: readonly OutputEntry[]): { deploymentId: string } | undefined {
  const entry = entries.find((e) => e.type === 'version-deploy');
  return entry && typeof entry['deployment_id'] === 'string' ? { deploymentId: entry['deployment_id'] } : undefined;
}

export interface CommandFailure {
  /** The first Cloudflare API error code, when the failure came from the API. */
  code?: number;
  message: string;
}

export function commandFailure(entries: readonly OutputEntry[]): CommandFailure | undefined {
  const entry = entries.find((e) => e.type === 'command-failed');
  if (!entry) return undefined;
  return {
    ...(typeof entry['code'] === 'number' ? { code: entry['code'] } : {}),
    message: typeof entry['message'] === 'string' ? entry['message'] : 'wrangler failed',
  };
}

/** Cloudflare's "no such Worker" codes: a first deploy, not an error, when reading the live deployment. */
export const WORKER_NOT_FOUND_CODES: readonly number[] = [10007, 10090];

export interface TrafficShare {
  versionId: string;
  percentage: number;
}

/** A deployment: which versions serve traffic, and how much each. */
export interface LiveDeployment {
  id: string;
  createdOn?: string;
  versions: TrafficShare[];
  message?: string;
}

function jsonOf(stdout: string): unknown {
  const text = stdout.trim();
  try {
    return JSON.parse(text);
  } catch {
    // A warning printed before the document: start at the first line that opens one.
    const start = text.search(/^[[{]/m);
    if (start <= 0) throw new Error('no JSON document in the output');
    return JSON.parse(text.slice(start));
  }
}

/** `wrangler deployments status --json`, or a problem. */
export function parseDeploymentStatus(stdout: string): LiveDeployment | string {
  let value: unknown;
  try {
    value = jsonOf(stdout);
  } catch (error) {
    return `wrangler deployments status printed no readable JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const d = value as { id?: unknown; created_on?: unknown; versions?: unknown; annotations?: Record<string, unknown> } | null;
  if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || !Array.isArray(d.versions)) {
    return 'wrangler deployments status printed JSON without a deployment id and versions';
  }
  const versions: TrafficShare[] = [];
  for (const v of d.versions as Array<{ version_id?: unknown; percentage?: unknown }>) {
    if (typeof v?.version_id !== 'string' || typeof v.percentage !== 'number') return 'a version of the live deployment has no id or percentage';
    versions.push({ versionId: v.version_id, percentage: v.percentage });
  }
  const message = d.annotations?.['workers/message'];
  return {
    id: d.id,
    ...(typeof d.created_on === 'string' ? { createdOn: d.created_on } : {}),
    versions,
    ...(typeof message === 'string' ? { message } : {}),
  };
}

/** `wrangler deployments list --json`: the deployment history, newest first, or a problem. */
export function parseDeploymentList(stdout: string): LiveDeployment[] | string {
  let value: unknown;
  try {
    value = jsonOf(stdout);
  } catch (error) {
    return `wrangler deployments list printed no readable JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!Array.isArray(value)) return 'wrangler deployments list printed JSON that is not a list of deployments';
  const deployments: LiveDeployment[] = [];
  for (const item of value) {
    const one = parseDeploymentStatus(JSON.stringify(item));
    if (typeof one === 'string') return `a deployment of the history: ${one}`;
    deployments.push(one);
  }
  return deployments.sort((a, b) => (b.createdOn ?? '').localeCompare(a.createdOn ?? ''));
}

export interface VersionInfo {
  id: string;
  number?: number;
  createdOn?: string;
  tag?: string;
  message?: string;
}

/**
 * `wrangler versions list --json`: the newest deployable versions, oldest first (wrangler 4.164
 * shows the 10 newest of the 100 Cloudflare can deploy). Only ids, numbers,
 * dates, tags and messages are kept: the listing also carries bindings, which are not needed
 * and must not travel further.
 */
export function parseVersionList(stdout: string): VersionInfo[] | string {
  let value: unknown;
  try {
    value = jsonOf(stdout);
  } catch (error) {
    return `wrangler versions list printed no readable JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!Array.isArray(value)) return 'wrangler versions list printed JSON that is not a list';
  const versions: VersionInfo[] = [];
  for (const v of value as Array<{ id?: unknown; number?: unknown; metadata?: { created_on?: unknown }; annotations?: Record<string, unknown> }>) {
    if (typeof v?.id !== 'string') return 'a listed version has no id';
    const tag = v.annotations?.['workers/tag'];
    const message = v.annotations?.['workers/message'];
    versions.push({
      id: v.id,
      ...(typeof v.number === 'number' ? { number: v.number } : {}),
      ...(typeof v.metadata?.created_on === 'string' ? { createdOn: v.metadata.created_on } : {}),
      ...(typeof tag === 'string' ? { tag } : {}),
      ...(typeof message === 'string' ? { message } : {}),
    });
  }
  return versions;
}

/** `wrangler versions view <id> --json`: one version (its number tells its place among the versions). */
export function parseVersionView(stdout: string): VersionInfo | string {
  let value: unknown;
  try {
    value = jsonOf(stdout);
  } catch (error) {
    return `wrangler versions view printed no readable JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const list = parseVersionList(JSON.stringify([value]));
  return typeof list === 'string' ? list.replace('a listed version', 'the version') : list[0]!;
}

/**
 * The URL to verify, from wrangler's targets: a custom domain first, then a route, then
 * workers.dev (the order users reach the Worker by). Targets that are not URLs (cron schedules,
 * queue consumers, wildcard hosts) are skipped.
 */
export function deploymentUrl(targets: readonly string[]): string | undefined {
  const candidates: Array<{ rank: number; url: string }> = [];
  for (const raw of targets) {
    const custom = /\(custom domain/.test(raw);
    const text = raw.replace(/\s*\(.*\)\s*$/, '').trim();
    if (/\s/.test(text) || text === '') continue;
    if (/^https?:\/\//.test(text)) {
      if (!text.includes('*')) candidates.push({ rank: 2, url: text.replace(/\/+$/, '') });
      continue;
    }
    const slash = text.indexOf('/');
    const host = slash < 0 ? text : text.slice(0, slash);
    if (host.includes('*') || !/^[a-z0-9.-]+(:\d+)?$/i.test(host) || !host.includes('.')) continue;
    const path = (slash < 0 ? '' : text.slice(slash)).replace(/\*.*$/, '').replace(/\/+$/, '');
    candidates.push({ rank: custom ? 0 : 1, url: `https://${host}${path}` });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0]?.url;
}

/** Cloudflare keeps version messages short; this many characters are always accepted. */
export const VERSION_MESSAGE_MAX = 100;

/** The version message: the change type and the pull request, so a version says what it carries. */
export function versionMessage(change: { changeType?: string | undefined; pullRequest?: number | undefined; sha: string }): string {
  const parts = [`${change.changeType ?? 'unclassified'} change`];
  if (change.pullRequest !== undefined) parts.push(`PR #${change.pullRequest}`);
  if (change.sha) parts.push(`commit ${change.sha.slice(0, 12)}`);
  return parts.join(', ').slice(0, VERSION_MESSAGE_MAX);
}

function targetArgs(target: WranglerTarget): string[] {
  return [...(target.config ? ['--config', target.config] : []), ...(target.environment ? ['--env', target.environment] : [])];
}

export interface UploadOptions {
  tag: string;
  message: string;
  /** A JSON file of secrets, deleted after the call. */
  secretsFile?: string | undefined;
  vars: ReadonlyArray<readonly [string, string]>;
}

function uploadArgs(options: UploadOptions): string[] {
  return [
    '--tag',
    options.tag,
    '--message',
    options.message,
    ...(options.secretsFile ? ['--secrets-file', options.secretsFile] : []),
    ...options.vars.flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
}

export const wranglerArgs = {
  /** Uploads a version and deploys it to 100 %. */
  deploy: (target: WranglerTarget, options: UploadOptions) => ['deploy', ...targetArgs(target), ...uploadArgs(options)],
  /** Uploads a version without deploying it. */
  upload: (target: WranglerTarget, options: UploadOptions) => ['versions', 'upload', ...targetArgs(target), ...uploadArgs(options)],
  /** Deploys a split; every version is named, as wrangler requires. */
  versionsDeploy: (target: WranglerTarget, worker: string, split: readonly TrafficShare[], message: string) => [
    'versions',
    'deploy',
    ...split.map((s) => `${s.versionId}@${s.percentage}`),
    '--name',
    worker,
    ...targetArgs(target),
    '--message',
    message,
    '--yes',
  ],
  status: (target: WranglerTarget, worker?: string) => ['deployments', 'status', '--json', ...(worker ? ['--name', worker] : []), ...targetArgs(target)],
  versions: (target: WranglerTarget) => ['versions', 'list', '--json', ...targetArgs(target)],
  view: (target: WranglerTarget, versionId: string) => ['versions', 'view', versionId, '--json', ...targetArgs(target)],
  /** The deployment history (wrangler shows the newest 10, oldest first). */
  history: (target: WranglerTarget) => ['deployments', 'list', '--json', ...targetArgs(target)],
  /** Always with the recorded version id: without it wrangler picks the previous deployment. */
  rollback: (target: WranglerTarget, worker: string | undefined, versionId: string, message: string) => [
    'rollback',
    versionId,
    ...(worker ? ['--name', worker] : []),
    ...targetArgs(target),
    '--message',
    message.slice(0, 120),
    '--yes',
  ],
};

/** An argument list as one line a person can paste into a POSIX shell. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
