/**
 * commit-msg hook: the same engine and policy on the message git is about to store, so the
 * verdict comes before the push. Install with
 *   printf '#!/bin/sh\nexec node <path>/actions/lint-commit/dist/hook/index.js "$1"\n' > .git/hooks/commit-msg
 * It reads `.github/change-policy.yml` from the work tree (advisory: CI reads the base branch's).
 * It lints what git will store: git runs the hook before it cleans the message up, so the hook
 * applies the same cleanup (commit.cleanup or --cleanup, core.commentChar, editor or -m, verbose).
 * git runs directly (not through @actions/exec): the `change` command carries no @actions code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { POLICY_PATH, PolicyError, defaultPolicy } from '@change-actions/policy';
import { cleanMessage, lintMessage, type CleanupMode, type LintOutcome } from '@change-actions/commit-lint';

/**
 * The commit-msg hook: the verdict on the message git is about to store, written to `write`; the
 * exit code to end with (0 valid, 1 invalid, 2 not run). `change install-hook` installs the same
 * function, so the hook bundle and the `change` command cannot disagree.
 */
export async function commitMsgHook(
  file: string | undefined,
  write: (text: string) => void = (t) => process.stderr.write(t),
  /** Called with the verdict and the message it was reached on (the `change` command's --json). */
  onOutcome?: (outcome: LintOutcome, message: string) => void,
): Promise<number> {
  if (!file) {
    write('usage: commit-msg hook <message-file>\n');
    return 2;
  }
  const git = (...args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined; // not in a repository, or nothing set
    }
  };
  // Outside a repository: lint with the defaults.
  const top = git('rev-parse', '--show-toplevel')?.trim() || process.cwd();
  let policy = defaultPolicy;
  const policyFile = join(top, POLICY_PATH);
  if (existsSync(policyFile)) {
    const { parsePolicy } = await import('@change-actions/policy/parse');
    try {
      policy = parsePolicy(readFileSync(policyFile, 'utf8'), POLICY_PATH);
    } catch (error) {
      if (error instanceof PolicyError) {
        write(`commit-msg: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  }
  const buffer = readFileSync(file, 'utf8');
  const config = git('config', '-z', '--get-regexp', '^(core\\.comment(char|string)|commit\\.(cleanup|verbose))$');
  const message = cleanMessage(buffer, cleanupInForce(buffer, config ?? ''));
  const outcome = lintMessage(message, policy.commits);
  onOutcome?.(outcome, message);
  const out: string[] = [];
  for (const f of outcome.errors) out.push(`error   ${f.rule}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`);
  for (const f of outcome.warnings) out.push(`warning ${f.rule}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`);
  if (out.length > 0) write(`commit-msg: ${outcome.header}\n${out.map((l) => `  ${l}`).join('\n')}\n`);
  if (!outcome.valid) write('commit-msg: the commit was not made; your message is kept in the file above.\n');
  return outcome.valid ? 0 : 1;
}

const MODES: readonly string[] = ['verbatim', 'whitespace', 'strip', 'scissors', 'default'];
const VALUED = new Set(['-m', '--message', '-F', '--file', '-C', '--reuse-message', '-c', '--reedit-message', '-t', '--template', '--author', '--date', '--fixup', '--squash', '--trailer']);
const AUTO_CANDIDATES = '#;@!$%^&|:';

/** The cleanup git will apply to this commit's message: its config, then the command line. */
function cleanupInForce(buffer: string, configured: string): { mode: CleanupMode; commentChar: string; editor: boolean; verbose: boolean } {
  // `git config -z --get-regexp`: "key\nvalue\0" each; nothing when none is set (exit 1).
  const config = new Map<string, string>();
  for (const entry of configured.split('\0')) {
    const newline = entry.indexOf('\n');
    if (newline > 0) config.set(entry.slice(0, newline).toLowerCase(), entry.slice(newline + 1));
  }
  let mode = config.get('commit.cleanup') ?? 'default';
  let verbose = /^(true|yes|on|[1-9]\d*)$/i.test(config.get('commit.verbose') ?? '');
  // The options of the `git commit` that runs this hook (`exec node …` keeps git as the parent).
  const args = parentArgs();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (VALUED.has(arg)) i++; // a message or file name is no option
    else if (arg.startsWith('--cleanup=')) mode = arg.slice(10);
    else if (arg === '--cleanup' && next) mode = next;
    else if (arg === '-v' || arg === '--verbose') verbose = true;
    else if (arg === '--no-verbose') verbose = false;
  }
  if (!MODES.includes(mode)) throw new Error(`commit.cleanup "${mode}" is not a mode git knows; accepted: ${MODES.join(', ')}`);
  let commentChar = config.get('core.commentstring') ?? config.get('core.commentchar') ?? '#';
  if (commentChar === 'auto') {
    // git picks the first of these that no line of the message starts with; the status lines it
    // appends to the buffer start with the one it picked.
    const last = buffer.split('\n').filter((l) => l !== '').pop() ?? '';
    commentChar = AUTO_CANDIDATES.includes(last[0] ?? '') ? last[0]! : '#';
  }
  // git sets GIT_EDITOR=: for the hook when no editor is used (-m, -F, --no-edit).
  return { mode: mode as CleanupMode, commentChar, editor: process.env['GIT_EDITOR'] !== ':', verbose };
}

function parentArgs(): string[] {
  try {
    return readFileSync(`/proc/${process.ppid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return []; // not Linux: the configuration alone
  }
}
