/**
 * The change policy: one file, `.github/change-policy.yml`, read from the base branch. Everything
 * here is plain data; a repository without the file gets the procedure as written
 * (`defaultPolicy`). Parsing and validation live in `./parse` so that a run without a policy file
 * never loads the YAML parser or the validator.
 *
 * The policy owns its sections; the engines (commit-lint, classify, the gate) depend on this
 * package for their section's types, never the reverse, so an adapter that loads the policy loads
 * no engine. Each section lives in `./sections/`: `<section>.ts` holds its typed section, the
 * procedure's defaults and (when small) its JSON Schema fragment, else in `<section>.schema.ts`;
 * `<section>.convert.ts` holds its `to<Section>Policy` converter: kebab-case YAML onto the typed
 * section, the defaults for what is left out, and every check the schema cannot make, throwing a
 * `PolicySectionError` that names the key (`commits` has nothing to check beyond its schema and
 * keeps its converter in `commits.ts`). Converters are exported from
 * `@change-actions/policy/convert` (`./convert.ts`) for the parser and the engines, not from this
 * entry, which every action loads, so a run without a policy file loads neither them nor the glob
 * compiler. A new section (`deploy` is next) adds those files, a key in
 * `Policy` and `defaultPolicy`, a property in `policySchema` below, a line in `./convert.ts` and in
 * `parsePolicy`; its globs are the policy's one dialect (`./glob.ts`: `globsSchema` in the
 * fragment, `checkGlobs` or `globTest` in the converter and the engine).
 */
import { classifySchema } from './sections/classify.schema.ts';
import { defaultClassifyPolicy, type ClassifyPolicy } from './sections/classify.ts';
import { commitPolicySchema, defaultCommitPolicy, type CommitPolicy } from './sections/commits.ts';
import { gateSchema } from './sections/gate.schema.ts';
import { defaultMonitorPolicy, monitorPolicySchema, type MonitorPolicy } from './sections/monitor.ts';
import { defaultGatePolicy, type GatePolicy } from './sections/gate.ts';
import { defaultRollbackPolicy, rollbackPolicySchema, type RollbackPolicy } from './sections/rollback.ts';
import { windowsSchema } from './sections/windows.ts';

export * from './section.ts';
export * from './sections/classify.schema.ts';
export * from './sections/classify.ts';
export * from './sections/commits.ts';
export * from './sections/errors.ts';
export * from './sections/gate.schema.ts';
export * from './sections/gate.ts';
export * from './sections/monitor.ts';
export * from './sections/rollback.ts';
export * from './sections/windows.ts';

/** Where the policy lives in every repository. */
export const POLICY_PATH = '.github/change-policy.yml';

export interface Policy {
  version: 1;
  commits: CommitPolicy;
  /** The `classify` and `windows` sections, read by classify-change and the gate. */
  classify: ClassifyPolicy;
  /** The `gate` section: roles, approvals, threat models, emergencies (security-review-gate). */
  gate: GatePolicy;
  /** The `monitor` section: the post-deploy watch and its rollback triggers (post-deploy-monitor). */
  monitor: MonitorPolicy;
  /** The `rollback` section: automatic rollback and the deploy freeze (auto-revert-on-threshold). */
  rollback: RollbackPolicy;
}

export const defaultPolicy: Policy = {
  version: 1,
  commits: defaultCommitPolicy,
  classify: defaultClassifyPolicy,
  gate: defaultGatePolicy,
  monitor: defaultMonitorPolicy,
  rollback: defaultRollbackPolicy,
};

/** Where a policy came from, so every report can say which rules applied. */
export interface PolicySource {
  /** `file`: read from `path` at `ref`; `defaults`: no file there, the procedure's defaults apply. */
  kind: 'file' | 'defaults';
  path: string;
  ref: string;
}

/** A problem with the policy file, located in it where possible. */
export interface PolicyProblem {
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer into the policy, e.g. `/commits/rules/body-required`. */
  pointer: string;
  message: string;
}

/** Thrown when a policy file cannot be used; gates treat it as a failure, never as a pass. */
export class PolicyError extends Error {
  readonly problems: PolicyProblem[];
  constructor(problems: PolicyProblem[]) {
    super(
      problems
        .map((p) => `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.message}`)
        .join('\n'),
    );
    this.name = 'PolicyError';
    this.problems = problems;
  }
}

/** JSON Schema of the policy file, published as `schema/change-policy.schema.json`. */
export const policySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/policy/schema/change-policy.schema.json',
  title: 'change-actions policy (.github/change-policy.yml)',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Policy format version.' },
    commits: commitPolicySchema,
    classify: classifySchema,
    windows: windowsSchema,
    gate: gateSchema,
    monitor: monitorPolicySchema,
    rollback: rollbackPolicySchema,
    // deploy: the coming section's fragment goes here.
  },
} as const;
