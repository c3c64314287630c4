/**
 * vitest global set-up: every temporary folder of a test run (the harness's workspaces and
 * RUNNER_TEMP folders, the temporary git repositories, wrangler's own scratch) lives under one
 * folder made for the run, and that folder goes when the run ends.
 *
 * The harness removes what it makes when a test process exits, but a worker that vitest stops
 * does not always reach its exit handlers; a per-run TMPDIR leaves nothing behind either way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const PREFIX = 'change-actions-tests-';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  // Each vitest project runs the global set-up; the first one's folder serves them all.
  if (previous !== undefined && basename(previous).startsWith(PREFIX)) return () => {};
  const scratch = mkdtempSync(join(tmpdir(), PREFIX));
  // Test workers are forked after global set-up and inherit this environment.
  process.env['TMPDIR'] = scratch;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(scratch, { recursive: true, force: true });
  };
}
