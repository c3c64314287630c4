/**
 * Typed readers of action inputs. Each action has one settings parser that calls these; they are
 * the only readers of `core.getInput`, and every error names the input and what it accepts.
 */
import * as core from '@actions/core';
import { UserError } from './errors.ts';

export function text(name: string, options: { required?: boolean } = {}): string {
  const value = core.getInput(name).trim();
  if (options.required && value === '') throw new UserError(`input ${name} is required`);
  return value;
}

export function boolean(name: string, fallback: boolean): boolean {
  const value = text(name).toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UserError(`input ${name}: "${value}" is not accepted; accepted: true, false`);
}

export function oneOf<T extends string>(name: string, accepted: readonly T[], fallback: T): T {
  const value = text(name);
  if (value === '') return fallback;
  if ((accepted as readonly string[]).includes(value)) return value as T;
  throw new UserError(`input ${name}: "${value}" is not accepted; accepted: ${accepted.join(', ')}`);
}

export function integer(name: string, range: { min: number; max: number }, fallback: number): number {
  const value = text(name);
  if (value === '') return fallback;
  if (!/^-?\d+$/.test(value)) {
    throw new UserError(`input ${name}: "${value}" is not a whole number; accepted: ${range.min} to ${range.max}`);
  }
  const n = Number(value);
  if (n < range.min || n > range.max) {
    throw new UserError(`input ${name}: ${n} is out of range; accepted: ${range.min} to ${range.max}`);
  }
  return n;
}

/** A commit SHA (40 or 64 hex digits), or empty. */
export function sha(name: string): string | undefined {
  const value = text(name);
  if (value === '') return undefined;
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value)) {
    throw new UserError(`input ${name}: "${value.slice(0, 80)}" is not a full commit SHA; accepted: 40 (or 64) lower-case hex digits`);
  }
  return value;
}

/** Inputs base and head: both full SHAs, or neither (then the event names the change). */
export function range(purpose: string): { base: string; head: string } | undefined {
  const base = sha('base');
  const head = sha('head');
  if ((base === undefined) !== (head === undefined)) {
    throw new UserError(`inputs base and head go together: give both full SHAs, or neither to ${purpose}`);
  }
  return base && head ? { base, head } : undefined;
}

/** A path inside the repository (no absolute path, no `..`), or `fallback` when empty. */
export function repositoryFile(name: string, fallback: string): string {
  const value = text(name) || fallback;
  if (value.startsWith('/') || value.split('/').includes('..')) {
    throw new UserError(`input ${name}: "${value}" must be a path inside the repository`);
  }
  return value;
}

/** An ISO 8601 instant with an offset, or the current time when empty. */
export function instant(name: string): Date {
  const value = text(name);
  if (value === '') return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new UserError(`input ${name}: "${value.slice(0, 80)}" is not an ISO 8601 instant with an offset; accepted: e.g. 2026-03-31T10:15:00Z`);
  }
  return date;
}
