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
