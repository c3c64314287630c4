/** Helpers for pointing evidence at lines of a file's text. */

const MAX_EVIDENCE_TEXT = 200;

/** Evidence text, trimmed and clipped so that one minified line cannot bloat the record. */
export function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_EVIDENCE_TEXT ? `${trimmed.slice(0, MAX_EVIDENCE_TEXT - 1)}…` : trimmed;
}

/** A function from character offset to 1-based line, for looking up many offsets in one large text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The first line matching `pattern` at or after line `from` (1-based), with its clipped text. */
export function findLine(text: string, pattern: RegExp, from = 1): { line: number; text: string } | undefined {
  const lines = text.split('\n');
  for (let index = Math.max(0, from - 1); index < lines.length; index++) {
    const candidate = lines[index] ?? '';
    if (pattern.test(candidate)) return { line: index + 1, text: clip(candidate) };
  }
  return undefined;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A readable list of at most `max` items, saying how many more there are. */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
