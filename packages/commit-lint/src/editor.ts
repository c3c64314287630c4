/**
 * The message git will store from the buffer a commit-msg hook is given (`.git/COMMIT_EDITMSG`):
 * git runs the hook before it cleans the message up, then applies its cleanup mode
 * (builtin/commit.c cleanup_message, strbuf_stripspace):
 *
 * - `verbatim`: the buffer as it is;
 * - `whitespace`: trailing spaces of each line removed, runs of empty lines made one, leading and
 *   trailing empty lines removed;
 * - `strip`: as whitespace, and lines that start with the comment character removed first;
 * - `scissors`: as whitespace, and, when an editor was used, everything from the scissors line down
 *   removed first.
 *
 * `default` is strip when an editor was used and whitespace otherwise (`git commit -m`/`-F`), so a
 * body line `#42 is fixed` given with -m is kept. With `--verbose` git cuts at the scissors line in
 * every mode. Spaces are git's: ASCII space, tab, CR, LF; U+00A0 is text.
 */
import { isGitSpace } from './trailers.ts';

export type CleanupMode = 'verbatim' | 'whitespace' | 'strip' | 'scissors' | 'default';

export interface CleanupOptions {
  mode?: CleanupMode;
  /** core.commentChar (or core.commentString); `#` when unset. */
  commentChar?: string;
  /** Whether the message came from an editor (decides `default`). */
  editor?: boolean;
  /** commit.verbose / --verbose: the diff below the scissors line is cut in every mode. */
  verbose?: boolean;
}

const SCISSORS = ' ------------------------ >8 ------------------------';

export function cleanMessage(buffer: string, options: CleanupOptions = {}): string {
  const comment = options.commentChar || '#';
  const editor = options.editor ?? true;
  const requested = options.mode ?? 'default';
  // Without an editor, scissors is whitespace: there is no scissors line git put there.
  const mode = requested === 'default' ? (editor ? 'strip' : 'whitespace') : requested === 'scissors' && !editor ? 'whitespace' : requested;
  let text = buffer;
  if (options.verbose || mode === 'scissors') text = text.slice(0, scissorsAt(text, comment));
  if (mode === 'verbatim') return text;
  return stripSpace(text, mode === 'strip' ? comment : undefined);
}

/** wt_status_locate_end: where the scissors line starts (at the start or after a newline). */
function scissorsAt(text: string, comment: string): number {
  const line = `${comment}${SCISSORS}\n`;
  if (text.startsWith(line)) return 0;
  const at = text.indexOf(`\n${line}`);
  return at < 0 ? text.length : at + 1;
}

/** strbuf_stripspace. */
function stripSpace(text: string, comment: string | undefined): string {
  const out: string[] = [];
  let empties = 0;
  for (const raw of text.split(/(?<=\n)/)) {
    if (comment !== undefined && raw.startsWith(comment)) continue;
    let end = raw.length;
    while (end > 0 && isGitSpace(raw.charCodeAt(end - 1))) end--;
    if (end === 0) {
      empties++;
      continue;
    }
    if (empties > 0 && out.length > 0) out.push('');
    empties = 0;
    out.push(raw.slice(0, end));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** The message of an editor buffer under git's default cleanup (strip, `#`). */
export function editorMessage(buffer: string, commentChar = '#'): string {
  return cleanMessage(buffer.replace(/\r\n/g, '\n'), { mode: 'strip', commentChar, editor: true, verbose: true });
}
