/** Content rules: added and removed lines that touch authentication, cryptography or its parameters. */
import type { CompiledPolicy } from './compile.ts';
import { isDependencyFile } from './dependencies/formats.ts';
import { fileEvidence } from './evidence.ts';
import { matchesEither, noTriggers } from './paths.ts';
import type { Evidence, Trigger, TriggerKind } from './record.ts';
import type { ChangedFile, DiffLine } from './snapshot.ts';
import { clip } from './text.ts';

interface ContentRule {
  rule: string;
  trigger: TriggerKind;
  category: 'authentication' | 'cryptography' | 'cryptoPackageImports' | 'cryptoParameters';
  what: string;
}

/** The content rules; `compilePolicy` builds their union from this list. */
export const contentRules: readonly ContentRule[] = [
  { rule: 'authentication.content', trigger: 'authentication', category: 'authentication', what: 'authentication or authorisation' },
  { rule: 'cryptography.content', trigger: 'cryptography', category: 'cryptography', what: 'cryptographic APIs' },
  { rule: 'cryptography.packages', trigger: 'cryptography', category: 'cryptoPackageImports', what: 'cryptographic packages' },
  { rule: 'crypto-parameters.content', trigger: 'crypto-parameters', category: 'cryptoParameters', what: 'cryptographic parameters' },
];

/**
 * Whether the file's lines are scanned. Manifests and lockfiles are compared structurally instead
 * (their integrity hashes would match `sha512` on every line).
 */
function scanned(compiled: CompiledPolicy, file: ChangedFile): boolean {
  // Either path is enough: a file renamed out of (or into) an excluded path with edits is scanned.
  const scannedPath = (path: string) => compiled.paths.contentFiles.test(path) && !compiled.paths.contentExclude.test(path) && !isDependencyFile(path);
  return matchesEither(file, scannedPath);
}

export function contentTriggers(compiled: CompiledPolicy, file: ChangedFile): readonly Trigger[] {
  if (!scanned(compiled, file)) return noTriggers;
  const found = collect(compiled, file, 'old', file.deletions, collect(compiled, file, 'new', file.additions));
  if (found === undefined && file.diffTruncated !== true && !file.binary) return noTriggers;
  const triggers: Trigger[] = [];
  // Binary-looking content (a NUL byte, bytes no accepted encoding decodes) matches no pattern
  // whatever it does: its lines, when read at all, are still scanned, and the file is unverified
  // (compiled code is unverified by its own rule).
  if (file.binary && !matchesEither(file, compiled.paths.opaque.test)) {
    triggers.push({
      trigger: 'unverified',
      rule: 'content.binary',
      reason: `${file.path} is a source or configuration file that is not readable text (a NUL byte, an encoding other than UTF-8, UTF-16 or UTF-32 with its byte order mark, or shown as binary), so its lines could not be cleared of authentication and cryptographic changes`,
      evidence: [fileEvidence(file)],
    });
  }
  if (file.diffTruncated === true) {
    triggers.push({
      trigger: 'unverified',
      rule: 'content.truncated-diff',
      reason: `the diff of ${file.path} is incomplete, so its lines could not be cleared of authentication and cryptographic changes`,
      evidence: [{ ...fileEvidence(file), note: 'diff truncated' }],
    });
  }
  if (found === undefined) return triggers;
  for (const rule of contentRules) {
    const matched = found.get(rule);
    if (matched === undefined) continue;
    const count = matched.evidence.length === 1 ? 'a changed line touches' : `${matched.evidence.length} changed lines touch`;
    triggers.push({
      trigger: rule.trigger,
      rule: rule.rule,
      reason: `${file.path}: ${count} ${rule.what} (${[...matched.patterns].join(', ')})`,
      evidence: matched.evidence,
    });
  }
  return triggers;
}

interface Found {
  evidence: Evidence[];
  patterns: Set<string>;
}

/**
 * Adds each line that matches to the findings of every content rule it matches; the findings are
 * only created for the first match, as most files have none.
 */
function collect(
  compiled: CompiledPolicy,
  file: ChangedFile,
  side: 'old' | 'new',
  lines: readonly DiffLine[] | undefined,
  found?: Map<ContentRule, Found>,
): Map<ContentRule, Found> | undefined {
  if (lines === undefined) return found;
  const any = compiled.content.any;
  for (const { line, text } of lines) {
    if (!any.test(text)) continue;
    for (const rule of contentRules) {
      const patterns = compiled.content[rule.category].matching(text);
      if (patterns.length === 0) continue;
      found ??= new Map();
      const matched = found.get(rule) ?? { evidence: [], patterns: new Set<string>() };
      found.set(rule, matched);
      matched.evidence.push({ file: file.path, line, side, text: clip(text) });
      for (const pattern of patterns) matched.patterns.add(pattern);
    }
  }
  return found;
}
