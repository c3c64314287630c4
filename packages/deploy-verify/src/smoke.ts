/**
 * Smoke tests: declared requests (see `parseSmokeFile`), each judged once against its
 * expectations. A test marked `critical` is one whose failure is the procedure's rollback
 * trigger "critical functionality broken".
 */
import { judgeAnswer, type AnswerExpectation, type Finding, type ProbeResult, type VersionExpectation } from './probe.ts';

export const SMOKE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type SmokeMethod = (typeof SMOKE_METHODS)[number];

export interface SmokeTest {
  name: string;
  method: SmokeMethod;
  /** Path and query below the deployment URL, starting with `/`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  expect: AnswerExpectation;
  critical: boolean;
  /** The answer must come from the new version (read as the health check reads it). */
  checkVersion: boolean;
  followRedirects: boolean;
  /** Where the test is declared, for reports. */
  line?: number;
}

export interface SmokeSuite {
  file: string;
  tests: SmokeTest[];
}

export type SmokeOutcome = 'passed' | 'failed' | 'skipped';

/** One test's result, as published in the `smoke-results` output. */
export interface SmokeResult {
  name: string;
  critical: boolean;
  outcome: SmokeOutcome;
  method: string;
  path: string;
  status: number | null;
  latency_ms: number | null;
  findings: Finding[];
  /** Why the test was not run. */
  skipped?: string;
}

export function judgeSmoke(test: SmokeTest, probe: ProbeResult, version: VersionExpectation): SmokeResult {
  const findings = judgeAnswer(test.expect, probe, test.checkVersion ? version : undefined);
  return {
    name: test.name,
    critical: test.critical,
    outcome: findings.length === 0 ? 'passed' : 'failed',
    method: test.method,
    path: test.path,
    status: probe.status ?? null,
    latency_ms: probe.failure && probe.status === undefined ? null : Math.round(probe.latencyMs),
    findings,
  };
}

export function skippedSmoke(test: SmokeTest, why: string): SmokeResult {
  return { name: test.name, critical: test.critical, outcome: 'skipped', method: test.method, path: test.path, status: null, latency_ms: null, findings: [], skipped: why };
}

export interface SmokeTally {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  criticalFailed: number;
}

export function tallySmoke(results: readonly SmokeResult[]): SmokeTally {
  const count = (outcome: SmokeOutcome) => results.filter((r) => r.outcome === outcome).length;
  return {
    total: results.length,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    criticalFailed: results.filter((r) => r.outcome === 'failed' && r.critical).length,
  };
}
