import { PolicySectionError } from '@change-actions/policy-section';

/** A policy the engine cannot use: a user error, told apart from failures of the engine itself. */
export class ClassifyPolicyError extends PolicySectionError {
  override name = 'ClassifyPolicyError';
}
