/**
 * Pattern sets compiled once per policy. Each set is one combined regular expression, so a path or
 * a line is tested once per rule category; the individual patterns are only consulted to name the
 * ones that matched, for the few inputs that match at all.
 */
import { contentPattern, globRegex } from '@change-actions/policy/convert';
import { ClassifyPolicyError } from './errors.ts';

export interface PatternSet {
  test(input: string): boolean;
  /** The patterns (as written in the policy) that match `input`. */
  matching(input: string): string[];
  readonly items: readonly Compiled[];
}

export interface Compiled {
  pattern: string;
  regex: RegExp;
}

/** Globs in the policy's dialect, matched against whole repository-relative paths as picomatch matches them. */
export function globSet(globs: readonly string[], key: string): PatternSet {
  return patternSet(globs.map((glob) => ({ pattern: glob, regex: globRegex(glob, key, ClassifyPolicyError) })));
}

/** Regular expressions matched anywhere in a single line; `labels` name them in findings. */
export function regexSet(sources: readonly string[], key: string, labels: readonly string[] = sources): PatternSet {
  // The set is tested as one alternation: `contentPattern` refuses backreferences and named groups.
  const items = sources.map((source, index): Compiled => ({ pattern: labels[index] ?? source, regex: contentPattern(source, key) }));
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
