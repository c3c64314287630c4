/** The local repository the command runs in: its top, a range's two commits, and the policy at a commit. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Git, loadPolicy, type LoadedPolicy } from '@change-actions/action-kit';
import { POLICY_PATH, PolicyError, defaultPolicy, type Policy } from '@change-actions/policy';
import { InputError } from './io.ts';

function git(args: string[], cwd = process.cwd()): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new InputError(`git ${args.join(' ')} failed: ${stderr || (error as Error).message}`);
  }
}

export function topLevel(cwd = process.cwd()): string {
  return git(['rev-parse', '--show-toplevel'], cwd);
}

/** `base..head` (or `base...head`, or a single revision meaning `rev^..rev`) as two full SHAs. */
export function resolveRange(range: string, cwd = process.cwd()): { base: string; head: string } {
  const match = /^(.+?)\.\.\.?(.+)$/.exec(range);
  const [base, head] = match ? [match[1]!, match[2]!] : [`${range}^`, range];
  const full = (rev: string) => {
    const sha = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd);
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new InputError(`"${rev}" names no commit here`);
    return sha;
  };
  try {
    return { base: full(base), head: full(head) };
  } catch (error) {
    throw new InputError(`range "${range}": ${(error as Error).message}; accepted: <base>..<head>, e.g. origin/main..HEAD, or one commit`);
  }
}

const nowhere = () => Promise.reject(new Error('the change command reads only local git; fetch the commits first'));

/** The policy as CI reads it: from the base of the change, or the procedure's defaults. */
export async function policyAt(ref: string, cwd = process.cwd()): Promise<LoadedPolicy> {
  return loadPolicy({ owner: 'local', repo: 'local', ref }, { git: new Git(cwd), github: nowhere });
}

/** A policy file named on the command line, or the work tree's, or the defaults. */
export async function policyFile(file: string | undefined, cwd = process.cwd()): Promise<{ policy: Policy; source: string }> {
  let path = file ? resolve(cwd, file) : undefined;
  if (!path) {
    let top: string | undefined;
    try {
      top = topLevel(cwd);
    } catch {
      top = undefined;
    }
    const candidate = top ? join(top, POLICY_PATH) : undefined;
    if (!candidate || !existsSync(candidate)) return { policy: defaultPolicy, source: `the procedure's defaults (no ${POLICY_PATH})` };
    path = candidate;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${file ?? path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const { parsePolicy } = await import('@change-actions/policy/parse');
  return { policy: parsePolicy(text, file ?? POLICY_PATH), source: file ?? POLICY_PATH };
}

export { PolicyError };
