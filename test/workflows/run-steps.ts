/**
 * Runs one `run:` step of a workflow or composite action the way the runner does, for the shell
 * logic of the reusable workflows: `bash --noprofile --norc -eo pipefail` on the script as written,
 * in a working directory, with the step's environment given as evaluated values, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files read back. Commands a step calls (cargo, npm) can be
 * replaced by stand-ins on PATH that record their arguments.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../harness/paths.ts';

export interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Each stand-in's calls, one argument list per call. */
  calls: Record<string, string[][]>;
}

/** The script of a step, by job id and step id or name (a composite action's steps: job 'runs'). */
export function stepScript(file: string, job: string, step: string): { run: string; env: Record<string, string> } {
  const document = parse(readFileSync(join(repoRoot, file), 'utf8'));
  const steps: any[] = job === 'runs' ? document.runs.steps : document.jobs[job].steps;
  const found = steps.find((s) => s.id === step || s.name === step);
  if (!found?.run) throw new Error(`${file}: job ${job} has no run: step ${step}`);
  return { run: found.run, env: found.env ?? {} };
}

export function runStep(
  file: string,
  job: string,
  step: string,
  options: { cwd: string; env: Record<string, string>; standIns?: Record<string, string>; actionPath?: string },
): StepRun {
  const { run, env: declared } = stepScript(file, job, step);
  // Every variable the step declares must be given: a test must not pass by leaving one empty.
  const missing = Object.keys(declared).filter((k) => !(k in options.env));
  if (missing.length > 0) throw new Error(`${file} ${job}/${step}: the test gives no value for ${missing.join(', ')}`);
  const temp = mkdtempSync(join(tmpdir(), 'run-step-'));
  try {
    const bin = join(temp, 'bin');
    mkdirSync(bin);
    const log = join(temp, 'calls');
    mkdirSync(log);
    for (const [name, body] of Object.entries(options.standIns ?? {})) {
      writeFileSync(join(bin, name), `#!/usr/bin/env bash\nprintf '%s\\0' "$@" >> ${JSON.stringify(join(log, name))}\nprintf '\\n' >> ${JSON.stringify(join(log, name))}\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const output = join(temp, 'output');
    const summary = join(temp, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const script = join(temp, 'script.sh');
    writeFileSync(script, run);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: options.cwd,
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env['PATH']}`,
        HOME: temp,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: temp,
        ...(options.actionPath ? { GITHUB_ACTION_PATH: options.actionPath } : {}),
        ...options.env,
      },
    });
    const outputs: Record<string, string> = {};
    for (const line of readFileSync(output, 'utf8').split('\n')) {
      const at = line.indexOf('=');
      if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
    }
    const calls: Record<string, string[][]> = {};
    for (const name of Object.keys(options.standIns ?? {})) {
      let text = '';
      try {
        text = readFileSync(join(log, name), 'utf8');
      } catch {
        text = '';
      }
      calls[name] = text
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.split('\0').slice(0, -1));
    }
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(summary, 'utf8'), calls };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
