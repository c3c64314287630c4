/** Cargo.toml and Cargo.lock. */
import { parse } from 'smol-toml';
import { escapeRegExp, findLine, lineIndex } from '../text.ts';
import type { DeclaredDependency, DependencySource, DependencyView, LockedPackage } from './model.ts';

type Table = Record<string, unknown>;

const dependencyTables = ['dependencies', 'dev-dependencies', 'build-dependencies'] as const;

function table(value: unknown): Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : {};
}

export function parseCargoManifest(text: string): DependencyView {
  const manifest = parse(text) as Table;
  const sections: Array<[string, Table]> = [
    ...dependencyTables.map((name): [string, Table] => [name, table(manifest[name])]),
    ...Object.entries(table(manifest.target)).flatMap(([cfg, target]) =>
      dependencyTables.map((name): [string, Table] => [`target.${cfg}.${name}`, table(table(target)[name])]),
    ),
    ['workspace.dependencies', table(table(manifest.workspace).dependencies)],
    // [patch.<registry>] replaces a crate's source for the whole build, often with a git fork.
    ...Object.entries(table(manifest.patch)).map(([registry, patches]): [string, Table] => [`patch.${registry}`, table(patches)]),
    // [replace] (the older form of [patch]): `"name:version" = { git = ... }`.
    ['replace', Object.fromEntries(Object.entries(table(manifest.replace)).map(([key, value]) => [key.replace(/:.*$/, ''), value]))],
  ];
  const declared = sections.flatMap(([section, entries]) =>
    Object.entries(entries).map(([key, value]) => ({ ...cargoDeclared(key, value, section), ...lineOf(text, section, key) })),
  );
  return { declared, locked: [] };
}

function cargoDeclared(key: string, value: unknown, section: string): DeclaredDependency {
  const base = { ecosystem: 'cargo' as const, section, dev: section.endsWith('dev-dependencies') };
  if (typeof value === 'string') return { ...base, name: key, source: 'registry', spec: value };
  const entry = table(value);
  const name = typeof entry.package === 'string' ? entry.package : key;
  const field = (field: string) => (typeof entry[field] === 'string' ? (entry[field] as string) : undefined);
  if (entry.workspace === true) return { ...base, name, source: 'inherited', spec: 'workspace' };
  const path = field('path');
  if (path !== undefined) return { ...base, name, source: 'path', spec: path, origin: path };
  const git = field('git');
  if (git !== undefined) {
    const ref = field('rev') ?? field('tag') ?? field('branch');
    return { ...base, name, source: 'git', spec: ref === undefined ? git : `${git}#${ref}`, origin: git };
  }
  const registry = field('registry');
  return { ...base, name, source: 'registry', spec: field('version') ?? '*', ...(registry === undefined ? {} : { origin: registry }) };
}

/** The line of `key` in `[section]`, or of a `[section.key]` table; best effort. */
function lineOf(text: string, section: string, key: string): { line?: number } {
  const name = `["']?${escapeRegExp(key)}["']?`;
  const header = findLine(text, new RegExp(`^\\s*\\[\\s*${escapeRegExp(section)}\\s*\\]`));
  const found =
    findLine(text, new RegExp(`^\\s*\\[\\s*${escapeRegExp(section)}\\.${name}\\s*\\]`)) ??
    findLine(text, new RegExp(`^\\s*${name}\\s*[=.]`), header?.line);
  return found === undefined ? {} : { line: found.line };
}

/**
 * `.cargo/config.toml`: `[patch.<registry>]` replaces crates for every build in the folder, as in
 * a manifest. (`[source]` replacement and `[registries]` are access control through the path rules.)
 */
export function parseCargoConfig(text: string): DependencyView {
  const config = parse(text) as Table;
  const declared = Object.entries(table(config.patch)).flatMap(([registry, patches]) =>
    Object.entries(table(patches)).map(([key, value]) => ({ ...cargoDeclared(key, value, `patch.${registry}`), ...lineOf(text, `patch.${registry}`, key) })),
  );
  return { declared, locked: [] };
}

export function parseCargoLock(text: string): DependencyView {
  const lock = parse(text) as Table;
  const line = lineIndex(text);
  const packages = Array.isArray(lock.package) ? lock.package.map(table) : [];
  const locked = packages.map((entry): LockedPackage => {
    const name = String(entry.name);
    const version = String(entry.version);
    const offset = text.indexOf(`name = "${name}"\nversion = "${version}"`);
    const origin = typeof entry.source === 'string' ? entry.source.replace(/[#?].*$/, '').toLowerCase() : '';
    return { ecosystem: 'cargo', name, version, source: lockSource(entry.source), origin, ...(offset < 0 ? {} : { line: line(offset) }) };
  });
  return { declared: [], locked };
}

function lockSource(source: unknown): DependencySource {
  // Packages without a source are the workspace's own crates and path dependencies.
  if (typeof source !== 'string') return 'workspace';
  return source.startsWith('git+') ? 'git' : 'registry';
}
