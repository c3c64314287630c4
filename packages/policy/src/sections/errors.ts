import { PolicySectionError } from '../section.ts';

/** A `classify` or `windows` section the engine cannot use: a user error, told apart from failures of the engine itself. */
export class ClassifyPolicyError extends PolicySectionError {
  override name = 'ClassifyPolicyError';
}

/** A `gate` section the gate cannot use: a user error, told apart from failures of the engine itself. */
export class GatePolicyError extends PolicySectionError {
  override name = 'GatePolicyError';
}
