/**
 * Secret values and the forms they take in text: the value itself, each of its lines, base64
 * (standard and URL-safe, at each of the three byte alignments it can have inside a longer
 * encoded string), URL-encoded, JSON-escaped, and any extra encodings the caller names (e.g. the
 * HTML escaping of a job summary). The runner masks the forms it is told about in the log; the
 * summary and outputs are not masked by the runner, so everything written there goes through
 * `Redactor.redact` too.
 */

export const MASK = '***';

/** Fragments shorter than this are not masked: they would blank out ordinary text. */
const MIN_FRAGMENT = 6;

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

const urlSafe = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_');

/**
 * The base64 text that every encoding of `value` contains when the value starts `offset` bytes
 * into a 3-byte group: characters that also depend on neighbouring bytes are left out.
 */
export function base64Core(value: string, offset: 0 | 1 | 2): string {
  const bytes = new TextEncoder().encode(value);
  const padded = new Uint8Array(offset + bytes.length);
  padded.set(bytes, offset);
  const encoded = toBase64(padded).replace(/=+$/, '');
  const start = offset === 0 ? 0 : offset === 1 ? 2 : 3;
  const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
  return encoded.slice(start, Math.max(start, end));
}

/** A string's JSON escaping, without the quotes around it. */
const jsonEscape = (text: string) => JSON.stringify(text).slice(1, -1);

/** Every form of `value` to mask, longest first, without duplicates. */
export function secretForms(value: string, encoders: ReadonlyArray<(text: string) => string> = []): string[] {
  if (value === '') return [];
  const forms = new Set<string>([value]);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_FRAGMENT) forms.add(line);
  const bytes = new TextEncoder().encode(value);
  const full = toBase64(bytes);
  forms.add(full);
  forms.add(full.replace(/=+$/, ''));
  forms.add(urlSafe(full));
  forms.add(urlSafe(full).replace(/=+$/, ''));
  for (const offset of [0, 1, 2] as const) {
    const core = base64Core(value, offset);
    if (core.length >= MIN_FRAGMENT) {
      forms.add(core);
      forms.add(urlSafe(core));
    }
  }
  forms.add(encodeURIComponent(value));
  forms.add(encodeURIComponent(value).replace(/%20/g, '+'));
  forms.add(encodeURI(value));
  // Every escaping layer, and every two of them in a row: a secret with a quote in a JSON field
  // of a JSON string (or an HTML page) is `\\\"`, `&quot;`-escaped JSON, and so on.
  const escapers = [jsonEscape, ...encoders];
  for (const first of escapers) {
    const once = first(value);
    forms.add(once);
    for (const second of escapers) forms.add(second(once));
  }
  return [...forms].filter((f) => f !== '').sort((a, b) => b.length - a.length);
}

/** Replaces every form of every secret in text. */
export class Redactor {
  readonly forms: readonly string[];
  private readonly pattern: RegExp | undefined;

  constructor(secrets: readonly string[], encoders: ReadonlyArray<(text: string) => string> = []) {
    const all = new Set<string>();
    for (const s of secrets) for (const f of secretForms(s, encoders)) all.add(f);
    this.forms = [...all].sort((a, b) => b.length - a.length);
    this.pattern = this.forms.length === 0 ? undefined : new RegExp(this.forms.map(escapeRegExp).join('|'), 'g');
  }

  redact(text: string): string {
    return this.pattern === undefined ? text : text.replace(this.pattern, MASK);
  }

  /** Whether text holds any form of any secret. */
  leaks(text: string): boolean {
    if (this.pattern === undefined) return false;
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(text);
    this.pattern.lastIndex = 0;
    return found;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A probe result with every secret form replaced, in the body, the headers and the failure:
 * applied to an answer as soon as it is read, before any finding quotes (and cuts) part of it.
 * Cutting first would leave the start of a secret that no longer matches any whole form.
 */
export function redactProbe<T extends { body: string; headers: Record<string, string>; failure?: { kind: string; message: string } | undefined }>(probe: T, redactor: Redactor): T {
  if (redactor.forms.length === 0) return probe;
  return {
    ...probe,
    body: redactor.redact(probe.body),
    headers: Object.fromEntries(Object.entries(probe.headers).map(([name, value]) => [name, redactor.redact(value)])),
    ...(probe.failure ? { failure: { ...probe.failure, message: redactor.redact(probe.failure.message) } } : {}),
  };
}
