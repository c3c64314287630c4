/** A policy the gate cannot use: a user error, told apart from failures of the engine itself. */
export class GatePolicyError extends Error {
  /** The policy key at fault, in the YAML's kebab-case, e.g. `gate.roles.on-call.users[0]`. */
  readonly key: string;
  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    this.name = 'GatePolicyError';
    this.key = key;
  }
}
