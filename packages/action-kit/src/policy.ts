/**
 * Reads the change policy from the base of the change, never from the change itself: a pull
 * request cannot weaken the gate that judges it. Local git first, then the contents API. No file
 * means the procedure's defaults, said so in every report; an unreadable or invalid file fails.
 */
import { POLICY_PATH, defaultPolicy, type Policy, type PolicySource } from '@change-actions/policy';
import type { Git } from './git.ts';
import { statusOf } from './errors.ts';
import type { GitHubClient } from './github.ts';

export interface PolicyLocation {
  owner: string;
  repo: string;
  /** Commit SHA (or ref name) of the base. */
  ref: string;
  path?: string;
}

export interface LoadedPolicy {
  policy: Policy;
  source: PolicySource;
}

export async function loadPolicy(
  location: PolicyLocation,
  readers: { git?: Git | undefined; github: () => Promise<GitHubClient> },
): Promise<LoadedPolicy> {
  const path = location.path ?? POLICY_PATH;
  const { ref } = location;
  const local = readers.git ? await readers.git.fileAt(ref, path) : undefined;
  const text = local?.commit
    ? local.text
    : await fetchContent(await readers.github(), location.owner, location.repo, path, ref);
  if (text === undefined) return { policy: defaultPolicy, source: { kind: 'defaults', path, ref } };
  const { parsePolicy } = await import('@change-actions/policy/parse');
  return { policy: parsePolicy(text, path), source: { kind: 'file', path, ref } };
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
export function describePolicySource(source: PolicySource): string {
  const at = source.ref.length >= 40 ? source.ref.slice(0, 12) : source.ref;
  return source.kind === 'file'
    ? `${source.path} at ${at} (the base of the change)`
    : `the procedure's defaults (no ${source.path} at ${at})`;
}
