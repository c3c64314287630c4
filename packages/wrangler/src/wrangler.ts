/**
 * The real wrangler CLI: found in the project (Node's resolution from the working directory), or
 * installed with the project's package manager, then run with argument arrays (never a shell),
 * the Node running this action, a private output file per call (read, never stdout scraped), a
 * private log folder, and an environment without the step's inputs or the runner's tokens.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, parse as parsePath } from 'node:path';
import { DeadlineError, UserError, coreLogger, runProcess as runChild, type Deadline, type Logger } from '@change-actions/action-kit';
import {
  commandFailure,
  detectPackageManager,
  frozenInstallCommand,
  installerEnvironment,
  lockfilePins,
  parseOutputFile,
  privateInstallCommand,
  type CommandFailure,
  type OutputEntry,
  type Redactor,
} from '@change-actions/deploy-verify';

export interface WranglerInstall {
  /** wrangler's bin script, run with process.execPath. */
  cli: string;
  version: string;
  /** How it came to be there. */
  via: string;
}

/** wrangler as Node resolves it from `dir` (the project's node_modules, then its parents'). */
export function resolveWrangler(dir: string): { cli: string; version: string } | undefined {
  try {
    const require = createRequire(join(dir, 'package.json'));
    const manifestPath = require.resolve('wrangler/package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string; bin?: string | Record<string, string> };
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['wrangler'];
    if (!bin || typeof manifest.version !== 'string') return undefined;
    return { cli: join(dirname(manifestPath), bin), version: manifest.version };
  } catch {
    return undefined;
  }
}

/**
 * The project's wrangler. When the requested version is not there: a frozen install where the
 * project's lockfile pins it (the lockfile as it is), else an install apart from the project in a
 * private folder (`privateDir`); never a rewrite of the caller's package.json or lockfile, never an
 * install script, and never the deploy's secrets in the installer's environment (`withheld`).
 */
export async function locateWrangler(dir: string, requested: string | undefined, deadline: Deadline, env: NodeJS.ProcessEnv, options: { privateDir?: string; withheld?: readonly string[]; logger?: Logger } = {}): Promise<WranglerInstall> {
  const log = options.logger ?? coreLogger;
  const found = resolveWrangler(dir);
  if (found && (requested === undefined || found.version === requested)) {
    return { ...found, via: `the project's node_modules (${found.cli.replace(/\/bin\/[^/]+$/, '')})` };
  }
  if (requested === undefined) {
    throw new UserError(
      `wrangler is not installed for ${dir} (no node_modules/wrangler there or above): add it to the project's devDependencies and install before this step, or set input wrangler-version to have it installed`,
    );
  }
  const folders: Array<{ path: string; files: string[] }> = [];
  for (let d = dir; ; d = dirname(d)) {
    folders.push({ path: d, files: existsSync(d) ? readdirSync(d) : [] });
    if (d === parsePath(d).root) break;
  }
  const detected = detectPackageManager(folders);
  const have = found ? `wrangler ${found.version} is installed` : 'wrangler is not installed';
  if (!detected) {
    throw new UserError(
      `${have} for ${dir}, input wrangler-version asks for ${requested}, and no lockfile (pnpm-lock.yaml, yarn.lock, bun.lock, package-lock.json) was found there or above, so nothing says which package manager installs it. Commit the project's lockfile, or install wrangler before this step.`,
    );
  }
  const lockText = (() => {
    try {
      return readFileSync(join(detected.root, detected.lockfile), 'utf8');
    } catch {
      return '';
    }
  })();
  const pinned = lockfilePins(detected.lockfile, lockText, requested);
  const prefix = join(options.privateDir ?? dirname(dir), `wrangler-${requested}`);
  const argv = pinned ? frozenInstallCommand(detected.manager) : privateInstallCommand(prefix, requested);
  const cwd = pinned ? detected.root : prefix;
  if (!pinned) mkdirSync(prefix, { recursive: true });
  log.info(
    pinned
      ? `${have}; ${detected.lockfile} pins wrangler ${requested}: ${argv.join(' ')} (in ${detected.root}, the lockfile as it is, no install scripts)`
      : `${have}; ${detected.lockfile} does not pin wrangler ${requested}, so it is installed apart from the project (package.json and ${detected.lockfile} untouched, no install scripts): ${argv.join(' ')}`,
  );
  const installerEnv = installerEnvironment(childEnvironment(env), options.withheld ?? []);
  const result = await runProcess(argv[0]!, argv.slice(1), { cwd, env: installerEnv, timeoutMs: Math.min(300_000, deadline.remainingMs()) });
  if (result.spawnError) {
    throw new UserError(`${argv[0]} could not be run (${result.spawnError}): set up ${pinned ? detected.manager : 'npm'} before this step`);
  }
  await log.group(`${argv.join(' ')} (exit ${result.exitCode}, ${(result.durationMs / 1000).toFixed(1)} s)`, async () =>
    log.untrusted(`${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.trim() !== '')),
  );
  if (result.killed) throw new DeadlineError(Math.round(deadline.seconds), `installing wrangler ${requested}`);
  if (result.exitCode !== 0) throw new Error(`${argv.join(' ')} failed (exit ${result.exitCode}); its output is in the log above`);
  const installed = resolveWrangler(pinned ? dir : prefix);
  if (!installed || installed.version !== requested) {
    throw new Error(`after ${argv.join(' ')}, Node resolves ${installed ? `wrangler ${installed.version}` : 'no wrangler'} from ${pinned ? dir : prefix}, not ${requested}`);
  }
  return { ...installed, via: pinned ? `a frozen install with ${detected.manager}` : 'installed apart from the project with npm' };
}

/**
 * The environment of child processes: the step's environment without the inputs (they hold the
 * secrets input) and without the runner's own tokens, which wrangler never needs.
 */
export function childEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (/^INPUT_/.test(key) || /^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST|RESULTS|CACHE)_/.test(key)) continue;
    result[key] = value;
  }
  return result;
}

interface ProcessResult {
  exitCode: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
  spawnError?: string;
}

/**
 * Runs a program through action-kit's runner (`@actions/exec`, silent), in its own process group,
 * stopped (with its children) when the time is up.
 */
async function runProcess(command: string, args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<ProcessResult> {
  const result = await runChild(command, args, options);
  return { ...result, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

export interface WranglerCall {
  args: string[];
  ok: boolean;
  exitCode: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  entries: OutputEntry[];
  failure?: CommandFailure;
  durationMs: number;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export interface WranglerOptions {
  install: WranglerInstall;
  cwd: string;
  /** A private folder: output files and wrangler's logs go there, and it is removed after the run. */
  temp: string;
  env: NodeJS.ProcessEnv;
  deadline: Deadline;
  redactor: Redactor;
  /** Where each call and its output go; the run's log (`@actions/core`) when not given. */
  logger?: Logger;
}

export class Wrangler {
  private readonly options: WranglerOptions;
  private readonly log: Logger;
  private readonly env: Record<string, string>;
  private calls = 0;

  constructor(options: WranglerOptions) {
    this.options = options;
    this.log = options.logger ?? coreLogger;
    this.env = {
      ...childEnvironment(options.env),
      WRANGLER_LOG_PATH: join(options.temp, 'logs'),
      // V8's code cache for wrangler's bundle, shared by this run's calls: each call after the
      // first starts faster.
      NODE_COMPILE_CACHE: options.env['NODE_COMPILE_CACHE'] || join(dirname(options.temp), 'wrangler-deploy-verify-compile-cache'),
    };
    delete this.env['WRANGLER_OUTPUT_FILE_DIRECTORY'];
  }

  /**
   * Runs `wrangler <args>`. `reserveMs` is kept back from the deadline (a change must leave time
   * to read the live deployment back). `quiet`: stdout is data (JSON), not printed.
   */
  async run(args: string[], options: { reserveMs?: number; quiet?: boolean } = {}): Promise<WranglerCall> {
    const { deadline, redactor, temp } = this.options;
    const budget = deadline.remainingMs() - (options.reserveMs ?? 0);
    const shown = redactor.redact(`wrangler ${args.join(' ')}`);
    if (budget < 1_000) throw new DeadlineError(deadline.seconds, `starting ${shown}`);
    const outputFile = join(temp, `output-${++this.calls}.ndjson`);
    this.log.info(`${shown} …`);
    const result = await runProcess(process.execPath, [this.options.install.cli, ...args], {
      cwd: this.options.cwd,
      env: { ...this.env, WRANGLER_OUTPUT_FILE_PATH: outputFile },
      timeoutMs: budget,
    });
    const text = await readFile(outputFile, 'utf8').catch(() => '');
    await rm(outputFile, { force: true });
    const { entries } = parseOutputFile(text);
    const failure = commandFailure(entries);
    const ok = result.exitCode === 0 && !result.killed && failure === undefined;
    const call: WranglerCall = {
      args,
      ok,
      exitCode: result.exitCode,
      killed: result.killed,
      stdout: result.stdout,
      stderr: result.stderr,
      entries,
      ...(failure ? { failure } : {}),
      durationMs: result.durationMs,
    };
    const status = result.killed ? `stopped after ${(result.durationMs / 1000).toFixed(1)} s` : `exit ${result.exitCode}, ${(result.durationMs / 1000).toFixed(1)} s`;
    const lines = [
      ...(options.quiet ? [`(${result.stdout.length} bytes of JSON read)`] : result.stdout.split('\n')),
      ...result.stderr.split('\n'),
    ]
      .map((l) => redactor.redact(l.replace(ANSI, '')).trimEnd())
      .filter((l) => l.trim() !== '');
    await this.log.group(`${shown} (${status})`, async () => this.log.untrusted(lines));
    return call;
  }

  /** What went wrong with a call, in one line: the API's code and message, and wrangler's own words. */
  describeFailure(call: WranglerCall): string {
    const name = `wrangler ${call.args.slice(0, call.args[0] === 'versions' || call.args[0] === 'deployments' ? 2 : 1).join(' ')}`;
    if (call.killed) return `${name} did not finish within the action's deadline (input timeout-seconds) and was stopped`;
    const error = /✘ \[ERROR\] ([^\n]*)(?:\n\n\s*([^\n]+))?/.exec(call.stderr.replace(ANSI, ''));
    const detail = error ? `${error[1]!.trim()}${error[2] ? ` ${error[2].trim()}` : ''}` : '';
    const code = call.failure?.code === undefined ? '' : ` (Cloudflare API error ${call.failure.code})`;
    const message = call.failure?.message ?? `exit ${call.exitCode}`;
    return this.options.redactor.redact(`${name} failed${code}: ${detail && !detail.includes(message) ? `${message} ${detail}` : detail || message}`);
  }
}
