/**
 * What a change holds that its lines do not show: a symbolic link (the path serves another file),
 * a submodule (third-party code pinned by commit), compiled code, attributes that hide diffs from
 * reviewers, a changed `wrangler` command line. Each is a trigger: what cannot be read is never
 * "nothing found".
 */
import type { CompiledPolicy } from './compile.ts';
import { fileEvidence } from './evidence.ts';
import { matchesEither } from './paths.ts';
import type { Evidence, Trigger } from './record.ts';
import type { ChangedFile, DiffLine } from './snapshot.ts';
import { clip } from './text.ts';

const SUBPROJECT = /^Subproject commit [0-9a-f]{40,64}\b/;
/** Attributes under which git and GitHub show a path without its lines, or as something else: cited as evidence. */
const HIDING = /(?:^|\s)(?:-diff|binary|diff=\S+|-text|filter=\S+|linguist-generated(?:=\S+)?|linguist-vendored(?:=\S+)?|merge=\S+)(?=\s|\0|$)/;
/** A wrangler command line: which configuration and environment a deploy uses. */
const WRANGLER_COMMAND = /\bwrangler\b.*\s(?:--config|-c|--env|-e|--name)(?:[\s=]|$)|\bwrangler\s+(?:deploy|publish|versions\s+(?:upload|deploy)|rollback|secret)\b/;

function changedLines(file: ChangedFile): Array<DiffLine & { side: 'old' | 'new' }> {
  return [...(file.additions ?? []).map((l) => ({ ...l, side: 'new' as const })), ...(file.deletions ?? []).map((l) => ({ ...l, side: 'old' as const }))];
}

function at(file: ChangedFile, line: DiffLine & { side: 'old' | 'new' }, note?: string): Evidence {
  return { file: file.path, line: line.line, side: line.side, text: clip(line.text), ...(note === undefined ? {} : { note }) };
}

export function unreadableTriggers(compiled: CompiledPolicy, file: ChangedFile): Trigger[] {
  const triggers: Trigger[] = [];
  const lines = changedLines(file);
  if (file.symlink === true) {
    triggers.push({
      trigger: 'unverified',
      rule: 'content.symlink',
      reason: `${file.path} is or was a symbolic link: the path now serves another file's content, which this change does not show as changed lines`,
      evidence: [{ ...fileEvidence(file), note: 'symbolic link' }],
    });
  }
  const subproject = lines.filter((line) => SUBPROJECT.test(line.text));
  if (file.submodule === true || subproject.length > 0) {
    triggers.push({
      trigger: 'third-party-dependency',
      rule: 'dependencies.submodule',
      reason: `${file.path} is a submodule: code from another repository, pinned by commit, with no registry, lockfile entry or advisory feed`,
      evidence: subproject.length > 0 ? subproject.map((line) => at(file, line, 'submodule')) : [{ ...fileEvidence(file), note: 'submodule' }],
    });
  }
  if (matchesEither(file, compiled.paths.opaque.test)) {
    triggers.push({
      trigger: 'unverified',
      rule: 'content.opaque',
      reason: `${file.path} is compiled code: what it does cannot be read from the change`,
      evidence: [fileEvidence(file)],
    });
  }
  if (matchesEither(file, (path) => /(?:^|\/)\.gitattributes$/.test(path))) {
    // Any change, not only the spellings known to hide a diff: attribute values (`=yes`), macros
    // defined in one place and applied in another, and git's own parsing make a list of hiding
    // forms incomplete by construction.
    const hiding = (file.additions ?? []).filter((line) => HIDING.test(line.text.replace(/#.*$/, '')));
    triggers.push({
      trigger: 'unverified',
      rule: 'content.gitattributes',
      reason: `${file.path} changed: attributes decide which paths GitHub and git show without their lines (or as generated or vendored code), so reviewers there may not see changes`,
      evidence: hiding.length > 0 ? hiding.map((line) => ({ file: file.path, line: line.line, side: 'new' as const, text: clip(line.text) })) : [fileEvidence(file)],
    });
  }
  const commands = lines.filter((line) => WRANGLER_COMMAND.test(line.text));
  if (commands.length > 0) {
    triggers.push({
      trigger: 'infrastructure',
      rule: 'infrastructure.wrangler-commands',
      reason: `${file.path}: a wrangler command line changed (the configuration, environment or Worker a deploy uses)`,
      evidence: commands.map((line) => at(file, line)),
    });
  }
  return triggers;
}
