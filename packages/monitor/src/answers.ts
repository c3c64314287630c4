/**
 * Reading what a source answered, per version. Every way an answer can fail to be a number is
 * named (not JSON, an error status, another result type, a series for a version that was not
 * asked for, NaN, ±Inf, a value without samples): none of them is ever read as health.
 */
import type { Finding } from '@change-actions/deploy-verify';
import { VERSION_LABEL } from './queries.ts';

/** One version's number in one answer, or why there is none. */
export type VersionValue = { value: number; at: number } | { problem: string };

/** An answer read: the number of each version it has, or why the whole answer is unusable. */
export type Reading = { ok: true; versions: Map<string, VersionValue> } | { ok: false; problem: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A sample value as Loki and Prometheus write it (a string); NaN and ±Inf are named as such. */
export function sampleValue(text: unknown): number | string {
  if (typeof text !== 'string') return `the value ${JSON.stringify(text) ?? String(text)} is not a string as the API writes it`;
  if (/^[+-]?Inf$/i.test(text)) return `the value is ${text} (a division by zero or an overflow)`;
  if (/^NaN$/i.test(text)) return 'the value is NaN (0/0: no requests in the denominator)';
  if (!NUMBER.test(text)) return `the value "${text.slice(0, 40)}" is not a number`;
  const n = Number(text);
  return Number.isFinite(n) ? n : `the value ${text.slice(0, 40)} is not finite`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A `query_range` answer (Loki or Prometheus: `{"status":"success","data":{"resultType":"matrix",
 * "result":[{"metric":{…},"values":[[<s>,"<v>"],…]}]}}`), the last point of each version's series.
 */
export function readMatrix(body: unknown, expected: readonly string[]): Reading {
  if (!isObject(body)) return { ok: false, problem: 'the answer is not a JSON object' };
  if (body['status'] !== 'success') {
    const error = typeof body['error'] === 'string' ? `: ${body['error'].slice(0, 200)}` : '';
    return { ok: false, problem: `the answer's status is ${JSON.stringify(body['status']) ?? 'missing'}${error}` };
  }
  const data = body['data'];
  if (!isObject(data)) return { ok: false, problem: 'the answer has no data' };
  if (data['resultType'] !== 'matrix') return { ok: false, problem: `the answer is a ${JSON.stringify(data['resultType'])}, not a matrix: is this a metric query?` };
  const result = data['result'];
  if (!Array.isArray(result)) return { ok: false, problem: 'the answer has no result list' };
  const versions = new Map<string, VersionValue>();
  for (const series of result) {
    if (!isObject(series) || !isObject(series['metric']) || !Array.isArray(series['values'])) return { ok: false, problem: 'a series of the answer is not {metric, values}' };
    const version = series['metric'][VERSION_LABEL];
    if (typeof version !== 'string' || version === '') {
      return { ok: false, problem: `a series has no "${VERSION_LABEL}" label (${JSON.stringify(series['metric']).slice(0, 120)}): the query must keep the version (sum by (${VERSION_LABEL}))` };
    }
    if (!expected.includes(version)) return { ok: false, problem: `a series for version ${version.slice(0, 40)}, which was not asked for: the answer is not about the versions watched` };
    if (versions.has(version)) return { ok: false, problem: `two series for version ${version.slice(0, 40)}: the query must sum by (${VERSION_LABEL}) only` };
    const last = series['values'].at(-1);
    if (!Array.isArray(last) || last.length !== 2 || typeof last[0] !== 'number' || !Number.isFinite(last[0])) {
      versions.set(version, { problem: series['values'].length === 0 ? 'the series has no points' : 'a point is not [<unix seconds>, "<value>"]' });
      continue;
    }
    const value = sampleValue(last[1]);
    versions.set(version, typeof value === 'number' ? { value, at: last[0] } : { problem: value });
  }
  return { ok: true, versions };
}

/** What one measurement knows of one version: its value and how many samples it rests on. */
export interface Figures {
  value: number | null;
  samples: number | null;
  problem?: string;
}

/**
 * One version's figures from the value answer and the samples answer. No samples series means no
 * requests (0 samples: inconclusive, never healthy); samples without a value, or a value that is
 * not a number, is a problem.
 */
export function figuresOf(value: Reading, samples: Reading, version: string): Figures {
  if (!value.ok) return { value: null, samples: null, problem: value.problem };
  if (!samples.ok) return { value: null, samples: null, problem: `samples: ${samples.problem}` };
  const s = samples.versions.get(version);
  const v = value.versions.get(version);
  if (s && 'problem' in s) return { value: null, samples: null, problem: `samples: ${s.problem}` };
  const count = s ? s.value : 0;
  if (count < 0) return { value: null, samples: null, problem: `the sample count ${count} is not a count` };
  // Prometheus's increase() extrapolates: a count of requests may come back as 97.3.
  const n = Math.round(count);
  if (v === undefined) return n > 0 ? { value: null, samples: n, problem: `no value although ${n} samples were counted` } : { value: null, samples: 0 };
  if ('problem' in v) return { value: null, samples: n, problem: v.problem };
  return { value: v.value, samples: n };
}

/**
 * Cloudflare's GraphQL analytics answer, per version: invocations, invocation errors and wall-time
 * quantiles (µs). Cloudflare has no 95th percentile (P25, P50, P75, P90, P99, P999).
 */
export interface CloudflareRow {
  requests: number;
  errors: number;
  wallTimeP50: number;
  wallTimeP90: number;
  wallTimeP99: number;
}

/** The templates Cloudflare's analytics measure, and the quantile field of each latency. */
const CLOUDFLARE_LATENCY = { 'latency-p50': 'wallTimeP50', 'latency-p90': 'wallTimeP90', 'latency-p99': 'wallTimeP99' } as const;

export type CloudflareReading = { ok: true; versions: Map<string, CloudflareRow | { problem: string }> } | { ok: false; problem: string };

export function readCloudflare(body: unknown, expected: readonly string[]): CloudflareReading {
  if (!isObject(body)) return { ok: false, problem: 'the answer is not a JSON object' };
  const errors = body['errors'];
  if (Array.isArray(errors) && errors.length > 0) {
    const first = errors[0];
    return { ok: false, problem: `GraphQL error: ${isObject(first) && typeof first['message'] === 'string' ? first['message'].slice(0, 200) : 'unnamed'}` };
  }
  const accounts = (body['data'] as { viewer?: { accounts?: unknown } } | null | undefined)?.viewer?.accounts;
  if (!Array.isArray(accounts) || accounts.length !== 1 || !isObject(accounts[0])) return { ok: false, problem: 'the answer names no single account (check the account id and the token)' };
  const rows = accounts[0]['workersInvocationsAdaptive'];
  if (!Array.isArray(rows)) return { ok: false, problem: 'the answer has no workersInvocationsAdaptive list' };
  const versions = new Map<string, CloudflareRow | { problem: string }>();
  for (const row of rows) {
    const version = (row as { dimensions?: { scriptVersion?: unknown } } | null)?.dimensions?.scriptVersion;
    if (typeof version !== 'string' || version === '') return { ok: false, problem: 'a row has no dimensions.scriptVersion' };
    if (!expected.includes(version)) return { ok: false, problem: `a row for version ${version.slice(0, 40)}, which was not asked for` };
    if (versions.has(version)) return { ok: false, problem: `two rows for version ${version.slice(0, 40)}` };
    const sum = (row as { sum?: Record<string, unknown> }).sum ?? {};
    const q = (row as { quantiles?: Record<string, unknown> }).quantiles ?? {};
    const numbers = { requests: sum['requests'], errors: sum['errors'], wallTimeP50: q['wallTimeP50'], wallTimeP90: q['wallTimeP90'], wallTimeP99: q['wallTimeP99'] };
    const bad = Object.entries(numbers).find(([, n]) => typeof n !== 'number' || !Number.isFinite(n) || n < 0);
    versions.set(version, bad ? { problem: `${bad[0]} is ${JSON.stringify(bad[1]) ?? 'missing'}, not a number` } : (numbers as unknown as CloudflareRow));
  }
  return { ok: true, versions };
}

/** One Cloudflare metric's figures for one version. */
export function cloudflareFigures(reading: CloudflareReading, template: string | undefined, version: string): Figures {
  if (!reading.ok) return { value: null, samples: null, problem: reading.problem };
  const row = reading.versions.get(version);
  if (row === undefined) return { value: null, samples: 0 };
  if ('problem' in row) return { value: null, samples: null, problem: row.problem };
  if (row.errors > row.requests) return { value: null, samples: row.requests, problem: `${row.errors} errors in ${row.requests} requests` };
  if (template === 'error-rate') return row.requests === 0 ? { value: null, samples: 0 } : { value: row.errors / row.requests, samples: row.requests };
  if (template !== undefined && Object.hasOwn(CLOUDFLARE_LATENCY, template)) return { value: row[CLOUDFLARE_LATENCY[template as keyof typeof CLOUDFLARE_LATENCY]] / 1000, samples: row.requests };
  return { value: null, samples: null, problem: `template ${template ?? '(none)'} is not measured by Cloudflare's analytics; accepted: error-rate, ${Object.keys(CLOUDFLARE_LATENCY).join(', ')}` };
}

/** One synthetic probe of one interval (the health check or a critical smoke test), judged by deploy-verify. */
export interface ProbeCheck {
  name: string;
  /** Something answered (a status came back). */
  answered: boolean;
  passed: boolean;
  /** Another version answered: the answer is not about the new version. */
  wrongVersion: boolean;
  detail: string;
}

/** The synthetic metric: the share of critical probes that passed, from the new version's answers. */
export function syntheticFigures(checks: readonly ProbeCheck[]): Figures {
  if (checks.length === 0) return { value: null, samples: 0 };
  const silent = checks.find((c) => !c.answered);
  if (silent) return { value: null, samples: null, problem: `${silent.name}: no answer (${silent.detail})` };
  const other = checks.find((c) => c.wrongVersion);
  if (other) return { value: null, samples: null, problem: `${other.name}: ${other.detail}` };
  return { value: checks.filter((c) => c.passed).length / checks.length, samples: checks.length };
}

/**
 * A probe's result as the synthetic metric counts it, from deploy-verify's findings of the answer
 * (the same judgement the deploy's health check and smoke tests make).
 */
export function probeCheck(name: string, findings: readonly Finding[]): ProbeCheck {
  const connection = findings.find((f) => f.check === 'connection');
  const version = findings.find((f) => f.check === 'version');
  return {
    name,
    answered: connection === undefined,
    passed: findings.length === 0,
    wrongVersion: version !== undefined,
    detail: findings.map((f) => f.message).join('; ') || 'passed',
  };
}
