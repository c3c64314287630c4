/**
 * A loopback stand-in for the GitHub REST API, for the tests of every action.
 *
 * Tests point `GITHUB_API_URL` at `gh.url`, script the endpoints the code under test may call, and
 * afterwards inspect what was called:
 *
 * ```ts
 * const gh = await startGitHubStandIn();
 * gh.paginate('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', [commit({ message: 'feat: x' })]);
 * // ... run the action with GITHUB_API_URL=gh.url ...
 * expect(gh.count('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits')).toBe(1);
 * expect(gh.unmatched).toEqual([]);
 * expect(gh.violations).toEqual([]);
 * await gh.close();
 * ```
 *
 * Only what a test scripts is served; anything else is a 404 recorded in `gh.unmatched`. Every
 * path template is checked against GitHub's OpenAPI description (from `@octokit/openapi`) when
 * it is registered, and every 2xx body served is validated against the documented response
 * schema, so scripted answers cannot drift from what the real API returns.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createServer,
  STATUS_CODES,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An operation as GitHub's OpenAPI description names it: method and path template, e.g. `'GET /repos/{owner}/{repo}'`. */
export type Operation = `${HttpMethod} /${string}`;

/** What a route answers. `status` defaults to 200; `headers` override the stand-in's defaults. */
export interface StandInResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON; no body (and no content-type) when undefined. */
  body?: unknown;
  /** Sent as it is, as a raw media type (a file's text for `Accept: application/vnd.github.raw`), instead of `body`. */
  raw?: string;
}

/** A request as a route handler sees it. */
export interface StandInRequest {
  method: HttpMethod;
  /** The request path, without the query string, e.g. `/repos/octo/hello/pulls/1/commits`. */
  path: string;
  /** Path parameters by their OpenAPI names, URL-decoded, e.g. `{ owner: 'octo', repo: 'hello', pull_number: '1' }`. */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON request body, or undefined when the request had none. */
  body: unknown;
}

export type Handler = (request: StandInRequest) => StandInResponse | Promise<StandInResponse>;

/** A failure served instead of a route's answer; see {@link GitHubStandIn.fault}. */
export type Fault =
  /** An error status, with `{ message: <reason phrase> }` unless a body is given. */
  | { kind: 'status'; status: number; body?: unknown }
  /** GitHub's secondary ("abuse") rate limit: 403 or 429 with `retry-after`. */
  | { kind: 'rate-limit-secondary'; status: 403 | 429; retryAfter: number }
  /** The primary rate limit exhausted: 403 with `x-ratelimit-remaining: 0` and a reset time. */
  | { kind: 'rate-limit-primary'; resetInSeconds: number }
  /** Accept the request and never answer (until `close()`). */
  | { kind: 'hang' }
  /** 200 with a JSON content-type and a truncated JSON body. */
  | { kind: 'malformed' }
  /** Destroy the connection without answering. */
  | { kind: 'reset' };

/** A request received by the stand-in. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The operation that answered it (route or fault), e.g. `'GET /repos/{owner}/{repo}'`; undefined when unrouted. */
  operation: Operation | undefined;
  /** The status served; undefined while unanswered, and for `hang` and `reset` faults. */
  status: number | undefined;
}

export interface StandInOptions {
  /**
   * `x-ratelimit-limit`; `x-ratelimit-remaining` counts down from it, one per response.
   * Default 1000, a GITHUB_TOKEN's hourly limit.
   */
  rateLimit?: number;
}

export interface GitHubStandIn {
  /** Base URL to use as `GITHUB_API_URL`, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Every request, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests no route or fault answered (served 404 Not Found). */
  readonly unmatched: readonly RecordedRequest[];
  /**
   * Test bugs found while serving: 2xx bodies that do not match GitHub's OpenAPI description
   * (served as 500 naming the violations) and handlers that threw (served as 500).
   */
  readonly violations: readonly string[];

  /**
   * Answers `method path` with a fixed response or a handler's. `path` is a template from GitHub's
   * OpenAPI description (`/repos/{owner}/{repo}/pulls/{pull_number}/commits`); registering a path or
   * method that GitHub does not document throws. Registering the same operation again replaces
   * the previous answer. When several routes match a request, the one with the most literal
   * characters wins (`/pulls/comments` over `/pulls/{pull_number}`).
   */
  route(method: HttpMethod, path: `/${string}`, answer: Handler | StandInResponse): void;

  /**
   * Serves `items` as a paginated list the way GitHub does: `per_page` (default `perPageDefault`,
   * at most 100) and `page` (from 1) select the slice, and a `link` header carries absolute
   * `prev`, `next`, `last` and `first` URLs that keep the request's other query parameters.
   */
  paginate(method: HttpMethod, path: `/${string}`, items: readonly unknown[], options?: { perPageDefault?: number }): void;

  /**
   * Serves `fault` instead of the route's answer for the next `times` requests to `method path`
   * (every request when `times` is omitted). Faults take precedence over the route and are used
   * first in, first out; a fault without `times` therefore shadows those added after it.
   */
  fault(method: HttpMethod, path: `/${string}`, fault: Fault, options?: { times?: number }): void;

  /** How many requests `operation` answered (routes and faults alike). Throws for an undocumented operation. */
  count(operation: Operation): number;

  /** Violations of GitHub's documented `status` response of `operation` by `body`; empty when it conforms. */
  validate(operation: Operation, status: number, body: unknown): string[];

  /** Stops the server, cutting any connection still open (hanging requests included). */
  close(): Promise<void>;
}

/** Starts a stand-in on 127.0.0.1 with an ephemeral port. */
export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const standIn = new StandIn(options.rateLimit ?? 1000);
  await standIn.listen();
  return standIn;
}

// ---------------------------------------------------------------------------------------------
// GitHub's OpenAPI description

interface OpenApiParameter {
  name: string;
  in: string;
  /** GitHub's marker for path parameters whose value may contain `/` (branch names, file paths). */
  'x-multi-segment'?: boolean;
}

interface OpenApiResponse {
  content?: Record<string, { schema?: unknown }>;
}

type Ref = { $ref: string };

interface OpenApiOperation {
  parameters?: (OpenApiParameter | Ref)[];
  responses: Record<string, OpenApiResponse | Ref>;
}

interface OpenApiDocument {
  paths: Record<string, Partial<Record<string, OpenApiOperation>>>;
  components: { schemas: Record<string, unknown> };
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

let openApiDocument: OpenApiDocument | undefined;

/**
 * GitHub's description of api.github.com, parsed once per process on first use. The variant with
 * `$ref`s kept (13 MB) is used rather than the dereferenced one (73 MB): Ajv resolves the refs.
 * The package's index.js is avoided on purpose: it parses all ten descriptions (~450 MB).
 */
function openApi(): OpenApiDocument {
  openApiDocument ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as OpenApiDocument;
  return openApiDocument;
}

/** Follows a local `$ref` (`#/components/...`) in the OpenAPI document. */
function deref<T extends object>(value: T | Ref): T {
  if (!('$ref' in value)) return value;
  let node: unknown = openApi();
  for (const part of value.$ref.slice(2).split('/')) {
    node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  if (node === undefined) throw new Error(`GitHub's OpenAPI description has no ${value.$ref}`);
  return node as T;
}

/** The documented operation, or an error saying what is wrong with `method path`. */
function specOperation(method: HttpMethod, path: string): OpenApiOperation {
  const { paths } = openApi();
  const item = paths[path];
  if (item === undefined) {
    // Most mistakes are a misnamed parameter: suggest the paths that differ only in names.
    const shape = (template: string) => template.replace(/\{[^}]*\}/g, '{}');
    const near = Object.keys(paths).filter((candidate) => shape(candidate) === shape(path));
    const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '';
    throw new Error(`${method} ${path}: not a path in GitHub's OpenAPI description${hint}`);
  }
  const operation = item[method.toLowerCase()];
  if (operation === undefined) {
    const documented = Object.keys(item).map((m) => m.toUpperCase());
    throw new Error(`${method} ${path}: GitHub documents only ${documented.join(', ')} for this path`);
  }
  return operation;
}

function parseOperation(operation: Operation): { method: HttpMethod; path: string } {
  const space = operation.indexOf(' ');
  const method = operation.slice(0, space) as HttpMethod;
  if (!METHODS.includes(method)) throw new Error(`${operation}: unknown method`);
  return { method, path: operation.slice(space + 1) };
}

// ---------------------------------------------------------------------------------------------
// Response validation

/** Identifier of the components document in Ajv; component `$ref`s resolve against it. */
const COMPONENTS_ID = 'https://github-standin.test/components.json';

let ajvInstance: Ajv | undefined;
/** Compiled response validators by `${operation} ${status}`, shared by all stand-ins of the process. */
const validators = new Map<string, ValidateFunction>();

/**
 * One Ajv for the process, holding every component schema converted to JSON Schema. Nothing is
 * compiled here: Ajv compiles a component when an operation's schema first reaches it.
 */
function ajv(): Ajv {
  if (ajvInstance === undefined) {
    ajvInstance = new Ajv({ strict: false, allErrors: true });
    addFormats(ajvInstance);
    const schemas = Object.fromEntries(
      Object.entries(openApi().components.schemas).map(([name, schema]) => [name, toJsonSchema(schema, '')]),
    );
    ajvInstance.addSchema({ components: { schemas } }, COMPONENTS_ID);
  }
  return ajvInstance;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Converts an OpenAPI 3.0 schema to JSON Schema (draft-07) for Ajv.
 *
 * `nullable: true` becomes a `null` type. Ajv's own `nullable` support is not enough: it rejects
 * `nullable` without a sibling `type`, and GitHub has over a hundred such schemas (`nullable`
 * next to `oneOf`, `anyOf`, `allOf` or nothing at all), which become `anyOf: [null, schema]`. A
 * nullable `enum` also gets `null` added, as GitHub lists it explicitly in only half of them.
 *
 * `$ref`s are prefixed with `refBase`, so that an operation's schema, compiled on its own,
 * resolves them in the components document. Only schema positions are walked, so properties
 * that happen to be named `nullable` or `type` are left alone.
 */
function toJsonSchema(schema: unknown, refBase: string): unknown {
  if (!isObject(schema)) return schema;
  const { nullable, ...rest } = schema;
  // In OpenAPI 3.0 the siblings of a $ref are ignored.
  if (typeof rest.$ref === 'string') return { $ref: refBase + rest.$ref };
  const convert = (subschema: unknown) => toJsonSchema(subschema, refBase);
  const converted: Record<string, unknown> = { ...rest };
  for (const key of ['properties', 'patternProperties']) {
    const map = rest[key];
    if (isObject(map)) converted[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, convert(v)]));
  }
  for (const key of ['items', 'additionalProperties', 'not']) {
    if (isObject(rest[key])) converted[key] = convert(rest[key]);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = rest[key];
    if (Array.isArray(list)) converted[key] = list.map(convert);
  }
  if (nullable !== true) return converted;
  if (typeof converted.type === 'string') {
    converted.type = [converted.type, 'null'];
    if (Array.isArray(converted.enum) && !converted.enum.includes(null)) converted.enum = [...converted.enum, null];
    return converted;
  }
  return { anyOf: [{ type: 'null' }, converted] };
}

function describeError(error: ErrorObject): string {
  let detail = '';
  if (error.keyword === 'enum') detail = `: ${JSON.stringify(error.params.allowedValues)}`;
  if (error.keyword === 'additionalProperties') detail = `: '${String(error.params.additionalProperty)}'`;
  return `${error.instancePath || '(body)'} ${error.message ?? error.keyword}${detail}`;
}

/** See {@link GitHubStandIn.validate}. */
function validateResponse(operation: Operation, status: number, body: unknown): string[] {
  const { method, path } = parseOperation(operation);
  const documented = specOperation(method, path).responses;
  const prefix = `${operation} (${status}):`;
  const response = documented[String(status)];
  if (response === undefined) {
    return [`${prefix} status not documented (documented: ${Object.keys(documented).join(', ')})`];
  }
  const { content } = deref(response);
  if (content === undefined) return body === undefined ? [] : [`${prefix} GitHub documents no body for this status`];
  // Bodies are served as JSON; an operation documented with other media types only (raw text,
  // diffs) has nothing to check them against.
  const mediaType =
    'application/json' in content ? 'application/json' : Object.keys(content).find((type) => type.endsWith('+json'));
  const schema = mediaType === undefined ? undefined : content[mediaType]?.schema;
  if (schema === undefined) return [];

  const key = `${operation} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv().compile(toJsonSchema(schema, COMPONENTS_ID) as object);
    validators.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `${prefix} ${describeError(error)}`);
}

// ---------------------------------------------------------------------------------------------
// The server

interface Route {
  operation: Operation;
  pattern: RegExp;
  paramNames: string[];
  /** Literal characters of the template: the more, the more specific. */
  specificity: number;
  answer: Handler | undefined;
  faults: { fault: Fault; remaining: number }[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function createRoute(method: HttpMethod, path: string): Route {
  const parameters = (specOperation(method, path).parameters ?? []).map((parameter) => deref(parameter));
  const multiSegment = new Set(
    parameters.filter((p) => p.in === 'path' && p['x-multi-segment'] === true).map((p) => p.name),
  );
  const paramNames: string[] = [];
  // Matched against the raw path, so an encoded `/` (%2F) stays inside a single segment.
  const source = path
    .split(/(\{[^}]*\})/)
    .map((part) => {
      const name = /^\{(.*)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      paramNames.push(name);
      return multiSegment.has(name) ? '(.+)' : '([^/]+)';
    })
    .join('');
  return {
    operation: `${method} ${path}` as Operation,
    pattern: new RegExp(`^${source}$`),
    paramNames,
    specificity: path.replace(/\{[^}]*\}/g, '').length,
    answer: undefined,
    faults: [],
  };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const DOCS = 'https://docs.github.com/rest';
const NOT_FOUND = { message: 'Not Found', documentation_url: DOCS };
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';

/** A request id in GitHub's format, e.g. `C2A0:3C9E5F:1A2B3C4:1B2C3D4:65F0A1B2`. */
function requestId(): string {
  const hex = randomBytes(16).toString('hex').toUpperCase();
  return [hex.slice(0, 4), hex.slice(4, 10), hex.slice(10, 17), hex.slice(17, 24), hex.slice(24, 32)].join(':');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function positiveInteger(query: URLSearchParams, name: string): number | undefined {
  const value = Number.parseInt(query.get(name) ?? '', 10);
  return value >= 1 ? value : undefined;
}

class StandIn implements GitHubStandIn {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly unmatched: RecordedRequest[] = [];
  readonly violations: string[] = [];

  readonly #server: Server;
  readonly #routes = new Map<Operation, Route>();
  /** Routes by decreasing specificity: the order in which requests are matched. */
  #matchOrder: Route[] = [];
  readonly #rateLimit: number;
  #rateRemaining: number;
  readonly #rateReset = Math.floor(Date.now() / 1000) + 3600;

  constructor(rateLimit: number) {
    this.#rateLimit = rateLimit;
    this.#rateRemaining = rateLimit;
    this.#server = createServer((request, response) => {
      // Only reading the request can fail here (the client went away): nothing left to answer.
      this.#handle(request, response).catch(() => response.destroy());
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  route(method: HttpMethod, path: `/${string}`, answer: Handler | StandInResponse): void {
    this.#route(method, path).answer = typeof answer === 'function' ? answer : () => answer;
  }

  paginate(
    method: HttpMethod,
    path: `/${string}`,
    items: readonly unknown[],
    options: { perPageDefault?: number } = {},
  ): void {
    const perPageDefault = options.perPageDefault ?? 30;
    this.route(method, path, ({ path: requestPath, query }) => {
      // Missing or invalid values fall back to the defaults; per_page is capped at 100, as on GitHub.
      const perPage = Math.min(positiveInteger(query, 'per_page') ?? perPageDefault, 100);
      const page = positiveInteger(query, 'page') ?? 1;
      const lastPage = Math.max(1, Math.ceil(items.length / perPage));
      const link = (target: number, rel: string) => {
        const linkQuery = new URLSearchParams(query);
        linkQuery.set('page', String(target));
        linkQuery.set('per_page', String(perPage));
        return `<${this.url}${requestPath}?${linkQuery.toString()}>; rel="${rel}"`;
      };
      // GitHub's order: prev, next, last, first.
      const links: string[] = [];
      if (page > 1) links.push(link(page - 1, 'prev'));
      if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
      if (page > 1) links.push(link(1, 'first'));
      return {
        headers: links.length > 0 ? { link: links.join(', ') } : {},
        body: items.slice((page - 1) * perPage, page * perPage),
      };
    });
  }

  fault(method: HttpMethod, path: `/${string}`, fault: Fault, options: { times?: number } = {}): void {
    const { times } = options;
    if (times !== undefined && !(Number.isInteger(times) && times >= 1)) {
      throw new Error(`fault(${method} ${path}): times must be a positive integer, got ${times}`);
    }
    this.#route(method, path).faults.push({ fault, remaining: times ?? Infinity });
  }

  count(operation: Operation): number {
    const { method, path } = parseOperation(operation);
    specOperation(method, path); // a misspelt operation would otherwise count 0 forever
    return this.requests.filter((request) => request.operation === operation).length;
  }

  validate(operation: Operation, status: number, body: unknown): string[] {
    return validateResponse(operation, status, body);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve, reject) => {
      this.#server.close((error) => (error ? reject(error) : resolve()));
    });
    this.#server.closeAllConnections();
    await closed;
  }

  #route(method: HttpMethod, path: string): Route {
    const operation = `${method} ${path}` as Operation;
    let route = this.#routes.get(operation);
    if (route === undefined) {
      route = createRoute(method, path);
      this.#routes.set(operation, route);
      this.#matchOrder = [...this.#routes.values()].sort((a, b) => b.specificity - a.specificity);
    }
    return route;
  }

  #match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.#matchOrder) {
      if (!route.operation.startsWith(`${method} `)) continue;
      const found = route.pattern.exec(path);
      if (found === null) continue;
      const params = Object.fromEntries(route.paramNames.map((name, i) => [name, decode(found[i + 1] ?? '')]));
      return { route, params };
    }
    return undefined;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawBody = await readBody(request);
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', this.url);
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: undefined,
      operation: undefined,
      status: undefined,
    };
    this.requests.push(recorded);
    try {
      recorded.body = rawBody === '' ? undefined : (JSON.parse(rawBody) as unknown);
    } catch {
      this.#send(response, recorded, { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } });
      return;
    }

    const match = this.#match(method, url.pathname);
    const fault = match === undefined ? undefined : this.#takeFault(match.route);
    if (match !== undefined && fault !== undefined) {
      recorded.operation = match.route.operation;
      this.#serveFault(response, recorded, fault);
      return;
    }
    const respond = match?.route.answer;
    if (match === undefined || respond === undefined) {
      this.unmatched.push(recorded);
      this.#send(response, recorded, { status: 404, body: NOT_FOUND });
      return;
    }
    const { route, params } = match;
    recorded.operation = route.operation;

    let answer: StandInResponse;
    try {
      answer = await respond({
        method: method as HttpMethod,
        path: url.pathname,
        params,
        query: url.searchParams,
        headers: request.headers,
        body: recorded.body,
      });
    } catch (error) {
      this.#fail(response, recorded, error);
      return;
    }
    const status = answer.status ?? 200;
    // A raw media type (`application/vnd.github.raw`) is text GitHub documents no schema for.
    const problems = status >= 200 && status < 300 && answer.raw === undefined ? validateResponse(route.operation, status, answer.body) : [];
    if (problems.length > 0) {
      this.violations.push(...problems);
      this.#send(response, recorded, {
        status: 500,
        body: {
          message: "GitHub stand-in: the scripted response does not match GitHub's OpenAPI description",
          violations: problems,
        },
      });
      return;
    }
    this.#send(response, recorded, answer);
  }

  #takeFault(route: Route): Fault | undefined {
    const next = route.faults[0];
    if (next === undefined) return undefined;
    next.remaining -= 1;
    if (next.remaining <= 0) route.faults.shift();
    return next.fault;
  }

  #serveFault(response: ServerResponse, recorded: RecordedRequest, fault: Fault): void {
    switch (fault.kind) {
      case 'status':
        this.#send(response, recorded, {
          status: fault.status,
          body: fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Error' },
        });
        return;
      case 'rate-limit-secondary': {
        const id = requestId();
        this.#send(response, recorded, {
          status: fault.status,
          headers: { 'retry-after': String(fault.retryAfter), 'x-github-request-id': id },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
              `If you reach out to GitHub Support for help, please include the request ID ${id}.`,
            documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
          },
        });
        return;
      }
      case 'rate-limit-primary':
        this.#send(response, recorded, {
          status: 403,
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(this.#rateLimit),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + fault.resetInSeconds),
          },
          body: {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url: `${RATE_LIMIT_DOCS}#about-the-primary-rate-limit`,
          },
        });
        return;
      case 'hang':
        return; // answered by close(), which cuts the connection
      case 'malformed':
        recorded.status = 200;
        response.writeHead(200, this.#defaultHeaders(true));
        response.end('[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","commit":{"message":"Fix all the');
        return;
      case 'reset':
        response.socket?.destroy();
        return;
    }
  }

  /** A test bug surfaced while answering: record it, and answer 500 if still possible. */
  #fail(response: ServerResponse, recorded: RecordedRequest, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const what = recorded.operation ?? `${recorded.method} ${recorded.path}`;
    const message = `${what}: GitHub stand-in could not answer: ${reason}`;
    this.violations.push(message);
    this.#send(response, recorded, { status: 500, body: { message } });
  }

  #send(response: ServerResponse, recorded: RecordedRequest, answer: StandInResponse): void {
    const status = answer.status ?? 200;
    let payload: string;
    try {
      payload = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    } catch (error) {
      this.#fail(response, recorded, error);
      return;
    }
    recorded.status = status;
    const overrides = Object.fromEntries(
      Object.entries(answer.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const raw = answer.raw === undefined ? {} : { 'content-type': 'application/vnd.github.raw; charset=utf-8' };
    response.writeHead(status, { ...this.#defaultHeaders(payload !== ''), ...raw, ...overrides });
    response.end(payload);
  }

  /** The headers GitHub sends with every response; each call counts one request against the rate limit. */
  #defaultHeaders(hasBody: boolean): Record<string, string> {
    this.#rateRemaining = Math.max(0, this.#rateRemaining - 1);
    return {
      ...(hasBody ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': requestId(),
      'x-ratelimit-limit': String(this.#rateLimit),
      'x-ratelimit-remaining': String(this.#rateRemaining),
      'x-ratelimit-reset': String(this.#rateReset),
      'x-ratelimit-used': String(this.#rateLimit - this.#rateRemaining),
      'x-ratelimit-resource': 'core',
    };
  }
}
