import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MASK, Redactor, base64Core, judgeHealth, parseJsonPath, redactProbe, secretForms, type PathSegment } from '../src/index.ts';

const SECRET = 'sentinel_Pa55 w+rd/&=!';
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('the forms of a secret', () => {
  test('plain, base64 (padded or not, URL-safe), URL-encoded, JSON-escaped and extra encodings', () => {
    const forms = secretForms('a"b c/d+e', [(t) => t.replace(/"/g, '&#34;')]);
    for (const form of [
      'a"b c/d+e',
      b64('a"b c/d+e'),
      b64('a"b c/d+e').replace(/=+$/, ''),
      Buffer.from('a"b c/d+e').toString('base64url'),
      encodeURIComponent('a"b c/d+e'),
      'a%22b+c%2Fd%2Be',
      'a\\"b c/d+e',
      'a&#34;b c/d+e',
    ]) {
      expect(forms).toContain(form);
    }
  });

  test('each long line of a multi-line secret is its own form; short ones are not, so text is not blanked out', () => {
    const forms = secretForms('-----BEGIN KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n}\n-----END KEY-----');
    expect(forms).toContain('MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA');
    expect(forms).toContain('-----END KEY-----');
    expect(forms).not.toContain('}');
  });

  test.each([
    ['aligned', 0],
    ['one byte in', 1],
    ['two bytes in', 2],
  ] as const)('base64 of the secret %s a longer string contains its core', (_name, offset) => {
    const prefix = 'u'.repeat(offset + 3);
    for (const suffix of ['', 'x', 'xy', ':more']) {
      expect(b64(prefix + SECRET + suffix)).toContain(base64Core(SECRET, ((prefix.length % 3) as 0 | 1 | 2)));
    }
  });

  test('an empty secret has no forms', () => expect(secretForms('')).toEqual([]));
});

describe('the redactor', () => {
  const redactor = new Redactor([SECRET, 'second-s3cret'], [(t) => t.replace(/_/g, '&#95;')]);

  test.each([
    ['plain', `token=${SECRET}; ok`, `token=${MASK}; ok`],
    ['base64 in a basic auth header', `Authorization: Basic ${b64(`user:${SECRET}`)}`, 'Authorization: Basic '],
    ['URL-encoded in a query', `https://x.example/?k=${encodeURIComponent(SECRET)}&v=1`, `https://x.example/?k=${MASK}&v=1`],
    ['JSON-escaped', JSON.stringify({ v: 'second-s3cret' }), `{"v":"${MASK}"}`],
    ['HTML-escaped in a summary', `<td>sentinel&#95;Pa55 w+rd/&=!</td>`, `<td>${MASK}</td>`],
    ['two secrets', `${SECRET} and second-s3cret`, `${MASK} and ${MASK}`],
    ['nothing secret', 'nothing to see', 'nothing to see'],
  ])('%s', (_name, text, expected) => {
    const out = redactor.redact(text);
    if (_name.startsWith('base64')) {
      expect(out.startsWith(expected)).toBe(true);
      expect(out).toContain(MASK);
    } else expect(out).toBe(expected);
    expect(redactor.leaks(out)).toBe(false);
  });

  test('no redactor without secrets changes nothing', () => {
    expect(new Redactor([]).redact('a b c')).toBe('a b c');
    expect(new Redactor([]).leaks('a b c')).toBe(false);
  });

  test('any secret of 6 or more characters, anywhere in text or in base64 of text around it, is caught', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6, maxLength: 40 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (secret, before, after) => {
        const r = new Redactor([secret]);
        expect(r.leaks(before + secret + after)).toBe(true);
        expect(r.leaks(b64(before + secret + after))).toBe(true);
        expect(r.leaks(encodeURIComponent(before + secret + after))).toBe(true);
        // Once redacted, the plain value is gone.
        expect(r.redact(before + secret + after)).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });
});

describe('redacted before it is cut', () => {
  const html = (t: string) => t.replace(/[&<>"'`|\\*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
  // 70 characters: a finding quotes at most 58 of them, which no whole form of the secret matches.
  const LONG = 'sk_live_"quoted"_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP';
  const probe = (body: string) => ({ method: 'GET', url: 'https://w.example/health', status: 200, headers: { 'content-type': 'application/json' }, body, truncated: false, latencyMs: 3, redirects: [] });
  const check = (json: Record<string, unknown>) => ({
    url: 'https://w.example/health',
    expect: { status: [200], json: Object.entries(json).map(([path, equals]) => ({ path, segments: parseJsonPath(path) as PathSegment[], equals })) },
    version: { source: { kind: 'off' as const }, expected: 'v1' },
    windowMs: 0,
  });

  test('the 58-character case: a secret echoed into a checked JSON field leaves no part of itself in the finding', () => {
    const redactor = new Redactor([LONG], [html]);
    const answer = probe(JSON.stringify({ status: LONG }));
    // Cut first, then redacted: the first 58 characters survive (what the plan, output and summary showed).
    const cutFirst = judgeHealth(check({ status: 'ok' }), answer).map((f) => redactor.redact(f.message)).join(' ');
    expect(cutFirst).toContain(JSON.stringify(LONG).slice(1, 40));
    // Redacted first: nothing of it.
    const findings = judgeHealth(check({ status: 'ok' }), redactProbe(answer, redactor)).map((f) => f.message).join(' ');
    expect(findings).toContain(MASK);
    for (let n = 8; n <= LONG.length; n++) expect(findings).not.toContain(LONG.slice(0, n).replace(/"/g, '\\"'));
    expect(findings).not.toContain('sk_live_');
  });

  test('the doubly-escaped quote: JSON inside JSON, and JSON inside HTML', () => {
    const redactor = new Redactor([LONG], [html]);
    const once = JSON.stringify(LONG).slice(1, -1);
    const twice = JSON.stringify(once).slice(1, -1);
    for (const text of [JSON.stringify({ echo: JSON.stringify({ key: LONG }) }), `<pre>${html(JSON.stringify({ key: LONG }))}</pre>`, html(html(LONG)), twice]) {
      const redacted = redactor.redact(text);
      expect(redacted, text).toContain(MASK);
      expect(redacted).not.toContain('0123456789abcdef');
    }
    const answer = redactProbe(probe(JSON.stringify({ status: JSON.stringify({ key: LONG }) })), redactor);
    expect(judgeHealth(check({ status: 'ok' }), answer).map((f) => f.message).join(' ')).not.toContain('0123456789');
  });
});
