/**
 * The smoke test file (YAML or JSON, which is YAML too):
 *
 *     version: 1
 *     defaults:                      # optional, for every test
 *       headers: { accept: application/json }
 *       latency-ms: 1000
 *     tests:
 *       - name: sign-in page answers
 *         path: /login
 *         critical: true             # failure = "critical functionality broken"
 *         expect:
 *           status: 200              # or a list: [200, 204]
 *           headers: { cache-control: no-store }        # exact values
 *           headers-match: { content-type: ^text/html }  # regular expressions
 *           json:                    # JSON paths, equal values
 *             status: ok
 *             items[0].id: 7         # (quote such a key inside { }: "items[0].id": 7)
 *           json-match: { build.sha: "^[0-9a-f]{40}$" }   # patterns quoted: [ ] { } are YAML
 *           json-present: [user.id]
 *           body-contains: Sign in
 *           latency-ms: 500
 *
 * Every problem names the file, the line and column, and what is accepted; nothing invalid is
 * replaced by a default.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseJsonPath, type PathSegment } from './json-path.ts';
import type { HeaderExpectation, JsonExpectation } from './probe.ts';
import { SMOKE_METHODS, type SmokeMethod, type SmokeSuite, type SmokeTest } from './smoke.ts';

export const SMOKE_FILE_MAX_BYTES = 256 * 1024;
export const SMOKE_TESTS_MAX = 50;
const MAX_ALIASES = 100;
const LATENCY_MAX_MS = 600_000;

export interface FileProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** A file (smoke tests, change record) that cannot be used, with every problem found. */
export class FileError extends Error {
  readonly problems: FileProblem[];
  constructor(problems: FileProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.message}`).join('\n'));
    this.name = 'FileError';
    this.problems = problems;
  }
}

/** A parsed YAML document with the means to say where a node is. */
export class Located {
  readonly file: string;
  readonly problems: FileProblem[] = [];
  private readonly lines: LineCounter;

  constructor(file: string, lines: LineCounter) {
    this.file = file;
    this.lines = lines;
  }

  /** Line and column of a node, when it has a place in the text. */
  position(node: Node | null | undefined): { line?: number; column?: number } {
    const offset = node?.range?.[0];
    if (offset === undefined) return {};
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  add(node: Node | null | undefined, message: string): void {
    this.problems.push({ file: this.file, ...this.position(node), message });
  }

  /** The map's entries by key; problems for keys that are not plain text or not accepted. */
  entries(map: YAMLMap, where: string, accepted: readonly string[]): Map<string, { key: Node; value: Node | null }> {
    const result = new Map<string, { key: Node; value: Node | null }>();
    for (const pair of map.items as Pair<unknown, unknown>[]) {
      if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') {
        this.add(map, `${where}: keys must be text`);
        continue;
      }
      const name = pair.key.value;
      if (!accepted.includes(name)) {
        this.add(pair.key, `${where}: unknown key "${name}"; accepted: ${accepted.join(', ')}`);
        continue;
      }
      result.set(name, { key: pair.key, value: (pair.value as Node | null) ?? null });
    }
    return result;
  }
}

/** Parses YAML (or JSON) text into its document root, or throws FileError with the syntax problems. */
export function parseYamlFile(text: string, file: string, what: string): { root: Node | null; at: Located } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > SMOKE_FILE_MAX_BYTES) {
    throw new FileError([{ file, message: `the ${what} is ${bytes} bytes; at most ${SMOKE_FILE_MAX_BYTES} are accepted` }]);
  }
  if (text.includes('\uFFFD')) throw new FileError([{ file, message: `the ${what} is not valid UTF-8` }]);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, strict: true, prettyErrors: false });
  const at = new Located(file, lines);
  for (const e of [...doc.errors, ...doc.warnings]) {
    const { line, col } = lines.linePos(e.pos[0]);
    at.problems.push({ file, line, column: col, message: `YAML: ${e.message.split('\n')[0] ?? e.message}` });
  }
  if (at.problems.length > 0) throw new FileError(at.problems);
  try {
    // Expands every alias once under a cap, so that later reads of any part are bounded too.
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new FileError([{ file, message: `YAML: ${error instanceof Error ? error.message : String(error)} (at most ${MAX_ALIASES} alias expansions)` }]);
  }
  return { root: (doc.contents as Node | null) ?? null, at };
}

function plain(node: Node | null): unknown {
  if (node === null) return null;
  return isScalar(node) ? node.value : node.toJSON();
}

const describe = (node: Node | null) => {
  const value = plain(node);
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

export function parseSmokeFile(text: string, file: string): SmokeSuite {
  const { root, at } = parseYamlFile(text, file, 'smoke test file');
  if (!isMap(root)) {
    at.add(root, 'the smoke test file must be a mapping with `version: 1` and `tests:` (a list of requests)');
    throw new FileError(at.problems);
  }
  const top = at.entries(root, 'the file', ['version', 'defaults', 'tests']);
  const version = top.get('version');
  if (!version) at.add(root, 'the file: "version" is required; write `version: 1`');
  else if (plain(version.value) !== 1) at.add(version.value ?? version.key, `version: ${describe(version.value)} is not accepted; accepted: 1`);

  const defaults = readDefaults(at, top.get('defaults')?.value ?? null);
  const testsEntry = top.get('tests');
  const tests: SmokeTest[] = [];
  if (!testsEntry) {
    at.add(root, 'the file: "tests" is required: a list of requests, each with a name and a path');
  } else if (!isSeq(testsEntry.value) || testsEntry.value.items.length === 0) {
    at.add(testsEntry.value ?? testsEntry.key, 'tests: must be a list of at least one test');
  } else if (testsEntry.value.items.length > SMOKE_TESTS_MAX) {
    at.add(testsEntry.value, `tests: ${testsEntry.value.items.length} tests; at most ${SMOKE_TESTS_MAX} are accepted`);
  } else {
    const names = new Set<string>();
    testsEntry.value.items.forEach((item, i) => {
      const test = readTest(at, item as Node | null, `tests[${i}]`, defaults);
      if (!test) return;
      if (names.has(test.name)) at.add(item as Node, `tests[${i}].name: "${test.name}" is used by an earlier test; names must be unique`);
      names.add(test.name);
      tests.push(test);
    });
  }
  if (at.problems.length > 0) throw new FileError(at.problems);
  return { file, tests };
}

interface Defaults {
  headers: Record<string, string>;
  latencyMs?: number;
  critical: boolean;
  checkVersion: boolean;
  followRedirects: boolean;
}

const FLAG_KEYS = ['critical', 'check-version', 'follow-redirects'] as const;

function readDefaults(at: Located, node: Node | null): Defaults {
  const defaults: Defaults = { headers: {}, critical: false, checkVersion: false, followRedirects: false };
  if (node === null) return defaults;
  if (!isMap(node)) {
    at.add(node, 'defaults: must be a mapping (headers, latency-ms, critical, check-version, follow-redirects)');
    return defaults;
  }
  const entries = at.entries(node, 'defaults', ['headers', 'latency-ms', ...FLAG_KEYS]);
  const headers = entries.get('headers');
  if (headers) defaults.headers = readHeaders(at, headers.value, 'defaults.headers');
  const latency = entries.get('latency-ms');
  if (latency) {
    const ms = readLatency(at, latency.value, 'defaults.latency-ms');
    if (ms !== undefined) defaults.latencyMs = ms;
  }
  defaults.critical = readFlag(at, entries.get('critical')?.value, 'defaults.critical') ?? false;
  defaults.checkVersion = readFlag(at, entries.get('check-version')?.value, 'defaults.check-version') ?? false;
  defaults.followRedirects = readFlag(at, entries.get('follow-redirects')?.value, 'defaults.follow-redirects') ?? false;
  return defaults;
}

const TEST_KEYS = ['name', 'method', 'path', 'headers', 'body', 'expect', ...FLAG_KEYS] as const;
const EXPECT_KEYS = ['status', 'headers', 'headers-match', 'json', 'json-match', 'json-present', 'body-contains', 'latency-ms'] as const;

function readTest(at: Located, node: Node | null, where: string, defaults: Defaults): SmokeTest | undefined {
  if (!isMap(node)) {
    at.add(node, `${where}: must be a mapping with at least name and path`);
    return undefined;
  }
  const before = at.problems.length;
  const e = at.entries(node, where, TEST_KEYS);
  const nameEntry = e.get('name');
  const name = plain(nameEntry?.value ?? null);
  if (!nameEntry) at.add(node, `${where}: "name" is required`);
  // Names reach the log and the summary: no control characters (a newline could start a workflow command).
  else if (typeof name !== 'string' || name.trim() === '' || name.length > 100 || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name)) {
    at.add(nameEntry.value ?? nameEntry.key, `${where}.name: must be text of 1 to 100 characters, without control characters`);
  }

  const methodEntry = e.get('method');
  let method: SmokeMethod = 'GET';
  if (methodEntry) {
    const value = plain(methodEntry.value);
    const upper = typeof value === 'string' ? value.toUpperCase() : '';
    if ((SMOKE_METHODS as readonly string[]).includes(upper)) method = upper as SmokeMethod;
    else at.add(methodEntry.value ?? methodEntry.key, `${where}.method: ${describe(methodEntry.value)} is not accepted; accepted: ${SMOKE_METHODS.join(', ')}`);
  }

  const pathEntry = e.get('path');
  const path = plain(pathEntry?.value ?? null);
  if (!pathEntry) at.add(node, `${where}: "path" is required, e.g. path: /health`);
  else if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || /[\s#]/.test(path)) {
    at.add(pathEntry.value ?? pathEntry.key, `${where}.path: ${describe(pathEntry.value)} is not accepted; accepted: a path below the deployment URL starting with one /, with an optional query, e.g. /v1/status?full=1`);
  }

  const headers = { ...defaults.headers };
  const headersEntry = e.get('headers');
  if (headersEntry) Object.assign(headers, readHeaders(at, headersEntry.value, `${where}.headers`));

  let body: string | undefined;
  const bodyEntry = e.get('body');
  if (bodyEntry) {
    const value = plain(bodyEntry.value);
    if (method === 'GET' || method === 'HEAD') at.add(bodyEntry.key, `${where}.body: a ${method} request has no body; use POST, PUT, PATCH or DELETE`);
    else if (typeof value === 'string') body = value;
    else if (value !== null && typeof value === 'object') {
      body = JSON.stringify(value);
      if (!Object.keys(headers).includes('content-type')) headers['content-type'] = 'application/json';
    } else at.add(bodyEntry.value ?? bodyEntry.key, `${where}.body: must be text, or a mapping or list sent as JSON`);
  }

  const expect = readExpect(at, e.get('expect')?.value ?? null, `${where}.expect`, defaults);
  const critical = readFlag(at, e.get('critical')?.value, `${where}.critical`) ?? defaults.critical;
  const checkVersion = readFlag(at, e.get('check-version')?.value, `${where}.check-version`) ?? defaults.checkVersion;
  const followRedirects = readFlag(at, e.get('follow-redirects')?.value, `${where}.follow-redirects`) ?? defaults.followRedirects;
  if (at.problems.length > before || typeof name !== 'string' || typeof path !== 'string') return undefined;
  const { line } = at.position(node);
  return {
    name: name.trim(),
    method,
    path,
    headers,
    ...(body === undefined ? {} : { body }),
    expect,
    critical,
    checkVersion,
    followRedirects,
    ...(line === undefined ? {} : { line }),
  };
}

function readExpect(at: Located, node: Node | null, where: string, defaults: Defaults): SmokeTest['expect'] {
  const expect: { -readonly [K in keyof SmokeTest['expect']]: SmokeTest['expect'][K] } = { status: [200] };
  if (defaults.latencyMs !== undefined) expect.latencyMs = defaults.latencyMs;
  if (node === null) return expect;
  if (!isMap(node)) {
    at.add(node, `${where}: must be a mapping; accepted keys: ${EXPECT_KEYS.join(', ')}`);
    return expect;
  }
  const e = at.entries(node, where, EXPECT_KEYS);
  const status = e.get('status');
  if (status) {
    const value = plain(status.value);
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || !list.every((s) => Number.isInteger(s) && (s as number) >= 100 && (s as number) <= 599)) {
      at.add(status.value ?? status.key, `${where}.status: ${describe(status.value)} is not accepted; accepted: a status from 100 to 599, or a list of them`);
    } else expect.status = list as number[];
  }
  const headers: HeaderExpectation[] = [];
  for (const [name, value] of Object.entries(readHeaders(at, e.get('headers')?.value ?? null, `${where}.headers`))) {
    headers.push({ name, equals: value });
  }
  const nodes = new Map<string, Node | null>();
  const patterns = readHeaders(at, e.get('headers-match')?.value ?? null, `${where}.headers-match`, nodes);
  for (const [name, source] of Object.entries(patterns)) {
    const re = regex(at, nodes.get(name) ?? null, `${where}.headers-match.${name}`, source);
    if (re) headers.push({ name, matches: re });
  }
  if (headers.length > 0) expect.headers = headers;

  const json: JsonExpectation[] = [];
  const jsonEntry = e.get('json');
  if (jsonEntry) {
    for (const { path, segments, value } of readPathMap(at, jsonEntry.value, `${where}.json`)) json.push({ path, segments, equals: plain(value) });
  }
  const matchEntry = e.get('json-match');
  if (matchEntry) {
    for (const { path, segments, value } of readPathMap(at, matchEntry.value, `${where}.json-match`)) {
      const source = plain(value);
      if (typeof source !== 'string') {
        at.add(value, `${where}.json-match.${path}: must be a regular expression as text`);
        continue;
      }
      const re = regex(at, value, `${where}.json-match.${path}`, source);
      if (re) json.push({ path, segments, matches: re });
    }
  }
  const present = e.get('json-present');
  if (present) {
    if (!isSeq(present.value)) at.add(present.value ?? present.key, `${where}.json-present: must be a list of JSON paths, e.g. [user.id]`);
    else {
      for (const item of present.value.items as Node[]) {
        const path = plain(item);
        const segments = typeof path === 'string' ? parseJsonPath(path) : 'a JSON path must be text';
        if (typeof segments === 'string' || typeof path !== 'string') at.add(item, `${where}.json-present: ${segments as string}`);
        else json.push({ path, segments, present: true });
      }
    }
  }
  if (json.length > 0) expect.json = json;

  const contains = e.get('body-contains');
  if (contains) {
    const value = plain(contains.value);
    if (typeof value !== 'string' || value === '') at.add(contains.value ?? contains.key, `${where}.body-contains: must be non-empty text`);
    else expect.bodyContains = value;
  }
  const latency = e.get('latency-ms');
  if (latency) {
    const ms = readLatency(at, latency.value, `${where}.latency-ms`);
    if (ms !== undefined) expect.latencyMs = ms;
  }
  return expect;
}

function readFlag(at: Located, node: Node | null | undefined, where: string): boolean | undefined {
  if (node === undefined) return undefined;
  const value = plain(node);
  if (typeof value === 'boolean') return value;
  at.add(node, `${where}: ${describe(node)} is not accepted; accepted: true, false`);
  return undefined;
}

function readLatency(at: Located, node: Node | null, where: string): number | undefined {
  const value = plain(node);
  if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LATENCY_MAX_MS) return value as number;
  at.add(node, `${where}: ${describe(node)} is not accepted; accepted: whole milliseconds from 1 to ${LATENCY_MAX_MS}`);
  return undefined;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A mapping of header names (lower-cased, checked) to text; `nodes` gets each value's node. */
function readHeaders(at: Located, node: Node | null, where: string, nodes?: Map<string, Node | null>): Record<string, string> {
  const result: Record<string, string> = {};
  if (node === null) return result;
  if (!isMap(node)) {
    at.add(node, `${where}: must be a mapping of header names to text`);
    return result;
  }
  for (const pair of node.items as Pair<unknown, unknown>[]) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof key !== 'string' || !HEADER_NAME.test(key)) {
      at.add(pair.key as Node, `${where}: ${describe(pair.key as Node)} is not a header name`);
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      at.add((pair.value as Node | null) ?? (pair.key as Node), `${where}.${key}: must be text`);
      continue;
    }
    result[key.toLowerCase()] = String(value);
    nodes?.set(key.toLowerCase(), (pair.value as Node | null) ?? null);
  }
  return result;
}

function readPathMap(at: Located, node: Node | null, where: string): Array<{ path: string; segments: PathSegment[]; value: Node | null }> {
  const result: Array<{ path: string; segments: PathSegment[]; value: Node | null }> = [];
  if (!isMap(node)) {
    at.add(node, `${where}: must be a mapping of JSON paths (e.g. status, items[0].id) to values`);
    return result;
  }
  for (const pair of node.items as Pair<unknown, unknown>[]) {
    const path = isScalar(pair.key) ? pair.key.value : undefined;
    const segments = typeof path === 'string' ? parseJsonPath(path) : 'a JSON path must be text';
    if (typeof segments === 'string' || typeof path !== 'string') {
      at.add(pair.key as Node, `${where}: ${segments as string}`);
      continue;
    }
    result.push({ path, segments, value: (pair.value as Node | null) ?? null });
  }
  return result;
}

function regex(at: Located, node: Node | null, where: string, source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch (error) {
    at.add(node, `${where}: not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}
