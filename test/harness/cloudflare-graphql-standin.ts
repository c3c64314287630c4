/**
 * A loopback stand-in for Cloudflare's GraphQL analytics endpoint (`POST /client/v4/graphql`),
 * for the Cloudflare source of post-deploy-monitor. Each request is parsed, validated and executed
 * with the reference GraphQL implementation (`graphql`) against the part of Cloudflare's schema
 * the monitor reads (`viewer.accounts.workersInvocationsAdaptive`), so a field, argument or filter
 * operator Cloudflare does not have is refused the way Cloudflare refuses it: HTTP 200, `data: null`
 * and an `errors` array. Rows are grouped by the dimensions the query selects, as Cloudflare groups
 * them. Answers come from the invocations the test records; a script can answer instead (faults).
 *
 * Where each name was checked (nothing here is guessed; what could not be checked is left out, so
 * it is refused):
 * - `viewer`, `accounts(filter: { accountTag })`, `workersInvocationsAdaptive(limit, filter)`,
 *   `sum { requests errors subrequests }`, `quantiles { cpuTimeP50 cpuTimeP99 }`,
 *   `dimensions { datetime scriptName status }`, the `string` and `Time` variable types, the filter
 *   `scriptName`, `datetime_geq`, `datetime_leq`, and `errors: null` in a clean answer:
 *   https://developers.cloudflare.com/analytics/graphql-api/tutorials/querying-workers-metrics/
 *   (cloudflare/cloudflare-docs, src/content/docs/analytics/graphql-api/tutorials/querying-workers-metrics.mdx).
 * - Filter operators: `<dimension>` (equal), `_gt`, `_lt`, `_geq`, `_leq`, `_neq`, `_in` on every
 *   scalar, `_like` (with `%`) on strings, `AND: [...]` and `OR: [...]`; `accountTag` and
 *   `accountTag_in` on the account filter:
 *   https://developers.cloudflare.com/analytics/graphql-api/features/filtering/ (…/features/filtering.mdx).
 * - A refused query is HTTP 200 with `data: null` and `errors: [{ message, path, extensions: { timestamp } }]`:
 *   https://developers.cloudflare.com/analytics/graphql-api/errors/.
 * - `status` values (`success`, `clientDisconnected`, `scriptThrewException`, `exceededResources`,
 *   `internalError`), `errors` counting the last three (a Worker answering HTTP 500 is a success),
 *   and wall time including I/O waits:
 *   https://developers.cloudflare.com/workers/observability/metrics-and-analytics/ (…/workers/observability/metrics-and-analytics.mdx).
 * - The `scriptVersion` dimension and the `scriptVersion_in` filter, `datetimeFifteenMinutes`,
 *   `sum { duration }`, the quantiles `wallTimeP50`, `wallTimeP90`, `wallTimeP99`, `wallTimeP999`,
 *   `requestDurationP50/P90/P99/P999`, `durationP50` and the type names
 *   `AccountWorkersInvocationsAdaptive{Sum,Quantiles,Dimensions}`: no page of Cloudflare's documentation
 *   names them; they are what the Cloudflare dashboard's own Workers metrics queries send
 *   (operations `GetWorkersVersionMetrics` and `getWorkerAnalytics`, with `__typename`), as public
 *   clients copy them, and an introspection of `AccountWorkersInvocationsAdaptiveDimensions`
 *   published in a public repository lists `datetime…`, `scriptName`, `scriptTag`, `scriptVersion`
 *   and `status` among its fields.
 * - The quantile levels P25, P50, P75, P90, P99, P999 of `cpuTime`, `wallTime`, `duration` and
 *   `responseBodySize` (there is no P95), and `sum { responseBodySize wallTime }`: the queries of
 *   a public Workers analytics client that asks for every level of every quantile and checks each
 *   answer field is a number. Quantiles are in microseconds (the schema's own descriptions, as
 *   introspection shows them).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql, Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/** Cloudflare's invocation statuses; `errors` counts the last three. */
export const INVOCATION_STATUSES = ['success', 'clientDisconnected', 'scriptThrewException', 'exceededResources', 'internalError'] as const;
export type InvocationStatus = (typeof INVOCATION_STATUSES)[number];
const ERROR_STATUSES: readonly InvocationStatus[] = ['scriptThrewException', 'exceededResources', 'internalError'];

export interface Invocation {
  scriptName: string;
  scriptVersion: string;
  at: Date;
  /** The invocation status (default success). An HTTP 500 the Worker answered is a success. */
  status?: InvocationStatus;
  /** Wall time in microseconds, as Cloudflare reports it. */
  wallTimeUs: number;
  cpuTimeUs?: number;
}

/**
 * Each dimension the stand-in knows, with its value for one invocation. `datetime` is to the
 * second, as Cloudflare answers it (`"datetime": "2020-05-04T18:10:35Z"` in the tutorial above),
 * and filters compare that value, so a bound inside a second cuts the whole second to one side.
 */
const DIMENSIONS: Record<string, { type: 'string' | 'Time'; of: (i: Invocation) => string }> = {
  scriptName: { type: 'string', of: (i) => i.scriptName },
  scriptVersion: { type: 'string', of: (i) => i.scriptVersion },
  status: { type: 'string', of: (i) => i.status ?? 'success' },
  datetime: { type: 'Time', of: (i) => `${i.at.toISOString().slice(0, 19)}Z` },
  datetimeFifteenMinutes: { type: 'Time', of: (i) => floorTo(i.at, 15 * 60_000) },
};
const SCALAR_OPERATORS = ['gt', 'lt', 'geq', 'leq', 'neq'] as const;
const LEVELS = ['P25', 'P50', 'P75', 'P90', 'P99', 'P999'] as const;
const QUANTILE_OF: Record<(typeof LEVELS)[number], number> = { P25: 0.25, P50: 0.5, P75: 0.75, P90: 0.9, P99: 0.99, P999: 0.999 };

function floorTo(at: Date, ms: number): string {
  return `${new Date(Math.floor(at.getTime() / ms) * ms).toISOString().slice(0, 19)}Z`;
}

const filterFields = Object.entries(DIMENSIONS).flatMap(([name, { type }]) => [
  `${name}: ${type}`,
  ...SCALAR_OPERATORS.map((op) => `${name}_${op}: ${type}`),
  `${name}_in: [${type}!]`,
  ...(type === 'string' ? [`${name}_like: string`] : []),
]);

const schema = buildSchema(`
  scalar string
  scalar Time
  scalar uint64
  scalar float64
  input AccountFilter_InputObject { accountTag: string, accountTag_in: [string!] }
  input AccountWorkersInvocationsAdaptiveFilter_InputObject {
    ${filterFields.join('\n    ')}
    AND: [AccountWorkersInvocationsAdaptiveFilter_InputObject!]
    OR: [AccountWorkersInvocationsAdaptiveFilter_InputObject!]
  }
  type AccountWorkersInvocationsAdaptiveSum { requests: uint64!, errors: uint64!, subrequests: uint64!, duration: float64!, responseBodySize: uint64!, wallTime: uint64! }
  type AccountWorkersInvocationsAdaptiveQuantiles {
    ${['cpuTime', 'wallTime', 'duration', 'responseBodySize'].flatMap((f) => LEVELS.map((l) => `${f}${l}: float64!`)).join('\n    ')}
    ${(['P50', 'P90', 'P99', 'P999'] as const).map((l) => `requestDuration${l}: float64!`).join('\n    ')}
  }
  type AccountWorkersInvocationsAdaptiveDimensions { ${Object.entries(DIMENSIONS).map(([n, d]) => `${n}: ${d.type}!`).join(', ')} }
  type AccountWorkersInvocationsAdaptive { sum: AccountWorkersInvocationsAdaptiveSum!, quantiles: AccountWorkersInvocationsAdaptiveQuantiles!, dimensions: AccountWorkersInvocationsAdaptiveDimensions! }
  type Account { workersInvocationsAdaptive(limit: uint64!, filter: AccountWorkersInvocationsAdaptiveFilter_InputObject!): [AccountWorkersInvocationsAdaptive!]! }
  type Viewer { accounts(filter: AccountFilter_InputObject!): [Account!]! }
  type Query { viewer: Viewer! }
`);

export interface CloudflareGraphqlStandin {
  readonly url: string;
  readonly requests: Array<{ query: string; variables: Record<string, unknown>; status: number; errors: string[] }>;
  record(invocations: Invocation[]): void;
  script(fn: ((index: number) => { status: number; body: string } | undefined) | undefined): void;
  close(): Promise<void>;
}

function quantile(q: number, sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const rank = q * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (rank - lower);
}

type Filter = Record<string, unknown> & { AND?: Filter[]; OR?: Filter[] };

function compare(type: 'string' | 'Time', a: string, b: string): number {
  if (type === 'Time') return Date.parse(a) - Date.parse(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function like(value: string, pattern: string): boolean {
  const re = pattern.split('%').map((p) => p.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('.*');
  return new RegExp(`^${re}$`, 's').test(value);
}

/** Whether one invocation passes a table filter (every key is ANDed, as Cloudflare reads it). */
function matches(i: Invocation, filter: Filter): boolean {
  return Object.entries(filter).every(([key, wanted]) => {
    if (wanted === undefined || wanted === null) return true;
    if (key === 'AND') return (wanted as Filter[]).every((f) => matches(i, f));
    if (key === 'OR') return (wanted as Filter[]).some((f) => matches(i, f));
    const [name, op] = key.split('_') as [string, string | undefined];
    const dimension = DIMENSIONS[name]!;
    const value = dimension.of(i);
    if (op === 'in') return (wanted as string[]).some((w) => compare(dimension.type, value, w) === 0);
    if (op === 'like') return like(value, wanted as string);
    const c = compare(dimension.type, value, wanted as string);
    switch (op) {
      case undefined:
        return c === 0;
      case 'neq':
        return c !== 0;
      case 'gt':
        return c > 0;
      case 'lt':
        return c < 0;
      case 'geq':
        return c >= 0;
      case 'leq':
        return c <= 0;
      default:
        return false;
    }
  });
}

/** The dimension names selected under `dimensions { … }` of this field: the grouping keys. */
function selectedDimensions(info: GraphQLResolveInfo): string[] {
  const names: string[] = [];
  const walk = (selections: readonly SelectionNode[], inside: boolean) => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) {
        if (inside) names.push(s.name.value);
        else if (s.name.value === 'dimensions' && s.selectionSet) walk(s.selectionSet.selections, true);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet.selections, inside);
      else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[s.name.value];
        if (fragment) walk(fragment.selectionSet.selections, inside);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) walk(node.selectionSet.selections, false);
  return [...new Set(names.filter((n) => n !== '__typename'))];
}

function group(list: Invocation[]) {
  const walls = list.map((i) => i.wallTimeUs).sort((a, b) => a - b);
  const cpus = list.map((i) => i.cpuTimeUs ?? 0).sort((a, b) => a - b);
  const quantiles: Record<string, number> = {};
  for (const level of LEVELS) {
    quantiles[`wallTime${level}`] = quantile(QUANTILE_OF[level], walls);
    quantiles[`cpuTime${level}`] = quantile(QUANTILE_OF[level], cpus);
    quantiles[`duration${level}`] = 0;
    quantiles[`responseBodySize${level}`] = 0;
    if (level !== 'P25' && level !== 'P75') quantiles[`requestDuration${level}`] = quantile(QUANTILE_OF[level], walls);
  }
  const first = list[0]!;
  return {
    sum: {
      requests: list.length,
      errors: list.filter((i) => ERROR_STATUSES.includes(i.status ?? 'success')).length,
      subrequests: 0,
      duration: 0,
      responseBodySize: 0,
      wallTime: walls.reduce((a, b) => a + b, 0),
    },
    quantiles,
    dimensions: Object.fromEntries(Object.entries(DIMENSIONS).map(([name, d]) => [name, d.of(first)])),
  };
}

export async function startCloudflareGraphqlStandin(options: { accountId: string; token: string }): Promise<CloudflareGraphqlStandin> {
  const invocations: Invocation[] = [];
  const requests: CloudflareGraphqlStandin['requests'] = [];
  let scripted: ((index: number) => { status: number; body: string } | undefined) | undefined;

  const account = {
    workersInvocationsAdaptive: ({ limit, filter }: { limit: number; filter: Filter }, _context: unknown, info: GraphQLResolveInfo) => {
      const keys = selectedDimensions(info);
      const groups = new Map<string, Invocation[]>();
      for (const i of invocations.filter((x) => matches(x, filter))) {
        const key = JSON.stringify(keys.map((k) => DIMENSIONS[k]!.of(i)));
        groups.set(key, [...(groups.get(key) ?? []), i]);
      }
      return [...groups.values()].slice(0, Number(limit)).map(group);
    },
  };
  const root = {
    viewer: () => ({
      accounts: ({ filter }: { filter: { accountTag?: string; accountTag_in?: string[] } }) =>
        filter.accountTag === options.accountId || (filter.accountTag_in ?? []).includes(options.accountId) ? [account] : [],
    }),
  };

  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      void (async () => {
        const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== '/client/v4/graphql') return json(404, { errors: [{ message: 'not found' }] });
        const timestamp = new Date().toISOString();
        if (req.headers['authorization'] !== `Bearer ${options.token}`) return json(200, { data: null, errors: [{ message: 'authentication error', path: null, extensions: { code: 'authz', timestamp } }] });
        let parsed: { query?: string; variables?: Record<string, unknown> };
        try {
          parsed = JSON.parse(body) as typeof parsed;
        } catch {
          return json(400, { errors: [{ message: 'failed to parse the request body' }] });
        }
        const entry = { query: parsed.query ?? '', variables: parsed.variables ?? {}, status: 200, errors: [] as string[] };
        requests.push(entry);
        const script = scripted?.(requests.length - 1);
        if (script) {
          entry.status = script.status;
          return res.writeHead(script.status, { 'content-type': 'application/json' }).end(script.body);
        }
        const result = await graphql({ schema, source: entry.query, rootValue: root, variableValues: entry.variables });
        entry.errors = result.errors?.map((e) => e.message) ?? [];
        // Cloudflare answers a refused query with no data at all, never a partial answer.
        if (result.errors?.length) return json(200, { data: null, errors: result.errors.map((e) => ({ message: e.message, path: e.path ?? null, extensions: { timestamp } })) });
        return json(200, { data: result.data ?? null, errors: null });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/client/v4/graphql`,
    requests,
    record: (list) => void invocations.push(...list),
    script: (fn) => void (scripted = fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
