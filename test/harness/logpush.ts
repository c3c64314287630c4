/**
 * Logpush for the test Worker: the `logpush <JSON>` lines it prints under `wrangler dev` (one per
 * request, in the `workers_trace_events` shape) are pushed to a Loki push endpoint the way a
 * Logpush job feeding Loki would, stream-labelled by the script's name, timestamped by the event.
 */
export interface LogpushForwarder {
  /** Pushes every line printed so far; resolves once Loki took them. */
  flush(): Promise<number>;
  stop(): Promise<void>;
  /** Lines pushed so far. */
  readonly pushed: number;
}

const LINE = /^logpush (\{.*\})\s*$/;

export function forwardLogpush(output: () => string, lokiUrl: string, tenant: string, everyMs = 200): LogpushForwarder {
  let consumed = 0;
  let pushed = 0;
  let pending: Promise<number> = Promise.resolve(0);
  const flushOnce = async (): Promise<number> => {
    const text = output();
    const end = text.lastIndexOf('\n') + 1;
    if (end <= consumed) return 0;
    const lines = text.slice(consumed, end).split('\n');
    consumed = end;
    const values: Array<[string, string]> = [];
    const streams = new Map<string, Array<[string, string]>>();
    for (const raw of lines) {
      const match = LINE.exec(raw.trim());
      if (!match) continue;
      const event = JSON.parse(match[1]!) as { ScriptName: string; EventTimestampMs: number };
      const list = streams.get(event.ScriptName) ?? [];
      list.push([`${BigInt(event.EventTimestampMs) * 1_000_000n}`, match[1]!]);
      streams.set(event.ScriptName, list);
      values.push(list.at(-1)!);
    }
    if (values.length === 0) return 0;
    const response = await fetch(`${lokiUrl}/loki/api/v1/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-scope-orgid': tenant },
      body: JSON.stringify({ streams: [...streams].map(([name, v]) => ({ stream: { service_name: name, source: 'logpush' }, values: v })) }),
    });
    if (response.status !== 204) throw new Error(`Loki push answered ${response.status}: ${await response.text()}`);
    pushed += values.length;
    return values.length;
  };
  const flush = () => (pending = pending.then(flushOnce, flushOnce));
  const timer = setInterval(() => void flush().catch(() => undefined), everyMs);
  return {
    flush,
    stop: async () => {
      clearInterval(timer);
      await pending.catch(() => undefined);
    },
    get pushed() {
      return pushed;
    },
  };
}
