/**
 * One HTTP request to the Worker, turned into the engine's plain `ProbeResult`: status, headers,
 * the start of the body, latency, redirects, or why there was no answer. Redirects are followed
 * by hand (when asked) so that a loop is named as one; the request and its body share one timeout,
 * inside the run's deadline.
 */
import type { Deadline } from '@change-actions/action-kit';
import type { FailureKind, ProbeResult } from '@change-actions/deploy-verify';

export interface ProbeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  followRedirects: boolean;
}

/** More of a body than this is not read: a health or smoke answer is small. */
const BODY_LIMIT = 1024 * 1024;
const MAX_REDIRECTS = 5;
const CROSS_ORIGIN_DROPPED = ['authorization', 'cookie', 'proxy-authorization'];

export async function probe(request: ProbeRequest, timeoutMs: number, deadline: Deadline): Promise<ProbeResult> {
  const started = performance.now();
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([timeout, deadline.signal]);
  const redirects: string[] = [];
  const seen = new Set<string>([request.url]);
  let url = request.url;
  let method = request.method;
  let body = request.body;
  let headers: Record<string, string> = { 'user-agent': 'maelstrom-change-actions/wrangler-deploy-verify', ...request.headers };
  const fail = (kind: FailureKind, message: string): ProbeResult => ({
    method: request.method,
    url: request.url,
    headers: {},
    body: '',
    truncated: false,
    latencyMs: performance.now() - started,
    redirects,
    failure: { kind, message },
  });
  try {
    for (;;) {
      const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }), redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (request.followRedirects && response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, url).href;
        redirects.push(next);
        if (seen.has(next)) return fail('redirect-loop', `redirect loop: ${[request.url, ...redirects].map(shortUrl).join(' → ')}`);
        if (redirects.length > MAX_REDIRECTS) return fail('too-many-redirects', `more than ${MAX_REDIRECTS} redirects: ${[request.url, ...redirects].map(shortUrl).join(' → ')}`);
        seen.add(next);
        if (new URL(next).origin !== new URL(url).origin) {
          headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CROSS_ORIGIN_DROPPED.includes(name.toLowerCase())));
        }
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        url = next;
        continue;
      }
      const { text, truncated } = await readBody(response);
      return {
        method: request.method,
        url: request.url,
        status: response.status,
        headers: Object.fromEntries([...response.headers].map(([name, value]) => [name.toLowerCase(), value])),
        body: text,
        truncated,
        latencyMs: performance.now() - started,
        redirects,
      };
    }
  } catch (error) {
    if (timeout.aborted) return fail('timeout', `no answer within ${seconds(timeoutMs)} (input request-timeout-seconds)`);
    if (deadline.signal.aborted) return fail('timeout', `the action's deadline (input timeout-seconds) passed before an answer`);
    return classify(error, url, fail);
  }
}

async function readBody(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > BODY_LIMIT) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, BODY_LIMIT));
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, Math.max(0, bytes.length - at));
    bytes.set(part, at);
    at += part.length;
  }
  return { text: new TextDecoder().decode(bytes), truncated };
}

function classify(error: unknown, url: string, fail: (kind: FailureKind, message: string) => ProbeResult): ProbeResult {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code ?? '';
  const host = safeHost(url);
  if (code === 'ECONNREFUSED') return fail('refused', `connection refused by ${host}`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fail('dns', `no address found for ${host} (DNS)`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return fail('reset', `${host} closed the connection before answering`);
  if (/CERT|TLS|SSL/i.test(code)) return fail('tls', `TLS with ${host} failed (${code})`);
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return fail('network', `request to ${host} failed: ${code ? `${code} ` : ''}${message}`.slice(0, 300));
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the host';
  }
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
