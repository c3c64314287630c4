/**
 * Bringing main back in line with production: the revert commit's message (one that lint-commit
 * accepts: `fix: revert …`, why, git's own "This reverts commit" line, `Fixes: #<incident>`) and
 * the branch it goes on. A merge commit is reverted against its first parent (the branch it was
 * merged into); a squash commit is an ordinary commit and is reverted as one.
 */

export interface RevertSubject {
  sha: string;
  /** The commit's message, whole. */
  message: string;
  /** Parents, in order: more than one is a merge commit. */
  parents: string[];
}

/** The change's own title: a merge commit's first body line (GitHub puts the pull request title there), else its header. */
export function changeTitle(subject: RevertSubject): string {
  const lines = subject.message.split('\n');
  const header = (lines[0] ?? '').trim();
  if (subject.parents.length > 1 || /^Merge (pull request|branch)\b/.test(header)) {
    const title = lines.slice(1).map((l) => l.trim()).find((l) => l !== '');
    if (title) return title;
  }
  return header;
}

function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface RevertMessageInput {
  subject: RevertSubject;
  reason: string;
  targetVersionId: string;
  incident: number | null;
  baseBranch: string;
  headerMaxLength?: number;
}

export function revertMessage(input: RevertMessageInput): string {
  const max = input.headerMaxLength ?? 72;
  // Text that could be read as a trailer or a workflow command is kept out of the header.
  const title = changeTitle(input.subject).replace(/[\r\n]/g, ' ').replace(/"/g, "'");
  const room = max - 'fix: revert ""'.length;
  const shown = title.length > room ? `${title.slice(0, Math.max(0, room - 1))}…` : title;
  const header = `fix: revert "${shown}"`;
  const merge = input.subject.parents.length > 1;
  const body = [
    ...wrap(`Automatic rollback: ${input.reason.replace(/\s+/g, ' ').trim()}.`.replace(/\.\.$/, '.')),
    ...wrap(`Production was restored to version ${input.targetVersionId}; this brings ${input.baseBranch} back in line with what serves.`),
  ];
  const reverts = merge
    ? `This reverts commit ${input.subject.sha}, reversing changes made to ${input.subject.parents[0]}.`
    : `This reverts commit ${input.subject.sha}.`;
  return `${header}\n\n${body.join('\n')}\n\n${reverts}\n${input.incident ? `\nFixes: #${input.incident}\n` : ''}`;
}

/** The branch a revert goes on when it is not pushed directly. */
export function revertBranch(sha: string): string {
  return `revert/${sha.slice(0, 12)}`;
}
