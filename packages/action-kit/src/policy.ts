/**
 * Reads the change policy from the base of the change, never from the change itself: a pull
 * request cannot weaken the gate that judges it. Local git first, then the contents API. No file
 * means the procedure's defaults, said so in every report; an unreadable or invalid file fails.
 */
import { POLICY_PATH, defaultPolicy, type Policy, type PolicySource } from '@change-actions/policy';
import type { Git } from './git.ts';
import { statusOf } from './errors.ts';
import type { GitHubClient } from './github.ts';
import { resolveRevision, type ResolvedRevision } from './refs.ts';

export interface PolicyLocation {
  owner: string;
  repo: string;
  /** Commit SHA of the base, a branch name (resolved to its commit, never read as a bare name), or an already resolved one. */
  ref: string | ResolvedRevision;
  path?: string;
}

/** Where the policy came from: `ref` is always the commit; `branch` when it was named by one. */
export interface PolicyOrigin extends PolicySource {
  branch?: string;
  /** Where the branch was resolved: `refs/remotes/origin/<branch>` or the API. */
  via?: string;
}

export interface LoadedPolicy {
  policy: Policy;
  source: PolicyOrigin;
}

export async function loadPolicy(
  location: PolicyLocation,
  readers: { git?: Git | undefined; github: () => Promise<GitHubClient> },
): Promise<LoadedPolicy> {
  const path = location.path ?? POLICY_PATH;
  const resolved =
    typeof location.ref === 'string'
      ? await resolveRevision(location.ref, { owner: location.owner, repo: location.repo, git: readers.git, github: readers.github })
      : location.ref;
  const ref = resolved.sha;
  const origin = originOf(resolved);
  const local = readers.git ? await readers.git.fileAt(ref, path) : undefined;
  const text = local?.commit
    ? local.text
    : await fetchContent(await readers.github(), location.owner, location.repo, path, ref);
  if (text === undefined) return { policy: defaultPolicy, source: { kind: 'defaults', path, ref, ...origin } };
  const { parsePolicy } = await import('@change-actions/policy/parse');
  return { policy: parsePolicy(text, path), source: { kind: 'file', path, ref, ...origin } };
}

function originOf(resolved: ResolvedRevision): { branch?: string; via?: string } {
  return resolved.branch ? { branch: resolved.branch, ...(resolved.via ? { via: resolved.via } : {}) } : {};
}

async function fetchContent(
  github: GitHubClient,
  owner: string,
  repo: string,
  path: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const { data } = await github.rest.repos.getContent({ owner, repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new Error(`${path} at ${ref} is not a file`);
    }
    if (data.encoding !== 'base64') throw new Error(`${path} at ${ref} came with encoding "${data.encoding}"`);
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw new Error(`reading the policy ${path} at ${ref} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** One line for reports: which policy applied. */
export function describePolicySource(source: PolicyOrigin): string {
  const commit = source.ref.length >= 40 ? source.ref.slice(0, 12) : source.ref;
  const at = source.branch ? `${commit} (${source.branch}, read from ${source.via === 'REST API' ? 'the API' : source.via ?? 'the API'})` : commit;
  return source.kind === 'file'
    ? `${source.path} at ${at} (the base of the change)`
    : `the procedure's defaults (no ${source.path} at ${at})`;
}
