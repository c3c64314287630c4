/**
 * pnpm-lock.yaml, lockfile formats 5 to 9. pnpm 11 and later write several YAML documents into
 * one lockfile (the package manager's own dependencies first); every document is read.
 */
import { LineCounter, isMap, isScalar, parseAllDocuments, type Node } from 'yaml';
import { originOf, type DeclaredDependency, type DependencySource, type DependencyView } from './model.ts';
import { npmDeclared, specSource } from './npm.ts';

export function parsePnpmLock(text: string): DependencyView {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter });
  const view: DependencyView = { declared: [], locked: [] };
  if (!Array.isArray(documents)) return view;
  const lineOf = (node: Node | null) => lineCounter.linePos(node?.range?.[0] ?? 0).line;

  for (const document of documents) {
    const error = document.errors[0];
    if (error !== undefined) throw new Error(error.message);
    if (document.contents === null) continue;
    if (!isMap(document.contents)) throw new Error('a lockfile document is not a YAML mapping');
    const root = document.contents;

    for (const importer of entries(root.get('importers', true))) {
      const sections = entries(importer.value);
      const specifiers = toRecord(sections.find((s) => s.key === 'specifiers')?.value);
      for (const section of sections) {
        if (section.key === 'specifiers' || section.key === 'dependenciesMeta' || section.key === 'publishDirectory') continue;
        for (const dependency of entries(section.value)) {
          view.declared.push(importerDependency(dependency.key, dependency.value?.toJSON(), specifiers, section.key, lineOf(dependency.node)));
        }
      }
    }

    for (const entry of entries(root.get('packages', true))) {
      const { name, version } = splitPackageKey(entry.key);
      const value: unknown = entry.value?.toJSON();
      const resolution = (value as { resolution?: Record<string, unknown> } | undefined)?.resolution ?? {};
      const origin = originOf(String(resolution.tarball ?? resolution.repo ?? (specSource(version) === 'registry' ? '' : version)));
      view.locked.push({ ecosystem: 'npm', name, version, source: packageSource(version, value), origin, line: lineOf(entry.node) });
    }
  }
  return view;
}

interface Entry {
  key: string;
  value: Node | null;
  /** The key node, for its line. */
  node: Node | null;
}

function entries(node: unknown): Entry[] {
  if (!isMap(node)) return [];
  return node.items.map((pair) => {
    const key = isScalar(pair.key) ? pair.key : null;
    return { key: String(key?.value ?? ''), value: (pair.value as Node | null) ?? null, node: key };
  });
}

function toRecord(node: Node | null | undefined): Record<string, unknown> {
  const value: unknown = node?.toJSON();
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** `{ specifier, version }` (format 6 and later) or a bare version with `specifiers` beside it (5). */
function importerDependency(
  name: string,
  value: unknown,
  specifiers: Record<string, unknown>,
  section: string,
  line: number,
): DeclaredDependency {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const version = String(typeof value === 'string' ? value : (record.version ?? ''));
  const specifier = String(record.specifier ?? specifiers[name] ?? version);
  const declared = npmDeclared(name, specifier, section, line);
  // pnpm writes `link:` for a dependency on another workspace package, whatever the specifier.
  const source = version.startsWith('link:') ? 'workspace' : declared.source;
  return { ...declared, source, version: stripPeers(version) };
}

/** `name@version(peers)` (format 9), `/name@version(peers)` (6) or `/name/version_peers` (5). */
function splitPackageKey(key: string): { name: string; version: string } {
  const bare = key.replace(/^\//, '');
  const modern = /^((?:@[^/@]+\/)?[^/@]+)@(.+)$/.exec(bare);
  if (modern) return { name: modern[1] ?? bare, version: stripPeers(modern[2] ?? '') };
  const legacy = /^((?:@[^/]+\/)?[^/]+)\/([^/_]+)/.exec(bare);
  return { name: legacy?.[1] ?? bare, version: legacy?.[2] ?? '' };
}

function stripPeers(version: string): string {
  return version.replace(/\(.*$/, '');
}

function packageSource(version: string, value: unknown): DependencySource {
  const resolution = (value as { resolution?: Record<string, unknown> } | undefined)?.resolution ?? {};
  if (resolution.type === 'git' || typeof resolution.repo === 'string') return 'git';
  if (typeof resolution.directory === 'string') return 'path';
  const source = specSource(version);
  return source === 'url' && /github|gitlab|bitbucket/.test(version) ? 'git' : source;
}
