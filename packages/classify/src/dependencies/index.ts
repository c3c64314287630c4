/**
 * Third-party dependency analysis over every manifest and lockfile of a change: what was added,
 * removed, bumped or moved, which of it is a security review trigger, and which bumps are major.
 */
import type { CompiledPolicy } from '../compile.ts';
import type { FindingLevel } from '@change-actions/policy';
import { fileEvidence, fileEvidenceWith } from '../evidence.ts';
import { matchesEither, sideText } from '../paths.ts';
import type { DependencyChange, Trigger } from '../record.ts';
import type { ChangedFile } from '../snapshot.ts';
import { clip, listSome } from '../text.ts';
import { diffViews } from './diff.ts';
import { installScripts } from './npm.ts';
import { dependencyFormat, isDependencyFile, type DependencyParser } from './formats.ts';
import { emptyView, type DependencyView } from './model.ts';

export interface DependencyAnalysis {
  changes: DependencyChange[];
  triggers: Trigger[];
  /** Direct third-party dependencies bumped across a major version. */
  majorBumps: DependencyChange[];
}

export function analyseDependencies(compiled: CompiledPolicy, files: readonly ChangedFile[]): DependencyAnalysis {
  const triggers: Trigger[] = [];
  const changes: DependencyChange[] = [];
  for (const file of files) {
    if (!matchesEither(file, isDependencyFile)) continue;
    try {
      const before = vendoredPaths(compiled, file.previousPath ?? file.path, read(file.previousPath ?? file.path, sideText(file, 'before', isDependencyFile), 'before'));
      const after = vendoredPaths(compiled, file.path, read(file.path, sideText(file, 'after', isDependencyFile), 'after'));
      changes.push(...diffViews(file.path, before, after));
    } catch (error) {
      if (compiled.policy.dependencies.new === 'trigger') {
        triggers.push({
          trigger: 'third-party-dependency',
          rule: 'dependencies.new',
          reason: `${file.path}: ${(error as Error).message}, so new third-party dependencies cannot be ruled out`,
          evidence: [{ ...fileEvidence(file), note: 'not readable' }],
        });
      }
    }
  }
  triggers.push(...unreadTriggers(compiled, files), ...installScriptTriggers(files));
  const merged = merge(changes);
  triggers.push(...merged.flatMap((change) => dependencyTriggers(compiled, change)));
  return {
    changes: merged,
    triggers,
    majorBumps: merged.filter((change) => change.direct && change.thirdParty && change.change === 'major-bump'),
  };
}

/** A path dependency onto a vendored folder is third-party code, however it is declared. */
function vendoredPaths(compiled: CompiledPolicy, manifest: string, view: DependencyView): DependencyView {
  const folder = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/')) : '';
  const resolve = (relative: string) => {
    const parts: string[] = folder === '' ? [] : folder.split('/');
    for (const part of relative.replace(/^file:|^link:/, '').split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.' && part !== '') parts.push(part);
    }
    return `${parts.join('/')}/`;
  };
  return {
    locked: view.locked,
    declared: view.declared.map((entry) => (entry.source === 'path' && compiled.paths.vendored.test(resolve(entry.origin ?? entry.spec)) ? { ...entry, source: 'vendored' as const } : entry)),
  };
}

function read(path: string, text: string | null | undefined, side: 'before' | 'after'): DependencyView {
  if (text === null) return emptyView;
  if (text === undefined) throw new Error(`the content ${side} the change was not provided`);
  try {
    return (dependencyFormat(path) as DependencyParser)(text);
  } catch (error) {
    throw new Error(`the content ${side} the change could not be parsed (${(error as Error).message})`);
  }
}

/**
 * One change per package and kind across all files, with the evidence of each. A lockfile's entry
 * for a package a manifest also changed is folded into the manifest's (direct) change.
 */
function merge(changes: readonly DependencyChange[]): DependencyChange[] {
  const byKey = new Map<string, DependencyChange>();
  const add = (change: DependencyChange) => {
    const key = `${change.ecosystem}\0${change.name}\0${change.direct}\0${change.change}`;
    const existing = byKey.get(key);
    byKey.set(key, existing === undefined ? { ...change, evidence: [...change.evidence] } : combine(existing, change));
  };
  changes.filter((c) => c.direct).forEach(add);
  const direct = [...byKey.values()];
  for (const change of changes.filter((c) => !c.direct)) {
    const owner = direct.find((d) => d.ecosystem === change.ecosystem && d.name === change.name);
    if (owner) owner.evidence.push(...change.evidence);
    else add(change);
  }
  return [...byKey.values()];
}

/**
 * The same change to one package seen in two files, whatever their order: third-party if either
 * says so (a workspace table's new crate and a member inheriting it), development-only if both do.
 */
function combine(a: DependencyChange, b: DependencyChange): DependencyChange {
  const primary = b.thirdParty && !a.thirdParty ? b : a;
  return { ...primary, dev: a.dev && b.dev, evidence: [...a.evidence, ...b.evidence] };
}

function dependencyTriggers(compiled: CompiledPolicy, change: DependencyChange): Trigger[] {
  const { policy } = compiled;
  const triggers: Trigger[] = [];
  const isNew = change.thirdParty && (change.change === 'added' || change.change === 'source-changed');
  const label = `${change.name} (${change.ecosystem}${change.dev ? ', development only' : ''})`;
  const what = change.change === 'added' ? 'new' : 'newly sourced';
  const fire = (level: FindingLevel, rule: string, reason: string) => {
    if (level === 'trigger') triggers.push({ trigger: 'third-party-dependency', rule, reason, evidence: [...change.evidence] });
  };
  if (isNew && change.direct && !change.dev) fire(policy.dependencies.new, 'dependencies.new', `${what} third-party dependency ${label} ${change.to ?? ''}`.trim());
  if (isNew && change.direct && change.dev) fire(policy.dependencies.newDev, 'dependencies.new-dev', `${what} third-party development dependency ${label} ${change.to ?? ''}`.trim());
  if (isNew && !change.direct) fire(policy.dependencies.newTransitive, 'dependencies.new-transitive', `${what} transitive third-party package ${label} ${change.to ?? ''}`.trim());
  // A package now fetched from somewhere else (a git fork, another registry or host) is a switch of
  // supply chain whatever the section, direct or transitive.
  if (change.change === 'source-changed' && change.thirdParty && triggers.length === 0) {
    fire(policy.dependencies.new, 'dependencies.source-changed', `third-party package ${label} now comes from another source: ${change.from ?? '?'} → ${change.to ?? '?'}`);
  }
  const cryptographic = ['added', 'removed', 'major-bump', 'source-changed'].includes(change.change);
  if (change.direct && cryptographic && compiled.cryptoPackages.test(change.name)) {
    triggers.push({
      trigger: 'cryptography',
      rule: 'cryptography.packages',
      reason: `cryptographic package ${label} ${change.change}${change.to === undefined ? '' : ` (${change.to})`}`,
      evidence: [...change.evidence],
    });
  }
  return triggers;
}

/**
 * Files that change what gets installed without being a manifest the parsers read: a patch
 * applied to a third-party package (its code, changed by the repository), and the manifests of
 * ecosystems not read. Deletions count: removing a patch changes the installed code as well.
 */
function unreadTriggers(compiled: CompiledPolicy, files: readonly ChangedFile[]): Trigger[] {
  const triggers: Trigger[] = [];
  const patches = files.filter((file) => matchesEither(file, compiled.paths.dependencyPatches.test));
  if (patches.length > 0) {
    triggers.push({
      trigger: 'third-party-dependency',
      rule: 'dependencies.patches',
      reason: `a patch applied to a third-party package changed, so the package's installed code is not the registry's: ${listSome(patches.map((file) => file.path))}`,
      evidence: patches.slice(0, 50).map((file) => fileEvidenceWith(file, 'dependency patch')),
    });
  }
  const unread = files.filter((file) => !matchesEither(file, isDependencyFile) && matchesEither(file, compiled.paths.unreadManifests.test));
  if (unread.length > 0) {
    triggers.push({
      trigger: 'third-party-dependency',
      rule: 'dependencies.unread-manifests',
      reason: `a manifest or lockfile of an ecosystem this classifier does not read changed, so new third-party dependencies or switched sources cannot be ruled out: ${listSome(unread.map((file) => file.path))}`,
      evidence: unread.slice(0, 50).map((file) => fileEvidenceWith(file, 'not read')),
    });
  }
  return triggers;
}

/**
 * A package.json whose install-time scripts (preinstall, install, postinstall, prepare...) changed:
 * a command every install runs, in CI with its secrets, which no dependency entry shows. An
 * unreadable side is reported by the manifest's own rule.
 */
function installScriptTriggers(files: readonly ChangedFile[]): Trigger[] {
  const isManifest = (path: string) => /(?:^|\/)package\.json$/.test(path);
  const triggers: Trigger[] = [];
  for (const file of files.filter((f) => matchesEither(f, isManifest))) {
    let before: ReturnType<typeof installScripts>;
    let after: ReturnType<typeof installScripts>;
    try {
      const [old, current] = [sideText(file, 'before', isManifest), sideText(file, 'after', isManifest)];
      if (old === undefined || current === undefined) continue;
      before = old === null ? new Map() : installScripts(old);
      after = current === null ? new Map() : installScripts(current);
    } catch {
      continue;
    }
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name)?.command !== after.get(name)?.command);
    if (changed.length === 0) continue;
    triggers.push({
      trigger: 'third-party-dependency',
      rule: 'dependencies.install-scripts',
      reason: `${file.path}: install-time script ${changed.join(', ')} changed, a command every install runs`,
      evidence: changed.map((name) => {
        const entry = after.get(name) ?? before.get(name);
        const side = after.has(name) ? ('new' as const) : ('old' as const);
        return { file: file.path, side, text: clip(`"${name}": ${entry?.command ?? ''}`), ...(entry === undefined ? {} : { line: entry.line }) };
      }),
    });
  }
  return triggers;
}
