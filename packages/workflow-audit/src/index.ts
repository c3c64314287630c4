/**
 * An audit of GitHub workflow files and composite actions, for the weaknesses zizmor's audits name:
 * actions not pinned to a commit (unpinned-uses), token permissions missing or too broad
 * (excessive-permissions), pull request code checked out under a privileged trigger
 * (dangerous-triggers), event fields and other untrusted values expanded into a shell script
 * (template-injection), every secret handed to a called workflow (secrets-inherit,
 * overprovisioned-secrets), the checkout token left in .git/config (artipacked), and workflow
 * commands re-enabled (insecure-commands).
 *
 * Pure: `auditFile(path, text)` takes the file's text and returns findings, each naming the file,
 * the line and the column; what cannot be read is a finding too, never "nothing found".
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

export type RuleId =
  | 'unreadable'
  | 'unpinned-uses'
  | 'pin-without-version'
  | 'missing-permissions'
  | 'broad-permissions'
  | 'dangerous-trigger-checkout'
  | 'untrusted-interpolation'
  | 'secrets-inherit'
  | 'overprovisioned-secrets'
  | 'persisted-credentials'
  | 'insecure-commands'
  | 'unpinned-image';

export interface Evidence {
  file: string;
  line: number;
  column: number;
  /** The offending text, cut to 120 characters. */
  text: string;
}

export interface Finding {
  rule: RuleId;
  reason: string;
  evidence: Evidence;
}

export interface AuditResult {
  file: string;
  /** What the file was read as. */
  kind: 'workflow' | 'composite-action' | 'action' | 'unreadable';
  status: 'passed' | 'failed';
  findings: Finding[];
}

export interface AuditOptions {
  /**
   * `owner/repo` of the repository the file belongs to. Its own actions and reusable workflows,
   * released together under one moving major tag, may be referenced at that tag (`@v1`): a
   * commit of the suite cannot name its own SHA.
   */
  ownRepository?: string;
}

/** Audit rules and what each stands for, for reports. */
export const RULES: Readonly<Record<RuleId, string>> = {
  unreadable: 'the file must parse as a workflow (jobs) or an action (runs)',
  'unpinned-uses': 'third-party actions and reusable workflows are pinned to a full commit SHA',
  'pin-without-version': 'a SHA pin says which version it is in a comment (# v1.2.3)',
  'missing-permissions': 'every job has an explicit token permission set',
  'broad-permissions': 'no write-all or read-all; write scopes are granted per job, not to the whole workflow',
  'dangerous-trigger-checkout': 'no checkout of pull request code under pull_request_target or workflow_run',
  'untrusted-interpolation': 'no ${{ }} of untrusted values in run: scripts (pass them through env)',
  'secrets-inherit': 'secrets are passed to called workflows one by one, never secrets: inherit',
  'overprovisioned-secrets': 'no toJSON(secrets) or secrets[...] that hands over every secret',
  'persisted-credentials': 'actions/checkout runs with persist-credentials: false',
  'insecure-commands': 'ACTIONS_ALLOW_UNSECURE_COMMANDS is never set',
  'unpinned-image': 'container and service images are pinned to a digest',
};

const SHA = /^[0-9a-f]{40}$/;
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);
/** Expressions that name the pull request's own code. */
const PR_CODE = /github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head_|refs\/pull\/|github\.event\.number|github\.event\.pull_request\.merge_commit_sha/;

/**
 * Context references that are safe in a script: chosen by GitHub or by the repository's
 * administrators, and unable to carry shell syntax (SHAs, numbers, ids, paths of the runner).
 */
const SAFE_REFERENCE =
  /^(github\.(sha|run_id|run_number|run_attempt|repository|repository_id|repository_owner|repository_owner_id|workspace|action_path|event_name|job|server_url|api_url|graphql_url|retention_days|actor_id|workflow_sha|token)|github\.event\.(number|before|after|pull_request\.number|pull_request\.head\.sha|pull_request\.base\.sha|issue\.number|repository\.id)|runner\.[\w-]+|strategy\.[\w-]+|job\.status|secrets\.[\w-]+|vars\.[\w-]+)$/;
const REFERENCE = /\b(github|env|inputs|steps|needs|matrix|secrets|vars|runner|job|jobs|strategy)((?:\.[\w-]+|\.\*|\[[^\]]*\])*)/g;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

interface Context {
  file: string;
  text: string;
  lines: LineCounter;
  findings: Finding[];
  options: AuditOptions;
}

/** Audits one workflow or action file. */
export function auditFile(file: string, text: string, options: AuditOptions = {}): AuditResult {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const context: Context = { file, text, lines, findings: [], options };
  const root = document.contents;
  const problem = document.errors[0];
  if (problem !== undefined || !isMap(root)) {
    const offset = problem?.pos[0] ?? 0;
    const why = problem ? `it is not valid YAML (${problem.message.split('\n')[0]})` : 'it is not a YAML mapping';
    add(context, 'unreadable', `${file}: ${why}, so nothing in it can be vouched for`, offset, text.slice(offset, offset + 60));
    return result(file, 'unreadable', context);
  }
  if (get(root, 'jobs') !== undefined) {
    auditWorkflow(context, root);
    return result(file, 'workflow', context);
  }
  const runs = get(root, 'runs');
  if (isMap(runs)) {
    const using = scalar(get(runs, 'using'));
    if (using === 'composite') auditSteps(context, get(runs, 'steps'), { privileged: false, where: 'the composite action' });
    else if (using === 'docker') checkImage(context, get(runs, 'image'), 'runs.image');
    return result(file, using === 'composite' ? 'composite-action' : 'action', context);
  }
  add(context, 'unreadable', `${file}: neither a workflow (no jobs:) nor an action (no runs:)`, 0, text.slice(0, 60));
  return result(file, 'unreadable', context);
}

function result(file: string, kind: AuditResult['kind'], context: Context): AuditResult {
  const findings = context.findings.sort((a, b) => a.evidence.line - b.evidence.line || a.evidence.column - b.evidence.column);
  return { file, kind, status: findings.length === 0 ? 'passed' : 'failed', findings };
}

function auditWorkflow(context: Context, root: YAMLMap): void {
  const triggers = triggersOf(get(root, 'on'));
  const privileged = [...triggers].filter((t) => PRIVILEGED_TRIGGERS.has(t));
  const top = pairOf(root, 'permissions');
  if (top) checkPermissions(context, top, 'workflow');
  checkEnv(context, get(root, 'env'));
  scanSecretsUse(context, root);

  const jobs = get(root, 'jobs');
  if (!isMap(jobs)) {
    add(context, 'unreadable', `${context.file}: jobs is not a mapping of job ids`, offsetOf(jobs) ?? 0, 'jobs:');
    return;
  }
  for (const pair of jobs.items) {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const job = pair.value;
    if (!isMap(job)) continue;
    const own = pairOf(job, 'permissions');
    if (own) checkPermissions(context, own, `job ${id}`);
    else if (!top) {
      add(context, 'missing-permissions', `job ${id} has no permissions: and neither has the workflow, so it runs with the repository's default token, which may be write-all`, offsetOf(pair.key as Node) ?? 0, `${id}:`);
    }
    checkEnv(context, get(job, 'env'));
    const uses = get(job, 'uses');
    if (isScalar(uses)) {
      checkUses(context, uses, `job ${id}`);
      const secrets = get(job, 'secrets');
      if (isScalar(secrets) && secrets.value === 'inherit') {
        add(context, 'secrets-inherit', `job ${id} hands every secret of the repository to ${String(uses.value)} (secrets: inherit); pass the ones it needs by name`, offsetOf(secrets) ?? 0, 'secrets: inherit');
      }
    }
    const container = get(job, 'container');
    checkImage(context, isMap(container) ? get(container, 'image') : container, `job ${id} container`);
    const services = get(job, 'services');
    if (isMap(services)) for (const service of services.items) if (isMap(service.value)) checkImage(context, get(service.value, 'image'), `job ${id} service`);
    auditSteps(context, get(job, 'steps'), { privileged: privileged.length > 0, trigger: privileged.join(', '), where: `job ${id}` });
  }
}

function auditSteps(context: Context, steps: Node | undefined, scope: { privileged: boolean; trigger?: string; where: string }): void {
  if (!isSeq(steps)) return;
  steps.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const name = scalar(get(item, 'id')) ?? scalar(get(item, 'name')) ?? `step ${index + 1}`;
    const where = `${scope.where}, ${name}`;
    checkEnv(context, get(item, 'env'));
    const run = get(item, 'run');
    if (isScalar(run)) {
      checkScript(context, run, where, 'run:');
      // Fetching the pull request's head by hand is the same checkout as actions/checkout's ref.
      const text = String(run.value);
      const fetch = /gh pr checkout|git (?:fetch|pull)\b[^\n]*(?:refs\/)?pull\/|git (?:checkout|switch)\b[^\n]*(?:head_ref|HEAD_REF|pull_request\.head)/.exec(text);
      if (scope.privileged && fetch) {
        add(context, 'dangerous-trigger-checkout', `${where}: the script fetches the pull request's code (${fetch[0].trim()}) in a workflow run by ${scope.trigger ?? 'a privileged trigger'}, which has the base repository's secrets and a write token`, offsetOf(run) ?? 0, fetch[0].trim());
      }
    }
    const uses = get(item, 'uses');
    if (!isScalar(uses) || typeof uses.value !== 'string') return;
    checkUses(context, uses, where);
    const action = uses.value.split('@')[0]?.toLowerCase() ?? '';
    const withMap = get(item, 'with');
    if (action === 'actions/github-script' && isMap(withMap)) {
      const script = get(withMap, 'script');
      if (isScalar(script)) checkScript(context, script, where, 'script:');
    }
    if (action === 'actions/checkout') {
      const persist = isMap(withMap) ? get(withMap, 'persist-credentials') : undefined;
      const value = isScalar(persist) ? String(persist.value) : undefined;
      if (value !== 'false') {
        add(context, 'persisted-credentials', `${where}: actions/checkout leaves the token in .git/config for every later step (and any artifact of the workspace); set persist-credentials: false`, offsetOf(uses) ?? 0, `uses: ${uses.value}`);
      }
      if (scope.privileged && isMap(withMap)) {
        for (const key of ['ref', 'repository']) {
          const node = get(withMap, key);
          const text = isScalar(node) ? String(node.value) : '';
          if (PR_CODE.test(text)) {
            add(context, 'dangerous-trigger-checkout', `${where}: checks out the pull request's code (${key}: ${text}) in a workflow run by ${scope.trigger ?? 'a privileged trigger'}, which has the base repository's secrets and a write token`, offsetOf(node) ?? 0, `${key}: ${text}`);
          }
        }
      }
    }
  });
}

/** `uses:` of a step or a job: a full SHA with the version in a comment, a local path, or a digest. */
function checkUses(context: Context, node: Node, where: string): void {
  const uses = String((node as { value?: unknown }).value ?? '');
  const offset = offsetOf(node) ?? 0;
  if (uses.startsWith('./')) return;
  if (uses.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(uses)) add(context, 'unpinned-uses', `${where}: ${uses} is a Docker image not pinned to a digest`, offset, `uses: ${uses}`);
    return;
  }
  const at = uses.lastIndexOf('@');
  const ref = at < 0 ? '' : uses.slice(at + 1);
  const target = at < 0 ? uses : uses.slice(0, at);
  const repository = target.split('/').slice(0, 2).join('/').toLowerCase();
  if (at < 0) {
    add(context, 'unpinned-uses', `${where}: ${uses} names no ref, so whatever its default branch holds runs`, offset, `uses: ${uses}`);
    return;
  }
  if (context.options.ownRepository && repository === context.options.ownRepository.toLowerCase() && /^v\d+$/.test(ref)) return;
  if (!SHA.test(ref)) {
    add(context, 'unpinned-uses', `${where}: ${uses} is pinned to ${ref}, a ref that can be moved; pin the full commit SHA and write the version in a comment`, offset, `uses: ${uses}`);
    return;
  }
  const line = lineText(context, offset);
  if (!/#\s*v?\d+(\.\d+){0,2}\b/.test(line)) {
    add(context, 'pin-without-version', `${where}: ${target} is pinned to a SHA with no version comment (# v1.2.3), so neither a reviewer nor Dependabot can tell which release it is`, offset, line.trim());
  }
}

function checkImage(context: Context, node: Node | undefined | null, where: string): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  if (!/@sha256:[0-9a-f]{64}$/.test(node.value)) add(context, 'unpinned-image', `${where}: image ${node.value} is not pinned to a digest`, offsetOf(node) ?? 0, `image: ${node.value}`);
}

function checkPermissions(context: Context, pair: Pair, scope: string): void {
  const value = pair.value as Node | null;
  const offset = offsetOf(value) ?? offsetOf(pair.key as Node) ?? 0;
  if (isScalar(value)) {
    const text = String(value.value);
    if (text === 'write-all' || text === 'read-all') {
      add(context, 'broad-permissions', `${scope}: permissions: ${text} grants every scope of the token; name the scopes it needs`, offset, `permissions: ${text}`);
    } else if (text !== '' && text !== 'null') {
      add(context, 'unreadable', `${scope}: permissions: ${text} is neither a mapping of scopes nor {}`, offset, `permissions: ${text}`);
    }
    return;
  }
  if (!isMap(value)) return;
  if (scope !== 'workflow') return;
  for (const item of value.items) {
    if (isScalar(item.value) && item.value.value === 'write') {
      const key = String((item.key as { value?: unknown }).value);
      add(context, 'broad-permissions', `the workflow grants ${key}: write to every job; grant it to the one job that needs it`, offsetOf(item.key as Node) ?? offset, `${key}: write`);
    }
  }
}

function checkEnv(context: Context, env: Node | undefined): void {
  if (!isMap(env)) return;
  for (const item of env.items) {
    const key = String((item.key as { value?: unknown }).value);
    if (key.toUpperCase() === 'ACTIONS_ALLOW_UNSECURE_COMMANDS') {
      add(context, 'insecure-commands', `ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path, which let any printed line change the environment of later steps`, offsetOf(item.key as Node) ?? 0, key);
    }
  }
}

/** Every `${{ }}` of a script whose value is not known to be safe. */
function checkScript(context: Context, node: Node, where: string, label: string): void {
  const script = String((node as { value?: unknown }).value ?? '');
  const start = offsetOf(node) ?? 0;
  const end = (node as { range?: [number, number, number] }).range?.[1] ?? context.text.length;
  let cursor = start;
  for (const match of script.matchAll(EXPRESSION)) {
    const body = (match[1] ?? '').replace(/'(?:[^']|'')*'/g, "''");
    const unsafe = [...body.matchAll(REFERENCE)].map((m) => `${m[1]}${m[2]}`).filter((ref) => !SAFE_REFERENCE.test(ref.replace(/\[['"]?([\w-]+)['"]?\]/g, '.$1')));
    if (unsafe.length === 0) continue;
    const found = context.text.indexOf(match[0], cursor);
    const offset = found >= 0 && found < end ? found : start;
    if (found >= 0 && found < end) cursor = found + match[0].length;
    add(
      context,
      'untrusted-interpolation',
      `${where}: ${label} expands ${[...new Set(unsafe)].join(', ')} into the script before the shell reads it, so a value holding shell syntax runs as code; pass it through env: and use "$NAME"`,
      offset,
      match[0],
    );
  }
}

/** toJSON(secrets) or secrets[<expression>] anywhere in the file. */
function scanSecretsUse(context: Context, _root: YAMLMap): void {
  const pattern = /\$\{\{[^}]*?(toJSON\(\s*secrets\s*\)|secrets\[(?!\s*'[\w-]+'\s*\]))/gi;
  for (const match of context.text.matchAll(pattern)) {
    add(context, 'overprovisioned-secrets', `${match[1]} hands every secret of the repository to whatever reads it; name the secrets one by one`, match.index ?? 0, match[0]);
  }
}

function triggersOf(on: Node | undefined): Set<string> {
  if (isScalar(on)) return new Set([String(on.value)]);
  if (isSeq(on)) return new Set(on.items.map((item) => String((item as { value?: unknown }).value)));
  if (isMap(on)) return new Set(on.items.map((item) => String((item.key as { value?: unknown }).value)));
  return new Set();
}

function add(context: Context, rule: RuleId, reason: string, offset: number, text: string): void {
  const { line, col } = context.lines.linePos(offset);
  context.findings.push({ rule, reason, evidence: { file: context.file, line, column: col, text: text.length > 120 ? `${text.slice(0, 117)}...` : text } });
}

function lineText(context: Context, offset: number): string {
  const begin = context.text.lastIndexOf('\n', offset - 1) + 1;
  const stop = context.text.indexOf('\n', offset);
  return context.text.slice(begin, stop < 0 ? undefined : stop);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair | undefined;
}

function get(map: YAMLMap, key: string): Node | undefined {
  const value = pairOf(map, key)?.value;
  return value === null || value === undefined ? undefined : (value as Node);
}

function scalar(node: Node | undefined): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

function offsetOf(node: Node | null | undefined): number | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
}
