/**
 * Track 1: restore traffic. `wrangler rollback <the recorded version id> --message …`, never
 * without an id; then the live deployment read back (the target alone at 100 %) and the health
 * check pinned to the target (the answer must name it). A failure a retry can help (network, 5xx,
 * 429) is retried a bounded number of times inside the deadline, the live state read before each
 * retry; a refusal stops at once. Only a read-back and a health check that both pass are "restored".
 */
import { coreLogger as log, type Deadline } from '@change-actions/action-kit';
import { WORKER_NOT_FOUND_CODES, parseDeploymentStatus, wranglerArgs, type HealthOutcome, type LiveDeployment, type Redactor, type VersionSource, type WranglerTarget } from '@change-actions/deploy-verify';
import { changedSecrets, classifyFailure, judgeRestore, retryDelayMs, type Timeline } from '@change-actions/rollback';
import { checkHealth, type Wrangler } from '@change-actions/wrangler';

export interface RestoreRequest {
  wrangler: Wrangler;
  target: WranglerTarget;
  worker: string;
  versionId: string;
  message: string;
  retries: number;
  retryBaseMs: number;
  deadline: Deadline;
  timeline: Timeline;
}

export interface RestoreResult {
  outcome: 'restored' | 'refused' | 'failed';
  attempts: number;
  reason: string;
  /** Names of the secrets Cloudflare said changed since the target (API error 10220), when it did. */
  secretsChanged?: string[] | undefined;
}

export async function readLive(wrangler: Wrangler, target: WranglerTarget, worker: string): Promise<LiveDeployment | { problem: string; notFound?: boolean }> {
  try {
    const call = await wrangler.run(wranglerArgs.status(target, worker), { quiet: true });
    if (!call.ok) return { problem: wrangler.describeFailure(call), ...(call.failure?.code !== undefined && WORKER_NOT_FOUND_CODES.includes(call.failure.code) ? { notFound: true } : {}) };
    const live = parseDeploymentStatus(call.stdout);
    return typeof live === 'string' ? { problem: live } : live;
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

export async function restore(r: RestoreRequest): Promise<RestoreResult> {
  let secretsChanged: string[] | undefined;
  for (let attempt = 1; ; attempt++) {
    const call = await r.wrangler.run(wranglerArgs.rollback(r.target, r.worker, r.versionId, r.message), { reserveMs: 5_000 });
    secretsChanged ??= changedSecrets(`${call.stdout}\n${call.stderr}`);
    if (call.ok) {
      r.timeline.add(`wrangler rollback ${r.versionId} succeeded (attempt ${attempt})${secretsChanged ? `; Cloudflare reported changed secrets (${secretsChanged.join(', ')}) and the rollback went ahead` : ''}`);
      return { outcome: 'restored', attempts: attempt, reason: `wrangler rollback to ${r.versionId} succeeded`, secretsChanged };
    }
    const problem = r.wrangler.describeFailure(call);
    const kind = classifyFailure({ code: call.failure?.code, killed: call.killed, text: `${call.stderr}\n${call.stdout}` });
    r.timeline.add(`wrangler rollback attempt ${attempt} failed (${kind}): ${problem}`);
    if (kind === 'refused') return { outcome: 'refused', attempts: attempt, reason: `Cloudflare refused the rollback: ${problem}. Retrying cannot change that answer: a person decides (fix forward, or restore by hand)`, secretsChanged };
    // The request may have been applied although its answer was lost: the live state decides.
    if (r.deadline.remainingMs() > 3_000) {
      const live = await readLive(r.wrangler, r.target, r.worker);
      if (!('problem' in live) && judgeRestore(live, r.versionId).restored) {
        r.timeline.add(`the live deployment already serves ${r.versionId} at 100 %: the failed attempt had been applied`);
        return { outcome: 'restored', attempts: attempt, reason: `the rollback to ${r.versionId} was applied although wrangler reported: ${problem}`, secretsChanged };
      }
    }
    const wait = retryDelayMs(attempt, r.retryBaseMs);
    if (kind === 'timeout' || attempt > r.retries || r.deadline.remainingMs() < wait + 8_000) {
      const why = kind === 'timeout' ? 'wrangler did not finish before the deadline' : attempt > r.retries ? `${attempt} attempts made (policy rollback.retries: ${r.retries})` : 'no time is left before the deadline for another attempt';
      return { outcome: 'failed', attempts: attempt, reason: `the rollback did not go through: ${problem}; ${why}`, secretsChanged };
    }
    log.info(`Retrying in ${(wait / 1000).toFixed(1)} s`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

export interface Verification {
  verified: boolean;
  reason: string;
  live?: LiveDeployment | undefined;
  health?: HealthOutcome | undefined;
  restoredAt?: Date | undefined;
}

/** The live deployment read back (a few times, briefly, for a read that lags) and the pinned health check. */
export async function verifyRestore(input: {
  wrangler: Wrangler;
  target: WranglerTarget;
  worker: string;
  versionId: string;
  url: string;
  versionSource: VersionSource;
  healthWindowMs: number;
  retryBaseMs: number;
  deadline: Deadline;
  redactor: Redactor;
  timeline: Timeline;
}): Promise<Verification> {
  let live: LiveDeployment | { problem: string } = { problem: 'not read' };
  let problem = '';
  for (let read = 1; read <= 3; read++) {
    live = await readLive(input.wrangler, input.target, input.worker);
    if ('problem' in live) problem = `the live deployment cannot be read back: ${live.problem}`;
    else {
      const judged = judgeRestore(live, input.versionId);
      if (judged.restored) {
        problem = '';
        break;
      }
      problem = judged.problem;
    }
    if (read < 3 && input.deadline.remainingMs() > 10_000) await new Promise((resolve) => setTimeout(resolve, retryDelayMs(read, input.retryBaseMs)));
  }
  if (problem) {
    input.timeline.add(`read back: ${problem}`);
    return { verified: false, reason: problem, ...('problem' in live ? {} : { live }) };
  }
  const readBack = live as LiveDeployment;
  input.timeline.add(`read back: deployment ${readBack.id} serves ${input.versionId} at 100 %`);
  const health = await checkHealth(
    {
      url: input.url,
      expect: { status: [200] },
      version: { source: input.versionSource, expected: input.versionId },
      windowMs: input.healthWindowMs,
    },
    {
      // Pinned: the answer must come from the target, and says which version gave it.
      headers: { 'Cloudflare-Workers-Version-Overrides': `${input.worker}="${input.versionId}"` },
      requestTimeoutMs: 10_000,
      retryBaseMs: input.retryBaseMs,
      deadline: input.deadline,
      redactor: input.redactor,
      logger: log,
    },
  );
  if (!health.healthy) {
    input.timeline.add(`health check as ${input.versionId}: not healthy (${health.summary})`);
    return { verified: false, reason: `the restored version does not answer healthy: ${health.summary}`, live: readBack, health };
  }
  const restoredAt = new Date();
  input.timeline.add(`health check as ${input.versionId}: healthy (${health.summary})`, restoredAt);
  return { verified: true, reason: `read back at 100 % and healthy as ${input.versionId}`, live: readBack, health, restoredAt };
}
