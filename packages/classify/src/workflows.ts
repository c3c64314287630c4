/**
 * GitHub workflow files compared structurally: token permissions widened, risky triggers added,
 * actions not pinned to a commit SHA, `secrets: inherit` added. Each is an access control change.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { CompiledPolicy } from './compile.ts';
import { fileEvidence } from './evidence.ts';
import { sideText } from './paths.ts';
import type { Evidence, Trigger } from './record.ts';
import type { ChangedFile } from './snapshot.ts';
import { clip, listSome } from './text.ts';

type Json = Record<string, unknown>;

interface Workflow {
  data: Json;
  line: (path: readonly (string | number)[]) => number | undefined;
}

const tokenScopes = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models',
  'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
];
const levels: Readonly<Record<string, number>> = { none: 0, read: 1, write: 2 };

export function analyseWorkflow(compiled: CompiledPolicy, file: ChangedFile): Trigger[] {
  const isWorkflow = compiled.paths.workflows.test;
  let before: Workflow | undefined;
  let after: Workflow | undefined;
  try {
    before = read(sideText(file, 'before', isWorkflow), 'before');
    after = read(sideText(file, 'after', isWorkflow), 'after');
  } catch (error) {
    return [
      {
        trigger: 'access-control',
        rule: 'access-control.workflows.unreadable',
        reason: `${file.path}: ${(error as Error).message}, so permission and trigger changes cannot be ruled out`,
        evidence: [{ ...fileEvidence(file), note: 'not readable' }],
      },
    ];
  }
  if (after === undefined) {
    return [
      {
        trigger: 'access-control',
        rule: 'access-control.workflows.removed',
        reason: `${file.path} removed: the checks and deploys it ran (CodeQL, audits, this gate) no longer run`,
        evidence: [fileEvidence(file)],
      },
    ];
  }
  const { policy } = compiled;
  const at = (path: readonly (string | number)[], text?: string): Evidence => {
    const line = after.line(path);
    return { file: file.path, side: 'new', ...(line === undefined ? {} : { line }), ...(text === undefined ? {} : { text: clip(text) }) };
  };
  return [
    ...widenedPermissions(file.path, before, after, at),
    ...addedTriggers(file.path, before, after, policy.accessControl.workflowTriggers, at),
    ...unpinnedActions(file.path, before, after, policy.accessControl.trustedOwners, at),
    ...inheritedSecrets(file.path, before, after, at),
  ];
}

type At = (path: readonly (string | number)[], text?: string) => Evidence;

function read(text: string | null | undefined, side: 'before' | 'after'): Workflow | undefined {
  if (text === null) return undefined;
  if (text === undefined) throw new Error(`the content ${side} the change was not provided`);
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter });
  const error = document.errors[0];
  if (error !== undefined) throw new Error(`the content ${side} the change is not valid YAML (${error.message.split('\n')[0]})`);
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`the content ${side} the change is not a workflow mapping`);
  return {
    data: data as Json,
    // The line of the key (or sequence item) at `path`, not of its value.
    line: (path) => {
      const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
      const last = path.at(-1);
      const node = isMap(parent)
        ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key
        : isSeq(parent) && typeof last === 'number'
          ? parent.items[last]
          : undefined;
      const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
}

function object(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function jobs(workflow: Workflow | undefined): Json {
  return object(workflow?.data.jobs);
}

/**
 * Token permissions as a level per scope. No `permissions` (undefined) means the repository
 * default, which may be write-all, so it counts as write on every scope.
 */
function permissionLevels(permissions: unknown): Map<string, number> {
  if (permissions === 'read-all' || permissions === 'write-all') {
    return new Map(tokenScopes.map((scope) => [scope, permissions === 'read-all' ? 1 : 2]));
  }
  if (typeof permissions !== 'object' || permissions === null || Array.isArray(permissions)) {
    return new Map(tokenScopes.map((scope) => [scope, 2]));
  }
  return new Map(Object.entries(permissions).map(([scope, level]) => [scope, levels[String(level)] ?? 2]));
}

function describePermissions(permissions: unknown): string {
  if (typeof permissions === 'string') return permissions;
  if (typeof permissions !== 'object' || permissions === null || Array.isArray(permissions)) {
    return 'none declared, so the repository default, which may be write-all';
  }
  const entries = Object.entries(permissions).map(([scope, level]) => `${scope}: ${String(level)}`);
  return entries.length === 0 ? 'none' : entries.join(', ');
}

const noWorkflow = Symbol('no workflow');

/** The `permissions` a job runs with: its own, else the workflow's. */
function jobPermissions(workflow: Workflow | undefined, job: string): unknown {
  if (workflow === undefined) return noWorkflow;
  const own = object(jobs(workflow)[job]);
  return 'permissions' in own ? own.permissions : workflow.data.permissions;
}

function widenedPermissions(path: string, before: Workflow | undefined, after: Workflow, at: At): Trigger[] {
  return Object.keys(jobs(after)).flatMap((job): Trigger[] => {
    const [was, is] = [jobPermissions(before, job), jobPermissions(after, job)];
    // A workflow that did not exist granted nothing.
    const old = was === noWorkflow ? new Map<string, number>() : permissionLevels(was);
    const widened = [...permissionLevels(is)].filter(([scope, level]) => level > (old.get(scope) ?? 0)).map(([scope]) => scope);
    if (widened.length === 0) return [];
    const declared = 'permissions' in object(jobs(after)[job]) ? ['jobs', job, 'permissions'] : 'permissions' in after.data ? ['permissions'] : ['jobs', job];
    const previously = was === noWorkflow ? 'a new workflow' : `was ${describePermissions(was)}`;
    return [
      {
        trigger: 'access-control',
        rule: 'access-control.workflows.permissions',
        reason: `${path}: job ${job} gets wider token permissions (${listSome(widened)}): ${describePermissions(is)}; ${previously}`,
        evidence: [at(declared)],
      },
    ];
  });
}

function triggersOf(workflow: Workflow | undefined): Set<string> {
  const on = workflow?.data.on;
  if (typeof on === 'string') return new Set([on]);
  if (Array.isArray(on)) return new Set(on.map(String));
  return new Set(Object.keys(object(on)));
}

function addedTriggers(path: string, before: Workflow | undefined, after: Workflow, risky: readonly string[], at: At): Trigger[] {
  const [old, current] = [triggersOf(before), triggersOf(after)];
  return risky
    .filter((trigger) => current.has(trigger) && !old.has(trigger))
    .map((trigger) => {
      const key = at(['on', trigger], trigger);
      return {
        trigger: 'access-control' as const,
        rule: 'access-control.workflow-triggers',
        reason: `${path}: trigger ${trigger} added; it runs with the base repository's token and secrets on changes from outside`,
        evidence: [key.line === undefined ? at(['on'], trigger) : key],
      };
    });
}

/** Every `uses:` of the workflow (job-level reusable workflows and steps) with its path. */
function usesOf(workflow: Workflow | undefined): Array<{ uses: string; path: Array<string | number> }> {
  return Object.entries(jobs(workflow)).flatMap(([job, definition]) => {
    const own = object(definition);
    const steps = Array.isArray(own.steps) ? own.steps : [];
    return [
      ...(typeof own.uses === 'string' ? [{ uses: own.uses, path: ['jobs', job, 'uses'] }] : []),
      ...steps.flatMap((step, index) => {
        const uses = object(step).uses;
        return typeof uses === 'string' ? [{ uses, path: ['jobs', job, 'steps', index, 'uses'] }] : [];
      }),
    ];
  });
}

/** Why a `uses:` is not pinned, or undefined when it is (or need not be). */
function unpinned(uses: string, trustedOwners: ReadonlySet<string>): string | undefined {
  if (uses.startsWith('./')) return undefined;
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(uses) ? undefined : 'a Docker image not pinned to a digest';
  const at = uses.lastIndexOf('@');
  if (trustedOwners.has((uses.split('/')[0] ?? '').toLowerCase())) return undefined;
  if (at < 0) return 'no ref';
  return /^[0-9a-f]{40}$/.test(uses.slice(at + 1)) ? undefined : 'a ref that is not a commit SHA';
}

function unpinnedActions(path: string, before: Workflow | undefined, after: Workflow, trusted: readonly string[], at: At): Trigger[] {
  const existing = new Set(usesOf(before).map((u) => u.uses));
  const owners = new Set(trusted.map((owner) => owner.toLowerCase()));
  return usesOf(after).flatMap(({ uses, path: where }): Trigger[] => {
    const why = existing.has(uses) ? undefined : unpinned(uses, owners);
    return why === undefined
      ? []
      : [
          {
            trigger: 'access-control',
            rule: 'access-control.workflows.unpinned-uses',
            reason: `${path}: ${uses} is third-party code with ${why}; whoever controls the ref controls what runs with this workflow's token`,
            evidence: [at(where, `uses: ${uses}`)],
          },
        ];
  });
}

function inheritedSecrets(path: string, before: Workflow | undefined, after: Workflow, at: At): Trigger[] {
  const old = jobs(before);
  return Object.entries(jobs(after))
    .filter(([job, definition]) => object(definition).secrets === 'inherit' && object(old[job]).secrets !== 'inherit')
    .map(([job]) => ({
      trigger: 'access-control' as const,
      rule: 'access-control.workflows.secrets-inherit',
      reason: `${path}: job ${job} now passes every secret of the repository to the workflow it calls (secrets: inherit)`,
      evidence: [at(['jobs', job, 'secrets'], 'secrets: inherit')],
    }));
}
