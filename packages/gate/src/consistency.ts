/**
 * The inputs checked before anything is decided. Snapshots come from an adapter and records from
 * another engine; anything malformed or contradictory is an error, never a guess, so the gate
 * fails closed on a half-gathered snapshot or a record that does not match its own triggers.
 */
import type { SpecialKind, TriggerKind } from '@change-actions/classify';
import { compileGate } from './compile.ts';
import { GatePolicyError } from './errors.ts';
import { roleNames, type GatePolicy } from '@change-actions/policy';
import { roleOf } from './roles.ts';
import type { PullRequestSnapshot } from './snapshot.ts';

type Check = (value: unknown) => boolean;

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isId: Check = (value) => Number.isSafeInteger(value) && (value as number) > 0;
const isSha: Check = (value) => typeof value === 'string' && SHA.test(value);
const isInstant: Check = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const oneOf = (...values: readonly unknown[]): Check => (value) => values.includes(value);
const optional = (check: Check): Check => (value) => value === undefined || check(value);
const nullable = (check: Check): Check => (value) => value === null || check(value);
const shape = (fields: Record<string, Check>): Check => (value) => isObject(value) && Object.entries(fields).every(([key, check]) => check(value[key]));
// `Array.from` turns the holes of a sparse array into `undefined`, which `every` would skip.
const listOf = (check: Check): Check => (value) => Array.isArray(value) && Array.from(value).every((item) => check(item));
const recordOf = (check: Check): Check => (value) => isObject(value) && Object.values(value).every(check);

const isAccount = shape({ id: isId, login: isString });
const isActor = shape({ id: isId, login: isString, type: oneOf('User', 'Bot', 'Organization') });
const isCommit = shape({ sha: isSha, author: nullable(isAccount), committer: nullable(isAccount), coAuthors: optional(listOf(nullable(isAccount))) });
const reviewStates = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];
const isReview: Check = (value) =>
  shape({ id: isId, user: nullable(isActor), state: oneOf(...reviewStates), commit_id: nullable(isString) })(value) &&
  // Only an unsubmitted review has no time; approvals are dated, for on-call slots and retrospectives.
  ((value as { state: unknown }).state === 'PENDING' || isInstant((value as { submitted_at?: unknown }).submitted_at));
const isPerson = shape({
  permission: oneOf('admin', 'maintain', 'write', 'triage', 'read', 'none'),
  teams: recordOf(oneOf('active', 'pending')),
});

const snapshotFields: Record<string, Check> = {
  repository: (value) => typeof value === 'string' && /^[^/\s]+\/[^/\s]+$/.test(value),
  number: isId,
  author: isActor,
  headSha: isSha,
  body: isString,
  labels: listOf(shape({ name: isString, addedBy: optional(nullable(isAccount)), addedAt: optional(isInstant) })),
  commits: (value) => listOf(isCommit)(value) && (value as unknown[]).length > 0,
  commitsTruncated: optional(oneOf(true, false)),
  files: listOf(shape({ path: isString, status: oneOf('added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged') })),
  reviews: listOf(isReview),
  changedSince: recordOf((value) => value === 'unknown' || listOf(isString)(value)),
  directory: shape({ people: recordOf(isPerson), logins: recordOf(nullable(isId)) }),
  requiredChecks: oneOf('success', 'pending', 'failure', 'none'),
  linkedDocuments: listOf(isString),
  documents: optional(recordOf(isString)),
  createdAt: optional(isInstant),
  titleChangedAt: optional(isInstant),
  retrospective: optional(shape({ issue: isId, due: optional(isInstant) })),
};

export function snapshotProblems(snapshot: unknown): string[] {
  if (!isObject(snapshot)) return ['the snapshot is not an object'];
  const problems = Object.entries(snapshotFields)
    .filter(([key, check]) => !check(snapshot[key]))
    .map(([key]) => `snapshot.${key} is missing or malformed`);
  if (problems.length > 0) return problems;
  const commits = snapshot.commits as ReadonlyArray<{ sha: string }>;
  const reviews = snapshot.reviews as ReadonlyArray<{ id: number }>;
  if (snapshot.commitsTruncated === true) problems.push('the pull request has more commits than GitHub lists, so its committers are not all known');
  if (!commits.some((commit) => commit.sha === snapshot.headSha)) problems.push(`the head ${snapshot.headSha} is not among the pull request's commits`);
  if (new Set(reviews.map((review) => review.id)).size !== reviews.length) problems.push('a review is listed twice: the pages of reviews overlap');
  return problems;
}

/** classify's special kinds and the triggers that make them: the record must agree with itself. */
const specialTriggers: Readonly<Record<SpecialKind, readonly TriggerKind[]>> = {
  cryptographic: ['cryptography', 'crypto-parameters'],
  infrastructure: ['infrastructure'],
  'access-control': ['access-control'],
};

const isEvidenced = shape({ evidence: listOf(isObject) });
const recordFields: Record<string, Check> = {
  changeType: oneOf('standard', 'normal', 'emergency'),
  severity: optional(oneOf('P0', 'P1', 'P2', 'P3')),
  securityRelevant: oneOf(true, false),
  special: listOf(oneOf(...Object.keys(specialTriggers))),
  triggers: listOf((value) => isEvidenced(value) && isString((value as { trigger: unknown }).trigger)),
  decisions: listOf((value) => isEvidenced(value) && isString((value as { outcome: unknown }).outcome)),
};

export function recordProblems(record: unknown): string[] {
  if (!isObject(record)) return ['the change record is not an object'];
  const problems = Object.entries(recordFields)
    .filter(([key, check]) => !check(record[key]))
    .map(([key]) => `record.${key} is missing or malformed`);
  if (problems.length > 0) return problems;
  const triggers = (record.triggers as ReadonlyArray<{ trigger: TriggerKind }>).map((trigger) => trigger.trigger);
  const special = record.special as readonly SpecialKind[];
  if (record.securityRelevant !== triggers.length > 0) {
    problems.push(`the change record says securityRelevant ${String(record.securityRelevant)} with ${triggers.length} security review trigger(s)`);
  }
  for (const [kind, kinds] of Object.entries(specialTriggers) as Array<[SpecialKind, readonly TriggerKind[]]>) {
    if (special.includes(kind) !== triggers.some((trigger) => kinds.includes(trigger))) {
      problems.push(`the change record's special kinds disagree with its triggers about ${kind}`);
    }
  }
  if (record.severity !== undefined && record.changeType !== 'emergency') problems.push('the change record gives a severity to a change that is not an emergency');
  return problems;
}

export function policyProblems(policy: GatePolicy): string[] {
  try {
    compileGate(policy);
    return [];
  } catch (error) {
    return [error instanceof GatePolicyError ? `policy ${error.message}` : 'the policy is malformed: build it with toGatePolicy'];
  }
}

export function nowProblems(now: unknown): string[] {
  return now instanceof Date && !Number.isNaN(now.getTime()) ? [] : ['the evaluation time is not a valid date'];
}

const CLOCK_SKEW = 5 * 60_000;

/**
 * What only a well-formed snapshot can be checked for: every login the policy names was looked up
 * (one left out is an adapter that skipped it), and no review is dated after the evaluation (GitHub
 * dates a review when it is submitted, so a later one is a garbled or forged snapshot).
 */
export function snapshotAgainst(policy: GatePolicy, snapshot: PullRequestSnapshot, now: Date): string[] {
  const problems: string[] = [];
  const logins = roleNames.flatMap((name) => roleOf(policy, name).users.flatMap((user) => (user.id === undefined && user.login !== undefined ? [user.login.toLowerCase()] : [])));
  const unresolved = [...new Set(logins)].filter((login) => !Object.hasOwn(snapshot.directory.logins, login));
  if (unresolved.length > 0) problems.push(`the snapshot does not say which accounts the policy's logins ${unresolved.join(', ')} are`);
  const future = snapshot.reviews.filter((review) => Date.parse(review.submitted_at ?? '') > now.getTime() + CLOCK_SKEW);
  if (future.length > 0) problems.push(`reviews ${future.map((review) => review.id).join(', ')} are dated after the evaluation time ${now.toISOString()}`);
  return problems;
}
