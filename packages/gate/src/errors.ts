/** A policy the gate cannot use: a user error, told apart from failures of the engine itself. */
export { GatePolicyError } from '@change-actions/policy';
