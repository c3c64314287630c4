/**
 * One HTTP answer, as plain data, and the judgement of it against what was expected: status,
 * JSON fields, headers, body text, latency, and which version answered. The adapter sends the
 * request and fills a `ProbeResult`; everything else here is a pure function of it.
 */
import { jsonEqual, parseJsonPath, valueAt, type PathSegment } from './json-path.ts';

/** Why a probe got no usable answer. */
export type FailureKind = 'refused' | 'timeout' | 'reset' | 'dns' | 'tls' | 'redirect-loop' | 'too-many-redirects' | 'network';

export interface ProbeResult {
  method: string;
  /** The URL first requested. */
  url: string;
  /** Status of the last answer; absent when nothing answered. */
  status?: number;
  /** Headers of the last answer, names lower-cased. */
  headers: Record<string, string>;
  /** The start of the body (the adapter reads a bounded amount). */
  body: string;
  /** The body was longer than what was read. */
  truncated: boolean;
  /** From sending the request to the end of the last answer's body, or to the failure. */
  latencyMs: number;
  /** Locations followed, in order. */
  redirects: string[];
  failure?: { kind: FailureKind; message: string };
}

/** A check that did not pass, in words a reviewer reads. */
export type Check = 'connection' | 'status' | 'body' | 'json' | 'header' | 'version' | 'latency';

export interface Finding {
  check: Check;
  message: string;
}

/** Where the answering Worker names its version: a response header, a JSON field of the body, or nowhere. */
export type VersionSource =
  | { kind: 'header'; name: string }
  | { kind: 'json'; path: string; segments: PathSegment[] }
  | { kind: 'off' };

/** Parses `header:<name>`, `json:<path>` or `off`; a string result is the problem. */
export function parseVersionSource(text: string): VersionSource | string {
  const value = text.trim();
  if (value === 'off') return { kind: 'off' };
  const colon = value.indexOf(':');
  const kind = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? '' : value.slice(colon + 1).trim();
  if (kind === 'header') {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(rest)) return `"${value}": write a header name after header:, e.g. header:x-worker-version`;
    return { kind: 'header', name: rest.toLowerCase() };
  }
  if (kind === 'json') {
    const segments = parseJsonPath(rest);
    if (typeof segments === 'string') return `"${value}": ${segments}`;
    return { kind: 'json', path: rest, segments };
  }
  return `"${value}" is not accepted; accepted: header:<name> (e.g. header:x-worker-version), json:<path> (e.g. json:version), off`;
}

export function describeVersionSource(source: VersionSource): string {
  switch (source.kind) {
    case 'header':
      return `header ${source.name}`;
    case 'json':
      return `JSON field ${source.path}`;
    case 'off':
      return 'not checked';
  }
}

/** One expected JSON field: equal to a value, matching a pattern (strings), or merely present. */
export type JsonExpectation =
  | { path: string; segments: PathSegment[]; equals: unknown }
  | { path: string; segments: PathSegment[]; matches: RegExp }
  | { path: string; segments: PathSegment[]; present: true };

/** One expected header (name lower-cased): an exact value or a pattern. */
export type HeaderExpectation = { name: string; equals: string } | { name: string; matches: RegExp };

/** What an answer must show. */
export interface AnswerExpectation {
  status: readonly number[];
  json?: readonly JsonExpectation[];
  headers?: readonly HeaderExpectation[];
  bodyContains?: string;
  latencyMs?: number;
}

/** Which version must answer: the new one; the previous one named separately so it is recognised. */
export interface VersionExpectation {
  source: VersionSource;
  expected: string;
  previous?: string | undefined;
}

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/** Text from an answer, made safe and short for a report: control characters escaped, whitespace collapsed. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The first 8 characters of a version id, for reports. */
export const short = (id: string) => excerpt(id, 40).slice(0, 8);

type Parsed = { ok: true; value: unknown } | { ok: false; why: string };

/** The answer's body as JSON, or why it is not. An HTML page is named as one (with its title). */
export function jsonBody(probe: ProbeResult): Parsed {
  const type = probe.headers['content-type'] ?? '';
  const trimmed = probe.body.trimStart();
  if (/html/i.test(type) || /^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(probe.body)?.[1];
    return { ok: false, why: `an HTML page${title ? ` ("${excerpt(title, 60)}")` : ''} came back where JSON is expected${type ? ` (content-type ${excerpt(type, 40)})` : ''}` };
  }
  if (probe.truncated) return { ok: false, why: 'the body is too large to be read as JSON' };
  if (trimmed === '') return { ok: false, why: 'the body is empty where JSON is expected' };
  try {
    return { ok: true, value: JSON.parse(probe.body) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'invalid';
    return { ok: false, why: `the body is not valid JSON (${excerpt(reason ?? '', 60)}): "${excerpt(probe.body, 60)}"` };
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return excerpt(text, 60);
}

/** The version the answer names, or why none could be read. */
export function answeredVersion(source: VersionSource, probe: ProbeResult, json?: Parsed): { version: string } | { missing: string } {
  switch (source.kind) {
    case 'off':
      return { missing: 'the version is not checked' };
    case 'header': {
      const value = probe.headers[source.name];
      return value === undefined || value.trim() === '' ? { missing: `the answer has no ${source.name} header` } : { version: value.trim() };
    }
    case 'json': {
      const parsed = json ?? jsonBody(probe);
      if (!parsed.ok) return { missing: `no version: ${parsed.why}` };
      const found = valueAt(parsed.value, source.segments);
      if (!found.found) return { missing: `the JSON body has no field ${source.path}` };
      if (typeof found.value !== 'string' || found.value.trim() === '') return { missing: `JSON field ${source.path} is ${show(found.value)}, not a version id` };
      return { version: found.value.trim() };
    }
  }
}

/**
 * Findings of one answer against the expectation and, when given, the version pinning: an
 * answer counts only when the new version gave it, so an old version still answering is caught.
 */
export function judgeAnswer(expect: AnswerExpectation, probe: ProbeResult, version?: VersionExpectation): Finding[] {
  if (probe.failure || probe.status === undefined) {
    return [{ check: 'connection', message: probe.failure?.message ?? 'no answer' }];
  }
  const findings: Finding[] = [];
  if (!expect.status.includes(probe.status)) {
    const location = probe.status >= 300 && probe.status < 400 && probe.headers['location'] ? ` to ${excerpt(probe.headers['location'], 60)}` : '';
    findings.push({ check: 'status', message: `status ${probe.status}${location}; expected ${expect.status.join(' or ')}` });
  }
  const needsJson = (expect.json?.length ?? 0) > 0 || version?.source.kind === 'json';
  const json = needsJson ? jsonBody(probe) : undefined;
  if (json && !json.ok && (expect.json?.length ?? 0) > 0) findings.push({ check: 'body', message: json.why });
  if (json?.ok) {
    for (const e of expect.json ?? []) {
      const found = valueAt(json.value, e.segments);
      if ('present' in e) {
        if (!found.found) findings.push({ check: 'json', message: `${e.path} is missing` });
      } else if (!found.found) {
        findings.push({ check: 'json', message: `${e.path} is missing; expected ${'equals' in e ? show(e.equals) : String(e.matches)}` });
      } else if ('equals' in e) {
        if (!jsonEqual(found.value, e.equals)) findings.push({ check: 'json', message: `${e.path} is ${show(found.value)}; expected ${show(e.equals)}` });
      } else if (typeof found.value !== 'string' || !e.matches.test(found.value)) {
        findings.push({ check: 'json', message: `${e.path} is ${show(found.value)}; expected a string matching ${String(e.matches)}` });
      }
    }
  }
  for (const h of expect.headers ?? []) {
    const value = probe.headers[h.name];
    if (value === undefined) findings.push({ check: 'header', message: `header ${h.name} is missing` });
    else if ('equals' in h ? value !== h.equals : !h.matches.test(value)) {
      findings.push({ check: 'header', message: `header ${h.name} is "${excerpt(value, 60)}"; expected ${'equals' in h ? `"${h.equals}"` : String(h.matches)}` });
    }
  }
  if (expect.bodyContains !== undefined && !probe.body.includes(expect.bodyContains)) {
    findings.push({ check: 'body', message: `the body does not contain "${excerpt(expect.bodyContains, 40)}": "${excerpt(probe.body, 60)}"` });
  }
  if (version && version.source.kind !== 'off') findings.push(...judgeVersion(version, probe, json));
  if (expect.latencyMs !== undefined && probe.latencyMs > expect.latencyMs) {
    findings.push({ check: 'latency', message: `answered in ${Math.round(probe.latencyMs)} ms; the budget is ${expect.latencyMs} ms` });
  }
  return findings;
}

/** The version pinning decision: only the new version's answer counts. */
export function judgeVersion(version: VersionExpectation, probe: ProbeResult, json?: Parsed): Finding[] {
  const answered = answeredVersion(version.source, probe, json);
  if ('missing' in answered) {
    return [{ check: 'version', message: `${answered.missing}; the new version ${short(version.expected)} must name itself there (${describeVersionSource(version.source)})` }];
  }
  if (answered.version === version.expected) return [];
  if (version.previous !== undefined && answered.version === version.previous) {
    return [{ check: 'version', message: `the previous version ${short(version.previous)} answered, not the new version ${short(version.expected)}: the new version is not serving` }];
  }
  return [{ check: 'version', message: `version "${excerpt(answered.version, 40)}" answered; expected the new version ${short(version.expected)}` }];
}
