import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Deadline, type Logger } from '@change-actions/action-kit';
import { Redactor } from '@change-actions/deploy-verify';
import { checkHealth, childEnvironment, probe, resolveWrangler } from '../src/index.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A loopback server on a random port. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers, followRedirects: true });

describe('probe', () => {
  it('reads the status, the headers in lower case and the body', async () => {
    const url = await serve((_req, res) => res.writeHead(200, { 'X-Version': 'v2' }).end('ok'));
    const result = await probe(get(`${url}/health`), 5_000, new Deadline(30));
    expect(result).toMatchObject({ status: 200, body: 'ok', truncated: false, redirects: [] });
    expect(result.headers['x-version']).toBe('v2');
    expect(result.failure).toBeUndefined();
  });

  it('follows redirects and names a loop as one', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/a') res.writeHead(302, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(302, { location: '/a' }).end();
      else res.writeHead(404).end();
    });
    const result = await probe(get(`${url}/a`), 5_000, new Deadline(30));
    expect(result.failure).toEqual({ kind: 'redirect-loop', message: 'redirect loop: /a → /b → /a' });
  });

  it('drops credentials on a redirect to another origin', async () => {
    let seen: IncomingMessage['headers'] = {};
    const other = await serve((req, res) => {
      seen = req.headers;
      res.writeHead(200).end('there');
    });
    const url = await serve((_req, res) => res.writeHead(307, { location: `${other}/x` }).end());
    const result = await probe(get(url, { authorization: 'Bearer secret', 'x-kept': 'yes' }), 5_000, new Deadline(30));
    expect(result.status).toBe(200);
    expect(seen['authorization']).toBeUndefined();
    expect(seen['x-kept']).toBe('yes');
  });

  it('stops at the request timeout and says which input set it', async () => {
    const url = await serve(() => undefined);
    const result = await probe(get(url), 200, new Deadline(30));
    expect(result.failure?.kind).toBe('timeout');
    expect(result.failure?.message).toMatch(/request-timeout-seconds/);
  });

  it('names a refused connection', async () => {
    const url = await serve(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const result = await probe(get(url), 2_000, new Deadline(30));
    expect(result.failure?.kind).toBe('refused');
  });

  it('reads at most 1 MiB of a body', async () => {
    const url = await serve((_req, res) => res.writeHead(200).end('x'.repeat(2 * 1024 * 1024)));
    const result = await probe(get(url), 5_000, new Deadline(30));
    expect(result.truncated).toBe(true);
    expect(result.body.length).toBe(1024 * 1024);
  });
});

describe('the environment of wrangler and its installer', () => {
  it('keeps the step inputs and the runner tokens out', () => {
    const env = childEnvironment({ PATH: '/bin', INPUT_SECRETS: 'x', ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_ID_TOKEN_REQUEST_URL: 'u', CLOUDFLARE_API_TOKEN: 'c' });
    expect(env).toEqual({ PATH: '/bin', CLOUDFLARE_API_TOKEN: 'c' });
  });

  it('finds the wrangler Node resolves from a folder, and none where there is none', () => {
    const found = resolveWrangler(process.cwd());
    expect(found?.version).toMatch(/^4\./);
    expect(resolveWrangler('/')).toBeUndefined();
  });
});

describe('the health check through the logger port', () => {
  it('polls until the new version answers, and says so through the logger it is given', async () => {
    let calls = 0;
    const url = await serve((_req, res) => res.writeHead(200, { 'x-version': ++calls < 3 ? 'old' : 'new' }).end('ok'));
    const lines: string[] = [];
    const logger: Logger = {
      info: (m) => lines.push(m),
      debug: () => undefined,
      notice: (m) => lines.push(`notice ${m}`),
      warning: (m) => lines.push(`warning ${m}`),
      error: (m) => lines.push(`error ${m}`),
      untrusted: (ls) => lines.push(...ls),
      group: async (name, fn) => {
        lines.push(`group ${name}`);
        return fn();
      },
    };
    const outcome = await checkHealth(
      { url: `${url}/health`, expect: { status: [200] }, version: { source: { kind: 'header', name: 'x-version' }, expected: 'new', previous: 'old' }, windowMs: 20_000 },
      { headers: {}, requestTimeoutMs: 2_000, retryBaseMs: 10, deadline: new Deadline(60), redactor: new Redactor([]), logger },
    );
    expect(outcome.healthy).toBe(true);
    expect(outcome.attempts).toBe(3);
    expect(lines[0]).toMatch(/^Health check: GET http:\/\/127\.0\.0\.1:\d+\/health, for up to 20 s$/);
    expect(lines).toHaveLength(4);
  });
});
