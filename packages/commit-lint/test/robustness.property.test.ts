/**
 * Free text from anyone reaches the linter: it must answer every message with findings, never
 * throw, never pass a message without a procedure header, and never echo a control character.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultCommitPolicy as policy } from '@change-actions/policy';
import { lintMessage } from '../src/index.ts';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

const nasty = fc.constantFrom('\u0000', '\r', '\r\n', '\u001b[2J', '\u202e', '\u2066', '\ufffd', '::error::x', '::stop-commands::t', '%0A', '🎉', 'שלום', '\t', '#', 'Fixes: #1', ': ', 'feat', '\n\n');
const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), nasty), { maxLength: 30 }).map((parts) => parts.join(''));

describe('any message', () => {
  test('gets an outcome, never a throw, and findings are printable', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('commit', 'pull-request-title', 'pull-request-body') as fc.Arbitrary<'commit'>, (message, subject) => {
        const outcome = lintMessage(message, policy, { subject });
        expect(outcome.valid).toBe(outcome.errors.length === 0);
        expect(outcome.header).not.toMatch(CONTROL);
        expect(outcome.header).not.toContain('\n');
        for (const finding of [...outcome.errors, ...outcome.warnings, ...outcome.notes]) {
          expect(finding.message).not.toMatch(CONTROL);
          expect(finding.message).not.toContain('\n');
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('a passing commit always starts with an accepted type', () => {
    fc.assert(
      fc.property(text, (message) => {
        const outcome = lintMessage(message, policy);
        if (outcome.valid && !outcome.special) {
          expect(message).toMatch(new RegExp(`^(${policy.types.join('|')}): \\S`));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('well-formed generated messages pass', () => {
    const word = fc.stringMatching(/^[a-z]{1,10}$/);
    fc.assert(
      fc.property(fc.constantFrom(...policy.types), fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(word, { minLength: 3, maxLength: 30 }), fc.nat({ max: 99999 }), (type, description, body, issue) => {
        const message = `${type}: ${description.join(' ')}\n\n${body.join(' ')}.\n\nFixes: #${issue}\n`;
        const outcome = lintMessage(message, policy);
        if (normalise(body.join(' ')) === normalise(description.join(' '))) return; // the copy rule's business
        expect(outcome.errors).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s.]+/g, ' ').trim();
}
