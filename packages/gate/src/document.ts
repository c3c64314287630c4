/**
 * The policy file's shape: kebab-case keys under `gate:` of `.github/change-policy.yml`, every key
 * optional. `toGatePolicy` maps a schema-valid section onto the typed policy, taking the
 * procedure's default for every key left out.
 */
import { camelKeys, mergeDefaults as merge, type Kebab, type Sparse } from '@change-actions/policy-section';
import { compileGate } from './compile.ts';
import { defaultGatePolicy, type GatePolicy } from './policy.ts';

/** The `gate` section as written in the policy file. */
export type GatePolicyDocument = Sparse<Kebab<GatePolicy>>;

/**
 * The typed policy for a schema-valid `gate` section (`gatePolicySchema.properties.gate`); keys left
 * out take the procedure's defaults, lists replace the default list. Throws `GatePolicyError` for
 * what the schema cannot check: globs, slots that end before they start.
 */
export function toGatePolicy(section: GatePolicyDocument = {}): GatePolicy {
  const policy = merge(defaultGatePolicy, camelKeys(section)) as GatePolicy;
  compileGate(policy);
  return policy;
}
