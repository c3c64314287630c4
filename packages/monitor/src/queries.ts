/**
 * The queries a watch sends, as text: the shipped LogQL templates for the log shape Cloudflare's
 * Logpush sends (`workers_trace_events`: `ScriptVersion.ID`, `Outcome`, `Event.Request.URL`,
 * `Event.Response.Status`, `WallTimeMs`), a user's own LogQL or PromQL with placeholders, and
 * the Cloudflare GraphQL analytics document. Every query names the versions it measures, so each
 * answer series says which version it is about and the new version is measured on its own.
 */
import type { MonitorMetricPolicy, MonitorPolicy } from '@change-actions/policy';

/** The label every series of an answer carries: the version it measures. */
export const VERSION_LABEL = 'version';

export interface QueryContext {
  service: string;
  versionId: string;
  previousVersionId: string | null;
  policy: MonitorPolicy;
}

/** A range in the form LogQL and PromQL accept: whole seconds. */
export function rangeText(seconds: number): string {
  return `${Math.max(1, Math.round(seconds))}s`;
}

const RE2_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/** A literal inside an RE2 pattern written in a backtick string (where no escape applies). */
function literal(text: string): string {
  return text.replace(RE2_SPECIAL, (c) => `\\${c}`).replace(/`/g, '');
}

/** The versions as one anchored alternation: the new version and, when known, the previous. */
export function versionsPattern(ctx: QueryContext): string {
  return [ctx.versionId, ...(ctx.previousVersionId ? [ctx.previousVersionId] : [])].map(literal).join('|');
}

/** `/login` matches that path; `/oauth/*` every path below `/oauth/`. Query strings are ignored. */
export function authRoutesPattern(routes: readonly string[]): string {
  const paths = routes.map((r) => (r.endsWith('/*') ? `${literal(r.slice(0, -1))}.*` : literal(r)));
  return `https?://[^/]+(?:${paths.join('|')})(?:\\?.*)?`;
}

function selector(ctx: QueryContext): string {
  return ctx.policy.lokiSelector.replaceAll('${service}', ctx.service.replace(/["\\]/g, ''));
}

/** The Logpush fields, extracted once per line; lines that are not JSON are left out. */
function lines(ctx: QueryContext, filter = ''): string {
  return (
    `${selector(ctx)} | json version="ScriptVersion.ID", status="Event.Response.Status", outcome="Outcome", wall="WallTimeMs", url="Event.Request.URL"` +
    ` | __error__="" | version=~\`${versionsPattern(ctx)}\`${filter}`
  );
}

const count = (expr: string, range: string) => `sum by (version) (count_over_time(${expr} [${range}]))`;

/**
 * A ratio that is 0, not empty, when the numerator has no lines but the denominator has: LogQL's
 * count of nothing is no series, and no series is never read as 0 % errors.
 */
const ratio = (numerator: string, denominator: string, range: string) =>
  `(${count(numerator, range)} or (0 * ${count(denominator, range)})) / ${count(denominator, range)}`;

const ERRORS = ' | outcome!~`ok|canceled` or status>=500';
const QUANTILES = { 'latency-p50': 0.5, 'latency-p90': 0.9, 'latency-p95': 0.95, 'latency-p99': 0.99 } as const;

export interface MetricQueries {
  /** The value per version. */
  value: string;
  /** The number of samples (requests) per version. */
  samples: string;
}

/** The LogQL or PromQL of one metric over `rangeSeconds` (per interval, or the whole window). */
export function metricQueries(metric: MonitorMetricPolicy, ctx: QueryContext, rangeSeconds: number): MetricQueries | undefined {
  const range = rangeText(rangeSeconds);
  if (metric.query !== undefined && metric.samplesQuery !== undefined) {
    const expand = (q: string) =>
      q
        .replaceAll('${range}', range)
        .replaceAll('${versions}', versionsPattern(ctx))
        .replaceAll('${version}', literal(ctx.versionId))
        .replaceAll('${selector}', selector(ctx))
        .replaceAll('${service}', ctx.service)
        .replaceAll('${auth_routes}', authRoutesPattern(ctx.policy.authRoutes));
    return { value: expand(metric.query), samples: expand(metric.samplesQuery) };
  }
  if (metric.source !== 'loki') return undefined;
  const all = lines(ctx);
  switch (metric.template) {
    case 'error-rate':
      return { value: ratio(lines(ctx, ERRORS), all, range), samples: count(all, range) };
    case 'latency-p50':
    case 'latency-p90':
    case 'latency-p95':
    case 'latency-p99':
      return { value: `quantile_over_time(${QUANTILES[metric.template]}, ${all} | unwrap wall | __error__="" [${range}]) by (version)`, samples: count(all, range) };
    case 'auth-success-rate': {
      const auth = lines(ctx, ` | url=~\`${authRoutesPattern(ctx.policy.authRoutes)}\``);
      return { value: ratio(lines(ctx, ` | url=~\`${authRoutesPattern(ctx.policy.authRoutes)}\` | status<400`), auth, range), samples: count(auth, range) };
    }
    default:
      return undefined;
  }
}

/** `query_range` parameters of one point: the measurement ending at `at`, over `rangeSeconds`. */
export function rangeParams(query: string, at: Date, rangeSeconds: number): URLSearchParams {
  // RFC 3339 (to the millisecond): Loki reads a bare integer as nanoseconds or seconds by its
  // length, and a time cut to the second would reach into the minutes before the deploy.
  const time = at.toISOString();
  return new URLSearchParams({ query, start: time, end: time, step: String(Math.max(1, Math.round(rangeSeconds))) });
}

/**
 * Cloudflare's GraphQL analytics for Workers: invocations, invocation errors and wall-time
 * quantiles per version of one script between two instants (one request answers every Cloudflare
 * metric). Every name is Cloudflare's, as test/harness/cloudflare-graphql-standin.ts lists with
 * where each was checked: `workersInvocationsAdaptive` grouped by the `scriptVersion` dimension
 * and filtered with `scriptVersion_in`, `sum { requests errors }` (errors are invocation statuses
 * scriptThrewException, exceededResources, internalError: not HTTP 5xx answers), and the wall-time
 * quantiles in microseconds, which Cloudflare has at P25, P50, P75, P90, P99 and P999 (no P95).
 * `datetime_lt` keeps the end out, so consecutive intervals share no invocation.
 */
export const CLOUDFLARE_QUERY = `query PostDeployMonitor($accountTag: string!, $scriptName: string!, $versions: [string!], $since: Time!, $until: Time!) {
  viewer {
    accounts(filter: { accountTag: $accountTag }) {
      workersInvocationsAdaptive(limit: 100, filter: { scriptName: $scriptName, scriptVersion_in: $versions, datetime_geq: $since, datetime_lt: $until }) {
        sum { requests errors }
        quantiles { wallTimeP50 wallTimeP90 wallTimeP99 }
        dimensions { scriptVersion }
      }
    }
  }
}`;

/** An instant cut to its second, as Cloudflare writes `datetime` (`2020-05-04T18:10:35Z`). */
function wholeSecond(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * The variables of CLOUDFLARE_QUERY. Cloudflare's `datetime` is to the second, so the bounds are
 * whole seconds: consecutive intervals then share no second and skip none, where bounds inside a
 * second would count only its part of the invocations (or none of them) on one side.
 */
export function cloudflareVariables(accountId: string, ctx: QueryContext, since: Date, until: Date): Record<string, unknown> {
  return {
    accountTag: accountId,
    scriptName: ctx.service,
    versions: [ctx.versionId, ...(ctx.previousVersionId ? [ctx.previousVersionId] : [])],
    since: wholeSecond(since),
    until: wholeSecond(until),
  };
}
