/**
 * The logger port: what adapters and engines' callers write to the run's log, without calling
 * `@actions/core` themselves. `coreLogger` writes through `@actions/core` (workflow commands, so
 * annotations land on the file and line); a test or the `change` command passes its own.
 */
import * as core from '@actions/core';
import { printUntrusted } from './report.ts';

/** Where an annotation points: a file of the repository and its lines (1-based). */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Logger {
  info(message: string): void;
  /** Shown only when the run has debug logging on. */
  debug(message: string): void;
  notice(message: string, annotation?: Annotation): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  /** Lines that may hold untrusted text (a commit, wrangler's output): never read as workflow commands. */
  untrusted(lines: readonly string[]): void;
  /** A foldable group around `fn`'s output, closed however `fn` ends. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** The logger of an action: `@actions/core`'s log, annotations and groups. */
export const coreLogger: Logger = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message, annotation) => core.notice(message, annotation ?? {}),
  warning: (message, annotation) => core.warning(message, annotation ?? {}),
  error: (message, annotation) => core.error(message, annotation ?? {}),
  untrusted: (lines) => printUntrusted(lines),
  group: (name, fn) => core.group(name, fn),
};
