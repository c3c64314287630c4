/**
 * A gate policy checked beyond its schema and compiled for matching, once per policy object. A
 * policy given to the engine directly (not through `toGatePolicy`) is checked here too, so a
 * hand-made policy cannot loosen the gate by an out-of-range value.
 */
import { GatePolicyError, type GatePolicy } from '@change-actions/policy';
import { checkGatePolicy, globTest, type PathTest } from '@change-actions/policy/convert';

export interface CompiledGate {
  securityPaths: PathTest;
  documents: PathTest;
}

const cache = new WeakMap<GatePolicy, CompiledGate>();

/** Compiles (once per policy object) and checks a policy; throws `GatePolicyError`. */
export function compileGate(policy: GatePolicy): CompiledGate {
  const cached = cache.get(policy);
  if (cached) return cached;
  checkGatePolicy(policy);
  const compiled: CompiledGate = {
    securityPaths: globTest(policy.staleApprovals.securityPaths, 'gate.stale-approvals.security-paths', GatePolicyError),
    documents: globTest(policy.threatModel.documents, 'gate.threat-model.documents', GatePolicyError),
  };
  cache.set(policy, compiled);
  return compiled;
}
