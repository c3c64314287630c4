/**
 * A loopback stand-in for Grafana Loki's HTTP API, for the post-deploy-monitor tests.
 *
 * - `POST /loki/api/v1/push` takes JSON pushes (`{"streams":[{"stream":{…},"values":[["<ns>","<line>"]]}]}`).
 * - `GET /loki/api/v1/query_range` answers as Loki does: `X-Scope-OrgID` required (400 "no org
 *   id"), timestamps as RFC 3339, float seconds or integer nanoseconds (10 digits or fewer:
 *   seconds), a matrix with string values oldest first, an empty result for no data. Every query
 *   is parsed with Grafana's own LogQL grammar (`@grafana/lezer-logql`); what it rejects gets 400
 *   with a parse error, as Loki answers.
 * - It evaluates the metric forms the shipped templates use over the lines pushed: `count_over_time`
 *   and `quantile_over_time` (with `unwrap`), `sum by (…)`, grouping, the `json` parser with
 *   extraction parameters, label and number filters with `and` / `or`, and the binary operators
 *   `or`, `*`, `/` between vectors and scalars.
 * - A script (`script(fn)`) answers chosen requests instead: error statuses with Loki's bodies,
 *   delays past the client's timeout, malformed or arbitrary bodies (the fault fixtures).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parser } from '@grafana/lezer-logql';
import type { SyntaxNode } from '@lezer/common';

export interface PushedLine {
  /** Nanoseconds since the epoch. */
  ns: bigint;
  line: string;
  stream: Record<string, string>;
}

export interface QueryRecord {
  path: string;
  query: string;
  params: Record<string, string>;
  tenant: string | undefined;
  status: number;
}

/** What a script answers instead of the evaluation; undefined lets the stand-in evaluate. */
export type Scripted = { status: number; body: string; contentType?: string; delayMs?: number } | undefined;

/** Loki's own error bodies for the statuses its query frontend answers. */
export const LOKI_ERRORS: Record<number, string> = {
  400: 'parse error at line 1, col 1: syntax error: unexpected IDENTIFIER',
  429: 'too many outstanding requests',
  499: 'context canceled',
  500: 'rpc error: code = Internal desc = failed to get series',
  503: 'Ingester not ready: waiting for 15s after being ready',
  504: 'timeout: request timed out, decrease the duration of the request or add more label matchers',
};

export interface LokiStandin {
  readonly url: string;
  readonly queries: QueryRecord[];
  readonly lines: PushedLine[];
  push(stream: Record<string, string>, entries: Array<{ at: Date | bigint; line: string }>): void;
  script(fn: ((record: QueryRecord, index: number) => Scripted) | undefined): void;
  close(): Promise<void>;
}

export async function startLokiStandin(options: { tenant?: string } = {}): Promise<LokiStandin> {
  const lines: PushedLine[] = [];
  const queries: QueryRecord[] = [];
  let scripted: ((record: QueryRecord, index: number) => Scripted) | undefined;

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, `stand-in failure: ${error instanceof Error ? error.message : String(error)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://loki.invalid');
    const tenant = header(req, 'x-scope-orgid');
    if (url.pathname === '/ready') return send(res, 200, 'ready');
    if (tenant === undefined || tenant === '') return send(res, 400, 'no org id');
    if (options.tenant !== undefined && tenant !== options.tenant) return send(res, 401, 'unauthorized tenant');
    if (url.pathname === '/loki/api/v1/push') {
      if (req.method !== 'POST') return send(res, 405, 'method not allowed');
      const body = JSON.parse(await readBody(req)) as { streams: Array<{ stream: Record<string, string>; values: Array<[string, string]> }> };
      for (const s of body.streams) for (const [ns, line] of s.values) lines.push({ ns: BigInt(ns), line, stream: s.stream });
      res.writeHead(204).end();
      return;
    }
    if (url.pathname !== '/loki/api/v1/query_range') return send(res, 404, '404 page not found');
    const params = Object.fromEntries(url.searchParams);
    const record: QueryRecord = { path: url.pathname, query: params['query'] ?? '', params, tenant, status: 200 };
    queries.push(record);
    const script = scripted?.(record, queries.length - 1);
    if (script) {
      record.status = script.status;
      if (script.delayMs) await new Promise((resolve) => setTimeout(resolve, script.delayMs));
      if (res.destroyed) return;
      return send(res, script.status, script.body, script.contentType);
    }
    const answer = evaluateRange(record.query, params, lines);
    record.status = answer.status;
    return send(res, answer.status, answer.body, answer.status === 200 ? 'application/json' : undefined);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    lines,
    push(stream, entries) {
      for (const e of entries) lines.push({ ns: typeof e.at === 'bigint' ? e.at : BigInt(e.at.getTime()) * 1_000_000n, line: e.line, stream });
    },
    script(fn) {
      scripted = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8'): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': contentType }).end(status >= 400 ? `${body}\n` : body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve(text)).on('error', reject);
  });
}

/** A timestamp as Loki reads it, in nanoseconds. */
export function parseLokiTime(value: string): bigint | undefined {
  if (value.includes('.') && /^\d+\.\d*$/.test(value)) {
    const [s = '0', frac = ''] = value.split('.');
    return BigInt(s) * 1_000_000_000n + BigInt((frac + '000000000').slice(0, 9));
  }
  if (/^\d+$/.test(value)) return value.length <= 10 ? BigInt(value) * 1_000_000_000n : BigInt(value);
  const ms = Date.parse(value);
  if (!Number.isNaN(ms) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return BigInt(ms) * 1_000_000n;
  return undefined;
}

/** A step as Loki reads it: a duration (`15s`) or float seconds. In nanoseconds. */
function parseStep(value: string): bigint | undefined {
  if (/^\d+(\.\d+)?$/.test(value)) return BigInt(Math.round(Number(value) * 1e9));
  const d = durationNs(value);
  return d === undefined ? undefined : d;
}

function durationNs(text: string): bigint | undefined {
  const units: Record<string, number> = { ms: 1e6, s: 1e9, m: 60e9, h: 3600e9, d: 86400e9 };
  let total = 0;
  let rest = text;
  while (rest !== '') {
    const m = /^(\d+)(ms|s|m|h|d)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * (units[m[2]!] as number);
    rest = rest.slice(m[0].length);
  }
  return text === '' ? undefined : BigInt(total);
}

/** The first syntax error of a query, as Loki names a parse error; undefined when it parses. */
export function logqlError(query: string): string | undefined {
  const tree = parser.parse(query);
  let at: number | undefined;
  tree.iterate({
    enter(node) {
      if (at === undefined && node.type.isError) at = node.from;
    },
  });
  if (at === undefined) return undefined;
  const line = query.slice(0, at).split('\n').length;
  const col = at - query.lastIndexOf('\n', at - 1);
  return `parse error at line ${line}, col ${col}: syntax error: unexpected ${JSON.stringify(query.slice(at, at + 10)) || 'end of input'}`;
}

type Labels = Record<string, string>;
type Vector = Map<string, { labels: Labels; value: number }>;
type Value = { kind: 'scalar'; value: number } | { kind: 'vector'; vector: Vector };

class Unsupported extends Error {}

const keyOf = (labels: Labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));

function evaluateRange(query: string, params: Record<string, string>, lines: readonly PushedLine[]): { status: number; body: string } {
  if (query === '') return { status: 400, body: 'query parameter is required' };
  const problem = logqlError(query);
  if (problem) return { status: 400, body: problem };
  const start = parseLokiTime(params['start'] ?? '');
  const end = parseLokiTime(params['end'] ?? '');
  if (start === undefined || end === undefined) return { status: 400, body: 'invalid parameter "start" or "end": cannot parse to a valid timestamp' };
  if (end < start) return { status: 400, body: 'end timestamp must not be before or equal to start time' };
  const step = parseStep(params['step'] ?? '');
  if (step === undefined || step <= 0n) return { status: 400, body: 'invalid step: zero or negative query resolution step widths are not accepted' };
  if ((end - start) / step + 1n > 11_000n) return { status: 400, body: 'exceeded maximum resolution of 11,000 points per timeseries. Try increasing the value of the step parameter' };
  const tree = parser.parse(query);
  const empty = emptyMatcherOnly(tree.topNode, query);
  if (empty) return { status: 400, body: `parse error : queries require at least one regexp or equality matcher that does not have an empty-compatible value. For instance, app=~".*" does not meet this requirement, but app=~".+" will (in ${empty})` };
  const root = tree.topNode.firstChild?.firstChild;
  if (!root || root.name !== 'MetricExpr') return { status: 400, body: 'the stand-in answers metric queries only (log queries give streams)' };
  const series = new Map<string, { labels: Labels; values: Array<[number, string]> }>();
  try {
    for (let t = start; t <= end; t += step) {
      const value = evalMetric(root, query, t, lines);
      if (value.kind === 'scalar') throw new Unsupported('a scalar result');
      for (const [key, sample] of value.vector) {
        const entry = series.get(key) ?? { labels: sample.labels, values: [] };
        entry.values.push([Number(t / 1_000_000n) / 1000, format(sample.value)]);
        series.set(key, entry);
      }
    }
  } catch (error) {
    if (error instanceof Unsupported) return { status: 400, body: `the stand-in does not evaluate ${error.message}` };
    throw error;
  }
  const result = [...series.values()].map((s) => ({ metric: s.labels, values: s.values }));
  return { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'matrix', result, stats: {} } }) };
}

/** The first stream selector whose every matcher accepts the empty value (Loki refuses it), as text. */
function emptyMatcherOnly(top: SyntaxNode, q: string): string | undefined {
  const selectors: SyntaxNode[] = [];
  const walk = (n: SyntaxNode) => {
    if (n.name === 'Selector') selectors.push(n);
    for (const c of children(n)) walk(c);
  };
  walk(top);
  for (const selector of selectors) {
    const matchers = children(child(selector, 'Matchers') ?? selector).filter((c) => c.name === 'Matcher');
    const strict = matchers.some((m) => {
      const [, op, value] = children(m);
      const v = unquote(text(value!, q));
      if (op!.name === 'Eq') return v !== '';
      if (op!.name === 'Re') return !new RegExp(`^(?:${v})$`, 's').test('');
      return false;
    });
    if (!strict) return text(selector, q);
  }
  return undefined;
}

/** A float as Loki writes it in a sample. */
function format(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

const children = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};
const text = (node: SyntaxNode, q: string) => q.slice(node.from, node.to);
const child = (node: SyntaxNode, name: string) => children(node).find((c) => c.name === name);

function unquote(raw: string): string {
  if (raw.startsWith('`')) return raw.slice(1, -1);
  return JSON.parse(raw) as string;
}

function evalMetric(node: SyntaxNode, q: string, t: bigint, lines: readonly PushedLine[]): Value {
  const kids = children(node);
  switch (node.name) {
    case 'Expr':
    case 'MetricExpr':
      if (kids.length === 1) return evalMetric(kids[0]!, q, t, lines);
      throw new Unsupported(`the form ${text(node, q).slice(0, 40)}`);
    case 'LiteralExpr':
      return { kind: 'scalar', value: Number(text(node, q)) };
    case 'BinOpExpr': {
      const [left, op, , right] = kids;
      return binary(op!.name, evalMetric(left!, q, t, lines), evalMetric(right!, q, t, lines));
    }
    case 'VectorAggregationExpr': {
      const op = text(child(node, 'VectorOp')!, q);
      if (op !== 'sum') throw new Unsupported(`vector aggregation ${op}`);
      const inner = evalMetric(child(node, 'MetricExpr')!, q, t, lines);
      if (inner.kind !== 'vector') throw new Unsupported('sum of a scalar');
      return { kind: 'vector', vector: group(inner.vector, grouping(child(node, 'Grouping'), q), (values) => values.reduce((a, b) => a + b, 0)) };
    }
    case 'RangeAggregationExpr':
      return { kind: 'vector', vector: rangeAggregation(node, q, t, lines) };
    default:
      throw new Unsupported(`${node.name}`);
  }
}

function grouping(node: SyntaxNode | undefined, q: string): { by: boolean; labels: string[] } | undefined {
  if (!node) return undefined;
  const labels = children(child(node, 'Labels') ?? node).filter((c) => c.name === 'Identifier').map((c) => text(c, q));
  return { by: child(node, 'By') !== undefined, labels };
}

function group(vector: Vector, by: { by: boolean; labels: string[] } | undefined, reduce: (values: number[]) => number): Vector {
  const groups = new Map<string, { labels: Labels; values: number[] }>();
  for (const { labels, value } of vector.values()) {
    const kept: Labels = {};
    if (by) {
      for (const [name, v] of Object.entries(labels)) if (by.by === by.labels.includes(name)) kept[name] = v;
    }
    const key = keyOf(kept);
    const entry = groups.get(key) ?? { labels: kept, values: [] };
    entry.values.push(value);
    groups.set(key, entry);
  }
  return new Map([...groups].map(([key, g]) => [key, { labels: g.labels, value: reduce(g.values) }]));
}

function binary(op: string, left: Value, right: Value): Value {
  const apply = (a: number, b: number): number => {
    switch (op) {
      case 'Mul':
        return a * b;
      case 'Div':
        return a / b;
      case 'Add':
        return a + b;
      case 'Sub':
        return a - b;
      default:
        throw new Unsupported(`operator ${op} between these operands`);
    }
  };
  if (op === 'Or') {
    if (left.kind !== 'vector' || right.kind !== 'vector') throw new Unsupported('or with a scalar');
    const out: Vector = new Map(left.vector);
    for (const [key, sample] of right.vector) if (!out.has(key)) out.set(key, sample);
    return { kind: 'vector', vector: out };
  }
  if (left.kind === 'scalar' && right.kind === 'scalar') return { kind: 'scalar', value: apply(left.value, right.value) };
  if (left.kind === 'scalar' && right.kind === 'vector') return { kind: 'vector', vector: new Map([...right.vector].map(([k, s]) => [k, { labels: s.labels, value: apply(left.value, s.value) }])) };
  if (left.kind === 'vector' && right.kind === 'scalar') return { kind: 'vector', vector: new Map([...left.vector].map(([k, s]) => [k, { labels: s.labels, value: apply(s.value, right.value) }])) };
  if (left.kind === 'vector' && right.kind === 'vector') {
    const out: Vector = new Map();
    for (const [key, l] of left.vector) {
      const r = right.vector.get(key);
      if (r) out.set(key, { labels: l.labels, value: apply(l.value, r.value) });
    }
    return { kind: 'vector', vector: out };
  }
  throw new Unsupported('these operands');
}

function rangeAggregation(node: SyntaxNode, q: string, t: bigint, lines: readonly PushedLine[]): Vector {
  const op = text(child(node, 'RangeOp')!, q);
  const logRange = child(node, 'LogRangeExpr')!;
  const range = durationNs(text(child(logRange, 'Range')!, q).replace(/^\[|\]$/g, '').trim());
  if (range === undefined) throw new Unsupported('this range');
  const matchers = children(child(child(logRange, 'Selector')!, 'Matchers')!).filter((c) => c.name === 'Matcher');
  const stages: SyntaxNode[] = [];
  const collect = (p: SyntaxNode | undefined) => {
    if (!p) return;
    for (const c of children(p)) {
      if (c.name === 'PipelineExpr') collect(c);
      else if (c.name === 'PipelineStage') stages.push(c);
    }
  };
  collect(child(logRange, 'PipelineExpr'));
  const unwrap = child(logRange, 'UnwrapExpr');
  const samples = new Map<string, { labels: Labels; values: number[] }>();
  for (const entry of lines) {
    if (!(entry.ns > t - range && entry.ns <= t)) continue;
    if (!matchers.every((m) => matches(m, q, entry.stream))) continue;
    let labels: Labels | undefined = { ...entry.stream };
    for (const stage of stages) {
      labels = runStage(stage, q, entry.line, labels);
      if (!labels) break;
    }
    if (!labels) continue;
    let value = 1;
    if (unwrap) {
      const result = runUnwrap(unwrap, q, labels);
      if (!result) continue;
      ({ labels, value } = result);
    }
    const key = keyOf(labels);
    const s = samples.get(key) ?? { labels, values: [] };
    s.values.push(value);
    samples.set(key, s);
  }
  const per: Vector = new Map();
  const reduce = (values: number[]): number => {
    switch (op) {
      case 'count_over_time':
        return values.length;
      case 'sum_over_time':
        return values.reduce((a, b) => a + b, 0);
      case 'quantile_over_time':
        return quantile(Number(text(child(node, 'Number')!, q)), values);
      default:
        throw new Unsupported(`range aggregation ${op}`);
    }
  };
  const by = grouping(child(node, 'Grouping'), q);
  if (by && op === 'quantile_over_time') {
    // Grouping of an unwrapped range aggregation: the samples of each group together.
    const groups = new Map<string, { labels: Labels; values: number[] }>();
    for (const s of samples.values()) {
      const kept: Labels = {};
      for (const [name, v] of Object.entries(s.labels)) if (by.by === by.labels.includes(name)) kept[name] = v;
      const key = keyOf(kept);
      const g = groups.get(key) ?? { labels: kept, values: [] };
      g.values.push(...s.values);
      groups.set(key, g);
    }
    for (const [key, g] of groups) per.set(key, { labels: g.labels, value: reduce(g.values) });
    return per;
  }
  for (const [key, s] of samples) per.set(key, { labels: s.labels, value: reduce(s.values) });
  return by ? group(per, by, (values) => values.reduce((a, b) => a + b, 0)) : per;
}

/** Prometheus's (and Loki's) φ-quantile: linear interpolation between the closest ranks. */
function quantile(q: number, values: number[]): number {
  if (values.length === 0) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const weight = rank - lower;
  return (sorted[lower] as number) * (1 - weight) + (sorted[upper] as number) * weight;
}

function matches(matcher: SyntaxNode, q: string, labels: Labels): boolean {
  const [name, op, value] = children(matcher);
  const actual = labels[text(name!, q)] ?? '';
  const expected = unquote(text(value!, q));
  switch (op!.name) {
    case 'Eq':
      return actual === expected;
    case 'Neq':
      return actual !== expected;
    case 'Re':
      return new RegExp(`^(?:${expected})$`, 's').test(actual);
    case 'Nre':
      return !new RegExp(`^(?:${expected})$`, 's').test(actual);
    default:
      throw new Unsupported(`matcher ${op!.name}`);
  }
}

function labelFilter(node: SyntaxNode, q: string, labels: Labels): boolean {
  const kids = children(node);
  if (kids.length === 3 && kids[0]!.name === 'LabelFilter' && (kids[1]!.name === 'Or' || kids[1]!.name === 'And')) {
    const a = labelFilter(kids[0]!, q, labels);
    const b = labelFilter(kids[2]!, q, labels);
    return kids[1]!.name === 'Or' ? a || b : a && b;
  }
  if (kids.length === 2 && kids[0]!.name === 'LabelFilter' && kids[1]!.name === 'LabelFilter') return labelFilter(kids[0]!, q, labels) && labelFilter(kids[1]!, q, labels);
  const only = kids[0];
  if (kids.length === 1 && only?.name === 'LabelFilter') return labelFilter(only, q, labels);
  if (only?.name === 'Matcher') return matches(only, q, labels);
  if (only?.name === 'NumberFilter') {
    const [name, op, literal] = children(only);
    const actual = Number(labels[text(name!, q)]);
    if (labels[text(name!, q)] === undefined || Number.isNaN(actual)) return false;
    const expected = Number(text(literal!, q));
    switch (op!.name) {
      case 'Gte':
        return actual >= expected;
      case 'Gtr':
        return actual > expected;
      case 'Lte':
        return actual <= expected;
      case 'Lss':
        return actual < expected;
      case 'Eql':
      case 'Eq':
        return actual === expected;
      case 'Neq':
        return actual !== expected;
      default:
        throw new Unsupported(`number filter ${op!.name}`);
    }
  }
  throw new Unsupported(`label filter ${text(node, q).slice(0, 40)}`);
}

function jsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function flatten(value: unknown, prefix: string, out: Labels): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}_${k}` : k, out);
  } else if (value !== null && !Array.isArray(value)) out[prefix.replace(/[^A-Za-z0-9_]/g, '_')] = String(value);
}

function runStage(stage: SyntaxNode, q: string, line: string, labels: Labels): Labels | undefined {
  const body = children(stage).find((c) => c.name !== 'Pipe');
  if (!body) return labels;
  switch (body.name) {
    case 'JsonExpressionParser':
    case 'LabelParser': {
      if (body.name === 'LabelParser' && text(body, q) !== 'json') throw new Unsupported(`parser ${text(body, q)}`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return { ...labels, __error__: 'JSONParserErr', __error_details__: 'not JSON' };
      }
      const out = { ...labels };
      const list = child(body, 'LabelExtractionExpressionList');
      if (!list) {
        flatten(parsed, '', out);
        return out;
      }
      const extractions: SyntaxNode[] = [];
      const walk = (n: SyntaxNode) => {
        for (const c of children(n)) {
          if (c.name === 'LabelExtractionExpressionList') walk(c);
          else if (c.name === 'LabelExtractionExpression') extractions.push(c);
        }
      };
      walk(list);
      for (const e of extractions) {
        const [name, , path] = children(e);
        const found = jsonPath(parsed, unquote(text(path!, q)));
        if (found !== undefined && found !== null && typeof found !== 'object') out[text(name!, q)] = String(found);
      }
      return out;
    }
    case 'LabelFilter':
      return labelFilter(body, q, labels) ? labels : undefined;
    case 'LineFilters':
    case 'LineFilter':
      throw new Unsupported('line filters');
    default:
      throw new Unsupported(`pipeline stage ${body.name}`);
  }
}

function runUnwrap(node: SyntaxNode, q: string, labels: Labels): { labels: Labels; value: number } | undefined {
  const kids = children(node);
  if (kids[0]?.name === 'UnwrapExpr') {
    const inner = runUnwrap(kids[0], q, labels);
    if (!inner) return undefined;
    const filter = kids.find((k) => k.name === 'LabelFilter');
    if (filter && !labelFilter(filter, q, inner.labels)) return undefined;
    return inner;
  }
  const id = kids.find((k) => k.name === 'Identifier');
  if (!id) throw new Unsupported('unwrap with a conversion function');
  const name = text(id, q);
  const raw = labels[name];
  const value = raw === undefined ? NaN : Number(raw);
  const rest = { ...labels };
  delete rest[name];
  if (Number.isNaN(value)) return { labels: { ...rest, __error__: 'SampleExtractionErr' }, value: 0 };
  return { labels: rest, value };
}
