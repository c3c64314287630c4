/**
 * The change policy: one file, `.github/change-policy.yml`, read from the base branch. Everything
 * here is plain data; a repository without the file gets the procedure as written
 * (`defaultPolicy`). Parsing and validation live in `./parse` so that a run without a policy file
 * never loads the YAML parser or the validator.
 */
import { defaultClassifyPolicy, type ClassifyPolicy } from '@change-actions/classify/policy';
import { classifyPolicySchema } from '@change-actions/classify/schema';
import { defaultGatePolicy, type GatePolicy } from '@change-actions/gate/policy';
import { gatePolicySchema } from '@change-actions/gate/schema';
import { commitPolicySchema, defaultCommitPolicy, type CommitPolicy } from './commits.ts';

export * from './commits.ts';

/** Where the policy lives in every repository. */
export const POLICY_PATH = '.github/change-policy.yml';

export interface Policy {
  version: 1;
  commits: CommitPolicy;
  /** The `classify` and `windows` sections, read by classify-change and the gate. */
  classify: ClassifyPolicy;
  /** The `gate` section: roles, approvals, threat models, emergencies (security-review-gate). */
  gate: GatePolicy;
}

export const defaultPolicy: Policy = { version: 1, commits: defaultCommitPolicy, classify: defaultClassifyPolicy, gate: defaultGatePolicy };

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
  $id: 'https://github.com/maelstrom/change-actions/blob/v1/packages/policy/schema/change-policy.schema.json',
  title: 'change-actions policy (.github/change-policy.yml)',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Policy format version.' },
    commits: commitPolicySchema,
    classify: classifyPolicySchema.properties.classify,
    windows: classifyPolicySchema.properties.windows,
    gate: gatePolicySchema.properties.gate,
  },
} as const;
