/**
 * The `commits` section of the change policy: how commit messages, pull request titles and
 * pull request bodies are linted. Defaults are the procedure's "Git Commit Messages" section.
 */

/** How much a rule's finding weighs: an error fails the check, a warning is reported only. */
export type RuleLevel = 'error' | 'warning' | 'off';

/** What to do with commits git or GitHub wrote by convention rather than by a person. */
export type SpecialCommitHandling = 'exempt' | 'lint' | 'reject';

export const commitRuleIds = [
  'header-format',
  'type-enum',
  'description-empty',
  'header-max-length',
  'body-leading-blank',
  'body-required',
  'body-not-header-copy',
  'fixes-trailer',
  'fixes-trailer-format',
  'unsafe-characters',
  'message-size',
] as const;

export type CommitRuleId = (typeof commitRuleIds)[number];

export interface CommitPolicy {
  /** Accepted change types, in the order the procedure lists them. */
  types: string[];
  /** Whether `type(scope): …` is accepted; the procedure's format has no scope. */
  allowScope: boolean;
  /** Longest accepted header, in characters (rule `header-max-length`). */
  headerMaxLength: number;
  /** Largest accepted message, in bytes (rule `message-size`). */
  messageMaxBytes: number;
  rules: Record<CommitRuleId, RuleLevel>;
  mergeCommits: SpecialCommitHandling;
  revertCommits: SpecialCommitHandling;
  fixupCommits: SpecialCommitHandling;
  pullRequest: { title: boolean; body: boolean };
}

export const defaultCommitPolicy: CommitPolicy = {
  types: ['feat', 'fix', 'refactor', 'docs', 'test', 'chore', 'security'],
  allowScope: false,
  headerMaxLength: 72,
  messageMaxBytes: 65_536,
  rules: {
    'header-format': 'error',
    'type-enum': 'error',
    'description-empty': 'error',
    'header-max-length': 'warning',
    'body-leading-blank': 'error',
    'body-required': 'error',
    'body-not-header-copy': 'error',
    // The procedure's format ends with `Fixes: #issue-number`, but not every change has an issue.
    'fixes-trailer': 'warning',
    'fixes-trailer-format': 'error',
    'unsafe-characters': 'error',
    'message-size': 'error',
  },
  // GitHub writes merge commit messages; a `git revert` message is git's own and names its commit.
  mergeCommits: 'exempt',
  revertCommits: 'exempt',
  // fixup!/squash! commits are meant to be squashed before merge, never to land.
  fixupCommits: 'reject',
  pullRequest: { title: true, body: true },
};

const level = { enum: ['error', 'warning', 'off'] } as const;
const handling = { enum: ['exempt', 'lint', 'reject'] } as const;

/** JSON Schema of the `commits` section. */
export const commitPolicySchema = {
  type: 'object',
  additionalProperties: false,
  description: 'How commit messages, pull request titles and bodies are linted.',
  properties: {
    types: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
      description: 'Accepted change types.',
    },
    'allow-scope': { type: 'boolean', description: 'Accept `type(scope): description` headers.' },
    'header-max-length': { type: 'integer', minimum: 20, maximum: 1000 },
    'message-max-bytes': { type: 'integer', minimum: 1024, maximum: 1_048_576 },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(commitRuleIds.map((id) => [id, level])),
    },
    'merge-commits': handling,
    'revert-commits': handling,
    'fixup-commits': handling,
    'pull-request': {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: { type: 'boolean', description: 'Lint the title, which becomes the squash commit header.' },
        body: { type: 'boolean', description: 'Lint the body together with the title as one message.' },
      },
    },
  },
} as const;

/** The `commits` section as written in YAML, after schema validation. */
export interface RawCommitPolicy {
  types?: string[];
  'allow-scope'?: boolean;
  'header-max-length'?: number;
  'message-max-bytes'?: number;
  rules?: Partial<Record<CommitRuleId, RuleLevel>>;
  'merge-commits'?: SpecialCommitHandling;
  'revert-commits'?: SpecialCommitHandling;
  'fixup-commits'?: SpecialCommitHandling;
  'pull-request'?: { title?: boolean; body?: boolean };
}

export function toCommitPolicy(raw: RawCommitPolicy | undefined): CommitPolicy {
  const d = defaultCommitPolicy;
  if (!raw) return d;
  return {
    types: raw.types ?? d.types,
    allowScope: raw['allow-scope'] ?? d.allowScope,
    headerMaxLength: raw['header-max-length'] ?? d.headerMaxLength,
    messageMaxBytes: raw['message-max-bytes'] ?? d.messageMaxBytes,
    rules: { ...d.rules, ...raw.rules },
    mergeCommits: raw['merge-commits'] ?? d.mergeCommits,
    revertCommits: raw['revert-commits'] ?? d.revertCommits,
    fixupCommits: raw['fixup-commits'] ?? d.fixupCommits,
    pullRequest: { ...d.pullRequest, ...raw['pull-request'] },
  };
}
