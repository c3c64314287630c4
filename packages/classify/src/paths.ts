/** Path rules: a file is sensitive because of where it is (or was, for a rename). */
import type { CompiledPolicy } from './compile.ts';
import { fileEvidence } from './evidence.ts';
import type { Trigger, TriggerKind } from './record.ts';
import type { ChangedFile } from './snapshot.ts';

/** The paths a file is known by: its path, and for a rename or copy, the old one. */
export function pathsOf(file: ChangedFile): string[] {
  return file.previousPath === undefined || file.previousPath === file.path ? [file.path] : [file.path, file.previousPath];
}

/** Whether the file's path or its previous path passes `test`. */
export function matchesEither(file: ChangedFile, test: (path: string) => boolean): boolean {
  return test(file.path) || (file.previousPath !== undefined && test(file.previousPath));
}

interface PathRule {
  rule: string;
  trigger: TriggerKind;
  category: 'authentication' | 'cryptography' | 'infrastructure' | 'accessControl';
  what: string;
}

/** The path rules; `compilePolicy` builds their union from this list. */
export const pathRules: readonly PathRule[] = [
  { rule: 'authentication.paths', trigger: 'authentication', category: 'authentication', what: 'authentication or authorisation code' },
  { rule: 'cryptography.paths', trigger: 'cryptography', category: 'cryptography', what: 'cryptographic code or key material' },
  { rule: 'infrastructure.paths', trigger: 'infrastructure', category: 'infrastructure', what: 'infrastructure configuration' },
  { rule: 'access-control.paths', trigger: 'access-control', category: 'accessControl', what: 'access control configuration' },
];

/** Returned for the many files without findings, so that they allocate nothing. */
export const noTriggers: readonly Trigger[] = Object.freeze([]);

/** One trigger per path rule the file matches, by its path or its previous path. */
export function pathTriggers(compiled: CompiledPolicy, file: ChangedFile): readonly Trigger[] {
  if (!matchesEither(file, compiled.paths.sensitive.test)) return noTriggers;
  const triggers: Trigger[] = [];
  for (const { rule, trigger, category, what } of pathRules) {
    const patterns = compiled.paths[category];
    if (!matchesEither(file, patterns.test)) continue;
    const matched = [...new Set(pathsOf(file).flatMap((path) => patterns.matching(path)))];
    triggers.push({ trigger, rule, reason: `${file.path} is ${what} (matches ${matched.join(', ')})`, evidence: [fileEvidence(file)] });
  }
  return triggers;
}

/**
 * The file's text on one side of the change, for an analysis of the files `applies` accepts:
 * `null` when no such file exists on that side (added, removed, or renamed into or out of the
 * kind), `undefined` when it exists but its content was not provided.
 */
export function sideText(file: ChangedFile, side: 'before' | 'after', applies: (path: string) => boolean): string | null | undefined {
  if (side === 'before') {
    if (file.status === 'added' || file.status === 'copied') return null;
    return applies(file.previousPath ?? file.path) ? file.before : null;
  }
  if (file.status === 'removed') return null;
  return applies(file.path) ? file.after : null;
}
