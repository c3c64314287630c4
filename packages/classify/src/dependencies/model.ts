/** What the manifest and lockfile parsers extract: one shape for every ecosystem. */
import type { Ecosystem } from '../record.ts';

/**
 * Where a package comes from. `inherited`: a Cargo `{ workspace = true }` entry, declared in the
 * workspace's own dependency table; `workspace` and `path`: code in this repository.
 */
export type DependencySource = 'registry' | 'git' | 'url' | 'path' | 'workspace' | 'inherited' | 'vendored' | 'patch';

/**
 * `vendored`: a path dependency onto third-party code copied into the repository; `patch`: a
 * third-party package installed with a patch of the repository's (yarn's `patch:` protocol, pnpm's
 * `patchedDependencies`), whose code is the package's no longer.
 */
export function isThirdParty(source: DependencySource): boolean {
  return source === 'registry' || source === 'git' || source === 'url' || source === 'vendored' || source === 'patch';
}

/** The host of a URL, or the URL itself (a git remote in scp form) when it has none; '' for nothing. */
export function originOf(location: string | undefined): string {
  if (location === undefined || location === '') return '';
  const url = /^(?:[a-z][a-z0-9+.-]*\+)?[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(location);
  return (url?.[1] ?? location.replace(/#.*$/, '')).toLowerCase();
}

/** A dependency as a manifest (or a lockfile's importers section) declares it. */
export interface DeclaredDependency {
  ecosystem: Ecosystem;
  /** The real package name (an npm alias or a Cargo `package =` rename resolved). */
  name: string;
  /** The manifest section, e.g. `devDependencies` or `target.'cfg(unix)'.dependencies`. */
  section: string;
  dev: boolean;
  source: DependencySource;
  /** The version requirement, or the source string for git, url and path dependencies. */
  spec: string;
  /** The repository, registry or path the package comes from, when not the default registry. */
  origin?: string;
  /** The version a lockfile resolved it to. */
  version?: string;
  line?: number;
}

/** A package a lockfile pins. */
export interface LockedPackage {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  source: DependencySource;
  /** Known only where the lockfile says so (package-lock.json). */
  dev?: boolean;
  /** Where the lockfile resolved it from: the host of a tarball URL, a git repository or a registry index; '' for the default. */
  origin?: string;
  line?: number;
}

export interface DependencyView {
  declared: DeclaredDependency[];
  locked: LockedPackage[];
}

export const emptyView: DependencyView = { declared: [], locked: [] };
