/**
 * The small JSON path language of health and smoke expectations: `status`, `build.id`,
 * `items[0].name`, `$.data["key.with.dots"]`. A leading `$.` is allowed and ignored.
 */

export type PathSegment = string | number;

/** The segments of `path`, or a message saying what is wrong with it. */
export function parseJsonPath(path: string): PathSegment[] | string {
  let rest = path.trim();
  if (rest === '' || rest === '$') return 'the path is empty; write a field name such as `status` or `build.id`';
  if (rest.startsWith('$.')) rest = rest.slice(2);
  else if (rest.startsWith('$[')) rest = rest.slice(1);
  const segments: PathSegment[] = [];
  let expectName = true;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const index = /^\[(\d{1,9})\]/.exec(rest);
      const quoted = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
      if (index) {
        segments.push(Number(index[1]));
        rest = rest.slice(index[0].length);
      } else if (quoted) {
        segments.push(JSON.parse(`"${quoted[1]}"`) as string);
        rest = rest.slice(quoted[0].length);
      } else {
        return `"${path}": after [ write an index such as [0] or a quoted name such as ["a.b"]`;
      }
      expectName = false;
      continue;
    }
    if (!expectName) {
      if (!rest.startsWith('.')) return `"${path}": expected . or [ after ${describe(segments.at(-1))}`;
      rest = rest.slice(1);
    }
    const name = /^[^.[\]]+/.exec(rest);
    if (!name) return `"${path}": a name is missing${segments.length > 0 ? ` after ${describe(segments.at(-1))}` : ''}`;
    segments.push(name[0]);
    rest = rest.slice(name[0].length);
    expectName = false;
  }
  return segments;
}

function describe(segment: PathSegment | undefined): string {
  return typeof segment === 'number' ? `[${segment}]` : `"${segment ?? ''}"`;
}

/** The value at `segments` in `value`; `found: false` when any step is missing. */
export function valueAt(value: unknown, segments: readonly PathSegment[]): { found: true; value: unknown } | { found: false } {
  let current = value;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return { found: false };
      current = current[segment];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current)) return { found: false };
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false };
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value: current };
}

/** Deep equality of JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && jsonEqual(x[k], y[k]));
}
