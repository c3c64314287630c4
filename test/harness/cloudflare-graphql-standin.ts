/**
 * A loopback stand-in for Cloudflare's GraphQL analytics endpoint (`POST /client/v4/graphql`),
 * for the Cloudflare source of post-deploy-monitor. Each request is parsed, validated and executed
 * with the reference GraphQL implementation (`graphql`) against the part of Cloudflare's schema the
 * monitor asks for (`viewer.accounts.workersInvocationsAdaptive` with `sum`, `quantiles` and
 * `dimensions`, Cloudflare's lower-case `string` scalar and `Time`), so a query Cloudflare would
 * refuse is refused here with GraphQL's own errors. Answers come from the invocations the test
 * records; a script can answer instead (faults).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';

export interface Invocation {
  scriptName: string;
  scriptVersion: string;
  at: Date;
  /** The invocation ended in an error (Cloudflare counts exceptions and 5xx). */
  error: boolean;
  /** Wall time in microseconds, as Cloudflare reports it. */
  wallTimeUs: number;
}

const schema = buildSchema(`
  scalar string
  scalar Time
  input AccountFilter { accountTag: string }
  input InvocationsFilter { scriptName: string, scriptVersion_in: [string!], datetime_geq: Time, datetime_lt: Time, datetime_leq: Time }
  type Sum { requests: Int!, errors: Int!, subrequests: Int! }
  type Quantiles { wallTimeP50: Float!, wallTimeP75: Float!, wallTimeP95: Float!, wallTimeP99: Float!, wallTimeP999: Float!, cpuTimeP50: Float!, cpuTimeP99: Float! }
  type Dimensions { scriptName: string!, scriptVersion: string!, datetime: Time }
  type InvocationGroup { sum: Sum!, quantiles: Quantiles!, dimensions: Dimensions! }
  type Account { workersInvocationsAdaptive(limit: Int!, filter: InvocationsFilter): [InvocationGroup!]! }
  type Viewer { accounts(filter: AccountFilter!): [Account!]! }
  type Query { viewer: Viewer! }
`);

export interface CloudflareGraphqlStandin {
  readonly url: string;
  readonly requests: Array<{ query: string; variables: Record<string, unknown>; status: number }>;
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

export async function startCloudflareGraphqlStandin(options: { accountId: string; token: string }): Promise<CloudflareGraphqlStandin> {
  const invocations: Invocation[] = [];
  const requests: CloudflareGraphqlStandin['requests'] = [];
  let scripted: ((index: number) => { status: number; body: string } | undefined) | undefined;

  const root = {
    viewer: () => ({
      accounts: ({ filter }: { filter: { accountTag?: string } }) =>
        filter.accountTag !== options.accountId
          ? []
          : [
              {
                workersInvocationsAdaptive: ({ filter: f = {} }: { limit: number; filter?: { scriptName?: string; scriptVersion_in?: string[]; datetime_geq?: string; datetime_lt?: string; datetime_leq?: string } }) => {
                  const chosen = invocations.filter(
                    (i) =>
                      (f.scriptName === undefined || i.scriptName === f.scriptName) &&
                      (f.scriptVersion_in === undefined || f.scriptVersion_in.includes(i.scriptVersion)) &&
                      (f.datetime_geq === undefined || i.at.getTime() >= Date.parse(f.datetime_geq)) &&
                      (f.datetime_lt === undefined || i.at.getTime() < Date.parse(f.datetime_lt)) &&
                      (f.datetime_leq === undefined || i.at.getTime() <= Date.parse(f.datetime_leq)),
                  );
                  const groups = new Map<string, Invocation[]>();
                  for (const i of chosen) groups.set(`${i.scriptName} ${i.scriptVersion}`, [...(groups.get(`${i.scriptName} ${i.scriptVersion}`) ?? []), i]);
                  return [...groups.values()].map((list) => {
                    const walls = list.map((i) => i.wallTimeUs).sort((a, b) => a - b);
                    return {
                      sum: { requests: list.length, errors: list.filter((i) => i.error).length, subrequests: 0 },
                      quantiles: { wallTimeP50: quantile(0.5, walls), wallTimeP75: quantile(0.75, walls), wallTimeP95: quantile(0.95, walls), wallTimeP99: quantile(0.99, walls), wallTimeP999: quantile(0.999, walls), cpuTimeP50: 0, cpuTimeP99: 0 },
                      dimensions: { scriptName: list[0]!.scriptName, scriptVersion: list[0]!.scriptVersion },
                    };
                  });
                },
              },
            ],
    }),
  };

  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      void (async () => {
        const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== '/client/v4/graphql') return json(404, { errors: [{ message: 'not found' }] });
        if (req.headers['authorization'] !== `Bearer ${options.token}`) return json(200, { data: null, errors: [{ message: 'authentication error', extensions: { code: 'authz' } }] });
        let parsed: { query?: string; variables?: Record<string, unknown> };
        try {
          parsed = JSON.parse(body) as typeof parsed;
        } catch {
          return json(400, { errors: [{ message: 'failed to parse the request body' }] });
        }
        const entry = { query: parsed.query ?? '', variables: parsed.variables ?? {}, status: 200 };
        requests.push(entry);
        const script = scripted?.(requests.length - 1);
        if (script) {
          entry.status = script.status;
          return res.writeHead(script.status, { 'content-type': 'application/json' }).end(script.body);
        }
        const result = await graphql({ schema, source: entry.query, rootValue: root, variableValues: entry.variables });
        return json(200, { data: result.data ?? null, errors: result.errors?.map((e) => ({ message: e.message })) ?? null });
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
