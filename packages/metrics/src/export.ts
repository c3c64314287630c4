/**
 * The export: what change-metrics read from GitHub (its `export-file`), so the same figures can be
 * computed again offline (`change metrics <export.json>`), by another release of the engine for
 * instance. Payloads, issue bodies and change records stay as read; the engine checks each
 * through the contract package.
 */
import type { MetricsInput } from './input.ts';

export interface MetricsExport extends MetricsInput {
  kind: 'change-metrics-export';
  version: 1;
  source: { apiCalls: number | null; rateLimitRemaining: number | null; scope: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInstant = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Reads an export's text; every problem names the file and the field. */
export function parseExport(text: string, file: string): MetricsExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: is not JSON (${error instanceof Error ? error.message : String(error)}); pass the export-file of change-metrics`);
  }
  const fail = (pointer: string, message: string): never => {
    throw new Error(`${file} ${pointer}: ${message}`);
  };
  if (!isObject(value)) return fail('', 'is not a change-metrics export: a JSON object is expected');
  if (value['kind'] !== 'change-metrics-export') fail('/kind', `is ${JSON.stringify(value['kind'])}, not "change-metrics-export"; pass the export-file of change-metrics`);
  if (value['version'] !== 1) fail('/version', `version ${JSON.stringify(value['version'])} is not supported; this reader accepts version 1`);
  const period = value['period'];
  if (!isObject(period) || !isInstant(period['start']) || !isInstant(period['end'])) fail('/period', 'must be { start, end } with ISO 8601 instants');
  if (typeof value['environment'] !== 'string') fail('/environment', 'must be a string');
  if (!isInstant(value['readAt'])) fail('/readAt', 'must be an ISO 8601 instant');
  const repositories = value['repositories'];
  if (!Array.isArray(repositories)) return fail('/repositories', 'must be an array');
  repositories.forEach((repo: unknown, i) => {
    const at = `/repositories/${i}`;
    if (!isObject(repo)) return fail(at, 'must be an object');
    if (typeof repo['repository'] !== 'string') fail(`${at}/repository`, 'must be owner/name');
    for (const list of ['deployments', 'incidents', 'commits', 'changeRecords']) {
      if (!Array.isArray(repo[list])) fail(`${at}/${list}`, 'must be an array');
    }
    (repo['deployments'] as unknown[]).forEach((d, j) => {
      const where = `${at}/deployments/${j}`;
      if (!isObject(d)) return fail(where, 'must be an object');
      if (typeof d['id'] !== 'number' || typeof d['sha'] !== 'string' || typeof d['environment'] !== 'string' || !isInstant(d['createdAt'])) {
        fail(where, 'needs id (number), sha, environment and createdAt');
      }
      if (!Array.isArray(d['statuses'])) fail(`${where}/statuses`, 'must be an array');
      for (const [k, s] of (d['statuses'] as unknown[]).entries()) {
        if (!isObject(s) || typeof s['state'] !== 'string' || !isInstant(s['createdAt'])) fail(`${where}/statuses/${k}`, 'needs state and createdAt');
      }
      if (d['commits'] !== null && !Array.isArray(d['commits'])) fail(`${where}/commits`, 'must be an array or null');
      return undefined;
    });
    return undefined;
  });
  return value as unknown as MetricsExport;
}
