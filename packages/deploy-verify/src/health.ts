/**
 * The health check: one URL polled with backoff inside a window until an answer passes. A deploy
 * is healthy only once an answer from the NEW version passes; running out of time, or answers
 * from the old version, is never health.
 */
import { excerpt, judgeAnswer, short, type AnswerExpectation, type Finding, type ProbeResult, type VersionExpectation } from './probe.ts';

export interface HealthCheck {
  url: string;
  expect: AnswerExpectation;
  version: VersionExpectation;
  /** How long answers may take to pass, retries included. */
  windowMs: number;
}

export interface HealthAttempt {
  attempt: number;
  /** Since the check started. */
  atMs: number;
  status?: number;
  latencyMs: number;
  /** The version the answer named, when one could be read. */
  version?: string;
  findings: Finding[];
}

export interface HealthOutcome {
  healthy: boolean;
  url: string;
  attempts: number;
  elapsedMs: number;
  /** Findings of the last attempt: why it is not healthy (empty when healthy). */
  findings: Finding[];
  /** One line for logs and summaries. */
  summary: string;
  history: HealthAttempt[];
}

/** Judges one health answer. */
export function judgeHealth(check: HealthCheck, probe: ProbeResult): Finding[] {
  return judgeAnswer(check.expect, probe, check.version);
}

/**
 * Wait before attempt `attempt + 1`: base, 2 × base, 4 × base, … capped at 10 × base (with the
 * default base of 1 s: 1, 2, 4, 8, 10, 10 … s).
 */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), baseMs * 10);
}

/**
 * Whether to try again after `attempt`, and after how long: never past the window, and the last
 * try is made at its end.
 */
export function nextAttempt(check: HealthCheck, attempt: number, elapsedMs: number, baseMs: number): { waitMs: number } | undefined {
  const remaining = check.windowMs - elapsedMs;
  if (remaining <= 0) return undefined;
  return { waitMs: Math.min(retryDelayMs(attempt, baseMs), remaining) };
}

/** The outcome of the attempts made; `cutShort` says what ended the check early (a deadline). */
export function healthOutcome(check: HealthCheck, history: HealthAttempt[], elapsedMs: number, cutShort?: string): HealthOutcome {
  const last = history.at(-1);
  const healthy = last !== undefined && last.findings.length === 0;
  const seconds = (elapsedMs / 1000).toFixed(1);
  const tries = `${history.length} attempt${history.length === 1 ? '' : 's'}`;
  let summary: string;
  let findings = last?.findings ?? [];
  if (healthy) {
    summary = `healthy after ${tries} (${seconds} s): status ${last.status}, the new version ${short(check.version.expected)} answered${check.version.source.kind === 'off' ? ' (version not checked)' : ''}`;
  } else if (last === undefined) {
    findings = [{ check: 'connection', message: cutShort ?? 'no attempt was made' }];
    summary = `not checked: ${cutShort ?? 'no attempt was made'}`;
  } else {
    const why = findings.map((f) => f.message).join('; ');
    summary = `not healthy after ${tries} in ${seconds} s${cutShort ? ` (${cutShort})` : ''}: ${why}`;
  }
  return { healthy, url: check.url, attempts: history.length, elapsedMs, findings, summary, history };
}

/** One line of progress for the log. */
export function describeAttempt(a: HealthAttempt): string {
  const head = `health attempt ${a.attempt} at ${(a.atMs / 1000).toFixed(1)} s:`;
  const answer = a.status === undefined ? 'no answer' : `status ${a.status} in ${Math.round(a.latencyMs)} ms${a.version ? `, version ${excerpt(a.version, 40)}` : ''}`;
  return `${head} ${answer}${a.findings.length === 0 ? ' — healthy' : ` — ${a.findings.map((f) => f.message).join('; ')}`}`;
}
