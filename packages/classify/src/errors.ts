/** A policy the engine cannot use: a user error, told apart from failures of the engine itself. */
export { ClassifyPolicyError } from '@change-actions/policy';
