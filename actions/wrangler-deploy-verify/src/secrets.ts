/**
 * Secrets and variables never appear in a log, a summary or an output: every value and each of
 * its encodings is registered with the runner (`add-mask`), everything written to the summary
 * and the outputs goes through the same redactor (the runner does not mask those), and secrets
 * reach wrangler in a file readable only by this user, deleted right after the call.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { UserError, html, messageOf } from '@change-actions/action-kit';
import { Redactor, secretForms } from '@change-actions/deploy-verify';
import type { NamedValue } from './settings.ts';

/** Registers every form of every value with the runner and returns the redactor for everything else. */
export function maskValues(values: readonly NamedValue[]): Redactor {
  const plain = values.map((v) => v.value).filter((v) => v !== '');
  for (const value of plain) for (const form of secretForms(value, [html])) core.setSecret(form);
  return new Redactor(plain, [html]);
}

/** Writes the secrets as JSON (never expanded by wrangler, unlike .env files), mode 0600. */
export async function writeSecretsFile(folder: string, secrets: readonly NamedValue[]): Promise<string> {
  const file = join(folder, `secrets-${randomUUID()}.json`);
  const content = JSON.stringify(Object.fromEntries(secrets.map((s) => [s.name, s.value])));
  await writeFile(file, content, { mode: 0o600, flag: 'wx' });
  return file;
}

/** The same failure with every secret form removed from its message (and no stack to leak one). */
export function redactError(error: unknown, redactor: Redactor): Error {
  const message = redactor.redact(messageOf(error));
  if (error instanceof UserError) {
    const safe = new UserError(message);
    safe.stack = `${error.name}: ${message}`;
    return safe;
  }
  const safe = new Error(message);
  safe.stack = error instanceof Error && error.stack ? redactor.redact(error.stack) : message;
  return safe;
}
