/**
 * Restoring traffic: what a failed `wrangler rollback` means (retry, or stop and escalate), and
 * whether the live deployment read back afterwards is the restore: the target alone at 100 %.
 * Nothing here is ever taken as "rolled back" without that read-back and the health check.
 */
import { short, type LiveDeployment } from '@change-actions/deploy-verify';

/**
 * Cloudflare API codes a retry can help: 10013 is what the API answers on its own internal errors
 * (a 5xx), 971 its throttling. Every other code is a refusal: a Durable Object migration or a
 * modified bound resource (100140), a target outside the newest 100 versions (100147), an invalid
 * deployment (10021), authentication (10000), a Worker or version that does not exist (10007,
 * 10090). A refusal stops the run at once: retrying cannot change the answer.
 */
export const RETRYABLE_CODES: readonly number[] = [10013, 971];

/** How wrangler reports an answer that never came (no API code): the network, not Cloudflare. */
const NETWORK = /fetch failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|socket hang up|other side closed|UND_ERR|network|timed out|Received a malformed response|status 5\d\d|\b5\d\d\b (Internal|Bad Gateway|Service Unavailable|Gateway Timeout)|429|Too Many Requests/i;

export type FailureKind = 'retry' | 'refused' | 'timeout';

export interface AttemptFailure {
  /** The Cloudflare API code from wrangler's output file, when there was one. */
  code?: number | undefined;
  /** wrangler was stopped at the deadline. */
  killed: boolean;
  /** wrangler's stderr and stdout, for the network errors that carry no code. */
  text: string;
}

export function classifyFailure(failure: AttemptFailure): FailureKind {
  if (failure.killed) return 'timeout';
  if (failure.code !== undefined) return RETRYABLE_CODES.includes(failure.code) ? 'retry' : 'refused';
  return NETWORK.test(failure.text) ? 'retry' : 'refused';
}

/** Wait before retry `attempt` (1-based): base, 4 × base, 9 × base…, as Octokit's retry does. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return baseMs * attempt * attempt;
}

/** Whether the live deployment is the restore: the target alone, at 100 %. */
export function judgeRestore(live: LiveDeployment, targetVersionId: string): { restored: true } | { restored: false; problem: string } {
  const serving = live.versions.map((v) => `${short(v.versionId)} at ${v.percentage} %`).join(', ') || 'no version';
  if (live.versions.length === 1 && live.versions[0]!.versionId === targetVersionId && live.versions[0]!.percentage === 100) return { restored: true };
  return { restored: false, problem: `the live deployment ${short(live.id)} serves ${serving}, not ${short(targetVersionId)} at 100 %` };
}

/** What the live deployment says before anything is done: already restored, still the bad deploy, or something else. */
export type LiveState = 'restored' | 'bad' | 'other';

export function liveState(live: LiveDeployment, targetVersionId: string, badVersionId: string | null): LiveState {
  if (judgeRestore(live, targetVersionId).restored) return 'restored';
  if (badVersionId !== null && live.versions.some((v) => v.versionId === badVersionId)) return 'bad';
  return 'other';
}

/** The version message of the rollback deployment: Cloudflare keeps 100 bytes. */
export function rollbackMessage(input: { targetVersionId: string; badVersionId: string | null; trigger: string; incident?: number | undefined }): string {
  const text = `auto-rollback to ${short(input.targetVersionId)}${input.badVersionId ? ` from ${short(input.badVersionId)}` : ''}${input.incident ? ` (#${input.incident})` : ''}: ${input.trigger}`;
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= 100) return text;
  let cut = text;
  while (new TextEncoder().encode(`${cut}…`).length > 100) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * wrangler's note that Cloudflare refused the rollback at first because secrets changed since the
 * target version (API error 10220), after which wrangler, not interactive, confirmed it. Returns
 * the secret names (names only: Cloudflare never sends values), or undefined when there was none.
 */
export function changedSecrets(output: string): string[] | undefined {
  const match = /The following secrets have changed since version \S+ was deployed[^\n]*\n((?:\s*\*\s*[^\n]+\n?)+)/.exec(output);
  if (!match) return undefined;
  return match[1]!
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s*/, '').trim())
    .filter((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
}
