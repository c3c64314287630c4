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

interface ActionMetadata {
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
function isolatedAction(action: string): string {
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

export async function runAction(options: RunOptions): Promise<RunResult> {
  const meta = actionMetadata(options.action);
  const dir = mkdtempSync(join(tmpdir(), 'change-actions-run-'));
  // RUNNER_TEMP outlives the run (files an action leaves there are part of its result) and goes
  // when the test process ends.
  const runnerTemp = mkdtempSync(join(tmpdir(), 'change-actions-runner-temp-'));
  cleanUpOnExit();
  runnerTemps.add(runnerTemp);
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const workspace = options.cwd ?? dir;

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The action sees only what a runner would give it, not this test process's INPUT_ or GITHUB_ values.
    if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)) env[key] = value;
  }
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
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.default !== undefined) env[inputVariable(name)] = expandDefault(String(spec.default), workspace);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const entry = join(isolatedAction(options.action), options.entry ?? meta.runs.main);
  const started = performance.now();
  const child = spawn(process.env['CHANGE_ACTIONS_NODE'] ?? process.execPath, [entry], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  let killed = false;
  const timer = options.killAfterMs
    ? setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, options.killAfterMs)
    : undefined;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  if (timer) clearTimeout(timer);
  const durationMs = performance.now() - started;

  const { commands, log } = parseStdout(stdout);
  const result: RunResult = {
    exitCode,
    killed,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands,
    log,
    durationMs,
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
