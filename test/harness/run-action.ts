/**
 * Runs a bundled action exactly as the GitHub runner does: `node actions/<name>/dist/index.js`
 * with `INPUT_<NAME>` variables (the runner applies `action.yml` defaults, so this does too),
 * fresh `GITHUB_OUTPUT` / `GITHUB_STATE` / `GITHUB_ENV` / `GITHUB_STEP_SUMMARY` files and an event
 * payload file, then parses back what the runner would read: exit code, outputs, workflow commands.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from './paths.ts';

export interface RunOptions {
  /** Action folder name under actions/. */
  action: string;
  /** Entry relative to the action folder; the runner uses `runs.main`. */
  entry?: string;
  inputs?: Record<string, string>;
  eventName?: string;
  /** The webhook payload (written to GITHUB_EVENT_PATH). */
  event?: unknown;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Kill the action after this long (ms); the result says so. */
  killAfterMs?: number;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunResult {
  exitCode: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  /** Workflow commands the runner would act on (inside stop-commands fences are excluded). */
  commands: WorkflowCommand[];
  /** Lines the runner would print as plain log text. */
  log: string[];
  durationMs: number;
  /** The run's RUNNER_TEMP, kept until the test process exits. */
  runnerTemp: string;
}

export interface ActionMetadata {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

export function actionMetadata(action: string): ActionMetadata {
  return parseYaml(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** `${{ github.token }}`-style defaults are the runner's to expand; stand-ins for the test run. */
function expandDefault(value: string, workspace: string): string {
  return value
    .replace(/\$\{\{\s*github\.token\s*\}\}/g, 'ghs_test_token_0000000000000000000000000000')
    .replace(/\$\{\{\s*github\.workspace\s*\}\}/g, workspace);
}

const runnerTemps = new Set<string>();
const isolated = new Map<string, string>();

/**
 * A copy of the action's `action.yml` and `dist/` in a folder of its own, as the runner downloads
 * it: nothing of this repository's node_modules is within reach, so a bundle that still needs a
 * package it did not bundle fails here as it would on GitHub.
 */
export function isolatedAction(action: string): string {
  let dir = isolated.get(action);
  if (dir === undefined) {
    dir = join(mkdtempSync(join(tmpdir(), 'change-actions-action-')), action);
    mkdirSync(dir);
    cpSync(join(repoRoot, 'actions', action, 'action.yml'), join(dir, 'action.yml'));
    cpSync(join(repoRoot, 'actions', action, 'dist'), join(dir, 'dist'), { recursive: true });
    cleanUpOnExit();
    isolated.set(action, dir);
  }
  return dir;
}

let cleanUpRegistered = false;
/** Temporary folders go when the test process ends, with one exit handler whatever their number. */
function cleanUpOnExit(): void {
  if (cleanUpRegistered) return;
  cleanUpRegistered = true;
  process.once('exit', () => {
    for (const d of runnerTemps) rmSync(d, { recursive: true, force: true });
    for (const d of isolated.values()) rmSync(dirname(d), { recursive: true, force: true });
  });
}

/** The files the runner hands a step for its file commands, and the event payload. */
export interface StepFiles {
  GITHUB_OUTPUT: string;
  GITHUB_STATE: string;
  GITHUB_ENV: string;
  GITHUB_PATH: string;
  GITHUB_STEP_SUMMARY: string;
}

/** Fresh, empty file-command files in `dir`. */
export function stepFiles(dir: string): StepFiles {
  const files: StepFiles = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

/** What a step left in its file-command files, parsed as the runner parses them. */
export interface StepFileResults {
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  /** GITHUB_PATH lines, in the order written. */
  path: string[];
  summary: string;
}

export function readStepFiles(files: StepFiles): StepFileResults {
  return {
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split(/\r?\n/).filter((line) => line !== ''),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

/** The environment of this test process without what a runner would set itself. */
export function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The action sees only what a runner would give it, not this test process's INPUT_ or GITHUB_ values.
    if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)) env[key] = value;
  }
  return env;
}

/**
 * The `INPUT_*` variables the runner gives a JavaScript action: every input `action.yml` declares
 * with a default gets it (`expand` evaluates its `${{ }}`), then every given value replaces it
 * (the runner passes undeclared inputs too, with a warning).
 */
export function inputEnvironment(
  declared: ActionMetadata['inputs'],
  given: Record<string, string>,
  expand: (value: string) => string,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared ?? {})) {
    if (spec.default !== undefined) env[inputVariable(name)] = expand(String(spec.default));
  }
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value;
  return env;
}

export interface StepProcessResult {
  exitCode: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Runs a JavaScript action's entry with the Node the tests run on (or CHANGE_ACTIONS_NODE). */
export function runNodeEntry(entry: string, cwd: string, env: Record<string, string>, killAfterMs?: number): Promise<StepProcessResult> {
  return runStepProcess(process.env['CHANGE_ACTIONS_NODE'] ?? process.execPath, [entry], cwd, env, killAfterMs);
}

/** Runs a step's process (an action's entry, a `run:` script's shell) and collects what it printed. */
export async function runStepProcess(command: string, args: string[], cwd: string, env: Record<string, string>, killAfterMs?: number): Promise<StepProcessResult> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  let killed = false;
  const timer = killAfterMs
    ? setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, killAfterMs)
    : undefined;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  if (timer) clearTimeout(timer);
  return { exitCode, killed, stdout, stderr, durationMs: performance.now() - started };
}

/** A RUNNER_TEMP folder that outlives the run and goes when the test process ends. */
export function keptRunnerTemp(): string {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'change-actions-runner-temp-'));
  cleanUpOnExit();
  runnerTemps.add(runnerTemp);
  return runnerTemp;
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const meta = actionMetadata(options.action);
  const dir = mkdtempSync(join(tmpdir(), 'change-actions-run-'));
  // RUNNER_TEMP outlives the run (files an action leaves there are part of its result) and goes
  // when the test process ends.
  const runnerTemp = keptRunnerTemp();
  const files = { ...stepFiles(dir), GITHUB_EVENT_PATH: join(dir, 'event.json') };
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const workspace = options.cwd ?? dir;

  const env = baseEnvironment();
  Object.assign(env, files, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'maelstrom/provii-verifier',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: '0'.repeat(40),
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
  });
  Object.assign(env, inputEnvironment(meta.inputs, options.inputs ?? {}, (value) => expandDefault(value, workspace)));
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const entry = join(isolatedAction(options.action), options.entry ?? meta.runs.main);
  const run = await runNodeEntry(entry, workspace, env, options.killAfterMs);
  const { commands, log } = parseStdout(run.stdout);
  const written = readStepFiles(files);
  const result: RunResult = {
    exitCode: run.exitCode,
    killed: run.killed,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: written.outputs,
    state: written.state,
    env: written.env,
    summary: written.summary,
    commands,
    log,
    durationMs: run.durationMs,
    runnerTemp,
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** The runner's variable for an input: upper-cased, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses `name<<delimiter` blocks (and the legacy `name=value` lines) as the runner does; a
 * later value for the same name replaces an earlier one.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) throw new Error(`file command for ${name} has no closing delimiter ${delimiter}`);
      result[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`file command line is neither name=value nor name<<delimiter: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/**
 * Reads stdout the way the runner does: `::command props::message` lines are commands, except
 * between `::stop-commands::<token>` and `::<token>::`.
 */
export function parseStdout(stdout: string): { commands: WorkflowCommand[]; log: string[] } {
  const commands: WorkflowCommand[] = [];
  const log: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const trimmed = line.trimStart();
    if (stopToken !== undefined) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      else log.push(line);
      continue;
    }
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(trimmed);
    if (!match) {
      log.push(line);
      continue;
    }
    const [, command = '', props = '', message = ''] = match;
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command, properties, message: unescapeData(message) });
  }
  return { commands, log };
}
