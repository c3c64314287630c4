/**
 * Real git repositories in temporary folders, built commit by commit for a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export class TempRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir = mkdtempSync(join(tmpdir(), 'change-actions-git-'))) {
    this.dir = dir;
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Ada Lovelace');
    this.git('config', 'user.email', 'ada@example.com');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    // Fixed dates make SHAs repeatable within a test.
    const date = `2026-01-01T00:00:${String(this.tick % 60).padStart(2, '0')}Z`;
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1' },
      maxBuffer: 256 * 1024 * 1024,
    }).trim();
  }

  write(path: string, content: string): void {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  /** Commits the given files (or an empty change) with a message given verbatim; returns the SHA. */
  commit(message: string | Buffer, files: Record<string, string> = {}): string {
    this.tick++;
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    this.git('add', '-A');
    const msgFile = join(this.dir, '.git', 'TEST_MSG');
    writeFileSync(msgFile, message);
    this.git('commit', '-q', '--allow-empty', '--allow-empty-message', '--cleanup=verbatim', '-F', msgFile);
    return this.head();
  }

  /**
   * Stores a commit object with exactly these message bytes on top of HEAD, as another tool could
   * (git commit itself would re-encode a message that is not UTF-8); returns the SHA.
   */
  commitRawMessage(message: Buffer): string {
    this.tick++;
    const tree = this.git('rev-parse', 'HEAD^{tree}');
    const parent = this.head();
    const stamp = `Ada Lovelace <ada@example.com> ${1767225600 + this.tick} +0000`;
    const object = Buffer.concat([Buffer.from(`tree ${tree}\nparent ${parent}\nauthor ${stamp}\ncommitter ${stamp}\n\n`), message]);
    const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], { cwd: this.dir, input: object, encoding: 'utf8' }).trim();
    this.git('update-ref', 'HEAD', sha);
    return sha;
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
