/**
 * Local git, read-only, through argument arrays (never a shell). When the checkout holds the
 * commits a change spans, git answers without API caps (250 commits a pull request, 300 files a
 * comparison) and without spending the token's request budget. Every method costs one git process,
 * run through `@actions/exec` (silent: commit text never reaches the log from here).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from './process.ts';

export interface GitCommit {
  sha: string;
  parents: string[];
  message: string;
}

export class GitError extends Error {
  override name = 'GitError';
}

const decoder = new TextDecoder('utf-8'); // not fatal: invalid bytes become U+FFFD, which lint reports
/** Messages keep a leading byte order mark: it is part of what git stores (and of the API's text). */
const messageDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Options before every git command. The checkout may hold what the change under review or an
 * earlier step wrote (replace refs, `.git/config`, attributes files): none of it may change what
 * git reports. Replace objects (and grafts) are ignored, the attributes files outside the tree are
 * off, and each configuration key that changes the output read here is pinned.
 */
export const SAFE_GIT_OPTIONS: readonly string[] = [
  '--no-replace-objects',
  ...[
    'core.attributesFile=/dev/null',
    'core.quotePath=false',
    'core.fsmonitor=false',
    'core.bigFileThreshold=512m',
    'diff.noprefix=false',
    'diff.mnemonicPrefix=false',
    'diff.relative=false',
    'i18n.logOutputEncoding=UTF-8',
    'log.showSignature=false',
  ].flatMap((setting) => ['-c', setting]),
];

/**
 * The environment of every git process: the caller's without any `GIT_*` variable (an earlier
 * step can set `GIT_DIR`, `GIT_REPLACE_REF_BASE`, `GIT_DIFF_OPTS` or `GIT_EXTERNAL_DIFF` through
 * `GITHUB_ENV`), no system or global configuration, no replace objects, no grafts.
 */
export function safeGitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !/^GIT_/i.test(name)));
  return {
    ...kept,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_ATTR_NOSYSTEM: '1',
    // --no-replace-objects leaves .git/info/grafts in force (git 2.39); a path that cannot exist
    // turns the graft file off without the deprecation hint an existing one prints.
    GIT_GRAFT_FILE: '/dev/null/no-grafts',
  };
}

export class Git {
  readonly cwd: string;
  constructor(cwd: string) {
    this.cwd = cwd;
  }

  private repository: Promise<boolean> | undefined;

  /**
   * Whether `cwd` is inside a repository. A git that reads stdin (`cat-file --batch`) exits at
   * once outside one, and writing to it then would fail the whole process (@actions/exec does not
   * catch that), so such commands run only in a repository. `.git` in `cwd` (a checkout's root)
   * answers without a process.
   */
  private inRepository(): Promise<boolean> {
    this.repository ??= existsSync(join(this.cwd, '.git'))
      ? Promise.resolve(true)
      : runProcess('git', [...SAFE_GIT_OPTIONS, '-c', `safe.directory=${this.cwd}`, 'rev-parse', '--git-dir'], { cwd: this.cwd, env: this.env() }).then(
          (r) => r.exitCode === 0,
          () => false,
        );
    return this.repository;
  }

  private env(): NodeJS.ProcessEnv {
    return safeGitEnv();
  }

  private async run(args: string[], input?: string): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    if (input && !(await this.inRepository())) {
      return { code: 128, stdout: Buffer.alloc(0), stderr: `fatal: ${this.cwd} is not a git repository` };
    }
    // Without global configuration, the checkout's safe.directory entry (actions/checkout
    // writes one there) is given here: a container job's workspace belongs to another user.
    const result = await runProcess('git', [...SAFE_GIT_OPTIONS, '-c', `safe.directory=${this.cwd}`, ...args], {
      cwd: this.cwd,
      env: this.env(),
      ...(input ? { input } : {}),
    });
    if (result.spawnError !== undefined) throw new GitError(`git ${args[0]} could not start: ${result.spawnError}`);
    return { code: result.exitCode ?? -1, stdout: result.stdout, stderr: decoder.decode(result.stderr).trim() };
  }

  private async ok(args: string[], input?: string): Promise<Buffer> {
    const { code, stdout, stderr } = await this.run(args, input);
    if (code !== 0) throw new GitError(`git ${args.join(' ')} failed (exit ${code}): ${stderr.slice(0, 500)}`);
    return stdout;
  }

  /**
   * Which of the given revisions name commits in the local object store. Outside a repository,
   * or without git, none do.
   */
  async present(revisions: readonly string[]): Promise<Set<string>> {
    return new Set((await this.resolve(revisions)).keys());
  }

  /**
   * The full names of the given revisions' commits, where the local object store holds them.
   * Outside a repository, or without git, none.
   */
  async resolve(revisions: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    let result;
    try {
      result = await this.run(['cat-file', '--batch-check'], revisions.map((r) => `${r}^{commit}\n`).join(''));
    } catch {
      return found;
    }
    if (result.code !== 0) return found;
    const lines = decoder.decode(result.stdout).split('\n');
    revisions.forEach((revision, i) => {
      const match = /^([0-9a-f]+) commit \d+$/.exec(lines[i] ?? '');
      if (match) found.set(revision, match[1]!);
    });
    return found;
  }

  /**
   * Commits reachable from `head` and not from any of `exclude`, oldest first, each read from its
   * stored object (`git cat-file`): the message exactly as git holds it, a NUL byte included
   * (`git log` would stop at one and never show the rest).
   */
  async commits(head: string, exclude: readonly string[]): Promise<GitCommit[]> {
    const list = decoder.decode(await this.ok(['rev-list', '--reverse', head, '--not', ...exclude, '--']));
    return this.readCommits(list.split('\n').filter(Boolean));
  }

  /** The given commits read from their stored objects, in one git process. */
  async readCommits(shas: readonly string[]): Promise<GitCommit[]> {
    const found = await this.findCommits(shas);
    return shas.map((sha, i) => {
      const commit = found?.[i];
      if (!commit) throw new GitError(`${sha} is not a commit in the local repository`);
      return commit;
    });
  }

  /**
   * The given commits from their stored objects, in one git process; undefined for each one the
   * checkout does not hold, and altogether when git cannot tell (no repository, no git).
   */
  async findCommits(shas: readonly string[]): Promise<Array<GitCommit | undefined> | undefined> {
    if (shas.length === 0) return [];
    let result;
    try {
      result = await this.run(['cat-file', '--batch'], shas.map((s) => `${s}\n`).join(''));
    } catch {
      return undefined;
    }
    if (result.code !== 0) return undefined;
    const objects = parseBatch(result.stdout);
    return shas.map((sha, i) => {
      const object = objects[i];
      return object && object.type === 'commit' ? parseCommit(sha, object.content) : undefined;
    });
  }

  /** The merge base of two commits (what a pull request's diff starts from). */
  async mergeBase(a: string, b: string): Promise<string> {
    return decoder.decode(await this.ok(['merge-base', a, b])).trim();
  }

  /**
   * The change from `base` to `head`: each changed path with its modes and blobs (renames paired),
   * and the zero-context patch of each path, read as text whatever the attributes say (no
   * textconv, no external diff: what the commits hold, not what a driver shows). Two git
   * processes, whatever the size of the change.
   */
  async diff(base: string, head: string): Promise<GitDiff> {
    // -l0: no limit on rename detection, so a large change still pairs its renames.
    const common = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--ignore-submodules=none', '-O/dev/null', '-M', '-l0'];
    const [raw, patch] = await Promise.all([
      this.ok([...common, '--raw', '-z', '--no-abbrev', base, head, '--']),
      this.ok([...common, '-U0', '--text', '--submodule=short', '--src-prefix=a/', '--dst-prefix=b/', base, head, '--']),
    ]);
    return { entries: parseRaw(decoder.decode(raw)), patches: patchSections(decoder.decode(patch)) };
  }

  /** Texts of `<rev>:<path>` specs in one git process; undefined where the object does not exist. */
  async blobs(specs: readonly string[]): Promise<Array<string | undefined>> {
    if (specs.length === 0) return [];
    const stdout = await this.ok(['cat-file', '--batch'], specs.map((s) => `${s}\n`).join(''));
    return parseBatch(stdout).map((o) => (o && o.type === 'blob' ? decoder.decode(o.content) : undefined));
  }

  /** Raw bytes of blobs (`<rev>:<path>` specs or blob ids) in one git process; undefined where the object does not exist. */
  async blobBytes(specs: readonly string[]): Promise<Array<Uint8Array | undefined>> {
    if (specs.length === 0) return [];
    const stdout = await this.ok(['cat-file', '--batch'], specs.map((s) => `${s}\n`).join(''));
    return parseBatch(stdout).map((o) => (o && o.type === 'blob' ? o.content : undefined));
  }

  /**
   * In one git process: whether `ref` is a commit here and, if so, the text of `path` at it
   * (undefined when the path does not exist there). Undefined altogether when git cannot tell
   * (no repository, no git).
   */
  async fileAt(ref: string, path: string): Promise<{ commit: boolean; text?: string } | undefined> {
    let result;
    try {
      result = await this.run(['cat-file', '--batch'], `${ref}^{commit}\n${ref}:${path}\n`);
    } catch {
      return undefined;
    }
    if (result.code !== 0) return undefined;
    const [commit, file] = parseBatch(result.stdout);
    if (!commit || commit.type !== 'commit') return { commit: false };
    if (!file) return { commit: true };
    if (file.type !== 'blob') throw new GitError(`${path} at ${ref} is a ${file.type}, not a file`);
    return { commit: true, text: decoder.decode(file.content) };
  }
}

export interface GitDiffEntry {
  /** A, M, D, R, C or T (type change: file, symlink or submodule). */
  status: string;
  path: string;
  previousPath?: string;
  /** Octal modes: 100644 file, 100755 executable, 120000 symlink, 160000 submodule, 000000 none. */
  oldMode: string;
  newMode: string;
  oldBlob: string;
  newBlob: string;
}

export interface GitDiff {
  /** `git diff --raw -z -M` of base..head. */
  entries: GitDiffEntry[];
  /**
   * The zero-context patch sections of each path (the new path of a rename), found by each
   * section's own header: a type change (file to symlink) has two sections for one path.
   */
  patches: Map<string, string[]>;
}

/** `:old new oldsha newsha status\0path\0` records, `status\0old\0new\0` for renames and copies. */
function parseRaw(text: string): GitDiffEntry[] {
  const fields = text.split('\0');
  const entries: GitDiffEntry[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const [oldMode = '', newMode = '', oldBlob = '', newBlob = '', status = ''] = fields[i++]!.replace(/^:/, '').split(' ');
    const pair = status.startsWith('R') || status.startsWith('C');
    const previousPath = pair ? fields[i++]! : undefined;
    const path = fields[i++]!;
    entries.push({ status: status[0]!, path, ...(previousPath === undefined ? {} : { previousPath }), oldMode, newMode, oldBlob, newBlob });
  }
  return entries;
}

/** Splits a patch into sections keyed by the path each section's header names. */
export function patchSections(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  if (text === '') return sections;
  for (const section of text.split(/^(?=diff --git )/m)) {
    const path = sectionPath(section);
    if (path === undefined) continue;
    sections.set(path, [...(sections.get(path) ?? []), section]);
  }
  return sections;
}

function sectionPath(section: string): string | undefined {
  let minus: string | undefined;
  let plus: string | undefined;
  let renamed: string | undefined;
  const lines = section.split('\n');
  for (const line of lines.slice(1)) {
    if (line.startsWith('@@')) break;
    if (line.startsWith('rename to ') || line.startsWith('copy to ')) renamed = unquote(line.slice(line.indexOf(' to ') + 4));
    else if (line.startsWith('--- ')) minus = unquote(line.slice(4).replace(/\t$/, ''));
    else if (line.startsWith('+++ ')) plus = unquote(line.slice(4).replace(/\t$/, ''));
  }
  if (renamed !== undefined) return renamed;
  if (plus !== undefined && plus !== '/dev/null') return plus.replace(/^b\//, '');
  if (minus !== undefined && minus !== '/dev/null') return minus.replace(/^a\//, '');
  // A mode change alone has no ---/+++ lines: `diff --git a/P b/P` names the path twice.
  const names = (lines[0] ?? '').slice('diff --git '.length);
  if (names.startsWith('"')) {
    const end = closingQuote(names);
    return unquote(names.slice(0, end + 1)).replace(/^a\//, '');
  }
  return names.length >= 5 ? names.slice(2, (names.length - 3) / 2 + 1) : undefined;
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

const ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** A path as git prints it: C-quoted (octal bytes of UTF-8) when it holds special characters. */
function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"') || name.length < 2) return name;
  const bytes: number[] = [];
  const inner = name.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = inner[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
    }
  }
  return decoder.decode(Uint8Array.from(bytes));
}

/** A raw commit object: headers (parents, encoding), a blank line, then the message. */
export function parseCommit(sha: string, content: Buffer): GitCommit {
  const split = content.indexOf('\n\n');
  const headers = content.subarray(0, split < 0 ? content.length : split).toString('latin1').split('\n');
  const parents = headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7));
  const encoding = headers.find((h) => h.startsWith('encoding '))?.slice(9);
  const body = split < 0 ? Buffer.alloc(0) : content.subarray(split + 2);
  return { sha, parents, message: decode(body, encoding) };
}

/** git re-encodes a message with an `encoding` header for display; so does this, else UTF-8. */
function decode(bytes: Buffer, encoding: string | undefined): string {
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    try {
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    } catch {
      // an encoding TextDecoder does not know: read as UTF-8, and lint reports what is not
    }
  }
  return messageDecoder.decode(bytes);
}

/** Objects of `git cat-file --batch` output, in input order; undefined for a missing one. */
function parseBatch(out: Buffer): Array<{ type: string; content: Buffer } | undefined> {
  const objects: Array<{ type: string; content: Buffer } | undefined> = [];
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('latin1');
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      objects.push(undefined); // "<name> missing" or "ambiguous"
      at = eol + 1;
      continue;
    }
    const size = Number(match[2]);
    objects.push({ type: match[1]!, content: out.subarray(eol + 1, eol + 1 + size) });
    at = eol + 1 + size + 1;
  }
  return objects;
}
