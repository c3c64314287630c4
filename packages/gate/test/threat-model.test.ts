/** The threat model is checked by structure: parts with content, not headings or placeholders. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { threatModelLinks } from '../src/index.ts';
import { checkSection } from '../src/threat-model.ts';
import { POLICY, THREAT_MODEL } from './helpers.ts';

const parts = ['Assets', 'Threats', 'Mitigations'];
const missing = (body: string) => checkSection(body, 'Threat model', parts).missing;

describe('the threat model section', () => {
  test.each<[string, string, string[]]>([
    ['sub-headings with text', THREAT_MODEL, []],
    ['bold labels with text on the same line', '## Threat model\n**Assets:** keys\n**Threats**: theft\n- __Mitigations__ - HSM', []],
    ['bold labels with text below', '## Threat model\n**Assets**\n\n- keys\n\n**Threats**\n> theft\n**Mitigations**\n1. HSM', []],
    ['singular part names and another heading level', '# Threat model\n## Asset\nkeys\n## Threat\ntheft\n## Mitigation\nHSM', []],
    ['a deeper heading inside a part', '## Threat model\n### Assets\n#### Keys\nsigning keys\n### Threats\ntheft\n### Mitigations\nHSM', []],
    ['a code block as content', '## Threat model\n### Assets\n```\nkv: SESSIONS\n```\n### Threats\ntheft\n### Mitigations\nHSM', []],
    ['a closing hash sequence on the heading', '## Threat model ##\n**Assets:** a\n**Threats:** b\n**Mitigations:** c', []],
    ['only headings', '## Threat model\n### Assets\n### Threats\n### Mitigations\n', parts],
    ['only bold labels', '## Threat model\n**Assets:**\n**Threats:**\n**Mitigations:**', parts],
    ['placeholders', '## Threat model\n**Assets:** TODO\n**Threats:** n/a\n**Mitigations:** <describe>\n- [ ]', parts],
    ['a hidden template', '## Threat model\n<!--\n### Assets\nkeys\n### Threats\ntheft\n### Mitigations\nHSM\n-->', parts],
    ['an unclosed comment hides the rest', '## Threat model\n<!-- start\n### Assets\nkeys\n### Threats\ntheft\n### Mitigations\nHSM', parts],
    ['content outside the section', '## Threat model\n### Assets\n## Notes\nkeys\n### Threats\ntheft\n### Mitigations\nHSM', parts],
    ['one part empty', '## Threat model\n### Assets\nkeys\n### Threats\n### Mitigations\nHSM', ['Threats']],
    ['a part whose text belongs to the next label', '## Threat model\n**Assets:**\n**Threats:** theft, of keys\n**Mitigations:** HSM', ['Assets']],
    ['a heading inside a code block is not a heading', '```\n## Threat model\n### Assets\nkeys\n```', parts],
  ])('%s', (_, body, expected) => {
    expect(missing(body)).toEqual(expected);
  });

  test('no section at all', () => {
    expect(checkSection('Tightens session expiry.', 'Threat model', parts)).toEqual({ found: false, missing: parts });
  });

  test('of several sections, the most complete one counts', () => {
    expect(missing(`## Threat model\n### Assets\n\n${THREAT_MODEL}`)).toEqual([]);
  });

  test('a section with no required parts needs content', () => {
    expect(checkSection('## Cryptographic self-review\n', 'Cryptographic self-review', []).missing).toEqual(['content']);
    expect(checkSection('## Cryptographic self-review\nNonces are never reused.', 'Cryptographic self-review', []).missing).toEqual([]);
  });
});

describe('linked threat model documents', () => {
  const repository = 'maelstrom/provii-verifier';
  test.each<[string, string[]]>([
    ['[model](https://github.com/maelstrom/provii-verifier/blob/main/docs/threat-models/verifier.md)', ['docs/threat-models/verifier.md']],
    ['https://github.com/Maelstrom/Provii-Verifier/blob/0a1b2c/docs/threat-model.md#assets', ['docs/threat-model.md']],
    ['[model](./docs/threat-model.md "title")', ['docs/threat-model.md']],
    ['[model](docs/threat%2Dmodel.md)', ['docs/threat-model.md']],
    ['https://github.com/evil/fork/blob/main/docs/threat-model.md', []],
    ['[model](https://example.com/docs/threat-model.md)', []],
    ['[model](../other/threat-model.md)', []],
    ['[readme](README.md)', []],
    ['<!-- [model](docs/threat-model.md) -->', []],
  ])('%s', (body, expected) => {
    expect(threatModelLinks(POLICY, body, repository)).toEqual(expected);
  });
});

test('any body gets an answer, never a throw', () => {
  const nasty = fc.constantFrom('## Threat model', '### Assets', '**Threats:**', '```', '~~~', '<!--', '-->', '\n', '\r\n', 'x', '[a](', ')', 'https://github.com/a/b/blob/c/%E0%A4%A.md', '**');
  const body = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), nasty), { maxLength: 40 }).map((pieces) => pieces.join(''));
  fc.assert(
    fc.property(body, (text) => {
      const check = checkSection(text, 'Threat model', parts);
      expect(check.missing.every((part) => parts.includes(part))).toBe(true);
      expect(Array.isArray(threatModelLinks(POLICY, text, 'a/b'))).toBe(true);
    }),
    { numRuns: 1000 },
  );
});

describe('bodies built to be slow (a pull request body is at most 65,536 characters)', () => {
  const max = 65_536;
  test.each<[string, string]>([
    ['a heading line of spaces', `# ${' '.repeat(max - 3)}x`],
    ['a heading line of hashes', `# ${'#'.repeat(max - 2)}`],
    ['link openings without a close', `](${'a'.repeat(max - 2)}`],
    ['many link openings', '](a'.repeat(max / 3)],
    ['many threat model headings', '## Threat model\n'.repeat(max / 16)],
    ['many parts', `## Threat model\n${'**Assets:**\n'.repeat(max / 12)}`],
    ['an unclosed bold label', `- ${' '.repeat(max / 2)}**${'a'.repeat(max / 2)}`],
    ['unclosed comments', '<!--'.repeat(max / 4)],
  ])('%s', (_, body) => {
    const started = performance.now();
    checkSection(body, 'Threat model', parts);
    threatModelLinks(POLICY, body, 'a/b');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
