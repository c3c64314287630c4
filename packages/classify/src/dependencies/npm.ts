/** package.json, package-lock.json (v1 to v3) and npm-shrinkwrap.json. */
// The package's `main` is a UMD build whose factory-scoped `require` breaks ESM bundles (ncc).
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { lineIndex } from '../text.ts';
import { originOf, type DeclaredDependency, type DependencySource, type DependencyView, type LockedPackage } from './model.ts';

const manifestSections = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;
/** Sections whose packages ship; any other section (devDependencies, pnpm's configDependencies) is development only. */
const runtimeSections: readonly string[] = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/** Where a package comes from, by the protocol of its spec (npm, pnpm and yarn share these). */
export function specSource(spec: string): DependencySource {
  if (spec.startsWith('workspace:')) return 'workspace';
  if (spec.startsWith('patch:')) return 'patch';
  if (/^(?:link|file|portal):/.test(spec)) return 'path';
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(spec)) return 'git';
  if (/^https?:/.test(spec)) return 'url';
  return 'registry';
}

/** A dependency of an npm manifest section; `npm:` aliases resolve to the package they install. */
export function npmDeclared(key: string, spec: string, section: string, line?: number): DeclaredDependency {
  const source = specSource(spec);
  const base = { ecosystem: 'npm' as const, section, dev: !runtimeSections.includes(section), source, ...(line === undefined ? {} : { line }) };
  if (spec.startsWith('npm:')) {
    const target = spec.slice(4);
    const at = target.indexOf('@', 1);
    return { ...base, name: at < 0 ? target : target.slice(0, at), spec: at < 0 ? '*' : target.slice(at + 1) };
  }
  if (source === 'patch') return { ...base, name: key, spec, origin: decodeURIComponent(spec.replace(/^[^#]*#/, '').replace(/::.*$/, '')) };
  return source === 'registry' ? { ...base, name: key, spec } : { ...base, name: key, spec, origin: spec.replace(/#.*$/, '') };
}

function parseJson(text: string): Node {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first !== undefined) throw new Error(`invalid JSON at offset ${first.offset}`);
  if (root?.type !== 'object') throw new Error('the top level is not a JSON object');
  return root;
}

/**
 * The properties of an object node as [key, value node, offset of the property]. A key given twice
 * counts once, with its last value, as npm (JSON.parse) reads it.
 */
function properties(node: Node | undefined): Array<[string, Node, number]> {
  if (node?.type !== 'object') return [];
  const byKey = new Map<string, [string, Node, number]>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) continue;
    byKey.delete(String(key.value));
    byKey.set(String(key.value), [String(key.value), value, property.offset]);
  }
  return [...byKey.values()];
}

function property(node: Node | undefined, name: string): Node | undefined {
  return properties(node).find(([key]) => key === name)?.[1];
}

function declaredIn(manifest: Node, line: (offset: number) => number): DeclaredDependency[] {
  return manifestSections.flatMap((section) =>
    properties(property(manifest, section)).flatMap(([key, value, offset]) =>
      typeof value.value === 'string' ? [npmDeclared(key, value.value, section, line(offset))] : [],
    ),
  );
}

/**
 * Entries that replace what a package resolves to, wherever it is in the tree: npm `overrides`
 * (nested), yarn `resolutions` (`**\/name`, `parent/name`), pnpm `pnpm.overrides` (`parent>name`).
 * A redirect to a git fork here is a source switch like any other.
 */
function overridesIn(manifest: Node, line: (offset: number) => number): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  const nameOf = (key: string) => {
    const last = key.split('>').at(-1) ?? key;
    const match = /(?:^|\/)((?:@[^/@]+\/)?[^/@]+)(?:@[^/]*)?$/.exec(last);
    return match?.[1] ?? last;
  };
  const walk = (node: Node | undefined, section: string) => {
    for (const [key, value, offset] of properties(node)) {
      if (key === '.') continue;
      const own = value.type === 'object' ? property(value, '.') : value;
      if (typeof own?.value === 'string') found.push({ ...npmDeclared(nameOf(key), own.value, section, line(offset)), dev: false });
      if (value.type === 'object') walk(value, section);
    }
  };
  walk(property(manifest, 'overrides'), 'overrides');
  walk(property(manifest, 'resolutions'), 'resolutions');
  walk(property(property(manifest, 'pnpm'), 'overrides'), 'pnpm.overrides');
  return found;
}

/**
 * Dependencies a package manager adds to other packages' manifests: pnpm's
 * `pnpm.packageExtensions` and yarn's `packageExtensions` (`{"hono@4": {"dependencies": {...}}}`).
 * Each is a dependency installed like any other, so a new one is a new third-party dependency.
 */
function extensionsIn(manifest: Node, line: (offset: number) => number): DeclaredDependency[] {
  const extensions = [property(property(manifest, 'pnpm'), 'packageExtensions'), property(manifest, 'packageExtensions')];
  return extensions.flatMap((node) =>
    properties(node).flatMap(([target, extension]) =>
      manifestSections.flatMap((section) =>
        properties(property(extension, section)).flatMap(([key, value, offset]) =>
          typeof value.value === 'string' ? [{ ...npmDeclared(key, value.value, section, line(offset)), section: `packageExtensions.${target}.${section}` }] : [],
        ),
      ),
    ),
  );
}

/**
 * pnpm's `patchedDependencies` (`"jose@5.9.6": "patches/jose@5.9.6.patch"`): the package is
 * installed with the repository's patch applied, a source of its own.
 */
function patchedIn(manifest: Node, line: (offset: number) => number): DeclaredDependency[] {
  return properties(property(property(manifest, 'pnpm'), 'patchedDependencies')).flatMap(([key, value, offset]) => {
    const at = key.indexOf('@', 1);
    const name = at < 0 ? key : key.slice(0, at);
    const patch = typeof value.value === 'string' ? value.value : '';
    return [{ ecosystem: 'npm' as const, name, section: 'pnpm.patchedDependencies', dev: false, source: 'patch' as const, spec: `${key} ${patch}`.trim(), origin: patch, line: line(offset) }];
  });
}

/**
 * The package manager corepack installs (`"packageManager": "pnpm@9.12.0+sha512..."`): a tool
 * that runs every install. A version is a registry release; a URL, a download from anywhere.
 * Reported as a development dependency, so a switch of source is a trigger and a bump is listed.
 */
function packageManagerIn(manifest: Node, line: (offset: number) => number): DeclaredDependency[] {
  const node = property(manifest, 'packageManager');
  if (node === undefined) return [];
  if (typeof node.value !== 'string') throw new Error('packageManager is not a string');
  const value = node.value;
  const at = value.indexOf('@', 1);
  const name = at < 0 ? value : value.slice(0, at);
  const spec = at < 0 ? '' : value.slice(at + 1);
  const source = /^[\w.+-]+$/.test(spec) && spec !== '' ? 'registry' : 'url';
  const entry = { ecosystem: 'npm' as const, name, section: 'packageManager', dev: true, source, line: line(node.offset) } as const;
  return [source === 'registry' ? { ...entry, spec } : { ...entry, spec, origin: originOf(spec) || spec }];
}

export function parsePackageJson(text: string): DependencyView {
  const manifest = parseJson(text);
  const line = lineIndex(text);
  return {
    declared: [...declaredIn(manifest, line), ...overridesIn(manifest, line), ...extensionsIn(manifest, line), ...patchedIn(manifest, line), ...packageManagerIn(manifest, line)],
    locked: [],
  };
}

export function parsePackageLock(text: string): DependencyView {
  const root = parseJson(text);
  const line = lineIndex(text);
  const packages = property(root, 'packages');
  if (packages === undefined) return { declared: [], locked: lockV1(property(root, 'dependencies'), line) };

  const view: DependencyView = { declared: [], locked: [] };
  for (const [key, value, offset] of properties(packages)) {
    const marker = key.lastIndexOf('node_modules/');
    if (marker < 0) {
      // "" is the root package and other keys are workspace folders: their declared dependencies.
      view.declared.push(...declaredIn(value, line));
      continue;
    }
    const name = stringProperty(value, 'name') ?? key.slice(marker + 'node_modules/'.length);
    const resolved = stringProperty(value, 'resolved') ?? '';
    const source = property(value, 'link')?.value === true ? 'workspace' : lockSource(resolved);
    view.locked.push({ ...locked(name, stringProperty(value, 'version') ?? resolved, source, property(value, 'dev')?.value === true, line(offset)), origin: originOf(resolved) });
  }
  return view;
}

/** lockfileVersion 1: a tree of `dependencies`, each with its own nested `dependencies`. */
function lockV1(tree: Node | undefined, line: (offset: number) => number): LockedPackage[] {
  return properties(tree).flatMap(([name, value, offset]) => {
    const version = stringProperty(value, 'version') ?? '';
    return [
      { ...locked(name, version, lockSource(version), property(value, 'dev')?.value === true, line(offset)), origin: originOf(stringProperty(value, 'resolved')) },
      ...lockV1(property(value, 'dependencies'), line),
    ];
  });
}

function lockSource(resolved: string): DependencySource {
  const source = specSource(resolved);
  // A registry tarball URL is still a registry package.
  return source === 'url' ? 'registry' : source;
}

function locked(name: string, version: string, source: DependencySource, dev: boolean, line: number): LockedPackage {
  return { ecosystem: 'npm', name, version, source, dev, line };
}

function stringProperty(node: Node, name: string): string | undefined {
  const value = property(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Scripts npm, pnpm, yarn and bun run by themselves on install, with every dependency's token at hand. */
const installScriptNames = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare', 'dependencies'];

/** The install-time scripts of a package.json, name to command and line; throws on invalid JSON. */
export function installScripts(text: string): Map<string, { command: string; line: number }> {
  const manifest = parseJson(text);
  const line = lineIndex(text);
  const scripts = new Map<string, { command: string; line: number }>();
  for (const [name, value, offset] of properties(property(manifest, 'scripts'))) {
    if (installScriptNames.includes(name)) scripts.set(name, { command: typeof value.value === 'string' ? value.value : JSON.stringify(value.value), line: line(offset) });
  }
  return scripts;
}
