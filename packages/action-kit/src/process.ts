/**
 * Every child process of every action (git, wrangler, package managers) runs through
 * `@actions/exec`, loaded on the first call. Always silent: the output of a child can hold commit
 * text or wrangler's echo of a var, which must not reach the log as it is (a `::` line would be a
 * workflow command); callers print what they choose through `printUntrusted`.
 *
 * `@actions/exec` neither stops a child nor its children. With `timeoutMs`, the program runs
 * under a small Node supervisor in its own process group, which the supervisor stops (SIGTERM,
 * then SIGKILL) when the time is up, and in any case when the program exits, so that nothing of
 * the group outlives the call.
 */

export interface ProcessOptions {
  cwd: string;
  /** The child's whole environment; the step's when omitted. */
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Stop the program and every process it started after this long. */
  timeoutMs?: number;
}

export interface ProcessResult {
  /** null when the program could not be started or was stopped. */
  exitCode: number | null;
  /** Whether it was stopped because the time was up. */
  killed: boolean;
  stdout: Buffer;
  stderr: Buffer;
  durationMs: number;
  /** Why the program could not be started (not found, not executable). */
  spawnError?: string;
}

const MARK = '\u0000change-actions-supervisor:';

// Runs argv[2..] in its own process group; stdio is inherited so the output reaches the caller.
const SUPERVISOR = `
const [ms, command, ...args] = process.argv.slice(1);
const { spawn } = require('node:child_process');
const mark = ${JSON.stringify(MARK)};
let killed = false;
const child = spawn(command, args, { stdio: 'inherit', detached: true });
const kill = (signal) => { try { process.kill(-child.pid, signal); } catch {} };
const timer = setTimeout(() => { killed = true; kill('SIGTERM'); setTimeout(() => kill('SIGKILL'), 2000).unref(); }, Number(ms));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => kill(signal));
child.on('error', (error) => { clearTimeout(timer); process.stderr.write(mark + 'spawn-error:' + error.message + '\\n'); process.exit(127); });
child.on('close', (code) => { clearTimeout(timer); kill('SIGKILL'); if (killed) process.stderr.write(mark + 'killed\\n'); process.exit(code ?? 128); });
`;

function environment(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}

export async function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  const { exec } = await import('@actions/exec');
  const started = performance.now();
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const supervised = options.timeoutMs !== undefined;
  const [file, argv] = supervised
    ? [process.execPath, ['-e', SUPERVISOR, String(Math.max(0, Math.floor(options.timeoutMs!))), command, ...args]]
    : [command, [...args]];
  let exitCode: number | null;
  try {
    exitCode = await exec(file, argv, {
      cwd: options.cwd,
      env: environment(options.env ?? process.env),
      silent: true,
      ignoreReturnCode: true,
      ...(options.input === undefined ? {} : { input: Buffer.from(options.input) }),
      listeners: { stdout: (c) => stdout.push(c), stderr: (c) => stderr.push(c) },
    });
  } catch (error) {
    // @actions/exec throws when the program cannot be found or started.
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: null, killed: false, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr), durationMs: performance.now() - started, spawnError: message };
  }
  let err = Buffer.concat(stderr);
  let killed = false;
  let spawnError: string | undefined;
  if (supervised) {
    const at = err.lastIndexOf(MARK);
    if (at >= 0) {
      const note = err.subarray(at + MARK.length).toString('utf8').trim();
      err = err.subarray(0, at);
      if (note === 'killed') killed = true;
      else if (note.startsWith('spawn-error:')) spawnError = note.slice('spawn-error:'.length);
    }
    if (killed || spawnError !== undefined) exitCode = null;
  }
  return {
    exitCode,
    killed,
    stdout: Buffer.concat(stdout),
    stderr: err,
    durationMs: performance.now() - started,
    ...(spawnError === undefined ? {} : { spawnError }),
  };
}
