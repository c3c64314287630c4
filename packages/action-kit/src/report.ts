/**
 * Reporting helpers that keep text from commits, titles and bodies from being read as workflow
 * commands (`::…`) in the log or as HTML in the job summary.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

/** Escapes text for a job summary cell or paragraph (the summary is Markdown with HTML). */
export function html(text: string): string {
  return text.replace(/[&<>"'`|\\*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Prints lines that may hold untrusted text. The runner stops reading workflow commands between
 * `::stop-commands::<token>` and `::<token>::`, so nothing in `lines` can act as one.
 */
export function printUntrusted(lines: readonly string[]): void {
  const token = `stop-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  for (const line of lines) core.info(line);
  core.info(`::${token}::`);
}
