import { describe, expect, test } from 'vitest';
import { decodeText, textLines } from '../src/encoding.ts';

const text = 'export const a = 1;\nconst é = "ü𝄞";\n';
const withMark = (mark: number[], body: Buffer) => Buffer.concat([Buffer.from(mark), body]);
const utf16be = (s: string) => Buffer.from(Buffer.from(s, 'utf16le').map((_, i, b) => b[i ^ 1] ?? 0));
const utf32 = (s: string, littleEndian: boolean) => {
  const points = [...s].map((c) => c.codePointAt(0) ?? 0);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
  return bytes;
};

describe('decoding source text', () => {
  test.each([
    ['utf-8', Buffer.from(text)],
    ['utf-8', withMark([0xef, 0xbb, 0xbf], Buffer.from(text))],
    ['utf-16le', withMark([0xff, 0xfe], Buffer.from(text, 'utf16le'))],
    ['utf-16be', withMark([0xfe, 0xff], utf16be(text))],
    ['utf-32le', withMark([0xff, 0xfe, 0, 0], utf32(text, true))],
    ['utf-32be', withMark([0, 0, 0xfe, 0xff], utf32(text, false))],
  ] as const)('%s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  test.each([
    ['a NUL byte in UTF-8', Buffer.from('a\0b\n')],
    ['UTF-16 without a byte order mark', Buffer.from(text, 'utf16le')],
    ['invalid UTF-8', Buffer.from([0x61, 0xc3, 0x28])],
    ['an unpaired UTF-16 surrogate', withMark([0xff, 0xfe], Buffer.from([0x00, 0xd8, 0x61, 0x00]))],
    ['UTF-32 of a length not a multiple of four', withMark([0xff, 0xfe, 0, 0], Buffer.from([0x61, 0, 0]))],
    ['UTF-32 beyond U+10FFFF', withMark([0, 0, 0xfe, 0xff], Buffer.from([0, 0x11, 0, 0]))],
  ])('not text: %s', (_, bytes) => {
    expect(decodeText(bytes)).toBeUndefined();
  });
});

describe('lines of two decoded texts', () => {
  test('added and removed lines with their numbers, as a zero-context patch gives them', () => {
    expect(textLines('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual({
      deletions: [{ line: 2, text: 'b' }],
      additions: [
        { line: 2, text: 'B' },
        { line: 4, text: 'd' },
      ],
    });
  });

  test('a side that does not exist', () => {
    expect(textLines(undefined, 'a\nb\n')).toEqual({ deletions: [], additions: [{ line: 1, text: 'a' }, { line: 2, text: 'b' }] });
    expect(textLines('a\n', undefined)).toEqual({ deletions: [{ line: 1, text: 'a' }], additions: [] });
  });
});
