/**
 * Trailers read the way git reads them (`git interpret-trailers --parse`, trailer.c): the trailer
 * block is the last paragraph after the title paragraph; it counts when every line in it is a
 * trailer, or when it holds a git-generated trailer and trailers are at least a quarter of its
 * lines. So `Closes #12` inside a paragraph of prose is text, not a footer. Like git, lines that
 * start with the comment character `#` are passed over.
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

const isBlank = (line: string) => line.trim() === '';
const isComment = (line: string) => line.startsWith('#');
const startsWithSpace = (line: string) => line.length > 0 && (line[0] === ' ' || line[0] === '\t');

/** Finds the trailer block of a message already split into lines (no `\r`, comments removed). */
export function findTrailerBlock(lines: readonly string[]): TrailerBlock {
  // Trailing blank and comment lines are not part of the message (git's ignored_log_message_bytes).
  let end = lines.length;
  while (end > 0 && (isBlank(lines[end - 1]!) || isComment(lines[end - 1]!))) end--;

  // The first paragraph is the title and never holds trailers.
  let endOfTitle = 0;
  while (endOfTitle < end && (isComment(lines[endOfTitle]!) || !isBlank(lines[endOfTitle]!))) endOfTitle++;

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
    if (isBlank(line)) {
      nonTrailerLines += possibleContinuationLines;
      const accepted =
        (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0);
      return accepted ? { trailers: collect(lines, i + 1, end), start: i + 1 } : { trailers: [], start: lines.length };
    }
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

function collect(lines: readonly string[], from: number, to: number): Trailer[] {
  const trailers: Trailer[] = [];
  let current: Trailer | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isComment(line)) {
      current = undefined;
      continue;
    }
    if (startsWithSpace(line)) {
      if (current) current.value = `${current.value} ${line.trim()}`.trim();
      continue;
    }
    const sep = separatorOf(line);
    // Lines without a token ("(cherry picked from commit …)", prose kept in the block) are not trailers.
    current = sep >= 1 ? { token: line.slice(0, sep).trim(), value: line.slice(sep + 1).trim(), line: i + 1 } : undefined;
    if (current) trailers.push(current);
  }
  return trailers;
}
