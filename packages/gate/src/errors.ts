import { PolicySectionError } from '@change-actions/policy-section';

/** A policy the gate cannot use: a user error, told apart from failures of the engine itself. */
export class GatePolicyError extends PolicySectionError {
  override name = 'GatePolicyError';
}
