/**
 * Path globs for the gate's policy. The gate cannot depend on picomatch (classify's matcher), so it
 * reads a subset on which both agree: `*` and `?` within a segment, `**` for any number of
 * segments, `{a,b}` alternatives; matched case-insensitively against whole repository-relative
 * paths, dot files included. Everything else either is a literal character or is rejected.
 */
import { GatePolicyError } from './errors.ts';

/** Characters picomatch would read as classes, extglobs, negation or escapes. */
const UNSUPPORTED = /[[\]()\\]|^!/;

export type PathTest = (path: string) => boolean;

/** One test for a list of globs; throws `GatePolicyError` naming `key` for a glob outside the subset. */
export function globTest(globs: readonly string[], key: string): PathTest {
  if (globs.length === 0) return () => false;
  const sources = globs.map((glob) => {
    if (glob === '' || UNSUPPORTED.test(glob)) {
      throw new GatePolicyError(key, `glob "${glob}" is not supported: use *, ?, ** and {a,b} only, without negation, classes or escapes`);
    }
    return globSource(glob, key);
  });
  const combined = new RegExp(`^(?:${sources.join('|')})$`, 'i');
  return (path) => combined.test(path);
}

function globSource(glob: string, key: string): string {
  const segments = glob.split('/');
  let source = '';
  let separator = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      // `a/**` also matches `a`; `**/b` also matches `b` at the root.
      source += last ? (index === 0 ? '.*' : '(?:/.*)?') : `${separator}(?:.*/)?`;
      separator = '';
      return;
    }
    source += separator + segmentSource(segment, glob, key);
    separator = '/';
  });
  return source;
}

function segmentSource(segment: string, glob: string, key: string): string {
  let source = '';
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index] ?? '';
    if (char === '*') {
      source += '[^/]*';
      while (segment[index + 1] === '*') index++;
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      const end = segment.indexOf('}', index);
      const inner = end === -1 ? '' : segment.slice(index + 1, end);
      if (end === -1 || inner.includes('{')) throw new GatePolicyError(key, `glob "${glob}" has an unclosed or nested {`);
      source += `(?:${inner.split(',').map((alternative) => segmentSource(alternative, glob, key)).join('|')})`;
      index = end;
    } else if (char === '}') {
      throw new GatePolicyError(key, `glob "${glob}" has a } without {`);
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return source;
}
