/**
 * The sources, as HTTP: Loki's and Prometheus's `query_range`, Cloudflare's GraphQL analytics,
 * and the synthetic probes (deploy-verify's probe and judgement). Every request is recorded for
 * the verdict file, credentials left out; an error status, a timeout or a body that is not JSON
 * comes back as the problem, which the engine judges as an error, never as health.
 */
import { readFileSync } from 'node:fs';
import type { Deadline } from '@change-actions/action-kit';
import type { MonitorVerdict } from '@change-actions/change-record';
import { judgeHealth, judgeSmoke, type SmokeSuite } from '@change-actions/deploy-verify';
import { CLOUDFLARE_QUERY, cloudflareVariables, probeCheck, rangeParams, type ProbeCheck, type QueryContext } from '@change-actions/monitor';
// The deploy's own HTTP probe: one implementation of requests, redirects, timeouts and body limits.
import { probe } from '@change-actions/wrangler/probe';
import type { Endpoint, Settings } from './settings.ts';

export type Query = MonitorVerdict['queries'][number];

export type Answer = { ok: true; body: unknown } | { ok: false; problem: string };

export class Sources {
  readonly queries: Query[] = [];
  private readonly cache = new Map<string, Promise<Answer>>();

  private readonly settings: Settings;
  private readonly deadline: Deadline;
  private readonly now: () => Date;

  constructor(settings: Settings, deadline: Deadline, now: () => Date) {
    this.settings = settings;
    this.deadline = deadline;
    this.now = now;
  }

  /** Forgets the answers of the last interval: each interval asks again. */
  nextInterval(): void {
    this.cache.clear();
  }

  private record(source: string, metric: string, request: string, outcome: string, sentAt: Date): void {
    this.queries.push({ source, metric, request, sent_at: sentAt.toISOString(), outcome });
  }

  private async send(source: string, metric: string, request: string, init: { url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }): Promise<Answer> {
    const sentAt = this.now();
    const signal = AbortSignal.any([AbortSignal.timeout(this.settings.requestTimeoutMs), this.deadline.signal]);
    let answer: Answer;
    try {
      const response = await fetch(init.url, { method: init.method, headers: { accept: 'application/json', ...init.headers }, ...(init.body === undefined ? {} : { body: init.body }), signal });
      const text = await response.text();
      if (!response.ok) {
        answer = { ok: false, problem: `HTTP ${response.status}${response.status === 429 ? ' (too many requests)' : response.status === 504 ? ' (query timeout)' : ''}: ${text.replace(/\s+/g, ' ').slice(0, 200)}` };
      } else {
        try {
          answer = { ok: true, body: JSON.parse(text) };
        } catch {
          answer = { ok: false, problem: `the answer is not JSON: "${text.replace(/\s+/g, ' ').slice(0, 80)}"` };
        }
      }
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      answer = {
        ok: false,
        problem: signal.aborted ? `no answer within ${this.settings.requestTimeoutMs / 1000} s (input request-timeout-seconds)` : `the request failed: ${cause ?? (error instanceof Error ? error.message : String(error))}`,
      };
    }
    this.record(source, metric, request, answer.ok ? 'answered' : answer.problem, sentAt);
    return answer;
  }

  /** One point of a `query_range` query: the measurement ending at `at` over `rangeSeconds`. Identical queries of one interval are sent once. */
  queryRange(source: 'loki' | 'prometheus', metric: string, query: string, at: Date, rangeSeconds: number): Promise<Answer> {
    const endpoint: Endpoint | undefined = source === 'loki' ? this.settings.loki : this.settings.prometheus;
    if (!endpoint) return Promise.resolve({ ok: false, problem: `source ${source} is not configured (input ${source}-url)` });
    const path = source === 'loki' ? '/loki/api/v1/query_range' : '/api/v1/query_range';
    const url = `${endpoint.url}${path}?${rangeParams(query, at, rangeSeconds).toString()}`;
    const key = `${source} ${url}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.send(source, metric, url, { url, method: 'GET', headers: endpoint.headers });
      this.cache.set(key, answer);
    }
    return answer;
  }

  cloudflare(ctx: QueryContext, since: Date, until: Date): Promise<Answer> {
    const cf = this.settings.cloudflare;
    if (!cf) return Promise.resolve({ ok: false, problem: 'source cloudflare is not configured (inputs cloudflare-api-token, cloudflare-account-id)' });
    const variables = cloudflareVariables(cf.accountId, ctx, since, until);
    const key = `cloudflare ${JSON.stringify(variables)}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.send('cloudflare', 'cloudflare', JSON.stringify({ url: cf.url, query: CLOUDFLARE_QUERY, variables }), {
        url: cf.url,
        method: 'POST',
        headers: { authorization: `Bearer ${cf.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: CLOUDFLARE_QUERY, variables }),
      });
      this.cache.set(key, answer);
    }
    return answer;
  }

  /** The health check and every critical smoke test, once, pinned to the new version. */
  async probes(suite: SmokeSuite | undefined): Promise<ProbeCheck[] | string> {
    const p = this.settings.probes;
    if (!p) return 'source probes is not configured (input url)';
    const version = { source: p.versionSource, expected: this.settings.versionId, ...(this.settings.previousVersionId ? { previous: this.settings.previousVersionId } : {}) };
    const pin = { 'Cloudflare-Workers-Version-Overrides': `${this.settings.service}="${this.settings.versionId}"` };
    const checks: ProbeCheck[] = [];
    const sentAt = this.now();
    const health = await probe({ method: 'GET', url: p.healthUrl, headers: pin, followRedirects: true }, this.settings.requestTimeoutMs, this.deadline);
    const healthFindings = judgeHealth({ url: p.healthUrl, expect: { status: [200] }, version, windowMs: 0 }, health);
    checks.push(probeCheck('health check', healthFindings));
    this.record('probes', 'synthetic', `GET ${p.healthUrl}`, healthFindings.length === 0 ? `status ${health.status}` : healthFindings.map((f) => f.message).join('; '), sentAt);
    for (const test of suite?.tests.filter((t) => t.critical) ?? []) {
      const at = this.now();
      const result = await probe(
        { method: test.method, url: p.url + test.path, headers: { ...test.headers, ...pin }, ...(test.body === undefined ? {} : { body: test.body }), followRedirects: test.followRedirects },
        this.settings.requestTimeoutMs,
        this.deadline,
      );
      const judged = judgeSmoke(test, result, version);
      checks.push(probeCheck(`smoke test ${test.name}`, judged.findings));
      this.record('probes', 'synthetic', `${test.method} ${p.url}${test.path}`, judged.findings.length === 0 ? `status ${judged.status}` : judged.findings.map((f) => f.message).join('; '), at);
    }
    return checks;
  }
}

/** The deploy's smoke test file, when one is given. */
export async function readSmokeSuite(path: string | undefined): Promise<SmokeSuite | undefined> {
  if (!path) return undefined;
  const { parseSmokeFile } = await import('@change-actions/deploy-verify/parse');
  return parseSmokeFile(readFileSync(path, 'utf8'), path);
}
