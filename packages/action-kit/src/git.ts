/**
 * Local git, read-only, through argument arrays (never a shell). When the checkout holds the
 * commits a change spans, git answers without API caps (250 commits a pull request, 300 files a
 * comparison) and without spending the token's request budget. Every method costs one git process.
 */
import { spawn } from 'node:child_process';

export interface GitCommit {
  sha: string;
  parents: string[];
  message: string;
}

export class GitError extends Error {
  override name = 'GitError';
}

const decoder = new TextDecoder('utf-8'); // not fatal: invalid bytes become U+FFFD, which lint reports

export class Git {
  readonly cwd: string;
  constructor(cwd: string) {
    this.cwd = cwd;
  }

  private run(args: string[], input?: string): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', (e) => reject(new GitError(`git ${args[0]} could not start: ${e.message}`)));
      child.on('close', (code) =>
        resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: decoder.decode(Buffer.concat(err)).trim() }),
      );
      child.stdin.on('error', () => undefined); // git may exit before reading everything (not a repository)
      child.stdin.end(input ?? '');
    });
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
    const found = new Set<string>();
    let result;
    try {
      result = await this.run(['cat-file', '--batch-check'], revisions.map((r) => `${r}^{commit}\n`).join(''));
    } catch {
      return found;
    }
    if (result.code !== 0) return found;
    const lines = decoder.decode(result.stdout).split('\n');
    revisions.forEach((revision, i) => {
      if (/^[0-9a-f]+ commit \d+$/.test(lines[i] ?? '')) found.add(revision);
    });
    return found;
  }

  /** Commits reachable from `head` and not from any of `exclude`, oldest first. */
  async commits(head: string, exclude: readonly string[]): Promise<GitCommit[]> {
    const stdout = await this.ok(['log', '-z', '--reverse', '--format=%H %P%n%B', head, '--not', ...exclude, '--']);
    return decoder
      .decode(stdout)
      .split('\0')
      .filter((record) => record !== '')
      .map((record) => {
        const newline = record.indexOf('\n');
        const [sha = '', ...parents] = (newline < 0 ? record : record.slice(0, newline)).split(' ').filter(Boolean);
        return { sha, parents, message: newline < 0 ? '' : record.slice(newline + 1) };
      });
  }

  /** The merge base of two commits (what a pull request's diff starts from). */
  async mergeBase(a: string, b: string): Promise<string> {
    return decoder.decode(await this.ok(['merge-base', a, b])).trim();
  }

  /**
   * The change from `base` to `head`: statuses with renames, binary files, and a patch without
   * context per file. Three git processes, whatever the size of the change.
   */
  async diff(base: string, head: string): Promise<GitDiff> {
    // -l0: no limit on rename detection, so a large change still pairs its renames.
    const common = ['-c', 'core.quotepath=false', 'diff', '--no-color', '--no-ext-diff', '-M', '-l0'];
    const [names, numstat, patch] = await Promise.all([
      this.ok([...common, '--name-status', '-z', base, head, '--']),
      this.ok([...common, '--numstat', '-z', base, head, '--']),
      this.ok([...common, '-U0', '--text', base, head, '--']),
    ]);
    const fields = decoder.decode(names).split('\0');
    const nameStatus: GitDiff['nameStatus'] = [];
    for (let i = 0; i < fields.length - 1; ) {
      const status = fields[i++]!;
      if (status.startsWith('R') || status.startsWith('C')) {
        const previousPath = fields[i++]!;
        nameStatus.push({ status: status[0]!, previousPath, path: fields[i++]! });
      } else {
        nameStatus.push({ status: status[0]!, path: fields[i++]! });
      }
    }
    // numstat -z: "added\tdeleted\tpath\0", or for renames "added\tdeleted\t\0old\0new\0".
    const binary = new Set<string>();
    const stats = decoder.decode(numstat).split('\0');
    for (let i = 0; i < stats.length - 1; ) {
      const [added, deleted, path] = stats[i++]!.split('\t');
      const file = path === '' ? (i++, stats[i++]!) : path!;
      if (added === '-' && deleted === '-') binary.add(file);
    }
    const text = decoder.decode(patch);
    const patches = text === '' ? [] : text.split(/^(?=diff --git )/m);
    return { nameStatus, binary, patches };
  }

  /** Texts of `<rev>:<path>` specs in one git process; undefined where the object does not exist. */
  async blobs(specs: readonly string[]): Promise<Array<string | undefined>> {
    if (specs.length === 0) return [];
    const stdout = await this.ok(['cat-file', '--batch'], specs.map((s) => `${s}\n`).join(''));
    return parseBatch(stdout).map((o) => (o && o.type === 'blob' ? decoder.decode(o.content) : undefined));
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

export interface GitDiff {
  /** `git diff --name-status -z -M` of base...head. */
  nameStatus: Array<{ status: string; path: string; previousPath?: string }>;
  /** Paths git counts as binary (`-\t-` in --numstat). */
  binary: Set<string>;
  /** The zero-context patch of each file, in the same order as nameStatus. */
  patches: string[];
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
