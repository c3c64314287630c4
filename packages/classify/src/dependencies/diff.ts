/** Dependency changes between two views of one manifest or lockfile. */
import { coerce, minVersion, type SemVer } from 'semver';
import type { DependencyChange, Evidence } from '../record.ts';
import { isThirdParty, type DeclaredDependency, type DependencyView, type LockedPackage } from './model.ts';

export function diffViews(file: string, before: DependencyView, after: DependencyView): DependencyChange[] {
  return [...diffDeclared(file, before.declared, after.declared), ...diffLocked(file, before.locked, after.locked)];
}

function groupByName<T extends { name: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.name, [...(groups.get(item.name) ?? []), item]);
  return groups;
}

function evidence(file: string, item: { line?: number }, side: 'old' | 'new', text: string): Evidence {
  return item.line === undefined ? { file, side, text } : { file, line: item.line, side, text };
}

function describe(entry: DeclaredDependency): string {
  return `${entry.name} ${entry.spec} (${entry.section})`;
}

/** The entry that stands for a package declared in several sections: a shipped one if any. */
function primary(entries: readonly DeclaredDependency[]): DeclaredDependency {
  return (entries.find((entry) => !entry.dev) ?? entries[0]) as DeclaredDependency;
}

function diffDeclared(file: string, before: readonly DeclaredDependency[], after: readonly DeclaredDependency[]): DependencyChange[] {
  const [old, current] = [groupByName(before), groupByName(after)];
  const changes: DependencyChange[] = [];
  for (const name of new Set([...old.keys(), ...current.keys()])) {
    const was = old.get(name) ?? [];
    const is = current.get(name) ?? [];
    const entry = primary(is.length > 0 ? is : was);
    const base = {
      ecosystem: entry.ecosystem,
      name,
      direct: true,
      dev: (is.length > 0 ? is : was).every((e) => e.dev),
      thirdParty: (is.length > 0 ? is : was).some((e) => isThirdParty(e.source)),
    };
    const newEvidence = evidence(file, entry, 'new', describe(entry));
    if (was.length === 0) {
      changes.push({ ...base, change: 'added', to: entry.spec, evidence: [newEvidence] });
      continue;
    }
    if (is.length === 0) {
      changes.push({ ...base, change: 'removed', from: entry.spec, evidence: [evidence(file, entry, 'old', describe(entry))] });
      continue;
    }
    const previous = primary(was);
    const origins = new Set(was.map(originKey));
    if (base.thirdParty && is.some((e) => isThirdParty(e.source) && !origins.has(originKey(e)))) {
      changes.push({ ...base, change: 'source-changed', from: previous.spec, to: entry.spec, evidence: [newEvidence] });
    } else if ((previous.version ?? previous.spec) !== (entry.version ?? entry.spec)) {
      const major = base.thirdParty && isMajorBump(previous, entry);
      changes.push({ ...base, change: major ? 'major-bump' : 'bumped', from: previous.version ?? previous.spec, to: entry.version ?? entry.spec, evidence: [newEvidence] });
    } else if (sections(was) !== sections(is)) {
      changes.push({ ...base, change: 'moved', from: sections(was), to: sections(is), evidence: [newEvidence] });
    }
  }
  return changes;
}

function originKey(entry: DeclaredDependency): string {
  return `${entry.source}:${entry.origin ?? ''}`;
}

function sections(entries: readonly DeclaredDependency[]): string {
  return [...new Set(entries.map((e) => e.section))].sort().join(', ');
}

/**
 * A semver-major step (or a minor step below 1.0, or a patch step below 0.1, which Cargo and npm
 * treat as breaking), up or down. Requirements that cannot be compared count as major.
 */
function isMajorBump(before: DeclaredDependency, after: DeclaredDependency): boolean {
  const [a, b] = [lowest(before), lowest(after)];
  if (a === undefined || b === undefined) return true;
  if (a.major !== b.major) return true;
  if (a.major !== 0) return false;
  return a.minor !== b.minor || (a.minor === 0 && a.patch !== b.patch);
}

function lowest(entry: DeclaredDependency): SemVer | undefined {
  if (entry.source !== 'registry') return undefined;
  if (entry.version !== undefined) return coerce(entry.version) ?? undefined;
  try {
    // Cargo separates comparators with commas; npm with spaces.
    return minVersion(entry.spec.replace(/,/g, ' ')) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolved from somewhere new: a source kind or origin (host, repository, registry index) the
 * package did not come from before, even when every old entry was third-party too.
 */
function switched(was: readonly LockedPackage[], is: readonly LockedPackage[]): boolean {
  const key = (entry: LockedPackage) => `${entry.source}:${entry.origin ?? ''}`;
  const old = new Set(was.map(key));
  return is.some((entry) => isThirdParty(entry.source) && !old.has(key(entry)));
}

function diffLocked(file: string, before: readonly LockedPackage[], after: readonly LockedPackage[]): DependencyChange[] {
  const [old, current] = [groupByName(before), groupByName(after)];
  const changes: DependencyChange[] = [];
  const versions = (entries: readonly LockedPackage[]) => [...new Set(entries.map((e) => e.version))].sort().join(', ');
  for (const name of new Set([...old.keys(), ...current.keys()])) {
    const was = old.get(name) ?? [];
    const is = current.get(name) ?? [];
    const entries = is.length > 0 ? is : was;
    const first = entries[0] as LockedPackage;
    const base = {
      ecosystem: first.ecosystem,
      name,
      direct: false,
      dev: entries.every((e) => e.dev === true),
      thirdParty: entries.some((e) => isThirdParty(e.source)),
    };
    const text = `${name} ${versions(entries)}`;
    if (was.length === 0) {
      changes.push({ ...base, change: 'added', to: versions(is), evidence: [evidence(file, first, 'new', text)] });
    } else if (is.length === 0) {
      changes.push({ ...base, change: 'removed', from: versions(was), evidence: [evidence(file, first, 'old', text)] });
    } else if (is.some((e) => isThirdParty(e.source)) && (!was.some((e) => isThirdParty(e.source)) || switched(was, is))) {
      changes.push({ ...base, change: 'source-changed', from: versions(was), to: versions(is), evidence: [evidence(file, first, 'new', text)] });
    } else if (versions(was) !== versions(is)) {
      changes.push({ ...base, change: 'bumped', from: versions(was), to: versions(is), evidence: [evidence(file, first, 'new', text)] });
    }
  }
  return changes;
}
