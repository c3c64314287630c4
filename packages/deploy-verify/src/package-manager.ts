/**
 * Which package manager a project uses, from its lockfile, and the command that adds one exact
 * wrangler version with it (the command cloudflare/wrangler-action runs, made exact).
 */

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** Lockfiles in the order they are looked for: a folder with two is read by the first. */
export const LOCKFILES: ReadonlyArray<readonly [string, PackageManager]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

export interface Detected {
  manager: PackageManager;
  /** The folder holding the lockfile (the project, or a workspace root above it). */
  root: string;
  lockfile: string;
}

/**
 * The nearest folder, from the project up, that holds a lockfile. `folders` are the project
 * and its parents, nearest first, each with the file names it holds.
 */
export function detectPackageManager(folders: ReadonlyArray<{ path: string; files: readonly string[] }>): Detected | undefined {
  for (const folder of folders) {
    for (const [lockfile, manager] of LOCKFILES) {
      if (folder.files.includes(lockfile)) return { manager, root: folder.path, lockfile };
    }
  }
  return undefined;
}

/** An exact version, as the input `wrangler-version` accepts it. */
export const WRANGLER_VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;

/**
 * The command that adds `wrangler@version` as a development dependency. `workspaceRoot`: the
 * project is the root of a pnpm workspace, where pnpm wants `--workspace-root` to add anything.
 */
export function installCommand(manager: PackageManager, version: string, options: { workspaceRoot?: boolean } = {}): string[] {
  const spec = `wrangler@${version}`;
  switch (manager) {
    case 'npm':
      return ['npm', 'install', '--save-dev', '--save-exact', '--no-audit', '--no-fund', spec];
    case 'pnpm':
      return ['pnpm', 'add', '--save-dev', '--save-exact', ...(options.workspaceRoot ? ['--workspace-root'] : []), spec];
    case 'yarn':
      return ['yarn', 'add', '--dev', '--exact', spec];
    case 'bun':
      return ['bun', 'add', '--dev', '--exact', spec];
  }
}

/**
 * Whether the lockfile pins wrangler at exactly `version`: then a frozen install (the lockfile as
 * it is, nothing rewritten) brings exactly that wrangler. Read from the lockfile's text.
 */
export function lockfilePins(lockfile: string, text: string, version: string): boolean {
  const v = version.replace(/[.+]/g, '\\$&');
  switch (lockfile) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      try {
        const lock = JSON.parse(text) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
        return lock.packages?.['node_modules/wrangler']?.version === version || lock.dependencies?.['wrangler']?.version === version;
      } catch {
        return false;
      }
    case 'pnpm-lock.yaml':
      return new RegExp(`(^|[\\s/'"])wrangler@${v}(\\(|:|'|"|$)`, 'm').test(text);
    case 'yarn.lock':
      return new RegExp(`^"?wrangler@[^\\n]*:\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+version:? "?${v}"?\\s*$`, 'm').test(text);
    case 'bun.lock':
      return text.includes(`"wrangler@${version}"`);
    default:
      return false;
  }
}

/** The install that takes the lockfile as it is: no rewrite of package.json or the lockfile, no install scripts. */
export function frozenInstallCommand(manager: PackageManager): string[] {
  switch (manager) {
    case 'npm':
      return ['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund'];
    case 'pnpm':
      return ['pnpm', 'install', '--frozen-lockfile', '--ignore-scripts'];
    case 'yarn':
      return ['yarn', 'install', '--frozen-lockfile', '--ignore-scripts'];
    case 'bun':
      return ['bun', 'install', '--frozen-lockfile', '--ignore-scripts'];
  }
}

/**
 * wrangler installed apart from the project, in a private folder (`prefix`): the caller's
 * package.json and lockfile are never touched, and no install script runs.
 */
export function privateInstallCommand(prefix: string, version: string): string[] {
  return ['npm', 'install', '--prefix', prefix, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', `wrangler@${version}`];
}

/**
 * The environment an installer gets: none of the deploy's secrets. Cloudflare credentials and the
 * variables named by the secrets and vars inputs are left out (an install script, or a registry
 * plugin, has no business with them).
 */
export function installerEnvironment(env: Readonly<Record<string, string>>, withheld: readonly string[]): Record<string, string> {
  const drop = new Set(withheld);
  return Object.fromEntries(Object.entries(env).filter(([key]) => !drop.has(key) && !/^(CLOUDFLARE_|CF_)/.test(key)));
}
