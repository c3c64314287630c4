/** A policy the engine cannot use: a user error, told apart from failures of the engine itself. */
export class ClassifyPolicyError extends Error {
  /** The policy key at fault, in the YAML's kebab-case, e.g. `classify.authentication.content`. */
  readonly key: string;
  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    this.name = 'ClassifyPolicyError';
    this.key = key;
  }
}
