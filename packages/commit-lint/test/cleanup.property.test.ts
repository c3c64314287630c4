/**
 * The commit-msg hook lints what git will store: cleanMessage must give, for every cleanup mode
 * and comment character, exactly the message `git commit` stores (read back with `git cat-file`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanMessage, type CleanupMode } from '../src/index.ts';
import { oddMessage } from './messages.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cleanup-'));
  git([], ['init', '-q']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function git(config: string[], args: string[], editor = ':'): string {
  return execFileSync('git', [...config.flatMap((c) => ['-c', c]), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b', GIT_EDITOR: editor },
  });
}

/** What `git commit --cleanup=<mode>` stores for the buffer, read from the object. */
function stored(buffer: string, mode: CleanupMode, commentChar: string, editor: boolean): string {
  const file = join(dir, 'msg');
  writeFileSync(file, buffer);
  const config = [`core.commentChar=${commentChar}`, 'commit.gpgsign=false'];
  // With an editor, git edits .git/COMMIT_EDITMSG: the "editor" copies the buffer in.
  const how = editor ? ['-e', '-F', file] : ['-F', file];
  git(config, ['commit', '-q', '--allow-empty', '--allow-empty-message', `--cleanup=${mode}`, ...how], editor ? `cp ${file}` : ':');
  const object = git([], ['cat-file', 'commit', 'HEAD']);
  return object.slice(object.indexOf('\n\n') + 2);
}

const modes: CleanupMode[] = ['verbatim', 'whitespace', 'strip', 'scissors', 'default'];
const scissors = (c: string) => `${c} ------------------------ >8 ------------------------\n`;

describe('cleanup as git commit applies it', () => {
  test.each(modes)('%s, with and without an editor, comment characters # and ;', (mode) => {
    fc.assert(
      fc.property(oddMessage, fc.constantFrom('#', ';'), fc.boolean(), fc.boolean(), (message, commentChar, editor, cut) => {
        const buffer = cut ? `${message}${message.endsWith('\n') ? '' : '\n'}${scissors(commentChar)}diff --git a/x b/x\n` : message;
        expect(cleanMessage(buffer, { mode, commentChar, editor })).toBe(stored(buffer, mode, commentChar, editor));
      }),
      { numRuns: 25 },
    );
  });

  test('a body line "#42 …" given with -m is kept; in an editor it is a comment', () => {
    const message = 'fix: x\n\n#42 is why this had to change\n\nFixes: #42\n';
    expect(cleanMessage(message, { editor: false })).toBe(stored(message, 'default', '#', false));
    expect(cleanMessage(message, { editor: false })).toContain('#42 is why');
    expect(cleanMessage(message, { editor: true })).toBe(stored(message, 'default', '#', true));
    expect(cleanMessage(message, { editor: true })).not.toContain('#42 is why');
  });
});
