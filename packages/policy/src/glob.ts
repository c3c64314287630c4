/**
 * The one glob dialect of `.github/change-policy.yml`, for every section and every engine:
 * picomatch globs matched against whole repository-relative paths, case-insensitively and
 * including dot files, so `src/Auth/Login.ts` and `.github/...` are not missed. Negation is not
 * supported (remove the path from the list instead). A glob picomatch cannot compile (`**\/*.{ts`,
 * `[z-a]`) is an error naming the policy key, never a glob that silently matches nothing.
 */
import picomatch from 'picomatch';
import { PolicySectionError } from './section.ts';

/** The error a section throws for a value it cannot use, e.g. `ClassifyPolicyError`. */
export type SectionError = new (key: string, message: string) => PolicySectionError;

/** picomatch's options for every policy glob. */
export const globOptions = { dot: true, nocase: true } as const;

export type PathTest = (path: string) => boolean;

const compiled = new Map<string, RegExp>();

/**
 * The regular expression for one policy glob, matching paths exactly as picomatch does. Throws
 * `PolicySectionError` naming `key` for a negated glob or one picomatch cannot compile.
 *
 * picomatch's expression for a leading `**` tries every character of the path as the start of the
 * rest, so `**` `/rest` and `**` `/rest/` `**` (rest without `**`) are rewritten to start the rest
 * only at a segment boundary.
 */
export function globRegex(glob: string, key: string, Failure: SectionError = PolicySectionError): RegExp {
  const cached = compiled.get(glob);
  if (cached) return cached;
  if (glob === '') throw new Failure(key, 'a glob must not be empty');
  if (glob.startsWith('!')) throw new Failure(key, `negated glob "${glob}" is not supported; remove it from the list instead`);
  let regex: RegExp;
  try {
    regex = rewrite(glob);
  } catch (error) {
    throw new Failure(key, `glob "${glob}" is not a valid picomatch glob: ${(error as Error).message}`);
  }
  compiled.set(glob, regex);
  return regex;
}

function rewrite(glob: string): RegExp {
  // `debug` makes picomatch throw for a glob it cannot compile instead of matching nothing.
  const options = { ...globOptions, debug: true };
  const inner = glob.startsWith('**/') && glob.endsWith('/**') ? glob.slice(3, -3) : undefined;
  const rest = inner ?? (glob.startsWith('**/') ? glob.slice(3) : undefined);
  if (rest === undefined || rest === '' || rest.includes('**')) return picomatch.makeRe(glob, options);
  // `contains` leaves the anchors off; the rest must still match whole segments.
  const body = picomatch.makeRe(rest, { ...options, contains: true }).source;
  return new RegExp(`(?:^|\\/)${body}${inner === undefined ? '$' : '(?:\\/|$)'}`, 'i');
}

/** One test for a list of policy globs; throws `PolicySectionError` naming `key` for a glob it cannot use. */
export function globTest(globs: readonly string[], key: string, Failure: SectionError = PolicySectionError): PathTest {
  if (globs.length === 0) return () => false;
  const combined = new RegExp(globs.map((glob) => `(?:${globRegex(glob, key, Failure).source})`).join('|'), 'i');
  return (path) => combined.test(path);
}

/** Checks every glob of a list, naming `key` for the first one that cannot be used. */
export function checkGlobs(globs: readonly string[], key: string, Failure: SectionError = PolicySectionError): void {
  for (const glob of globs) globRegex(glob, key, Failure);
}
