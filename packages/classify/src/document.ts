/**
 * The policy file's shape: kebab-case keys under `classify:` and `windows:` of
 * `.github/change-policy.yml`, every key optional. `toClassifyPolicy` maps a schema-valid document
 * onto the typed policy, taking the procedure's default for every key left out.
 */
import { camelKeys, mergeDefaults as merge, type Kebab, type Sparse } from '@change-actions/policy-section';
import { compilePolicy } from './compile.ts';
import { defaultClassifyPolicy, type ClassifyPolicy, type WindowsPolicy } from './policy.ts';

export interface ClassifyPolicyDocument {
  classify?: Sparse<Kebab<Omit<ClassifyPolicy, 'windows'>>>;
  windows?: Sparse<Kebab<WindowsPolicy>>;
}

/**
 * The typed policy for a schema-valid document (`classifyPolicySchema`); keys left out take the
 * procedure's defaults, lists replace the default list. Throws `ClassifyPolicyError` for what the
 * schema cannot check: regular expressions, time zones, hours, dates, label clashes.
 */
export function toClassifyPolicy(document: ClassifyPolicyDocument = {}): ClassifyPolicy {
  const { windows, ...classify } = defaultClassifyPolicy;
  const policy: ClassifyPolicy = {
    ...(merge(classify, camelKeys(document.classify)) as Omit<ClassifyPolicy, 'windows'>),
    windows: merge(windows, camelKeys(document.windows)) as WindowsPolicy,
  };
  compilePolicy(policy);
  return policy;
}
