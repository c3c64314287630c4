/**
 * The message git will store from an editor buffer (`.git/COMMIT_EDITMSG` in a commit-msg hook):
 * git's default clean-up removes comment lines and everything below the scissors line.
 */
const SCISSORS = / -{8,} >8 -{8,}$/;

export function editorMessage(buffer: string, commentChar = '#'): string {
  const kept: string[] = [];
  for (const line of buffer.replace(/\r\n/g, '\n').split('\n')) {
    if (line.startsWith(commentChar) && SCISSORS.test(line)) break;
    if (!line.startsWith(commentChar)) kept.push(line.trimEnd());
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
