/**
 * A loopback stand-in for the part of the Cloudflare API that real wrangler 4.164 calls for
 * `deploy`, `versions upload`, `versions deploy`, `versions list`, `deployments list|status` and
 * `rollback`, over an in-memory model of one account's Workers versions and deployments.
 *
 * Point wrangler at it with `env` (CLOUDFLARE_API_BASE_URL and friends). The same `env` also
 * routes any request wrangler makes to another host through this server as an HTTP proxy, where
 * it is refused and recorded in `outsideRequests`: a test can prove wrangler stayed offline.
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testWorkerDir, wranglerCli, wranglerTestEnv } from './worker-dev.ts';

/** Where wrangler appends the API paths: its default is `https://api.cloudflare.com/client/v4`. */
const apiPrefix = '/client/v4';

export interface ApiError {
  code: number;
  message: string;
}

/** Cloudflare's envelope around every answer. */
export interface Envelope {
  success: boolean;
  errors: ApiError[];
  messages: unknown[];
  result: unknown;
}

/**
 * Error codes the stand-in answers with. wrangler itself acts on 10000 (runs whoami), 10007 and
 * 10090 (Worker not found) and 10220 (asks, then retries with ?force=true). 100140 and 100147 are
 * the legacy deployments API's codes for the same refusals (cloudflare/workers-sdk#2756): the
 * versions API's codes are not published. 10021 is the stand-in's own choice.
 */
export const errorCodes = {
  authentication: 10000,
  workerNotFound: 10007,
  serviceNotFound: 10090,
  unknown: 10013,
  invalidDeployment: 10021,
  secretsChanged: 10220,
  externalResourcesModified: 100140,
  versionTooOld: 100147,
  noRoute: 7003,
} as const;

/** A refusal of the model: rendered as `{success:false, errors:[...]}` with this status. */
export class ApiRefusal extends Error {
  override name = 'ApiRefusal';
  readonly status: number;
  readonly errors: ApiError[];
  constructor(status: number, code: number, message: string) {
    super(message);
    this.status = status;
    this.errors = [{ code, message }];
  }
}

export interface VersionTraffic {
  version_id: string;
  percentage: number;
}

/** An immutable snapshot of a Worker's code, bindings and settings. */
export interface WorkerVersion {
  id: string;
  number: number;
  created_on: string;
  source: string;
  annotations: Record<string, string>;
  compatibility_date: string;
  bindings: unknown[];
  /** The Durable Object migration tag the Worker carried when this version was made. */
  migration_tag: string | undefined;
}

/** Which versions serve traffic, and how much each. */
export interface Deployment {
  id: string;
  created_on: string;
  source: string;
  strategy: 'percentage';
  author_email: string;
  annotations: Record<string, string>;
  versions: VersionTraffic[];
}

export interface WorkerScript {
  name: string;
  tag: string;
  created_on: string;
  modified_on: string;
  migration_tag: string | undefined;
  /** Oldest first. */
  versions: WorkerVersion[];
  /** Oldest first; the last one serves traffic. */
  deployments: Deployment[];
  subdomain: { enabled: boolean; previews_enabled: boolean };
  settings: Record<string, unknown>;
}

export interface NewVersion {
  annotations?: Record<string, string>;
  compatibility_date?: string;
  bindings?: unknown[];
  /** A Durable Object migration this version applies: the Worker's migration tag becomes this. */
  migration_tag?: string;
}

const authorEmail = 'deployer@example.com';

/** The account's Workers as Cloudflare keeps them, reduced to what deploys and rollbacks touch. */
export class WorkersModel {
  readonly scripts = new Map<string, WorkerScript>();
  /** Only the newest this many versions of a Worker can be deployed (rollback window). */
  readonly deployableVersions: number;
  private lastTime = 0;

  constructor(deployableVersions = 100) {
    this.deployableVersions = deployableVersions;
  }

  /** Unique, increasing timestamps: wrangler orders versions and deployments by `created_on`. */
  private now(): string {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return new Date(this.lastTime).toISOString();
  }

  script(name: string): WorkerScript {
    const script = this.scripts.get(name);
    if (script === undefined) {
      throw new ApiRefusal(404, errorCodes.workerNotFound, 'workers.api.error.script_not_found');
    }
    return script;
  }

  /** Adds a version (creating the Worker on its first one) without deploying it. */
  uploadVersion(name: string, input: NewVersion = {}): WorkerVersion {
    const created_on = this.now();
    let script = this.scripts.get(name);
    if (script === undefined) {
      script = {
        name,
        tag: randomBytes(16).toString('hex'),
        created_on,
        modified_on: created_on,
        migration_tag: undefined,
        versions: [],
        deployments: [],
        subdomain: { enabled: false, previews_enabled: false },
        settings: { logpush: false, tail_consumers: null, observability: null, tags: [] },
      };
      this.scripts.set(name, script);
    }
    if (input.migration_tag !== undefined) script.migration_tag = input.migration_tag;
    script.modified_on = created_on;
    const version: WorkerVersion = {
      id: randomUUID(),
      number: script.versions.length + 1,
      created_on,
      source: 'wrangler',
      annotations: { 'workers/triggered_by': 'upload', ...input.annotations },
      compatibility_date: input.compatibility_date ?? '2026-11-01',
      bindings: input.bindings ?? [],
      migration_tag: script.migration_tag,
    };
    script.versions.push(version);
    return version;
  }

  version(name: string, id: string): WorkerVersion {
    const version = this.script(name).versions.find((v) => v.id === id);
    if (version === undefined) {
      throw new ApiRefusal(404, errorCodes.workerNotFound, 'workers.api.error.version_not_found');
    }
    return version;
  }

  /** Newest first, at most `deployableVersions`. */
  deployable(name: string): WorkerVersion[] {
    return this.script(name).versions.slice(-this.deployableVersions).reverse();
  }

  /**
   * Makes a new deployment, as `POST .../deployments` does for `versions deploy` and `rollback`.
   * Refused, like Cloudflare does, for an unknown version, one outside the rollback window, one
   * made before a Durable Object migration the Worker has since gone through, and (unless
   * `force`) a deployment without the newest version whose secrets differ from the newest one's: a rollback across a secret
   * change (API error 10220, which wrangler confirms by sending the request again with
   * `?force=true`).
   */
  deploy(name: string, versions: VersionTraffic[], message?: string, options: { force?: boolean } = {}): Deployment {
    const script = this.script(name);
    const total = versions.reduce((sum, v) => sum + v.percentage, 0);
    if (versions.length < 1 || versions.length > 2 || Math.abs(total - 100) > 1e-9) {
      throw new ApiRefusal(
        400,
        errorCodes.invalidDeployment,
        'workers.api.error.invalid_deployment: a deployment has one or two versions whose percentages add up to 100',
      );
    }
    const deployable = new Set(this.deployable(name).map((v) => v.id));
    for (const { version_id } of versions) {
      const version = this.version(name, version_id);
      if (!deployable.has(version_id)) {
        throw new ApiRefusal(
          400,
          errorCodes.versionTooOld,
          `workers.api.error.version_too_old: only the ${this.deployableVersions} most recent versions can be deployed`,
        );
      }
      if (version.migration_tag !== script.migration_tag) {
        throw new ApiRefusal(
          400,
          errorCodes.externalResourcesModified,
          `Failed to rollback due to external resources being modified (durable-object:${script.migration_tag ?? ''})`,
        );
      }
    }
    const newest = script.versions.at(-1);
    // A rollback: the newest version is not part of the deployment (a gradual split beside it is not one).
    if (!options.force && newest !== undefined && !versions.some((v) => v.version_id === newest.id)) {
      const changed = new Set<string>();
      for (const { version_id } of versions) {
        if (version_id === newest.id) continue;
        for (const secret of changedSecretNames(this.version(name, version_id), newest)) changed.add(secret);
      }
      if (changed.size > 0) {
        throw new ApiRefusal(
          400,
          errorCodes.secretsChanged,
          `Secrets have changed since the version being deployed was made. The following secrets have changed: ${[...changed].sort().join(', ')}`,
        );
      }
    }
    const deployment: Deployment = {
      id: randomUUID(),
      created_on: this.now(),
      source: 'wrangler',
      strategy: 'percentage',
      author_email: authorEmail,
      annotations: message === undefined ? {} : { 'workers/message': message },
      versions: versions.map(({ version_id, percentage }) => ({ version_id, percentage })),
    };
    script.deployments.push(deployment);
    return deployment;
  }

  /** The deployment serving traffic now, if any. */
  activeDeployment(name: string): Deployment | undefined {
    return this.script(name).deployments.at(-1);
  }
}

/** The `secret_text` bindings of two versions that differ (by name or value), by name. */
function changedSecretNames(a: WorkerVersion, b: WorkerVersion): string[] {
  const secrets = (v: WorkerVersion) =>
    new Map(
      (v.bindings as Array<{ type?: string; name?: string; text?: string }>)
        .filter((binding) => binding.type === 'secret_text' && typeof binding.name === 'string')
        .map((binding) => [binding.name!, binding.text ?? ''] as const),
    );
  const [left, right] = [secrets(a), secrets(b)];
  return [...new Set([...left.keys(), ...right.keys()])].filter((key) => left.get(key) !== right.get(key));
}

/** What the stand-in answers with instead of the real handler, for matching requests. */
export interface Fault {
  route: Route;
  /** Only for requests about this Worker (default: any). */
  script?: string;
  /** Affect only this many matching requests (default: all until `clearFaults`). */
  times?: number;
  /** Wait before answering; with nothing else set, the real handler answers after the wait. */
  delayMs?: number;
  /** Status of the faulty answer (default 500 once `errors` or `body` is set). */
  status?: number;
  /** Errors of the Cloudflare envelope (default: one unknown error, code 10013). */
  errors?: ApiError[];
  /** A raw body instead of an envelope, e.g. an HTML error page or cut-off JSON. */
  body?: string;
  headers?: Record<string, string>;
  /** Run the real handler first (the change is applied), then answer with the fault: a lost answer. */
  applyFirst?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path below the API base, e.g. `/accounts/<id>/workers/scripts/<name>/versions`. */
  path: string;
  /** The query string without `?`, empty when there is none. */
  query: string;
  /** The route template that matched, or undefined when none did. */
  route: Route | undefined;
  /** The values of the route's parameters, e.g. `{ account, script, version }`. */
  params: Record<string, string>;
  status: number;
  /** Parsed JSON body, or the `metadata` part of a multipart Worker upload. */
  body: unknown;
}

export interface CloudflareStandInOptions {
  accountId?: string;
  apiToken?: string;
  /** The account's workers.dev subdomain. */
  subdomain?: string;
  deployableVersions?: number;
  /**
   * Called (and awaited before the answer) after every change of a Worker's deployment through the
   * API: a test makes whatever answers on the Worker's URL follow the deployment.
   */
  onDeployment?: (script: string, deployment: Deployment) => void | Promise<void>;
}

export interface CloudflareStandIn {
  /** The API base for CLOUDFLARE_API_BASE_URL, `/client/v4` included (wrangler appends only the path). */
  readonly url: string;
  readonly accountId: string;
  /** Environment for wrangler: the stand-in's base URL and credentials, and wranglerTestEnv. */
  readonly env: Record<string, string>;
  readonly requests: RecordedRequest[];
  /** Requests wrangler tried to send to any other host (`CONNECT host:443` or an absolute URL). */
  readonly outsideRequests: string[];
  readonly state: WorkersModel;
  fault(fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

type Params = Record<string, string>;
type Handler = (params: Params, request: ParsedRequest) => unknown;

interface ParsedRequest {
  query: URLSearchParams;
  body: unknown;
}

export async function startCloudflareStandIn(options: CloudflareStandInOptions = {}): Promise<CloudflareStandIn> {
  const accountId = options.accountId ?? '0123456789abcdef0123456789abcdef';
  const apiToken = options.apiToken ?? 'standin-api-token';
  const subdomain = options.subdomain ?? 'standin';
  const state = new WorkersModel(options.deployableVersions);
  const requests: RecordedRequest[] = [];
  const outsideRequests: string[] = [];
  let faults: Fault[] = [];
  const handlers = routeHandlers(state, accountId, subdomain);

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => response.destroy());
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = request.url ?? '/';
    if (!raw.startsWith('/')) {
      // An absolute URL: a plain-HTTP request sent through the proxy variables to another host.
      outsideRequests.push(`${request.method} ${raw}`);
      request.resume();
      send(response, 403, envelopeOf(errorCodes.noRoute, 'the Cloudflare stand-in refuses requests to other hosts'));
      return;
    }
    const url = new URL(raw, 'http://standin');
    const path = url.pathname.startsWith(apiPrefix) ? url.pathname.slice(apiPrefix.length) : url.pathname;
    const method = request.method ?? 'GET';
    const body = await readBody(request);
    const match = matchRoute(method, path);
    const record: RecordedRequest = {
      method,
      path,
      query: url.search.slice(1),
      route: match?.route,
      params: match?.params ?? {},
      status: 0,
      body,
    };
    requests.push(record);
    const reply = (status: number, payload: Envelope | string, headers: Record<string, string> = {}) => {
      record.status = status;
      send(response, status, payload, headers);
    };

    const fault = match && takeFault(match.route, match.params.script);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.applyFirst && match) {
      try {
        handlers[match.route](match.params, { query: url.searchParams, body });
        await announce(match.route, match.params.script);
      } catch {
        // the lost answer is the fault's, whatever the handler said
      }
    }
    if (fault && (fault.status !== undefined || fault.errors !== undefined || fault.body !== undefined)) {
      const errors = fault.errors ?? [{ code: errorCodes.unknown, message: 'An unknown error has occurred' }];
      reply(fault.status ?? 500, fault.body ?? { success: false, errors, messages: [], result: null }, fault.headers);
      return;
    }

    if (match === undefined || !url.pathname.startsWith(apiPrefix)) {
      const message = `Could not route to ${path}, perhaps your object identifier is invalid?`;
      reply(404, envelopeOf(errorCodes.noRoute, message));
      return;
    }
    const wrongAccount = match.params.account !== undefined && match.params.account !== accountId;
    if (request.headers.authorization !== `Bearer ${apiToken}` || wrongAccount) {
      reply(403, envelopeOf(errorCodes.authentication, 'Authentication error'));
      return;
    }
    try {
      const result = handlers[match.route](match.params, { query: url.searchParams, body });
      await announce(match.route, match.params.script);
      reply(200, { success: true, errors: [], messages: [], result });
    } catch (error) {
      if (!(error instanceof ApiRefusal)) {
        reply(500, envelopeOf(errorCodes.unknown, `stand-in failure: ${String(error)}`));
        return;
      }
      reply(error.status, { success: false, errors: error.errors, messages: [], result: null });
    }
  }

  async function announce(route: Route, script: string | undefined): Promise<void> {
    if (!options.onDeployment || script === undefined) return;
    if (route !== 'POST /accounts/:account/workers/scripts/:script/deployments' && route !== 'PUT /accounts/:account/workers/scripts/:script') return;
    const deployment = state.activeDeployment(script);
    if (deployment) await options.onDeployment(script, deployment);
  }

  function takeFault(route: Route, script: string | undefined): Fault | undefined {
    const fault = faults.find((f) => f.route === route && (f.script === undefined || f.script === script));
    if (fault?.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) faults = faults.filter((f) => f !== fault);
    }
    return fault;
  }

  server.on('connect', (request: IncomingMessage, socket) => {
    outsideRequests.push(`CONNECT ${request.url ?? ''}`);
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configDir = await mkdtemp(join(tmpdir(), 'wrangler-config-'));

  return {
    url: origin + apiPrefix,
    accountId,
    env: {
      ...wranglerTestEnv(configDir),
      CLOUDFLARE_API_BASE_URL: origin + apiPrefix,
      CLOUDFLARE_API_TOKEN: apiToken,
      CLOUDFLARE_ACCOUNT_ID: accountId,
      // A tripwire: whatever wrangler sends elsewhere comes here instead, and is refused.
      HTTPS_PROXY: origin,
      https_proxy: origin,
      HTTP_PROXY: origin,
      http_proxy: origin,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
    },
    requests,
    outsideRequests,
    state,
    fault: (fault) => void faults.push({ ...fault }),
    clearFaults: () => void (faults = []),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await rm(configDir, { recursive: true, force: true });
    },
  };
}

const routes = [
  'GET /user/tokens/verify',
  'GET /user',
  'GET /accounts',
  'GET /memberships',
  'GET /accounts/:account/workers/services/:script',
  'GET /accounts/:account/workers/subdomain',
  'GET /accounts/:account/workers/workers/:script',
  'PUT /accounts/:account/workers/scripts/:script',
  'POST /accounts/:account/workers/scripts/:script/subdomain',
  'GET /accounts/:account/workers/scripts/:script/settings',
  'PATCH /accounts/:account/workers/scripts/:script/script-settings',
  'POST /accounts/:account/workers/scripts/:script/versions',
  'GET /accounts/:account/workers/scripts/:script/versions',
  'GET /accounts/:account/workers/scripts/:script/versions/:version',
  'GET /accounts/:account/workers/scripts/:script/deployments',
  'POST /accounts/:account/workers/scripts/:script/deployments',
] as const;

/** A route as `METHOD /path/:param`, the key for faults and for recorded requests. */
export type Route = (typeof routes)[number];

const routePatterns = routes.map((route) => {
  const [method, template = ''] = route.split(' ');
  const names: string[] = [];
  const source = template.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, method, pattern: new RegExp(`^${source}$`), names };
});

function matchRoute(method: string, path: string): { route: Route; params: Params } | undefined {
  for (const { route, method: routeMethod, pattern, names } of routePatterns) {
    const found = routeMethod === method ? pattern.exec(path) : null;
    if (found === null) continue;
    const params: Params = {};
    names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1] ?? '')));
    return { route, params };
  }
  return undefined;
}

/** The Worker upload metadata wrangler sends (the fields the model keeps). */
interface UploadMetadata {
  compatibility_date?: string;
  bindings?: unknown[];
  annotations?: Record<string, string | undefined>;
  migrations?: { new_tag?: string };
}

function routeHandlers(state: WorkersModel, accountId: string, subdomain: string): Record<Route, Handler> {
  const account = { id: accountId, name: 'Stand-in account' };
  const scriptOf = (params: Params) => params.script ?? '';
  const upload = (params: Params, body: unknown) => {
    const metadata = (body ?? {}) as UploadMetadata;
    const annotations = Object.fromEntries(
      Object.entries(metadata.annotations ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return state.uploadVersion(scriptOf(params), {
      annotations,
      bindings: metadata.bindings ?? [],
      ...(metadata.compatibility_date !== undefined && { compatibility_date: metadata.compatibility_date }),
      ...(metadata.migrations?.new_tag !== undefined && { migration_tag: metadata.migrations.new_tag }),
    });
  };

  return {
    // wrangler asks these for the account when CLOUDFLARE_ACCOUNT_ID is unset, and after an authentication error.
    'GET /user/tokens/verify': () => ({ id: 'standin-token', status: 'active' }),
    'GET /user': () => ({ id: 'standin-user', email: authorEmail }),
    'GET /accounts': () => [account],
    'GET /memberships': () => [{ id: 'standin-membership', status: 'accepted', account, roles: ['Administrator'] }],
    'GET /accounts/:account/workers/services/:script': (params) => {
      const script = state.scripts.get(scriptOf(params));
      if (script === undefined) {
        throw new ApiRefusal(404, errorCodes.serviceNotFound, 'workers.api.error.service_not_found');
      }
      return {
        id: script.name,
        default_environment: {
          environment: 'production',
          created_on: script.created_on,
          modified_on: script.modified_on,
          script: {
            id: script.name,
            tag: script.tag,
            tags: script.settings.tags ?? [],
            created_on: script.created_on,
            modified_on: script.modified_on,
            last_deployed_from: 'wrangler',
            ...(script.migration_tag !== undefined && { migration_tag: script.migration_tag }),
          },
        },
        created_on: script.created_on,
        modified_on: script.modified_on,
      };
    },
    'GET /accounts/:account/workers/subdomain': () => ({ subdomain }),
    'GET /accounts/:account/workers/workers/:script': (params) => {
      const script = state.script(scriptOf(params));
      return { id: script.tag, name: script.name, subdomain: script.subdomain, created_on: script.created_on };
    },
    'PUT /accounts/:account/workers/scripts/:script': (params, { body }) => {
      const version = upload(params, body);
      state.deploy(scriptOf(params), [{ version_id: version.id, percentage: 100 }]);
      const script = state.script(scriptOf(params));
      return {
        id: script.name,
        tag: script.tag,
        etag: randomBytes(32).toString('hex'),
        handlers: ['fetch'],
        created_on: script.created_on,
        modified_on: script.modified_on,
        deployment_id: version.id,
        startup_time_ms: 1,
        ...(script.migration_tag !== undefined && { migration_tag: script.migration_tag }),
      };
    },
    'POST /accounts/:account/workers/scripts/:script/subdomain': (params, { body }) => {
      const script = state.script(scriptOf(params));
      const wanted = (body ?? {}) as { enabled?: boolean; previews_enabled?: boolean };
      script.subdomain = {
        enabled: wanted.enabled ?? script.subdomain.enabled,
        previews_enabled: wanted.previews_enabled ?? script.subdomain.previews_enabled,
      };
      return script.subdomain;
    },
    'GET /accounts/:account/workers/scripts/:script/settings': (params) => {
      const name = scriptOf(params);
      const serving = state.activeDeployment(name)?.versions[0];
      const version = serving && state.version(name, serving.version_id);
      return {
        ...state.script(name).settings,
        bindings: version?.bindings ?? [],
        compatibility_date: version?.compatibility_date,
      };
    },
    'PATCH /accounts/:account/workers/scripts/:script/script-settings': (params, { body }) => {
      const script = state.script(scriptOf(params));
      script.settings = { ...script.settings, ...(body as Record<string, unknown>) };
      return script.settings;
    },
    'POST /accounts/:account/workers/scripts/:script/versions': (params, { body }) => {
      const version = upload(params, body);
      return { ...versionBody(version), startup_time_ms: 1 };
    },
    'GET /accounts/:account/workers/scripts/:script/versions': (params, { query }) => {
      const name = scriptOf(params);
      const versions =
        query.get('deployable') === 'true' ? state.deployable(name) : [...state.script(name).versions].reverse();
      return { items: versions.map(versionBody) };
    },
    'GET /accounts/:account/workers/scripts/:script/versions/:version': (params) =>
      versionBody(state.version(scriptOf(params), params.version ?? '')),
    'GET /accounts/:account/workers/scripts/:script/deployments': (params) => ({
      deployments: [...state.script(scriptOf(params)).deployments].reverse(),
    }),
    'POST /accounts/:account/workers/scripts/:script/deployments': (params, { body, query }) => {
      const request = (body ?? {}) as { strategy?: unknown; versions?: unknown; annotations?: Record<string, string> };
      // Cloudflare's schema: `strategy` is required and only "percentage" exists; `versions` is required.
      if (request.strategy !== 'percentage') {
        throw new ApiRefusal(400, errorCodes.invalidDeployment, `workers.api.error.invalid_deployment: strategy must be "percentage", got ${JSON.stringify(request.strategy) ?? 'nothing'}`);
      }
      if (!Array.isArray(request.versions) || !request.versions.every((v) => typeof v?.version_id === 'string' && typeof v?.percentage === 'number')) {
        throw new ApiRefusal(400, errorCodes.invalidDeployment, 'workers.api.error.invalid_deployment: versions must be a list of { version_id, percentage }');
      }
      return state.deploy(scriptOf(params), request.versions as VersionTraffic[], request.annotations?.['workers/message'], { force: query.get('force') === 'true' });
    },
  };
}

/** A version as the versions endpoints show it. */
function versionBody(version: WorkerVersion) {
  return {
    id: version.id,
    number: version.number,
    metadata: {
      author_email: authorEmail,
      author_id: 'standin-author',
      created_on: version.created_on,
      modified_on: version.created_on,
      source: version.source,
      has_preview: false,
    },
    annotations: version.annotations,
    resources: {
      script: { etag: version.id.replaceAll('-', ''), handlers: ['fetch'] },
      script_runtime: {
        compatibility_date: version.compatibility_date,
        compatibility_flags: [],
        usage_model: 'standard',
      },
      bindings: version.bindings,
    },
  };
}

function envelopeOf(code: number, message: string): Envelope {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}

function send(
  response: ServerResponse,
  status: number,
  payload: Envelope | string,
  headers: Record<string, string> = {},
): void {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(text);
}

/** JSON bodies parsed; a multipart Worker upload reduced to its `metadata` part. */
async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const buffer = Buffer.concat(chunks);
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(buffer, { headers: { 'content-type': type } }).formData();
    const metadata = form.get('metadata');
    if (metadata === null) return undefined;
    return JSON.parse(typeof metadata === 'string' ? metadata : await metadata.text());
  }
  const text = buffer.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface WranglerRun {
  args: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The entries of the ND-JSON output file (WRANGLER_OUTPUT_FILE_PATH). */
  output: WranglerOutputEntry[];
  durationMs: number;
}

/** One line of wrangler's ND-JSON output file, as wrangler 4.164 writes them for these commands. */
export type WranglerOutputEntry =
  | WranglerSessionEntry
  | DeployEntry
  | VersionUploadEntry
  | VersionDeployEntry
  | CommandFailedEntry;

interface OutputEntryBase {
  version: 1;
  timestamp: string;
}

/** First line of every run. */
export interface WranglerSessionEntry extends OutputEntryBase {
  type: 'wrangler-session';
  wrangler_version: string;
  command_line_args: string[];
  log_file_path: string;
}

/** `wrangler deploy`: the version now at 100 %. `worker_tag` is null on the first deploy. */
export interface DeployEntry extends OutputEntryBase {
  type: 'deploy';
  worker_name: string | null;
  worker_tag: string | null;
  version_id: string | null;
  targets?: string[];
  wrangler_environment?: string;
  worker_name_overridden: boolean;
  bundle_size?: { raw_bytes: number; gzip_bytes: number };
}

export interface VersionUploadEntry extends OutputEntryBase {
  type: 'version-upload';
  worker_name: string | null;
  worker_tag: string | null;
  version_id: string | null;
  preview_url?: string;
  preview_alias_url?: string;
  wrangler_environment?: string;
  worker_name_overridden: boolean;
  bundle_size?: { raw_bytes: number; gzip_bytes: number };
}

/** `wrangler versions deploy`. `version_traffic` is always `{}`: wrangler serialises a Map. */
export interface VersionDeployEntry extends OutputEntryBase {
  type: 'version-deploy';
  worker_name: string;
  worker_tag: string | null;
  deployment_id: string;
  version_traffic: Record<string, number>;
}

/**
 * Any failed command. `code` is the first Cloudflare API error code; `message` names only the
 * failed request, the API's own message goes to stderr.
 */
export interface CommandFailedEntry extends OutputEntryBase {
  type: 'command-failed';
  code?: number;
  message: string;
  retry_after_ms?: number;
}

/** Runs real wrangler with `env` (e.g. a stand-in's) in the test Worker's folder. */
export async function runWrangler(
  args: string[],
  options: { env: Record<string, string>; cwd?: string },
): Promise<WranglerRun> {
  const outputDir = await mkdtemp(join(tmpdir(), 'wrangler-output-'));
  const outputFile = join(outputDir, 'output.ndjson');
  const started = performance.now();
  try {
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
      (resolve) => {
        execFile(
          process.execPath,
          [wranglerCli, ...args],
          {
            cwd: options.cwd ?? testWorkerDir,
            env: { ...process.env, ...options.env, WRANGLER_OUTPUT_FILE_PATH: outputFile },
            maxBuffer: 64 * 1024 * 1024,
          },
          (error, stdout, stderr) => {
            const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
            resolve({ exitCode: code, stdout, stderr });
          },
        );
      },
    );
    const durationMs = Math.round(performance.now() - started);
    return { args, exitCode, stdout, stderr, output: await readWranglerOutput(outputFile), durationMs };
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
}

/** Parses wrangler's ND-JSON output file; a missing file has no entries. */
export async function readWranglerOutput(file: string): Promise<WranglerOutputEntry[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as WranglerOutputEntry);
}
