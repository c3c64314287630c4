/**
 * The Worker that the wrangler-deploy-verify tests deploy, health-check and smoke-test.
 *
 * Every request (but the control endpoint's) is logged as one line `logpush <JSON>` in the shape
 * of Cloudflare's Logpush `workers_trace_events` (ScriptName, ScriptVersion.ID, Outcome, Event with
 * the request and the response status, CPUTimeMs, WallTimeMs), which the harness pushes to the Loki
 * stand-in, so a monitor's verdict rests on what this Worker really did.
 *
 * Every path answers with the current behaviour; `GET /health` answers
 * `{ "status": "ok" | "error", "version": <id> }`. Every answer carries `x-worker-version`.
 * The behaviour starts from the vars `VERSION_ID`, `HEALTH_STATUS`, `HEALTH_MODE`, `DELAY_MS`
 * (e.g. `wrangler dev --var HEALTH_STATUS:503`) and can be replaced at run time, so that one
 * long-running `wrangler dev` serves many scenarios:
 *
 *   POST   /__control  {"status":503}   replace the behaviour (fields below), reset the counter
 *   GET    /__control                   the behaviour in force and how many requests it answered
 *   DELETE /__control                   back to the behaviour from the vars
 */

interface Env {
  CF_VERSION_METADATA: { id: string; tag: string; timestamp: string };
  VERSION_ID?: string;
  HEALTH_STATUS?: string;
  HEALTH_MODE?: string;
  DELAY_MS?: string;
}

const modes = ['json', 'html', 'malformed-json', 'redirect-loop'] as const;
type Mode = (typeof modes)[number];

export interface Behaviour {
  /** The version id to report; defaults to the version metadata binding's id. */
  version?: string;
  /** HTTP status of every answer (default 200). */
  status?: number;
  /** json: the health document; html: an error page; malformed-json: cut-off JSON; redirect-loop: 302 to itself. */
  mode?: Mode;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer healthy (200, json, no delay) once this many requests got the behaviour above. */
  recoverAfter?: number;
}

const controlPath = '/__control';

// Module state lives as long as the isolate, and `wrangler dev` keeps one isolate until it restarts.
let override: Behaviour | undefined;
let answered = 0;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === controlPath) return control(request, env);

    answered += 1;
    const configured = current(env);
    const version = configured.version ?? env.CF_VERSION_METADATA.id;
    const recovered = configured.recoverAfter !== undefined && answered > configured.recoverAfter;
    const behaviour: Behaviour = recovered ? {} : configured;
    const started = Date.now();
    if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
    const response = answer(url, behaviour, version);
    logpush(request, response.status, version, started);
    return response;
  },
};

/** One workers_trace_events line, as Logpush would send it for this invocation. */
function logpush(request: Request, status: number, version: string, started: number): void {
  const event = {
    DispatchNamespace: '',
    Entrypoint: '',
    Event: { RayID: crypto.randomUUID().replace(/-/g, '').slice(0, 16), Request: { URL: request.url, Method: request.method }, Response: { Status: status } },
    EventTimestampMs: started,
    EventType: 'fetch',
    Exceptions: [],
    Logs: [],
    Outcome: 'ok',
    ScriptName: 'provii-test-worker',
    ScriptTags: [],
    ScriptVersion: { ID: version, Message: '', Tag: '' },
    CPUTimeMs: 0,
    // Time advances in workerd only across I/O (a timer), which is what a wall time measures here.
    WallTimeMs: Date.now() - started,
  };
  console.log(`logpush ${JSON.stringify(event)}`);
}

function fromVars(env: Env): Behaviour {
  const behaviour = toBehaviour({
    ...(env.VERSION_ID && { version: env.VERSION_ID }),
    ...(env.HEALTH_STATUS && { status: Number(env.HEALTH_STATUS) }),
    ...(env.HEALTH_MODE && { mode: env.HEALTH_MODE }),
    ...(env.DELAY_MS && { delayMs: Number(env.DELAY_MS) }),
  });
  if (typeof behaviour === 'string') throw new Error(`the vars give no valid behaviour: ${behaviour}`);
  return behaviour;
}

function current(env: Env): Behaviour {
  return { ...fromVars(env), ...override };
}

async function control(request: Request, env: Env): Promise<Response> {
  switch (request.method) {
    case 'GET':
      return Response.json({ behaviour: current(env), answered });
    case 'DELETE':
      override = undefined;
      answered = 0;
      return Response.json({ behaviour: current(env), answered });
    case 'POST': {
      const parsed = parseBehaviour(await request.text());
      if (typeof parsed === 'string') return Response.json({ error: parsed }, { status: 400 });
      override = parsed;
      answered = 0;
      return Response.json({ behaviour: current(env), answered });
    }
    default:
      return Response.json({ error: 'use GET, POST or DELETE' }, { status: 405 });
  }
}

/** The behaviour in a control request, or why it is not one. */
function parseBehaviour(text: string): Behaviour | string {
  try {
    return toBehaviour(JSON.parse(text));
  } catch {
    return 'the body is not JSON';
  }
}

function toBehaviour(value: unknown): Behaviour | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the body is not a JSON object';
  const behaviour: Behaviour = {};
  for (const [key, field] of Object.entries(value)) {
    switch (key) {
      case 'version':
        if (typeof field !== 'string') return 'version must be a string';
        behaviour.version = field;
        break;
      case 'mode':
        if (!(modes as readonly unknown[]).includes(field)) return `mode must be one of ${modes.join(', ')}`;
        behaviour.mode = field as Mode;
        break;
      case 'status':
        if (!isInteger(field) || field < 200 || field > 599) return 'status must be an integer from 200 to 599';
        behaviour.status = field;
        break;
      case 'delayMs':
      case 'recoverAfter':
        if (!isInteger(field) || field < 0) return `${key} must be a non-negative integer`;
        behaviour[key] = field;
        break;
      default:
        return `unknown field ${key}; accepted: version, mode, status, delayMs, recoverAfter`;
    }
  }
  return behaviour;
}

function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

function answer(url: URL, behaviour: Behaviour, version: string): Response {
  const status = behaviour.status ?? 200;
  const headers = { 'x-worker-version': version };
  switch (behaviour.mode ?? 'json') {
    case 'json': {
      const health = { status: status < 400 ? 'ok' : 'error', version };
      return Response.json(url.pathname === '/health' ? health : { path: url.pathname, version }, { status, headers });
    }
    case 'html':
      // What a proxy or Cloudflare's own error page looks like: HTML, whatever the status says.
      return new Response(
        '<!DOCTYPE html><html><head><title>Worker threw exception | provii-test-worker</title></head>' +
          '<body><h1>Error 1101</h1><p>Worker threw exception</p></body></html>',
        { status, headers: { ...headers, 'content-type': 'text/html; charset=UTF-8' } },
      );
    case 'malformed-json':
      return new Response(`{"status":"ok","version":"${version}"`, {
        status,
        headers: { ...headers, 'content-type': 'application/json' },
      });
    case 'redirect-loop':
      return new Response(null, { status: 302, headers: { ...headers, location: url.href } });
  }
}
