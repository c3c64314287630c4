/**
 * Added and removed lines, with their line numbers, from a zero-context unified diff of one file
 * (git's `diff -U0` section, or the `patch` field of GitHub's pull request files).
 */
import type { DiffLine } from '@change-actions/classify';

export interface PatchLines {
  additions: DiffLine[];
  deletions: DiffLine[];
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export function patchLines(patch: string): PatchLines {
  const additions: DiffLine[] = [];
  const deletions: DiffLine[] = [];
  let oldLine = 0;
  let newLine = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue; // the file's header lines
    if (line.startsWith('+')) additions.push({ line: newLine++, text: line.slice(1) });
    else if (line.startsWith('-')) deletions.push({ line: oldLine++, text: line.slice(1) });
    else if (line.startsWith(' ')) {
      oldLine++;
      newLine++;
    }
    // "\ No newline at end of file" and the empty string after the last newline count for nothing.
  }
  return { additions, deletions };
}
