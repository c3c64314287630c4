/**
 * commit-msg hook: the same engine and policy on the message git is about to store, so the
 * verdict comes before the push. Install with
 *   printf '#!/bin/sh\nexec node <path>/actions/lint-commit/dist/hook/index.js "$1"\n' > .git/hooks/commit-msg
 * It reads `.github/change-policy.yml` from the work tree (advisory: CI reads the base branch's).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { POLICY_PATH, PolicyError, defaultPolicy } from '@change-actions/policy';
import { editorMessage, lintMessage } from '@change-actions/commit-lint';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: commit-msg hook <message-file>\n');
    return 2;
  }
  let top = process.cwd();
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  } catch {
    // not in a repository: lint with the defaults
  }
  let policy = defaultPolicy;
  const policyFile = join(top, POLICY_PATH);
  if (existsSync(policyFile)) {
    const { parsePolicy } = await import('@change-actions/policy/parse');
    try {
      policy = parsePolicy(readFileSync(policyFile, 'utf8'), POLICY_PATH);
    } catch (error) {
      if (error instanceof PolicyError) {
        process.stderr.write(`commit-msg: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  }
  const message = editorMessage(readFileSync(file, 'utf8'));
  const outcome = lintMessage(message, policy.commits);
  const out: string[] = [];
  for (const f of outcome.errors) out.push(`error   ${f.rule}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`);
  for (const f of outcome.warnings) out.push(`warning ${f.rule}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`);
  if (out.length > 0) process.stderr.write(`commit-msg: ${outcome.header}\n${out.map((l) => `  ${l}`).join('\n')}\n`);
  if (!outcome.valid) process.stderr.write('commit-msg: the commit was not made; your message is kept in the file above.\n');
  return outcome.valid ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`commit-msg: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
