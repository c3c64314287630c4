/**
 * Verification against the live Worker: the health check, polled with backoff inside its window
 * and the run's deadline, and then the smoke tests, each once. Progress goes to the log as it
 * happens; the engine judges every answer.
 */
import { coreLogger, type Deadline, type Logger } from '@change-actions/action-kit';
import {
  describeAttempt,
  healthOutcome,
  judgeHealth,
  judgeSmoke,
  nextAttempt,
  skippedSmoke,
  answeredVersion,
  redactProbe,
  type HealthAttempt,
  type HealthCheck,
  type HealthOutcome,
  type Redactor,
  type SmokeResult,
  type SmokeSuite,
  type VersionExpectation,
} from '@change-actions/deploy-verify';
import { probe } from './probe.ts';

export interface VerifyOptions {
  /** Sent with every request (the version override header of a gradual deploy). */
  headers: Record<string, string>;
  requestTimeoutMs: number;
  /** Base of the backoff between health attempts. */
  retryBaseMs: number;
  deadline: Deadline;
  redactor: Redactor;
  /** Where progress goes; the run's log (`@actions/core`) when not given. */
  logger?: Logger;
}

/** Time kept back from the deadline for the smoke tests and the report. */
const REPORT_RESERVE_MS = 5_000;

export async function checkHealth(check: HealthCheck, options: VerifyOptions): Promise<HealthOutcome> {
  const started = performance.now();
  const history: HealthAttempt[] = [];
  const window = { ...check, windowMs: Math.max(0, Math.min(check.windowMs, options.deadline.remainingMs() - REPORT_RESERVE_MS)) };
  const cutByDeadline = window.windowMs < check.windowMs;
  const log = options.logger ?? coreLogger;
  log.info(options.redactor.redact(`Health check: GET ${check.url}, for up to ${(window.windowMs / 1000).toFixed(0)} s`));
  for (let attempt = 1; ; attempt++) {
    const atMs = performance.now() - started;
    // Redacted before anything is judged: a finding quotes (and cuts) the answer.
    const result = redactProbe(await probe({ method: 'GET', url: check.url, headers: options.headers, followRedirects: true }, options.requestTimeoutMs, options.deadline), options.redactor);
    const findings = judgeHealth(check, result);
    const answered = result.status === undefined || check.version.source.kind === 'off' ? undefined : answeredVersion(check.version.source, result);
    const entry: HealthAttempt = {
      attempt,
      atMs,
      ...(result.status === undefined ? {} : { status: result.status }),
      latencyMs: result.latencyMs,
      ...(answered && 'version' in answered ? { version: answered.version } : {}),
      findings,
    };
    history.push(entry);
    log.info(options.redactor.redact(describeAttempt(entry)));
    if (findings.length === 0) break;
    const next = nextAttempt(window, attempt, performance.now() - started, options.retryBaseMs);
    if (!next || options.deadline.remainingMs() <= REPORT_RESERVE_MS) break;
    await sleep(next.waitMs, options.deadline.signal);
  }
  const elapsed = performance.now() - started;
  const last = history.at(-1);
  const cut = cutByDeadline && last !== undefined && last.findings.length > 0 ? "cut short by the action's deadline (input timeout-seconds)" : undefined;
  return healthOutcome(check, history, elapsed, cut);
}

export async function runSmokeTests(
  suite: SmokeSuite,
  baseUrl: string,
  version: VersionExpectation,
  options: VerifyOptions,
  skipBecause?: string,
): Promise<SmokeResult[]> {
  if (skipBecause) return suite.tests.map((t) => skippedSmoke(t, skipBecause));
  const results: SmokeResult[] = [];
  const log = options.logger ?? coreLogger;
  log.info(`Smoke tests: ${suite.tests.length} from ${suite.file}`);
  for (const test of suite.tests) {
    if (options.deadline.remainingMs() <= 1_000) {
      results.push(skippedSmoke(test, "the action's deadline (input timeout-seconds) passed"));
      continue;
    }
    const result = redactProbe(await probe(
      {
        method: test.method,
        url: baseUrl + test.path,
        headers: { ...test.headers, ...options.headers },
        ...(test.body === undefined ? {} : { body: test.body }),
        followRedirects: test.followRedirects,
      },
      options.requestTimeoutMs,
      options.deadline,
    ), options.redactor);
    const judged = judgeSmoke(test, result, version);
    results.push(judged);
    const detail = judged.findings.map((f) => f.message).join('; ');
    log.info(
      options.redactor.redact(
        `smoke ${judged.outcome === 'passed' ? 'ok  ' : 'FAIL'} ${test.critical ? '[critical] ' : ''}${test.name}: ${test.method} ${test.path} → ${judged.status ?? 'no answer'}${judged.latency_ms === null ? '' : ` in ${judged.latency_ms} ms`}${detail ? ` — ${detail}` : ''}`,
      ),
    );
  }
  return results;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
