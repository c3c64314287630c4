/**
 * Pattern sets compiled once per policy. Each set is one combined regular expression, so a path or
 * a line is tested once per rule category; the individual patterns are only consulted to name the
 * ones that matched, for the few inputs that match at all.
 */
import picomatch from 'picomatch';
import { ClassifyPolicyError } from './errors.ts';

export interface PatternSet {
  test(input: string): boolean;
  /** The patterns (as written in the policy) that match `input`. */
  matching(input: string): string[];
  readonly items: readonly Compiled[];
}

const globOptions = { dot: true, nocase: true } as const;

export interface Compiled {
  pattern: string;
  regex: RegExp;
}

/**
 * The regular expression for one glob, matching paths exactly as picomatch does. picomatch's
 * expression for a leading `**` tries every character of the path as the start of the rest, so
 * `**` `/rest` and `**` `/rest/` `**` (rest without `**`) are rewritten to start the rest only at
 * a segment boundary.
 */
function globRegex(glob: string): RegExp {
  const inner = glob.startsWith('**/') && glob.endsWith('/**') ? glob.slice(3, -3) : undefined;
  const rest = inner ?? (glob.startsWith('**/') ? glob.slice(3) : undefined);
  if (rest === undefined || rest === '' || rest.includes('**')) return picomatch.makeRe(glob, globOptions);
  // `contains` leaves the anchors off; the rest must still match whole segments.
  const body = picomatch.makeRe(rest, { ...globOptions, contains: true }).source;
  return new RegExp(`(?:^|\\/)${body}${inner === undefined ? '$' : '(?:\\/|$)'}`, 'i');
}

/** Globs matched against whole repository-relative paths, as picomatch matches them. */
export function globSet(globs: readonly string[], key: string): PatternSet {
  return patternSet(
    globs.map((glob) => {
      if (glob.startsWith('!')) throw new ClassifyPolicyError(key, `negated glob "${glob}" is not supported; remove it from the list instead`);
      return { pattern: glob, regex: globRegex(glob) };
    }),
  );
}

/** Regular expressions matched anywhere in a single line; `labels` name them in findings. */
export function regexSet(sources: readonly string[], key: string, labels: readonly string[] = sources): PatternSet {
  const items = sources.map((source, index): Compiled => {
    // The set is tested as one alternation, in which group numbers and names would collide.
    if (/\\[1-9]|\\k<|\(\?<(?![=!])/.test(source)) {
      throw new ClassifyPolicyError(key, `pattern "${source}" uses a backreference or a named group, which are not supported`);
    }
    try {
      return { pattern: labels[index] ?? source, regex: new RegExp(source, 'i') };
    } catch (error) {
      throw new ClassifyPolicyError(key, `pattern "${source}" is not a valid regular expression: ${(error as Error).message}`);
    }
  });
  return patternSet(items);
}

/**
 * The sets taken together, as one expression: a prefilter that lets most inputs be cleared of a
 * whole group of rule categories with a single test.
 */
export function unionOf(sets: readonly PatternSet[]): PatternSet {
  return patternSet(sets.flatMap((set) => set.items));
}

/** The top-level alternatives of a regular expression's source. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let [depth, inClass, start] = [0, false, 0];
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(start, index));
      start = index + 1;
    }
  }
  return [...parts, source.slice(start)];
}

/** Leading tokens shared by many alternatives (word boundaries, segment starts). */
const sharedPrefixes = ['\\b', '(?:^|\\/)'];

/**
 * One expression for all the items. Alternatives that start with the same token are grouped
 * behind it, so the engine tests the token once per position instead of once per alternative:
 * for the default content patterns that makes a line's test about a third cheaper.
 */
function combinedSource(items: readonly Compiled[]): string {
  const grouped = new Map<string, string[]>();
  const others: string[] = [];
  for (const part of items.flatMap((item) => alternatives(item.regex.source))) {
    const prefix = sharedPrefixes.find((candidate) => part.startsWith(candidate));
    if (prefix === undefined) others.push(`(?:${part})`);
    else grouped.set(prefix, [...(grouped.get(prefix) ?? []), part.slice(prefix.length)]);
  }
  return [...[...grouped].map(([prefix, parts]) => `${prefix}(?:${parts.join('|')})`), ...others].join('|');
}

function patternSet(items: readonly Compiled[]): PatternSet {
  if (items.length === 0) return { test: () => false, matching: () => [], items };
  const combined = new RegExp(combinedSource(items), 'i');
  return {
    test: (input) => combined.test(input),
    matching: (input) => (combined.test(input) ? items.filter((item) => item.regex.test(input)).map((item) => item.pattern) : []),
    items,
  };
}
