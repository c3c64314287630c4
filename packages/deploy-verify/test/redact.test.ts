import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MASK, Redactor, base64Core, secretForms } from '../src/index.ts';

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
