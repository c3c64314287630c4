/** Builders for snapshots in test tables. */
import { commitTypes, type ChangedFile, type ChangeSnapshot, type CommitHeader, type CommitType, type DiffLine } from '../src/index.ts';

/** Tuesday 31 March 2026, 11:00 in London (BST): inside every default window. */
export const OPEN_HOURS = new Date('2026-03-31T10:00:00Z');

let shaCounter = 0;

/** A commit as lint-commit would describe it, from its header. */
export function commit(header: string): CommitHeader {
  const match = /^(\w+)(?:\([^)]*\))?(!)?:/.exec(header);
  const type = commitTypes.find((t) => t === match?.[1]);
  shaCounter += 1;
  return {
    sha: shaCounter.toString(16).padStart(40, '0'),
    header,
    ...(type === undefined ? {} : { type: type as CommitType }),
    breaking: match?.[2] === '!',
  };
}

export function snapshot(overrides: Partial<ChangeSnapshot> = {}): ChangeSnapshot {
  return {
    event: 'pull_request',
    labels: [],
    branch: 'feature/change',
    title: 'fix: a change',
    body: '',
    commits: [commit('fix: a change')],
    files: [],
    ...overrides,
  };
}

/** Diff lines numbered from `first`. */
export function lines(text: string, first = 1): DiffLine[] {
  return text.split('\n').map((line, index) => ({ line: first + index, text: line }));
}

/** A modified text file with the given added (and optionally removed) lines. */
export function edited(path: string, added: string, removed?: string, extra: Partial<ChangedFile> = {}): ChangedFile {
  return {
    path,
    status: 'modified',
    binary: false,
    additions: lines(added),
    ...(removed === undefined ? {} : { deletions: lines(removed) }),
    ...extra,
  };
}

/** A file compared structurally: full text before and after. */
export function compared(path: string, before: string | undefined, after: string | undefined, extra: Partial<ChangedFile> = {}): ChangedFile {
  const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
  return {
    path,
    status,
    binary: false,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
    ...extra,
  };
}

export function packageJson(sections: Record<string, Record<string, string>>): string {
  return `${JSON.stringify({ name: 'app', version: '1.0.0', ...sections }, null, 2)}\n`;
}

/** The policy file's shape of a typed policy: the inverse of `toClassifyPolicy`. */
export function toDocument(policy: object): Record<string, unknown> {
  const kebab = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(kebab);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), kebab(item)]));
  };
  const { windows, ...classify } = policy as { windows: unknown };
  return { classify: kebab(classify), windows: kebab(windows) };
}
