/**
 * Text in the encodings a compiler or runtime accepts for source: UTF-8 (with or without a byte
 * order mark) and, by their byte order mark, UTF-16 and UTF-32. Git's patch is UTF-8 whatever the
 * file holds, so a UTF-16 file comes through it as text full of NUL bytes that no pattern matches;
 * such a file is decoded from its blobs and diffed again. Anything else (a NUL byte in decoded
 * text, bytes invalid in the encoding) is not text, and the engine treats it as unverified.
 */
import { structuredPatch } from 'diff';
import type { PatchLines } from './patch.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The text of a blob, or undefined when it is not text in an accepted encoding. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  const decoded = decode(bytes);
  if (decoded === undefined || decoded.text.includes('\0')) return undefined;
  return decoded;
}

function decode(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  try {
    // UTF-32LE's mark starts with UTF-16LE's: test it first.
    if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return { text: utf32(bytes.subarray(4), true), encoding: 'utf-32le' };
    if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return { text: utf32(bytes.subarray(4), false), encoding: 'utf-32be' };
    for (const [mark, encoding] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
      if (startsWith(bytes, mark)) return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes), encoding };
    }
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return undefined;
  }
}

/** UTF-32 (which TextDecoder does not offer): code units of four bytes, each a scalar value. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw new Error('UTF-32 text of a length not a multiple of four');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: string[] = [];
  let points: number[] = [];
  for (let at = 0; at < bytes.length; at += 4) {
    const point = view.getUint32(at, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) throw new Error('not a Unicode scalar value');
    points.push(point);
    if (points.length === 4096) {
      chunks.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  chunks.push(String.fromCodePoint(...points));
  return chunks.join('');
}

/**
 * The added and removed lines between two decoded texts (undefined: the side does not exist), as
 * git's zero-context patch would give them; undefined when the diff takes too long to compute.
 */
export function textLines(before: string | undefined, after: string | undefined): PatchLines | undefined {
  const patch = structuredPatch('a', 'b', before ?? '', after ?? '', undefined, undefined, { context: 0, timeout: 10_000 });
  if (patch === undefined) return undefined;
  const lines: PatchLines = { additions: [], deletions: [] };
  for (const hunk of patch.hunks) {
    let [oldLine, newLine] = [hunk.oldStart, hunk.newStart];
    for (const line of hunk.lines) {
      if (line.startsWith('+')) lines.additions.push({ line: newLine++, text: line.slice(1) });
      else if (line.startsWith('-')) lines.deletions.push({ line: oldLine++, text: line.slice(1) });
    }
  }
  return lines;
}
