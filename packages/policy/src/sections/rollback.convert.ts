/**
 * The `rollback` section's converter: the kebab-case YAML onto the typed section, the defaults for
 * what is left out, and the check the schema cannot make (the health check must fit inside the
 * rollback's deadline), naming the key at fault.
 */
import { PolicySectionError, camelKeys, mergeDefaults } from '../section.ts';
import { defaultRollbackPolicy, type RollbackPolicy, type RollbackPolicyDocument } from './rollback.ts';

export function toRollbackPolicy(document: RollbackPolicyDocument | undefined): RollbackPolicy {
  const policy = mergeDefaults(defaultRollbackPolicy, camelKeys(document)) as RollbackPolicy;
  if (policy.healthTimeoutSeconds >= policy.deadlineSeconds) {
    throw new PolicySectionError('rollback.health-timeout-seconds', `${policy.healthTimeoutSeconds} leaves no time inside rollback.deadline-seconds (${policy.deadlineSeconds}); make it smaller`);
  }
  return policy;
}
