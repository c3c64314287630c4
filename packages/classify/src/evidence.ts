/** Evidence pointing at a whole file or at a commit. */
import type { Evidence } from './record.ts';
import type { ChangedFile, CommitHeader } from './snapshot.ts';
import { clip } from './text.ts';

/** File-level evidence, saying what happened to the file when that matters to a reviewer. */
export function fileEvidence(file: ChangedFile): Evidence {
  const notes = [
    file.status === 'removed' ? 'file removed' : undefined,
    file.status === 'renamed' ? `renamed from ${file.previousPath}` : undefined,
    file.status === 'copied' ? `copied from ${file.previousPath}` : undefined,
    file.binary ? 'binary file, content not inspected' : undefined,
  ].filter((note) => note !== undefined);
  return notes.length > 0 ? { file: file.path, note: notes.join('; ') } : { file: file.path };
}

/** File-level evidence with a note of its own added to what `fileEvidence` says. */
export function fileEvidenceWith(file: ChangedFile, note: string): Evidence {
  const evidence = fileEvidence(file);
  return { ...evidence, note: evidence.note === undefined ? note : `${evidence.note}; ${note}` };
}

export function commitEvidence(commit: CommitHeader): Evidence {
  return { commit: commit.sha, text: clip(commit.header) };
}
