/**
 * Runs this repository's workflows (reusable workflows and templates) the way GitHub does, for
 * tests: "run workflows-templates/deploy.yml on this push" and see every job, step, output and exit
 * code.
 *
 * - Workflows and action.yml files are parsed and validated with GitHub's own
 *   `@actions/workflow-parser`; every `${{ }}` is evaluated with GitHub's `@actions/expressions`
 *   (workflow-expressions.ts). Both import JSON without import attributes, which plain Node
 *   refuses: load this module through vitest (vitest.config.ts inlines them).
 * - Jobs run one after another in `needs` order, each in a fresh workspace and RUNNER_TEMP; `if:`
 *   with success()/failure()/always()/cancelled(), `env` at every level, `continue-on-error`,
 *   step and job outputs, GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY between steps, `strategy.matrix`
 *   (axes, include, exclude), and reusable workflows (inputs with types, defaults and required,
 *   secrets, outputs) behave as on GitHub. `permissions`, `environment`, `concurrency`, `runs-on`
 *   and `timeout-minutes` are evaluated and recorded.
 * - `./actions/x` and `maelstrom/change-actions/actions/x@<ref>` resolve to this working tree;
 *   JavaScript actions run through the bundle harness (run-action.ts: the same INPUT_* variables,
 *   defaults and runner protocol), composite actions step by step, `run:` steps in bash (or sh).
 * - Third-party actions run as declared stand-ins (workflow-standins.ts); an action with none is
 *   an error, as is an input a stand-in does not declare. Every third-party `uses:` is recorded,
 *   with whether its ref is a full commit SHA.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { convertWorkflowTemplate, isMapping, isString, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { ActionStep, Job, ReusableWorkflowJob, RunStep, Step, WorkflowJob, WorkflowTemplate } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, SequenceToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { repoRoot } from './paths.ts';
import {
  baseEnvironment,
  inputEnvironment,
  isolatedAction,
  keptRunnerTemp,
  parseStdout,
  readStepFiles,
  runNodeEntry,
  runStepProcess,
  stepFiles,
  type ActionMetadata,
  type WorkflowCommand,
} from './run-action.ts';
import { asString, evaluateCondition, evaluateString, evaluateTemplateString, evaluateToken, type Contexts, type Scope, type Status } from './workflow-expressions.ts';
import { defaultStandIns, type Artifact, type StandInAction, type StandInRunState } from './workflow-standins.ts';

/** The repository callers name in `uses:`; it resolves to the working tree. */
const OWN = /^maelstrom\/change-actions\/(.+)@([^@]+)$/i;
/** The token the runner hands a run as `github.token` / `secrets.GITHUB_TOKEN`. */
export const RUN_TOKEN = 'ghs_test_token_0000000000000000000000000000';

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface WorkflowRunOptions {
  /** The workflow file, relative to `root` (or absolute). */
  workflow: string;
  /** The triggering event, e.g. `push`; its payload is `event` (see events.ts). */
  eventName: string;
  event: Record<string, any>;
  /** workflow_dispatch inputs, or workflow_call inputs when a reusable workflow is run directly. */
  inputs?: Record<string, unknown>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** The runner machine's environment for every step, e.g. a Cloudflare stand-in's `env`. */
  env?: Record<string, string | undefined>;
  /** GITHUB_API_URL and `github.api_url` (default: a loopback port where nothing listens). */
  githubApiUrl?: string;
  /** GITHUB_SHA and GITHUB_REF; default from the event, as GitHub derives them. */
  sha?: string;
  ref?: string;
  /** A local git repository actions/checkout clones into the workspace. */
  checkout?: string;
  /** Stand-ins added to (or replacing) the default ones, by `owner/repo[/path]`. */
  standIns?: Record<string, StandInAction>;
  /** The repository `./` and `maelstrom/change-actions/...` resolve in (default: this working tree). */
  root?: string;
  /** Kill a step after this long (ms) unless its `timeout-minutes` says otherwise. */
  stepTimeoutMs?: number;
}

export interface StepResult {
  /** The step id (generated ones as GitHub makes them: `__run`, `__actions_checkout`, ...). */
  id: string;
  name: string;
  uses?: string;
  run?: string;
  kind: 'run' | 'node' | 'composite' | 'stand-in' | 'skipped';
  /** Every input the action received, defaults applied. */
  inputs: Record<string, string>;
  /** The step's own `env:`, evaluated. */
  env: Record<string, string>;
  outputs: Record<string, string>;
  outcome: Result;
  conclusion: Result;
  exitCode: number | null | undefined;
  stdout: string;
  stderr: string;
  /** Plain log lines as GitHub shows them: workflow commands removed, secrets and masked values as `***` (`stdout` is raw). */
  log: string[];
  commands: WorkflowCommand[];
  summary: string;
  /** A composite action's steps. */
  steps?: StepResult[];
  durationMs: number;
}

export interface Concurrency {
  group: string;
  'cancel-in-progress': boolean;
}

export interface JobResult {
  id: string;
  name: string;
  result: Result;
  outputs: Record<string, string>;
  permissions: unknown;
  environment: { name: string; url?: string } | undefined;
  concurrency: Concurrency | undefined;
  runsOn: unknown;
  timeoutMinutes: number | undefined;
  continueOnError: boolean;
  matrix: Record<string, unknown> | undefined;
  steps: StepResult[];
  summary: string;
  workspace: string | undefined;
  runnerTemp: string | undefined;
  /** A reusable workflow job: what it called, with which inputs and secrets, and its jobs. */
  uses?: string;
  inputs?: Record<string, unknown>;
  secretNames?: string[];
  jobs?: Record<string, JobResult>;
  /** A matrix job: one result per combination (the job's own fields aggregate them). */
  instances?: JobResult[];
}

export interface ActionUse {
  job: string;
  step: string;
  uses: string;
  ref: string;
  /** The ref is a full 40-hex commit SHA. */
  pinned: boolean;
}

export interface Annotation extends WorkflowCommand {
  job: string;
  step: string;
}

export interface WorkflowRunResult {
  name: string;
  conclusion: Result;
  permissions: unknown;
  concurrency: Concurrency | undefined;
  jobs: Record<string, JobResult>;
  /** Every step summary of the run, in order. */
  summary: string;
  /** Every workflow command of every step, with its job and step. */
  commands: Annotation[];
  /** The error, warning and notice commands. */
  annotations: Annotation[];
  /** Every third-party `uses:` (this repository's own are not counted). */
  actionUses: ActionUse[];
  unpinned: ActionUse[];
  artifacts: Map<string, Artifact>;
  /** The event payload file the steps saw. */
  eventPath: string;
}

export class WorkflowRunnerError extends Error {
  override name = 'WorkflowRunnerError';
}

// ---------------------------------------------------------------------------------------------
// Loading

export interface LoadedWorkflow {
  file: string;
  template: WorkflowTemplate;
  /** The parsed token tree, for what the converted template does not carry (with:, permissions, ...). */
  raw: MappingToken;
  name: string;
}

const workflowCache = new Map<string, Promise<LoadedWorkflow>>();

/** Parses and validates a workflow with GitHub's parser; errors name the file and line. */
export function loadWorkflow(file: string): Promise<LoadedWorkflow> {
  const content = readFileSync(file, 'utf8');
  const key = `${file}\0${content}`;
  let loaded = workflowCache.get(key);
  if (loaded === undefined) {
    loaded = (async () => {
      const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
      const errors = parsed.context.errors.getErrors();
      if (errors.length > 0 || parsed.value === undefined) {
        throw new WorkflowRunnerError(`${file} is not a valid workflow:\n${errors.map((e) => e.message).join('\n')}`);
      }
      const template = await convertWorkflowTemplate(parsed.context, parsed.value);
      if (template.errors?.length) {
        throw new WorkflowRunnerError(`${file} is not a valid workflow:\n${template.errors.map((e) => e.Message).join('\n')}`);
      }
      const raw = parsed.value as MappingToken;
      const name = raw.find('name');
      return { file, template, raw, name: name && isString(name) ? name.value : relative(repoRoot, file) };
    })();
    workflowCache.set(key, loaded);
  }
  return loaded;
}

interface LoadedAction {
  dir: string;
  meta: ActionMetadata & { runs: ActionMetadata['runs'] & { pre?: string; post?: string }; outputs?: Record<string, { value?: string }> };
  /** Composite steps as the parser converts them (ids, if), with their raw tokens. */
  composite?: { steps: Step[]; raw: SequenceToken; outputs: MappingToken | undefined };
}

function loadAction(dir: string): LoadedAction {
  const file = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (file === undefined) throw new WorkflowRunnerError(`${dir} holds no action.yml`);
  const content = readFileSync(file, 'utf8');
  const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length > 0 || parsed.value === undefined) {
    throw new WorkflowRunnerError(`${file} is not a valid action:\n${errors.map((e) => e.message).join('\n')}`);
  }
  const template = convertActionTemplate(parsed.context, parsed.value);
  const meta = parseYaml(content) as LoadedAction['meta'];
  if (template.runs.using !== 'composite') return { dir, meta };
  const runs = (parsed.value as MappingToken).find('runs') as MappingToken;
  return {
    dir,
    meta,
    composite: { steps: template.runs.steps, raw: runs.find('steps') as SequenceToken, outputs: (parsed.value as MappingToken).find('outputs') as MappingToken | undefined },
  };
}

// ---------------------------------------------------------------------------------------------
// The github context

function buildGithub(options: WorkflowRunOptions, eventPath: string, workflowName: string, apiUrl: string): Record<string, any> {
  const e = options.event;
  const repository: string = e['repository']?.['full_name'] ?? 'maelstrom/provii-verifier';
  const defaultBranch: string = e['repository']?.['default_branch'] ?? 'main';
  let sha: string;
  let ref: string;
  let headRef = '';
  let baseRef = '';
  switch (options.eventName) {
    case 'push':
      sha = e['after'];
      ref = e['ref'];
      break;
    case 'pull_request':
    case 'pull_request_review':
    case 'pull_request_review_comment':
      sha = e['pull_request']?.['merge_commit_sha'] ?? e['pull_request']?.['head']?.['sha'];
      ref = `refs/pull/${e['pull_request']?.['number']}/merge`;
      headRef = e['pull_request']?.['head']?.['ref'] ?? '';
      baseRef = e['pull_request']?.['base']?.['ref'] ?? '';
      break;
    case 'pull_request_target':
      sha = e['pull_request']?.['base']?.['sha'];
      ref = `refs/heads/${e['pull_request']?.['base']?.['ref']}`;
      headRef = e['pull_request']?.['head']?.['ref'] ?? '';
      baseRef = e['pull_request']?.['base']?.['ref'] ?? '';
      break;
    case 'merge_group':
      sha = e['merge_group']?.['head_sha'];
      ref = e['merge_group']?.['head_ref'];
      break;
    default:
      sha = '';
      ref = e['ref'] ?? `refs/heads/${defaultBranch}`;
  }
  sha = options.sha ?? sha ?? '';
  ref = options.ref ?? ref ?? '';
  if (sha === '' && options.eventName !== 'schedule' && options.eventName !== 'workflow_dispatch') {
    throw new WorkflowRunnerError(`no commit SHA for the ${options.eventName} event: pass WorkflowRunOptions.sha`);
  }
  const refType = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  return {
    event: e,
    event_name: options.eventName,
    event_path: eventPath,
    repository,
    repository_owner: repository.split('/')[0],
    repository_id: String(e['repository']?.['id'] ?? 1),
    repositoryUrl: `git://github.com/${repository}.git`,
    sha,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: refType,
    ref_protected: false,
    head_ref: headRef,
    base_ref: baseRef,
    actor: e['sender']?.['login'] ?? 'octocat',
    actor_id: String(e['sender']?.['id'] ?? 1),
    triggering_actor: e['sender']?.['login'] ?? 'octocat',
    workflow: workflowName,
    workflow_ref: `${repository}/${options.workflow}@${ref}`,
    workflow_sha: sha,
    run_id: '1',
    run_number: '1',
    run_attempt: '1',
    retention_days: '90',
    server_url: 'https://github.com',
    api_url: apiUrl,
    graphql_url: `${apiUrl}/graphql`,
    token: RUN_TOKEN,
    action: '',
    action_path: '',
    action_ref: '',
    action_repository: '',
    job: '',
    workspace: '',
  };
}

/** GitHub's branch and tag filter globs: `*` stays within a segment, `**` crosses them. */
function globMatch(pattern: string, value: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(value);
}

/** Activity types GitHub runs a workflow for when `types:` is not given. */
const DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened'],
};

/** Whether the event starts the workflow: its name, `types`, and branch filters (path filters are not checked). */
function triggers(template: WorkflowTemplate, eventName: string, github: Record<string, any>): boolean {
  const events = template.events as Record<string, any>;
  if (eventName in events) {
    const filter = events[eventName] as { branches?: string[]; 'branches-ignore'?: string[]; types?: string[] } | undefined;
    const types = filter?.types ?? DEFAULT_TYPES[eventName];
    const action = github['event']?.['action'];
    if (types && typeof action === 'string' && !types.includes(action)) return false;
    const branch = eventName === 'push' ? github['ref_name'] : github['base_ref'];
    if (filter?.branches && !filter.branches.some((p) => globMatch(p, branch))) return false;
    if (filter?.['branches-ignore']?.some((p) => globMatch(p, branch))) return false;
    return true;
  }
  // A reusable workflow runs on whatever event its caller ran on.
  return 'workflow_call' in events;
}

// ---------------------------------------------------------------------------------------------
// Running

interface RunState {
  options: WorkflowRunOptions;
  root: string;
  github: Record<string, any>;
  eventPath: string;
  vars: Record<string, string>;
  standIns: Record<string, StandInAction>;
  standInState: StandInRunState;
  commands: Annotation[];
  summaries: string[];
  actionUses: ActionUse[];
  machineEnv: Record<string, string>;
}

/** What a workflow (the top one or a called one) runs with. */
interface WorkflowScope {
  workflow: LoadedWorkflow;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** Permissions of the calling job, for a called workflow's jobs that declare none. */
  inheritedPermissions: unknown;
  /** Prefix for job names in the record (`change/` for jobs of the workflow job `change`). */
  path: string;
}

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRunResult> {
  const root = options.root ?? repoRoot;
  const file = isAbsolute(options.workflow) ? options.workflow : join(root, options.workflow);
  const workflow = await loadWorkflow(file);
  const runDir = mkdtempSync(join(tmpdir(), 'change-actions-workflow-'));
  removeOnExit(runDir);
  const eventPath = join(runDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event));
  const apiUrl = options.githubApiUrl ?? 'http://127.0.0.1:9';
  const github = buildGithub(options, eventPath, workflow.name, apiUrl);
  if (!triggers(workflow.template, options.eventName, github)) {
    const action = typeof options.event['action'] === 'string' ? `, action ${options.event['action']}` : '';
    throw new WorkflowRunnerError(`${options.workflow} does not run on this ${options.eventName} event (ref ${github['ref']}${action})`);
  }
  const machineEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) machineEnv[k] = v;
  const state: RunState = {
    options,
    root,
    github,
    eventPath,
    vars: options.vars ?? {},
    standIns: { ...defaultStandIns(), ...options.standIns },
    standInState: { checkoutSource: options.checkout, artifactDir: join(runDir, 'artifacts'), artifacts: new Map() },
    commands: [],
    summaries: [],
    actionUses: [],
    machineEnv,
  };
  const secrets = { ...options.secrets, GITHUB_TOKEN: RUN_TOKEN };
  const topScope = { contexts: { github, vars: state.vars }, where: options.workflow };
  const definitions = triggerSettings(workflow, options.eventName === 'workflow_dispatch' ? 'workflow_dispatch' : 'workflow_call', topScope);
  const inputs = resolveInputs(definitions['inputs'] ?? {}, options.inputs ?? {}, options.workflow);
  const jobs = await runJobs(state, { workflow, inputs, secrets, inheritedPermissions: undefined, path: '' });
  const conclusion: Result = Object.values(jobs).some((j) => j.result === 'failure' && !j.continueOnError) ? 'failure' : 'success';
  const result: WorkflowRunResult = {
    name: workflow.name,
    conclusion,
    permissions: evaluateToken(workflow.raw.find('permissions'), topScope),
    concurrency: concurrencyOf(workflow.template.concurrency, { contexts: { github, inputs, vars: state.vars } }),
    jobs,
    summary: state.summaries.join(''),
    commands: state.commands,
    annotations: state.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
    actionUses: state.actionUses,
    unpinned: state.actionUses.filter((u) => !u.pinned),
    artifacts: state.standInState.artifacts,
    eventPath,
  };
  return result;
}

/**
 * `on.<trigger>` of a workflow as plain values (defaults evaluated): the converted template drops
 * number inputs, expression defaults and workflow_call outputs, so this reads the parsed tokens.
 */
function triggerSettings(workflow: LoadedWorkflow, trigger: string, scope: Scope): Record<string, any> {
  const on = workflow.raw.find('on');
  if (on === undefined || !isMapping(on)) return {};
  return ((evaluateToken(on.find(trigger), scope) ?? {}) as Record<string, any>) ?? {};
}

/** Inputs of workflow_call / workflow_dispatch: types checked, defaults applied, required enforced. */
function resolveInputs(definitions: Record<string, any>, given: Record<string, unknown>, where: string): Record<string, unknown> {
  const lower = new Map(Object.keys(definitions).map((k) => [k.toLowerCase(), k]));
  for (const name of Object.keys(given)) {
    if (!lower.has(name.toLowerCase())) throw new WorkflowRunnerError(`${where}: input ${name} is not defined in the workflow (defined: ${Object.keys(definitions).join(', ') || 'none'})`);
  }
  const result: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(definitions)) {
    const key = Object.keys(given).find((k) => k.toLowerCase() === name.toLowerCase());
    let value: unknown = key === undefined ? undefined : given[key];
    if (value === undefined) {
      if (def.required) throw new WorkflowRunnerError(`${where}: input ${name} is required and was not given`);
      value = def.default;
    }
    const type: string = def.type ?? 'string';
    if (value === undefined) {
      value = type === 'boolean' ? false : type === 'number' ? 0 : '';
    } else if (type === 'boolean' && typeof value !== 'boolean') {
      throw new WorkflowRunnerError(`${where}: input ${name} is a boolean; got ${JSON.stringify(value)}`);
    } else if (type === 'number' && typeof value !== 'number') {
      throw new WorkflowRunnerError(`${where}: input ${name} is a number; got ${JSON.stringify(value)}`);
    } else if ((type === 'string' || type === 'choice' || type === 'environment') && typeof value !== 'string') {
      value = asString(value);
    }
    if (type === 'choice' && Array.isArray(def.options) && !def.options.includes(value)) {
      throw new WorkflowRunnerError(`${where}: input ${name} must be one of ${def.options.join(', ')}; got ${JSON.stringify(value)}`);
    }
    result[name] = value;
  }
  return result;
}

function concurrencyOf(token: TemplateToken | undefined, scope: Scope): Concurrency | undefined {
  if (token === undefined) return undefined;
  const value = evaluateToken(token, scope);
  if (typeof value === 'string') return { group: value, 'cancel-in-progress': false };
  const v = value as { group?: unknown; 'cancel-in-progress'?: unknown };
  return { group: asString(v.group), 'cancel-in-progress': v['cancel-in-progress'] === true || v['cancel-in-progress'] === 'true' };
}

function rawJob(workflow: LoadedWorkflow, id: string): MappingToken {
  return (workflow.raw.find('jobs') as MappingToken).find(id) as MappingToken;
}

async function runJobs(state: RunState, scope: WorkflowScope): Promise<Record<string, JobResult>> {
  const results: Record<string, JobResult> = {};
  const pending = [...scope.workflow.template.jobs];
  while (pending.length > 0) {
    const index = pending.findIndex((j) => (j.needs ?? []).every((n) => n.value in results));
    if (index < 0) throw new WorkflowRunnerError(`${scope.workflow.file}: jobs ${pending.map((j) => j.id.value).join(', ')} need jobs that never run`);
    const [job] = pending.splice(index, 1) as [WorkflowJob];
    const id = job.id.value;
    const needs: Record<string, { result: Result; outputs: Record<string, string> }> = {};
    for (const n of job.needs ?? []) needs[n.value] = { result: results[n.value]!.result, outputs: results[n.value]!.outputs };
    const needResults = Object.values(needs).map((n) => n.result);
    const status: Status = {
      success: needResults.every((r) => r === 'success'),
      failure: needResults.some((r) => r === 'failure'),
      cancelled: false,
    };
    const condition = { contexts: { github: state.github, needs, vars: state.vars, inputs: scope.inputs }, status, where: `${scope.workflow.file}: jobs.${id}.if` };
    if (!evaluateCondition(job.if, condition)) {
      results[id] = skippedJob(id, job);
      continue;
    }
    results[id] = job.type === 'reusableWorkflowJob' ? await runCalledWorkflow(state, scope, job, needs) : await runMatrixJob(state, scope, job, needs);
  }
  return results;
}

function skippedJob(id: string, job: WorkflowJob): JobResult {
  return {
    id,
    name: job.name ? asString((job.name as { value?: unknown }).value ?? id) : id,
    result: 'skipped',
    outputs: {},
    permissions: undefined,
    environment: undefined,
    concurrency: undefined,
    runsOn: undefined,
    timeoutMinutes: undefined,
    continueOnError: false,
    matrix: undefined,
    steps: [],
    summary: '',
    workspace: undefined,
    runnerTemp: undefined,
  };
}

/** GitHub's matrix expansion: the product of the axes, minus exclude, with include merged or added. */
export function expandMatrix(matrix: Record<string, unknown> | undefined): Array<Record<string, unknown> | undefined> {
  if (matrix === undefined) return [undefined];
  const { include = [], exclude = [], ...axes } = matrix as { include?: Array<Record<string, unknown>>; exclude?: Array<Record<string, unknown>> };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  let combinations: Array<Record<string, unknown>> = Object.keys(axes).length > 0 ? [{}] : [];
  for (const [key, values] of Object.entries(axes)) {
    if (!Array.isArray(values)) throw new WorkflowRunnerError(`matrix.${key} must be a list`);
    combinations = combinations.flatMap((c) => values.map((v: unknown) => ({ ...c, [key]: v })));
  }
  combinations = combinations.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => same(c[k], v))));
  const originals = combinations.map((c) => ({ ...c }));
  const added: Array<Record<string, unknown>> = [];
  for (const extra of include) {
    let merged = false;
    combinations.forEach((c, i) => {
      const original = originals[i]!;
      if (Object.entries(extra).every(([k, v]) => !(k in original) || same(original[k], v))) {
        Object.assign(c, extra);
        merged = true;
      }
    });
    if (!merged) added.push({ ...extra });
  }
  const all = [...combinations, ...added];
  if (all.length === 0) throw new WorkflowRunnerError('the matrix has no combination');
  return all;
}

async function runMatrixJob(state: RunState, scope: WorkflowScope, job: Job, needs: Record<string, unknown>): Promise<JobResult> {
  const id = job.id.value;
  const contexts = { github: state.github, needs, vars: state.vars, inputs: scope.inputs };
  const strategy = (evaluateToken(job.strategy, { contexts, where: `jobs.${id}.strategy` }) ?? {}) as { matrix?: Record<string, unknown>; 'fail-fast'?: boolean; 'max-parallel'?: number };
  const combinations = expandMatrix(strategy.matrix);
  if (strategy.matrix === undefined) return runJob(state, scope, job, needs, undefined, { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 });
  const instances: JobResult[] = [];
  for (const [index, matrix] of combinations.entries()) {
    instances.push(
      await runJob(state, scope, job, needs, matrix, {
        'fail-fast': strategy['fail-fast'] ?? true,
        'job-index': index,
        'job-total': combinations.length,
        'max-parallel': strategy['max-parallel'] ?? combinations.length,
      }),
    );
  }
  const failed = instances.some((i) => i.result === 'failure');
  return {
    ...instances.at(-1)!,
    id,
    name: id,
    result: failed ? 'failure' : instances.every((i) => i.result === 'skipped') ? 'skipped' : 'success',
    // As on GitHub, a matrix job's outputs are those the last instance to finish set.
    outputs: Object.assign({}, ...instances.map((i) => i.outputs)) as Record<string, string>,
    matrix: undefined,
    steps: [],
    summary: instances.map((i) => i.summary).join(''),
    instances,
  };
}

/** Mutable state of one job while its steps run. */
interface JobState {
  jobId: string;
  workspace: string;
  runnerTemp: string;
  /** Workflow and job env, then what GITHUB_ENV added. */
  env: Record<string, string>;
  /** GITHUB_PATH additions, newest first. */
  path: string[];
  failed: boolean;
  summaries: string[];
  contexts: Contexts;
  defaults: { shell?: string; 'working-directory'?: string };
  jobLabel: string;
  /** What the log hides as `***`: the secrets' values and every `::add-mask::` value so far. */
  masks: Set<string>;
}

async function runJob(
  state: RunState,
  scope: WorkflowScope,
  job: Job,
  needs: Record<string, unknown>,
  matrix: Record<string, unknown> | undefined,
  strategy: Record<string, unknown>,
): Promise<JobResult> {
  const id = job.id.value;
  const raw = rawJob(scope.workflow, id);
  const jobLabel = scope.path + id;
  const where = `${relative(state.root, scope.workflow.file)}: jobs.${id}`;
  const workspace = mkdtempSync(join(tmpdir(), 'change-actions-workspace-'));
  const runnerTemp = keptRunnerTemp();
  removeOnExit(workspace);
  const github = { ...state.github, job: id, workspace };
  const runner = { os: 'Linux', arch: 'X64', name: 'change-actions-test-runner', environment: 'github-hosted', temp: runnerTemp, tool_cache: join(runnerTemp, '_tool'), debug: '' };
  const base: Contexts = { github, needs, vars: state.vars, inputs: scope.inputs, secrets: scope.secrets, matrix: matrix ?? {}, strategy, runner, job: { status: 'success', container: {}, services: {} } };
  const workflowEnv = (evaluateToken(scope.workflow.template.env, { contexts: base, where: `${where} (workflow env)` }) ?? {}) as Record<string, unknown>;
  const jobEnv = (evaluateToken(job.env, { contexts: { ...base, env: stringify(workflowEnv) }, where: `${where}.env` }) ?? {}) as Record<string, unknown>;
  const env = { ...stringify(workflowEnv), ...stringify(jobEnv) };
  const name = job.name ? asString(evaluateToken(job.name, { contexts: base })) : id;
  const defaults = {
    ...(((evaluateToken(scope.workflow.raw.find('defaults'), { contexts: base }) ?? {}) as { run?: object }).run ?? {}),
    ...(((evaluateToken(raw.find('defaults'), { contexts: base }) ?? {}) as { run?: object }).run ?? {}),
  } as JobState['defaults'];
  const masks = new Set(Object.values(scope.secrets).filter((v) => v !== ''));
  const jobState: JobState = { jobId: id, workspace, runnerTemp, env, path: [], failed: false, summaries: [], contexts: base, defaults, jobLabel, masks };

  const permissions = raw.find('permissions') ? evaluateToken(raw.find('permissions'), { contexts: base }) : (evaluateToken(scope.workflow.raw.find('permissions'), { contexts: base }) ?? scope.inheritedPermissions);
  const environmentValue = evaluateToken(job.environment, { contexts: base, where: `${where}.environment` });
  const environment =
    environmentValue === undefined || environmentValue === null
      ? undefined
      : typeof environmentValue === 'string'
        ? { name: environmentValue }
        : { name: asString((environmentValue as { name?: unknown }).name), ...((environmentValue as { url?: unknown }).url !== undefined ? { url: asString((environmentValue as { url?: unknown }).url) } : {}) };
  const timeout = evaluateToken(raw.find('timeout-minutes'), { contexts: base });

  // As GitHub does before the first step: every action the job uses must resolve.
  const resolved = job.steps.map((step, i) => ('uses' in step ? resolveUses(state, (step as ActionStep).uses.value, `${where}.steps[${i}]`) : undefined));
  job.steps.forEach((step, i) => {
    if ('uses' in step) recordUse(state, jobLabel, step, resolved[i]!);
  });

  const steps: StepResult[] = [];
  const stepsContext: Record<string, unknown> = {};
  const rawSteps = raw.find('steps') as SequenceToken;
  for (const [i, step] of job.steps.entries()) {
    const result = await runStep(state, jobState, step, rawSteps.get(i) as MappingToken, resolved[i], stepsContext, `${where}.steps[${i}]`);
    steps.push(result);
  }
  const outputs = stringify((evaluateToken(job.outputs, { contexts: { ...base, steps: stepsContext, job: { status: jobState.failed ? 'failure' : 'success' } }, where: `${where}.outputs` }) ?? {}) as Record<string, unknown>);
  const continueOnError = evaluateToken(raw.find('continue-on-error'), { contexts: base }) === true;
  return {
    id,
    name: matrix ? `${name} (${Object.values(matrix).map(asString).join(', ')})` : name,
    result: jobState.failed ? 'failure' : 'success',
    outputs,
    permissions,
    environment,
    concurrency: concurrencyOf(job.concurrency, { contexts: base }),
    runsOn: evaluateToken(job['runs-on'], { contexts: base }),
    timeoutMinutes: typeof timeout === 'number' ? timeout : undefined,
    continueOnError,
    matrix,
    steps,
    summary: jobState.summaries.join(''),
    workspace,
    runnerTemp,
  };
}

function stringify(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, asString(v)]));
}

let exitHook = false;
const toRemove: string[] = [];
function removeOnExit(dir: string): void {
  toRemove.push(dir);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const d of toRemove) rmSync(d, { recursive: true, force: true });
  });
}

// ---------------------------------------------------------------------------------------------
// Actions

type Resolved =
  | { kind: 'own'; action: LoadedAction; uses: string }
  | { kind: 'stand-in'; standIn: StandInAction; name: string; ref: string; uses: string };

function resolveUses(state: RunState, uses: string, where: string): Resolved {
  if (uses.startsWith('docker://')) throw new WorkflowRunnerError(`${where}: docker actions are not supported (${uses})`);
  let path: string | undefined;
  if (uses.startsWith('./')) path = uses.slice(2);
  else path = OWN.exec(uses)?.[1];
  if (path !== undefined) {
    const dir = join(state.root, path);
    if (!existsSync(dir)) throw new WorkflowRunnerError(`${where}: ${uses} names ${path}, which does not exist in ${state.root}`);
    const action = loadAction(dir);
    // This repository's JavaScript actions run from a copy of action.yml and dist/, as the runner downloads them.
    const own = /^actions\/([^/]+)$/.exec(path);
    if (own && state.root === repoRoot && action.meta.runs.using.startsWith('node')) action.dir = isolatedAction(own[1]!);
    return { kind: 'own', action, uses };
  }
  const at = uses.lastIndexOf('@');
  if (at < 0) throw new WorkflowRunnerError(`${where}: ${uses} has no @ref`);
  const name = uses.slice(0, at);
  const standIn = state.standIns[name] ?? state.standIns[name.toLowerCase()];
  if (standIn === undefined) {
    throw new WorkflowRunnerError(`${where}: no stand-in for the action ${name} (register one with WorkflowRunOptions.standIns)`);
  }
  return { kind: 'stand-in', standIn, name, ref: uses.slice(at + 1), uses };
}

function recordUse(state: RunState, job: string, step: Step, resolved: Resolved): void {
  if (resolved.kind !== 'stand-in') return;
  state.actionUses.push({ job, step: step.id, uses: resolved.uses, ref: resolved.ref, pinned: /^[0-9a-f]{40}$/.test(resolved.ref) });
}

// ---------------------------------------------------------------------------------------------
// Steps

function stepStatus(job: JobState): Status {
  return { success: !job.failed, failure: job.failed, cancelled: false };
}

async function runStep(
  state: RunState,
  job: JobState,
  step: Step,
  raw: MappingToken,
  resolved: Resolved | undefined,
  stepsContext: Record<string, unknown>,
  where: string,
  composite?: { inputs: Record<string, string>; actionPath: string },
): Promise<StepResult> {
  const started = performance.now();
  const contexts: Contexts = { ...job.contexts, steps: stepsContext, env: { ...job.env }, job: { status: job.failed ? 'failure' : 'success', container: {}, services: {} } };
  if (composite) contexts['inputs'] = composite.inputs;
  if (composite) contexts['github'] = { ...(contexts['github'] as object), action_path: composite.actionPath };
  const scope = (suffix: string): Scope => ({ contexts, status: stepStatus(job), workspace: job.workspace, where: `${where}${suffix}` });
  const name = step.name ? evaluateString(step.name, scope('.name')) : 'uses' in step ? `Run ${(step as ActionStep).uses.value}` : `Run ${evaluateString((step as RunStep).run, scope('.run')).split('\n')[0]}`;
  const result: StepResult = {
    id: step.id,
    name,
    kind: 'skipped',
    inputs: {},
    env: {},
    outputs: {},
    outcome: 'skipped',
    conclusion: 'skipped',
    exitCode: undefined,
    stdout: '',
    stderr: '',
    log: [],
    commands: [],
    summary: '',
    durationMs: 0,
  };
  if ('uses' in step) result.uses = (step as ActionStep).uses.value;
  const record = () => {
    stepsContext[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
    result.durationMs = performance.now() - started;
    return result;
  };
  if (!('uses' in step) && !('run' in step)) throw new WorkflowRunnerError(`${where}: only uses: and run: steps are supported`);
  if (!evaluateCondition((step as RunStep).if, scope('.if'))) return record();

  const stepEnv = stringify((evaluateToken((step as RunStep).env, scope('.env')) ?? {}) as Record<string, unknown>);
  result.env = stepEnv;
  contexts['env'] = { ...job.env, ...stepEnv };
  const continueOnError = evaluateToken(raw.find('continue-on-error'), scope('.continue-on-error'));
  const timeoutMinutes = evaluateToken(raw.find('timeout-minutes'), scope('.timeout-minutes'));
  const killAfterMs = typeof timeoutMinutes === 'number' ? timeoutMinutes * 60_000 : state.options.stepTimeoutMs;

  const stepDir = mkdtempSync(join(job.runnerTemp, '_step-'));
  const files = stepFiles(stepDir);
  const env = processEnv(state, job, { ...job.env, ...stepEnv }, files, step.id);
  if (composite) env['GITHUB_ACTION_PATH'] = composite.actionPath;
  let ok: boolean;
  if ('run' in step) {
    result.kind = 'run';
    result.run = evaluateString((step as RunStep).run, scope('.run'));
    const shell = raw.find('shell') ? evaluateString(raw.find('shell'), scope('.shell')) : job.defaults.shell;
    const dir = raw.find('working-directory') ? evaluateString(raw.find('working-directory'), scope('.working-directory')) : job.defaults['working-directory'];
    const run = await runScript(result.run, shell, join(job.workspace, dir ?? ''), env, job.runnerTemp, killAfterMs, where);
    Object.assign(result, { exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr });
    ok = run.exitCode === 0;
  } else {
    const withValues = stringify((evaluateToken(raw.find('with'), scope('.with')) ?? {}) as Record<string, unknown>);
    if (resolved === undefined) throw new WorkflowRunnerError(`${where}: unresolved action`);
    if (resolved.kind === 'stand-in') {
      result.kind = 'stand-in';
      const unknown = Object.keys(withValues).filter((k) => !(k in resolved.standIn.inputs));
      if (unknown.length > 0) throw new WorkflowRunnerError(`${where}: the stand-in for ${resolved.name} declares no input ${unknown.join(', ')}`);
      result.inputs = { ...resolved.standIn.inputs, ...withValues };
      const lines: string[] = [];
      let outcome: { outputs?: Record<string, string>; exitCode?: number } | void;
      try {
        outcome = await resolved.standIn.run({
          inputs: result.inputs,
          env,
          workspace: job.workspace,
          runnerTemp: job.runnerTemp,
          github: contexts['github'] as Record<string, any>,
          run: state.standInState,
          log: (line) => lines.push(line),
        });
      } catch (error) {
        lines.push(`::error::${error instanceof Error ? error.message : String(error)}`);
        outcome = { exitCode: 1 };
      }
      result.stdout = lines.length > 0 ? `${lines.join('\n')}\n` : '';
      result.exitCode = outcome?.exitCode ?? 0;
      ok = result.exitCode === 0;
      for (const [k, v] of Object.entries(outcome?.outputs ?? {})) writeFileSync(files.GITHUB_OUTPUT, `${k}<<__EOF__\n${v}\n__EOF__\n`, { flag: 'a' });
    } else if (resolved.action.composite) {
      result.kind = 'composite';
      const composite = await runComposite(state, job, resolved.action, withValues, contexts, where);
      Object.assign(result, { inputs: composite.inputs, steps: composite.steps, outputs: composite.outputs, stdout: composite.steps.map((s) => s.stdout).join('') });
      ok = composite.ok;
    } else {
      result.kind = 'node';
      const meta = resolved.action.meta;
      if (!/^node(12|16|20|24)$/.test(meta.runs.using)) throw new WorkflowRunnerError(`${where}: runs.using ${meta.runs.using} is not supported`);
      if (meta.runs.pre !== undefined || meta.runs.post !== undefined) throw new WorkflowRunnerError(`${where}: pre and post entries are not supported (${resolved.uses})`);
      const defaultsScope: Scope = { contexts, workspace: job.workspace, where: `${resolved.uses} input defaults` };
      const inputEnv = inputEnvironment(meta.inputs, withValues, (value) => evaluateTemplateString(value, defaultsScope));
      result.inputs = Object.fromEntries(Object.entries(inputEnv).map(([k, v]) => [inputName(meta, k), v]));
      const run = await runNodeEntry(join(resolved.action.dir, meta.runs.main), job.workspace, { ...env, ...inputEnv, GITHUB_ACTION_PATH: resolved.action.dir }, killAfterMs);
      Object.assign(result, { exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr });
      ok = run.exitCode === 0;
    }
  }
  const written = readStepFiles(files);
  if (result.kind !== 'composite') result.outputs = written.outputs;
  result.summary = written.summary;
  if (written.summary !== '') {
    job.summaries.push(written.summary);
    state.summaries.push(written.summary);
  }
  for (const [k, v] of Object.entries(written.env)) {
    // The runner refuses to let a step replace its own GITHUB_ and RUNNER_ variables.
    if (!/^(GITHUB_|RUNNER_)/i.test(k) && k !== 'NODE_OPTIONS') job.env[k] = v;
  }
  job.path.unshift(...written.path.reverse());
  if (result.kind !== 'composite') {
    const { commands, log } = parseStdout(result.stdout);
    for (const c of commands) if (c.command === 'add-mask' && c.message !== '') job.masks.add(c.message);
    result.commands = commands.map((c) => (c.command === 'add-mask' ? c : { ...c, message: mask(c.message, job.masks) }));
    result.log = log.map((line) => mask(line, job.masks));
    for (const c of result.commands) state.commands.push({ ...c, job: job.jobLabel, step: step.id });
  } else {
    result.commands = result.steps!.flatMap((s) => s.commands);
    result.log = result.steps!.flatMap((s) => s.log);
  }
  rmSync(stepDir, { recursive: true, force: true });
  result.outcome = ok ? 'success' : 'failure';
  result.conclusion = ok || continueOnError === true || continueOnError === 'true' ? 'success' : 'failure';
  if (result.conclusion === 'failure') job.failed = true;
  return record();
}

/** A line as GitHub shows it: every masked value replaced by `***`, the longest first. */
function mask(text: string, masks: Set<string>): string {
  let masked = text;
  for (const value of [...masks].sort((a, b) => b.length - a.length)) masked = masked.split(value).join('***');
  return masked;
}

function inputName(meta: ActionMetadata, variable: string): string {
  const declared = Object.keys(meta.inputs ?? {}).find((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}` === variable);
  return declared ?? variable.slice('INPUT_'.length).toLowerCase();
}

/** The environment a step's process gets: the machine's, the runner's variables, then the workflow's. */
function processEnv(state: RunState, job: JobState, workflowEnv: Record<string, string>, files: ReturnType<typeof stepFiles>, action: string): Record<string, string> {
  const g = state.github;
  const env: Record<string, string> = { ...baseEnvironment(), ...state.machineEnv, ...workflowEnv };
  Object.assign(env, files, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: action,
    GITHUB_ACTOR: g['actor'],
    GITHUB_ACTOR_ID: g['actor_id'],
    GITHUB_API_URL: g['api_url'],
    GITHUB_BASE_REF: g['base_ref'],
    GITHUB_HEAD_REF: g['head_ref'],
    GITHUB_EVENT_NAME: g['event_name'],
    GITHUB_EVENT_PATH: state.eventPath,
    GITHUB_GRAPHQL_URL: g['graphql_url'],
    GITHUB_JOB: job.jobId,
    GITHUB_REF: g['ref'],
    GITHUB_REF_NAME: g['ref_name'],
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REF_TYPE: g['ref_type'],
    GITHUB_REPOSITORY: g['repository'],
    GITHUB_REPOSITORY_ID: g['repository_id'],
    GITHUB_REPOSITORY_OWNER: g['repository_owner'],
    GITHUB_RETENTION_DAYS: g['retention_days'],
    GITHUB_RUN_ATTEMPT: g['run_attempt'],
    GITHUB_RUN_ID: g['run_id'],
    GITHUB_RUN_NUMBER: g['run_number'],
    GITHUB_SERVER_URL: g['server_url'],
    GITHUB_SHA: g['sha'],
    GITHUB_TRIGGERING_ACTOR: g['triggering_actor'],
    GITHUB_WORKFLOW: g['workflow'],
    GITHUB_WORKFLOW_REF: g['workflow_ref'],
    GITHUB_WORKFLOW_SHA: g['workflow_sha'],
    GITHUB_WORKSPACE: job.workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'change-actions-test-runner',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_TOOL_CACHE: join(job.runnerTemp, '_tool'),
  });
  // A test may point the API elsewhere for every step (the machine env wins for GITHUB_API_URL only).
  if (state.machineEnv['GITHUB_API_URL'] !== undefined) env['GITHUB_API_URL'] = state.machineEnv['GITHUB_API_URL'];
  if (job.path.length > 0) env['PATH'] = [...job.path, env['PATH'] ?? ''].join(':');
  return env;
}

/** `shell:` as the runner runs it; no shell means `bash -e {0}`. */
function shellCommand(shell: string | undefined, file: string, where: string): string[] {
  switch (shell) {
    case undefined:
    case '':
      return ['bash', '-e', file];
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
    case 'sh':
      return ['sh', '-e', file];
    default:
      if (!shell.includes('{0}')) throw new WorkflowRunnerError(`${where}: shell ${shell} is not supported (bash, sh, or a command with {0})`);
      return shell.split(/\s+/).map((part) => (part === '{0}' ? file : part));
  }
}

async function runScript(
  script: string,
  shell: string | undefined,
  cwd: string,
  env: Record<string, string>,
  runnerTemp: string,
  killAfterMs: number | undefined,
  where: string,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const file = join(runnerTemp, `${randomUUID()}.sh`);
  writeFileSync(file, script);
  if (!existsSync(cwd)) mkdirSync(cwd, { recursive: true });
  const [command, ...args] = shellCommand(shell, file, where) as [string, ...string[]];
  const run = await runStepProcess(command, args, cwd, env, killAfterMs);
  rmSync(file, { force: true });
  return run;
}

async function runComposite(
  state: RunState,
  job: JobState,
  action: LoadedAction,
  withValues: Record<string, string>,
  callerContexts: Contexts,
  where: string,
): Promise<{ ok: boolean; inputs: Record<string, string>; outputs: Record<string, string>; steps: StepResult[] }> {
  const composite = action.composite!;
  const defaultsScope: Scope = { contexts: callerContexts, workspace: job.workspace, where: `${action.dir} input defaults` };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.meta.inputs ?? {})) {
    if (spec.default !== undefined) inputs[name] = evaluateTemplateString(String(spec.default), defaultsScope);
  }
  for (const [name, value] of Object.entries(withValues)) {
    const declared = Object.keys(action.meta.inputs ?? {}).find((n) => n.toLowerCase() === name.toLowerCase());
    inputs[declared ?? name] = value;
  }
  const stepsContext: Record<string, unknown> = {};
  const steps: StepResult[] = [];
  // A composite's steps fail the composite, not the job directly: track it apart.
  const inner: JobState = { ...job, failed: false, contexts: { ...job.contexts }, env: job.env, path: job.path, summaries: job.summaries };
  const resolved = composite.steps.map((s, i) => ('uses' in s ? resolveUses(state, (s as ActionStep).uses.value, `${where} > ${action.dir} steps[${i}]`) : undefined));
  composite.steps.forEach((s, i) => {
    if ('uses' in s) recordUse(state, job.jobLabel, s, resolved[i]!);
  });
  for (const [i, step] of composite.steps.entries()) {
    steps.push(await runStep(state, inner, step, composite.raw.get(i) as MappingToken, resolved[i], stepsContext, `${where} > ${action.dir} steps[${i}]`, { inputs, actionPath: action.dir }));
  }
  const outputs: Record<string, string> = {};
  if (composite.outputs) {
    for (const { key, value } of composite.outputs) {
      const valueToken = isMapping(value) ? value.find('value') : undefined;
      outputs[asString(evaluateToken(key, { contexts: {} }))] = evaluateString(valueToken, {
        contexts: { ...job.contexts, steps: stepsContext, inputs, env: job.env },
        where: `${action.dir} outputs`,
      });
    }
  }
  return { ok: !inner.failed, inputs, outputs, steps };
}

// ---------------------------------------------------------------------------------------------
// Reusable workflows

async function runCalledWorkflow(state: RunState, scope: WorkflowScope, job: ReusableWorkflowJob, needs: Record<string, unknown>): Promise<JobResult> {
  const id = job.id.value;
  const raw = rawJob(scope.workflow, id);
  const where = `${relative(state.root, scope.workflow.file)}: jobs.${id}`;
  const uses = job.ref.value;
  const path = uses.startsWith('./') ? uses.slice(2) : OWN.exec(uses)?.[1];
  if (path === undefined) throw new WorkflowRunnerError(`${where}: only this repository's reusable workflows can be called (${uses})`);
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) throw new WorkflowRunnerError(`${where}: ${uses} is not a file in .github/workflows/`);
  const file = join(state.root, path);
  if (!existsSync(file)) throw new WorkflowRunnerError(`${where}: ${uses} names ${path}, which does not exist`);
  const called = await loadWorkflow(file);
  if (!('workflow_call' in (called.template.events as object))) throw new WorkflowRunnerError(`${where}: ${path} has no workflow_call trigger`);
  const call = triggerSettings(called, 'workflow_call', { contexts: { github: state.github, vars: state.vars }, where: `${path}: on.workflow_call` }) as {
    inputs?: Record<string, any>;
    secrets?: Record<string, { required?: boolean } | null>;
    outputs?: Record<string, { value?: unknown }>;
  };

  const contexts = { github: state.github, needs, vars: state.vars, inputs: scope.inputs, secrets: scope.secrets };
  const withValues = (evaluateToken(raw.find('with'), { contexts, where: `${where}.with` }) ?? {}) as Record<string, unknown>;
  const inputs = resolveInputs(call.inputs ?? {}, withValues, `${where} (${path})`);

  const secretsToken = raw.find('secrets');
  let secrets: Record<string, string>;
  if (secretsToken && isString(secretsToken) && secretsToken.value === 'inherit') {
    secrets = { ...scope.secrets };
  } else {
    const given = stringify((evaluateToken(secretsToken, { contexts, where: `${where}.secrets` }) ?? {}) as Record<string, unknown>);
    const defined = call.secrets ?? {};
    for (const name of Object.keys(given)) {
      if (!Object.keys(defined).some((d) => d.toLowerCase() === name.toLowerCase())) throw new WorkflowRunnerError(`${where}: secret ${name} is not defined in ${path}`);
    }
    secrets = { ...given, GITHUB_TOKEN: RUN_TOKEN };
  }
  for (const [name, def] of Object.entries(call.secrets ?? {})) {
    if (def?.required && !Object.keys(secrets).some((s) => s.toLowerCase() === name.toLowerCase())) throw new WorkflowRunnerError(`${where}: secret ${name} is required by ${path} and was not passed`);
  }
  const permissions = raw.find('permissions') ? evaluateToken(raw.find('permissions'), { contexts }) : (evaluateToken(scope.workflow.raw.find('permissions'), { contexts }) ?? scope.inheritedPermissions);
  const jobs = await runJobs(state, { workflow: called, inputs, secrets, inheritedPermissions: permissions, path: `${scope.path}${id}/` });

  const outputs: Record<string, string> = {};
  const on = called.raw.find('on') as MappingToken;
  const outputsToken = (on.find('workflow_call') as MappingToken | undefined)?.find('outputs') as MappingToken | undefined;
  const jobsContext = Object.fromEntries(Object.entries(jobs).map(([k, j]) => [k, { result: j.result, outputs: j.outputs }]));
  for (const { key, value } of outputsToken ?? []) {
    const valueToken = isMapping(value) ? value.find('value') : undefined;
    outputs[asString(evaluateToken(key, { contexts: {} }))] = evaluateString(valueToken, { contexts: { github: state.github, jobs: jobsContext, inputs, vars: state.vars }, where: `${path} outputs` });
  }
  const failed = Object.values(jobs).some((j) => j.result === 'failure' && !j.continueOnError);
  return {
    ...skippedJob(id, job),
    name: job.name ? asString(evaluateToken(job.name, { contexts })) : id,
    result: failed ? 'failure' : 'success',
    outputs,
    permissions,
    concurrency: concurrencyOf(job.concurrency, { contexts }),
    uses,
    inputs,
    secretNames: Object.keys(secrets).sort(),
    jobs,
  };
}

/** Every job of a result, nested ones (`change/classify`) and matrix instances included, by path. */
export function allJobs(result: { jobs: Record<string, JobResult> }, prefix = ''): Record<string, JobResult> {
  const found: Record<string, JobResult> = {};
  for (const [id, job] of Object.entries(result.jobs)) {
    found[prefix + id] = job;
    if (job.jobs) Object.assign(found, allJobs({ jobs: job.jobs }, `${prefix}${id}/`));
  }
  return found;
}

/** The step with this id (or name) of a job. */
export function stepOf(job: JobResult | undefined, idOrName: string): StepResult {
  const step = job?.steps.find((s) => s.id === idOrName || s.name === idOrName || s.uses?.startsWith(idOrName));
  if (!step) throw new Error(`no step ${idOrName} in job ${job?.id} (steps: ${job?.steps.map((s) => s.id).join(', ')})`);
  return step;
}

