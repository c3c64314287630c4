/**
 * Trailers read the way git reads them (`git interpret-trailers --parse --no-divider`, trailer.c,
 * which is also how `git log --format=%(trailers)` reads a stored message): the trailer block is
 * the last paragraph after the title paragraph; it counts when every line in it is a trailer, or
 * when it holds a git-generated trailer and trailers are at least a quarter of its lines. So
 * `Closes #12` inside a paragraph of prose is text, not a footer. Like git, lines that start with
 * the comment character `#` are passed over.
 *
 * "Blank" and "space" are git's: only ASCII space, tab, CR and LF. A line of U+00A0 or U+3000 is
 * text to git, so it is text here (JavaScript's `trim()` would call it blank).
 */

export interface Trailer {
  token: string;
  value: string;
  /** 1-based line of the trailer in the message. */
  line: number;
}

export interface TrailerBlock {
  trailers: Trailer[];
  /** Index (0-based, into the message's lines) where the trailer block starts; lines.length if none. */
  start: number;
}

const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
const COMMENT = '#';

/** git's isspace (sane_ctype): space, tab, LF and CR; not VT, FF or any non-ASCII space. */
export const isGitSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** git's is_blank_line: nothing but git spaces. */
export function isGitBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isGitSpace(line.charCodeAt(i))) return false;
  return true;
}
/** git's strbuf_trim. */
export function gitTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isGitSpace(text.charCodeAt(start))) start++;
  while (end > start && isGitSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Offset of the separator `:` when the line is `token[ws]: value`, else -1 (git's find_separator). */
function separatorOf(line: string): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 58 /* : */) return i;
    const tokenChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    if (!whitespaceFound && tokenChar) continue;
    if (i > 0 && (c === 32 || c === 9)) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

const isComment = (line: string) => line.startsWith(COMMENT);
const startsWithSpace = (line: string) => line.length > 0 && isGitSpace(line.charCodeAt(0));

/**
 * git's ignored_log_message_bytes: the trailing run of comment lines, empty lines (only truly
 * empty ones) and an old "Conflicts:" block is not part of the message. Returns the line index
 * where that run starts.
 */
function endOfMessage(lines: readonly string[]): number {
  // A message ending in "\n" splits into a last empty string that is no line at all.
  const count = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  let boc = -1;
  let inConflicts = false;
  for (let i = 0; i < count; i++) {
    const line = lines[i]!;
    if (isComment(line) || line === '') {
      if (boc < 0) boc = i;
    } else if (line === 'Conflicts:' && i < lines.length - 1) {
      // git matches "Conflicts:\n": the line must end in a newline.
      inConflicts = true;
      if (boc < 0) boc = i;
    } else if (inConflicts && line.startsWith('\t')) {
      // a path in the conflicts block
    } else if (boc >= 0) {
      boc = -1;
      inConflicts = false;
    }
  }
  return boc >= 0 ? boc : count;
}

/** Finds the trailer block of a message already split into lines (no `\r`). */
export function findTrailerBlock(lines: readonly string[]): TrailerBlock {
  const end = endOfMessage(lines);

  // The first paragraph is the title and never holds trailers.
  let endOfTitle = 0;
  while (endOfTitle < end && (isComment(lines[endOfTitle]!) || !isGitBlank(lines[endOfTitle]!))) endOfTitle++;

  let onlySpaces = true;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuationLines = 0;
  let recognizedPrefix = false;
  for (let i = end - 1; i >= endOfTitle; i--) {
    const line = lines[i]!;
    if (isComment(line)) {
      nonTrailerLines += possibleContinuationLines;
      possibleContinuationLines = 0;
      continue;
    }
    if (isGitBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuationLines;
      const accepted =
        (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0);
      return accepted ? { trailers: collect(lines, i + 1, end), start: i + 1 } : { trailers: [], start: lines.length };
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((p) => line.startsWith(p))) {
      trailerLines++;
      possibleContinuationLines = 0;
      recognizedPrefix = true;
      continue;
    }
    if (separatorOf(line) >= 1 && !startsWithSpace(line)) {
      trailerLines++;
      possibleContinuationLines = 0;
    } else if (startsWithSpace(line)) {
      possibleContinuationLines++;
    } else {
      nonTrailerLines += 1 + possibleContinuationLines;
      possibleContinuationLines = 0;
    }
  }
  return { trailers: [], start: lines.length };
}

/** git's unfold_value: each line break and the spaces after it become one space. */
function unfold(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; ) {
    const c = value[i++]!;
    if (c === '\n') {
      while (i < value.length && isGitSpace(value.charCodeAt(i))) i++;
      out += ' ';
    } else {
      out += c;
    }
  }
  return gitTrim(out);
}

function collect(lines: readonly string[], from: number, to: number): Trailer[] {
  const raw: Array<{ text: string; line: number; trailer: boolean }> = [];
  let last: (typeof raw)[number] | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (last && startsWithSpace(line)) {
      last.text += `\n${line}`;
      continue;
    }
    const entry = { text: line, line: i + 1, trailer: !isComment(line) && separatorOf(line) >= 1 };
    raw.push(entry);
    last = separatorOf(line) >= 1 ? entry : undefined;
  }
  // Lines without a token ("(cherry picked from commit …)", prose kept in the block) are not trailers.
  return raw
    .filter((r) => r.trailer)
    .map((r) => {
      const sep = separatorOf(r.text);
      return { token: gitTrim(r.text.slice(0, sep)), value: unfold(r.text.slice(sep + 1)), line: r.line };
    });
}
