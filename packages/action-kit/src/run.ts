/**
 * The one catch of every action: nothing escapes uncaught, non-Error throws fail too, every
 * declared output is set even when the run fails early, and the failure says whether the caller
 * (input, policy, event) or the action itself is at fault.
 */
import * as core from '@actions/core';
import { PolicyError } from '@change-actions/policy';
import { UserError, messageOf } from './errors.ts';

/** Outputs of one run; `fallback` values are written for every output the run did not set. */
export class Outputs<Name extends string> {
  private readonly written = new Set<Name>();
  private readonly fallback: Record<Name, string>;

  constructor(fallback: Record<Name, string>) {
    this.fallback = fallback;
  }

  set(name: Name, value: string | number | boolean): void {
    core.setOutput(name, String(value));
    this.written.add(name);
  }

  /** Writes the fallback of every output not yet written. */
  complete(): void {
    for (const name of Object.keys(this.fallback) as Name[]) {
      if (!this.written.has(name)) this.set(name, this.fallback[name]);
    }
  }
}

export async function runAction<Name extends string>(
  fallback: Record<Name, string>,
  main: (outputs: Outputs<Name>) => Promise<void>,
): Promise<void> {
  const outputs = new Outputs(fallback);
  try {
    await main(outputs);
  } catch (thrown) {
    if (thrown instanceof PolicyError) {
      for (const p of thrown.problems) {
        core.error(p.message, { title: 'Invalid change policy', file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) });
      }
      core.setFailed(`The change policy cannot be used, so nothing was checked:\n${thrown.message}`);
    } else if (thrown instanceof UserError) {
      core.setFailed(thrown.message);
    } else {
      core.setFailed(`The action failed: ${messageOf(thrown)}`);
      if (thrown instanceof Error && thrown.stack) core.debug(thrown.stack);
    }
  } finally {
    try {
      outputs.complete();
    } catch (thrown) {
      // Without GITHUB_OUTPUT there is nowhere to write; say so instead of crashing.
      core.setFailed(`The action could not write its outputs: ${messageOf(thrown)}`);
    }
  }
}
