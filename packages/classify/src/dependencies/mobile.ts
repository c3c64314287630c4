/**
 * The mobile app's ecosystems: Gradle (build scripts and the version catalog
 * `gradle/libs.versions.toml`), Swift Package Manager (`Package.swift`, `Package.resolved`) and
 * CocoaPods (`Podfile`, `Podfile.lock`). Build scripts are programs; the declarations read here are
 * the literal ones, which is how dependencies are written in practice (see the README for what a
 * computed declaration hides).
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { lineIndex } from '../text.ts';
import { originOf, type DeclaredDependency, type DependencySource, type DependencyView, type LockedPackage } from './model.ts';

type Table = Record<string, unknown>;

function table(value: unknown): Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : {};
}

function declared(ecosystem: 'gradle' | 'swift' | 'cocoapods', name: string, spec: string, section: string, source: DependencySource, line: number, origin?: string, dev = false): DeclaredDependency {
  return { ecosystem, name, section, dev, source, spec, line, ...(origin === undefined || origin === '' ? {} : { origin }) };
}

const CONFIGURATION = /^\s*(implementation|api|compileOnly|runtimeOnly|testImplementation|testCompileOnly|testRuntimeOnly|androidTestImplementation|debugImplementation|releaseImplementation|kapt|ksp|annotationProcessor|classpath|coreLibraryDesugaring|compile|testCompile|detektPlugins|lintChecks)\b\s*\(?\s*(.*)$/;

/** build.gradle, build.gradle.kts, settings.gradle(.kts): literal coordinates, local files and repositories. */
export function parseGradle(text: string): DependencyView {
  const out: DeclaredDependency[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)\/\/.*$/, '$1'); // a comment, not the // of a URL
    const configuration = CONFIGURATION.exec(line);
    if (configuration) {
      const [, section = '', rest = ''] = configuration;
      const dev = /^test|^androidTest|^debug|^kapt|^ksp|^annotationProcessor|^detekt|^lint/.test(section);
      const coordinate = /["']([^"':\s]+):([^"':\s]+)(?::([^"'@\s]+))?(?:@\w+)?["']/.exec(rest);
      const named = /group\s*[:=]\s*["']([^"']+)["']\s*,\s*name\s*[:=]\s*["']([^"']+)["'](?:\s*,\s*version\s*[:=]\s*["']([^"']+)["'])?/.exec(rest);
      const files = /\b(?:files|fileTree)\s*\(\s*(?:dir\s*[:=]\s*)?["']([^"']+)["']/.exec(rest);
      const project = /\bproject\s*\(\s*(?:path\s*[:=]\s*)?["']([^"']+)["']/.exec(rest);
      const match = coordinate ?? named;
      if (match) out.push(declared('gradle', `${match[1]}:${match[2]}`, match[3] ?? '*', section, 'registry', index + 1, undefined, dev));
      // Jars and archives in the repository are third-party code without a registry.
      else if (files) out.push(declared('gradle', `files:${files[1]}`, files[1] ?? '', section, 'vendored', index + 1, files[1], dev));
      else if (project) out.push(declared('gradle', `project:${project[1]}`, project[1] ?? '', section, 'workspace', index + 1, undefined, dev));
      else if (!/^\s*(?:libs|platform|enforcedPlatform|kotlin)\b/.test(rest) && /["']|\$|\bgetProperty\b/.test(rest)) {
        // A computed coordinate: which package it names cannot be read here.
        out.push(declared('gradle', `unresolved:${rest.trim().slice(0, 80)}`, '?', section, 'url', index + 1, undefined, dev));
      }
    }
    const repository = /\b(?:maven|ivy)\s*(?:\{[^}]*?\burl\s*(?:=\s*)?(?:uri\s*\(\s*)?|\(\s*(?:url\s*=\s*)?(?:uri\s*\(\s*)?)["']([^"']+)["']/.exec(line);
    if (repository) out.push(declared('gradle', `repository ${repository[1]}`, repository[1] ?? '', 'repositories', 'url', index + 1, originOf(repository[1])));
    const include = /\b(?:includeBuild|apply\s*\(?\s*from\s*[:=]?)\s*\(?\s*["']([^"']+)["']/.exec(line);
    if (include && /^https?:/.test(include[1] ?? '')) out.push(declared('gradle', `script ${include[1]}`, include[1] ?? '', 'apply from', 'url', index + 1, originOf(include[1])));
  });
  return { declared: out, locked: [] };
}

/** gradle/libs.versions.toml: libraries and plugins with their versions resolved through [versions]. */
export function parseVersionCatalog(text: string): DependencyView {
  const catalog = parseToml(text) as Table;
  const versions = table(catalog.versions);
  const line = lineIndex(text);
  const versionOf = (entry: Table): string => {
    const version = entry.version;
    if (typeof version === 'string') return version;
    const ref = table(version).ref ?? entry['version.ref'];
    if (typeof ref === 'string') return String(versions[ref] ?? `?${ref}`);
    const rich = table(version);
    return String(rich.strictly ?? rich.require ?? rich.prefer ?? '*');
  };
  const out: DeclaredDependency[] = [];
  const at = (alias: string) => {
    const offset = text.search(new RegExp(`^\\s*["']?${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`, 'm'));
    return offset < 0 ? 1 : line(offset);
  };
  for (const [alias, value] of Object.entries(table(catalog.libraries))) {
    if (typeof value === 'string') {
      const [group = '', name = '', version = '*'] = value.split(':');
      out.push(declared('gradle', `${group}:${name}`, version, 'libraries', 'registry', at(alias)));
      continue;
    }
    const entry = table(value);
    const module = typeof entry.module === 'string' ? entry.module : `${String(entry.group ?? '')}:${String(entry.name ?? '')}`;
    out.push(declared('gradle', module, versionOf(entry), 'libraries', 'registry', at(alias)));
  }
  for (const [alias, value] of Object.entries(table(catalog.plugins))) {
    if (typeof value === 'string') {
      const [id = '', version = '*'] = value.split(':');
      out.push(declared('gradle', `plugin ${id}`, version, 'plugins', 'registry', at(alias)));
      continue;
    }
    const entry = table(value);
    out.push(declared('gradle', `plugin ${String(entry.id ?? alias)}`, versionOf(entry), 'plugins', 'registry', at(alias)));
  }
  return { declared: out, locked: [] };
}

/** SwiftPM's identity of a package: the last path segment of its URL, without `.git`, lower-cased. */
function swiftIdentity(location: string): string {
  return (location.replace(/\/+$/, '').split('/').at(-1) ?? location).replace(/\.git$/, '').toLowerCase();
}

/** Package.swift: each `.package(url:|path:, …)` of the manifest. */
export function parseSwiftManifest(text: string): DependencyView {
  const line = lineIndex(text);
  const out: DeclaredDependency[] = [];
  for (const match of text.matchAll(/\.package\s*\(((?:[^()]|\([^()]*\))*)\)/g)) {
    const args = match[1] ?? '';
    const url = /\burl\s*:\s*"([^"]+)"/.exec(args)?.[1];
    const path = /\bpath\s*:\s*"([^"]+)"/.exec(args)?.[1];
    const version =
      /\b(?:from|exact|branch|revision)\s*:\s*"([^"]+)"/.exec(args)?.[0] ?? /"([^"]+)"\s*\.\.[.<]\s*"([^"]+)"/.exec(args)?.[0] ?? '*';
    const at = line(match.index ?? 0);
    if (url !== undefined) out.push(declared('swift', swiftIdentity(url), version.replace(/\s+/g, ' '), 'dependencies', 'git', at, url));
    else if (path !== undefined) out.push(declared('swift', swiftIdentity(path), path, 'dependencies', 'path', at, path));
    else out.push(declared('swift', `unresolved:${args.trim().slice(0, 80)}`, '?', 'dependencies', 'url', at));
  }
  return { declared: out, locked: [] };
}

/** Package.resolved, versions 1 to 3. */
export function parseSwiftResolved(text: string): DependencyView {
  const data = table(JSON.parse(text));
  const pins = Array.isArray(data.pins) ? data.pins : Array.isArray(table(data.object).pins) ? (table(data.object).pins as unknown[]) : undefined;
  if (pins === undefined) throw new Error('no pins');
  const line = lineIndex(text);
  const locked = pins.map((pin): LockedPackage => {
    const entry = table(pin);
    const location = String(entry.location ?? entry.repositoryURL ?? '');
    const state = table(entry.state);
    const name = String(entry.identity ?? entry.package ?? swiftIdentity(location)).toLowerCase();
    const offset = text.indexOf(location);
    return {
      ecosystem: 'swift',
      name,
      version: String(state.version ?? state.revision ?? state.branch ?? ''),
      source: entry.kind === 'localSourceControl' ? 'path' : 'git',
      origin: location.toLowerCase(),
      ...(offset < 0 ? {} : { line: line(offset) }),
    };
  });
  return { declared: [], locked };
}

/** Podfile: `pod 'Name', '~> 1.0'`, with `:git`, `:path` or `:podspec`, and `source` lines. */
export function parsePodfile(text: string): DependencyView {
  const out: DeclaredDependency[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '');
    const source = /^\s*source\s+['"]([^'"]+)['"]/.exec(line);
    if (source) out.push(declared('cocoapods', `source ${source[1]}`, source[1] ?? '', 'source', 'url', index + 1, originOf(source[1])));
    const pod = /^\s*pod\s+['"]([^'"]+)['"](.*)$/.exec(line);
    if (!pod) return;
    const name = (pod[1] ?? '').split('/')[0] ?? '';
    const rest = pod[2] ?? '';
    const option = (key: string) => new RegExp(`(?::${key}\\s*=>|\\b${key}:)\\s*['"]([^'"]+)['"]`).exec(rest)?.[1];
    const git = option('git');
    const path = option('path');
    const podspec = option('podspec');
    const version = /,\s*['"]([^'"]+)['"]/.exec(rest)?.[1] ?? '*';
    if (git !== undefined) out.push(declared('cocoapods', name, `${git}${option('tag') ?? option('commit') ?? option('branch') ?? ''}`, 'pods', 'git', index + 1, git));
    else if (path !== undefined) out.push(declared('cocoapods', name, path, 'pods', 'path', index + 1, path));
    else if (podspec !== undefined) out.push(declared('cocoapods', name, podspec, 'pods', 'url', index + 1, originOf(podspec)));
    else out.push(declared('cocoapods', name, version, 'pods', 'registry', index + 1));
  });
  return { declared: out, locked: [] };
}

/** Podfile.lock: PODS with versions, EXTERNAL SOURCES (git, path) and SPEC REPOS. */
export function parsePodfileLock(text: string): DependencyView {
  const lock = table(parseYaml(text));
  const pods = Array.isArray(lock.PODS) ? lock.PODS : [];
  const external = table(lock['EXTERNAL SOURCES']);
  const repos = table(lock['SPEC REPOS']);
  const repoOf = new Map<string, string>();
  for (const [repo, names] of Object.entries(repos)) for (const name of Array.isArray(names) ? names : []) repoOf.set(String(name), repo);
  const line = lineIndex(text);
  const locked = pods.map((entry): LockedPackage => {
    const key = typeof entry === 'string' ? entry : (Object.keys(table(entry))[0] ?? '');
    const match = /^(\S+?)(?:\/\S+)?\s+\(([^)]+)\)/.exec(key);
    const name = match?.[1] ?? key;
    const source = table(external[name]);
    const git = source[':git'];
    const path = source[':path'];
    const offset = text.indexOf(key);
    return {
      ecosystem: 'cocoapods',
      name,
      version: match?.[2] ?? '',
      source: typeof git === 'string' ? 'git' : typeof path === 'string' ? 'path' : 'registry',
      origin: String(git ?? path ?? source[':podspec'] ?? repoOf.get(name) ?? '').toLowerCase(),
      ...(offset < 0 ? {} : { line: line(offset) }),
    };
  });
  return { declared: [], locked };
}
