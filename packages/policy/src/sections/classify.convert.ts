/**
 * The `classify` section's converter and checks: kept apart from the typed section and its
 * defaults (`./classify.ts`), which every action loads, because checking globs loads the glob
 * compiler, which only the policy parser and the engines need.
 */
import { checkGlobs } from '../glob.ts';
import { camelKeys, mergeDefaults as merge } from '../section.ts';
import { defaultClassifyPolicy, type ClassifyPolicy, type ClassifyPolicyDocument } from './classify.ts';
import { ClassifyPolicyError } from './errors.ts';
import { compileWindows, toWindowsPolicy } from './windows.convert.ts';

/**
 * The typed policy for a schema-valid document (`classifyPolicySchema`); keys left out take the
 * procedure's defaults, lists replace the default list. Throws `ClassifyPolicyError` for what the
 * schema cannot check: globs, regular expressions, time zones, hours, dates, label clashes.
 */
export function toClassifyPolicy(document: ClassifyPolicyDocument = {}): ClassifyPolicy {
  const { windows, ...classify } = defaultClassifyPolicy;
  const policy: ClassifyPolicy = {
    ...(merge(classify, camelKeys(document.classify)) as Omit<ClassifyPolicy, 'windows'>),
    windows: toWindowsPolicy(document.windows, windows),
  };
  checkClassifyPolicy(policy);
  return policy;
}

/** A content pattern compiled; throws `ClassifyPolicyError` naming `key` for one the engine cannot use. */
export function contentPattern(source: string, key: string): RegExp {
  // The engine tests a set of patterns as one alternation, in which group numbers and names would collide.
  if (/\\[1-9]|\\k<|\(\?<(?![=!])/.test(source)) {
    throw new ClassifyPolicyError(key, `pattern "${source}" uses a backreference or a named group, which are not supported`);
  }
  try {
    return new RegExp(source, 'i');
  } catch (error) {
    throw new ClassifyPolicyError(key, `pattern "${source}" is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** Every glob list of the section, with the policy key that names it. */
export function classifyGlobs(policy: ClassifyPolicy): Array<[key: string, globs: readonly string[]]> {
  return [
    ['classify.authentication.paths', policy.authentication.paths],
    ['classify.cryptography.paths', policy.cryptography.paths],
    ['classify.cryptography.packages', policy.cryptography.packages],
    ['classify.infrastructure.paths', policy.infrastructure.paths],
    ['classify.infrastructure.wrangler', policy.infrastructure.wrangler],
    ['classify.access-control.paths', policy.accessControl.paths],
    ['classify.access-control.codeowners', policy.accessControl.codeowners],
    ['classify.access-control.workflows', policy.accessControl.workflows],
    ['classify.change-types.schema-paths', policy.changeTypes.schemaPaths],
    ['classify.vendored', policy.vendored],
    ['classify.content.files', policy.content.files],
    ['classify.content.exclude', policy.content.exclude],
    ['classify.dependencies.patches', policy.dependencies.patches],
    ['classify.dependencies.unread-manifests', policy.dependencies.unreadManifests],
    ...Object.entries(policy.changeTypes.commitTypePaths).map(
      ([type, globs]): [string, readonly string[]] => [`classify.change-types.commit-type-paths.${type}`, globs ?? []],
    ),
  ];
}

/**
 * Checks what the schema cannot: every glob and content pattern compiles, the windows are
 * readable, and no output label is also an emergency label. Throws `ClassifyPolicyError`.
 */
export function checkClassifyPolicy(policy: ClassifyPolicy): void {
  checkLabels(policy);
  for (const [key, globs] of classifyGlobs(policy)) checkGlobs(globs, key, ClassifyPolicyError);
  const patterns: Array<[string, readonly string[]]> = [
    ['classify.authentication.content', policy.authentication.content],
    ['classify.cryptography.content', policy.cryptography.content],
    ['classify.crypto-parameters.content', policy.cryptoParameters.content],
  ];
  for (const [key, sources] of patterns) for (const source of sources) contentPattern(source, key);
  compileWindows(policy.windows);
}

/** An output label that is also an emergency label would make every later run an emergency. */
export function checkLabels(policy: ClassifyPolicy): void {
  const emergencyLabels = new Set(policy.emergency.labels.map((label) => label.toLowerCase()));
  const clash = Object.values(policy.labels).find((label) => emergencyLabels.has(label.toLowerCase()));
  if (clash !== undefined) {
    throw new ClassifyPolicyError('classify.labels', `"${clash}" is also an emergency label; the record's labels must differ from classify.emergency.labels`);
  }
}
