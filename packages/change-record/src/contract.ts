/**
 * What every artifact passed between actions shares: a `kind` and a `version` at the top, a
 * published JSON Schema, one writer (`serialize`) and one validating reader (`parse`).
 *
 * The reader refuses a file of another kind, an unknown version or a malformed document with an
 * error that names the file and the field; it never fills a missing fact with a permissive value.
 */
import type { ErrorObject } from 'ajv';

/** A validator compiled ahead of time from the artifact's schema by scripts/build.mjs. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface Contract<T> {
  /** The artifact's name, written as `kind` in every document, e.g. `change-record`. */
  kind: string;
  /** The only version this reader accepts. */
  version: number;
  /** What produces it, for error messages: e.g. `the record-path file of classify-change`. */
  producer: string;
  /** The JSON Schema (draft-07), published as `schema/<kind>.v<version>.schema.json`. */
  schema: object;
  validate: Validator;
  /** Typing only. */
  readonly _type?: T;
}

export interface ContractProblem {
  /** The file (or other source, e.g. `deployment 42 payload`) the document came from. */
  file: string;
  /** JSON pointer of the field at fault, e.g. `/record/rollbackSafe`; empty for the whole document. */
  pointer: string;
  message: string;
}

/** A document that is not a valid artifact of the expected kind and version. */
export class ContractError extends Error {
  readonly file: string;
  readonly problems: ContractProblem[];
  constructor(file: string, problems: ContractProblem[]) {
    super(problems.map((p) => `${p.file}${p.pointer ? ` ${p.pointer}` : ''}: ${p.message}`).join('\n'));
    this.name = 'ContractError';
    this.file = file;
    this.problems = problems;
  }
}

/** Documents are small; anything larger is a mistake or an attack on the parser. */
export const CONTRACT_MAX_BYTES = 8 * 1024 * 1024;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an already-parsed value (a GitHub Deployment payload, say) against the contract. */
export function check<T>(contract: Contract<T>, value: unknown, file: string): T {
  const one = (pointer: string, message: string) => new ContractError(file, [{ file, pointer, message }]);
  if (!isObject(value)) throw one('', `is not a ${contract.kind} (${contract.producer}): a JSON object is expected`);
  if (value['kind'] !== contract.kind) {
    throw one(
      '/kind',
      value['kind'] === undefined
        ? `has no "kind": it is not a ${contract.kind} (${contract.producer})`
        : `is a ${JSON.stringify(value['kind'])}, not a ${contract.kind}; pass ${contract.producer}`,
    );
  }
  if (value['version'] !== contract.version) {
    throw one('/version', `version ${JSON.stringify(value['version'])} of ${contract.kind} is not supported; this reader accepts version ${contract.version}`);
  }
  if (!contract.validate(value)) {
    const problems = dedupe((contract.validate.errors ?? []).map((e) => ({ file, pointer: e.instancePath, message: describe(e, contract.schema) })));
    throw new ContractError(file, problems);
  }
  return value as T;
}

/** Reads a document's text: JSON only, one object, of the contract's kind and version. */
export function parse<T>(contract: Contract<T>, text: string, file: string): T {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > CONTRACT_MAX_BYTES) {
    throw new ContractError(file, [{ file, pointer: '', message: `is ${bytes} bytes; a ${contract.kind} is at most ${CONTRACT_MAX_BYTES}` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ContractError(file, [
      { file, pointer: '', message: `is not JSON (${error instanceof Error ? error.message : String(error)}); pass ${contract.producer}` },
    ]);
  }
  return check(contract, value, file);
}

/**
 * The document as the one writer writes it. A value the schema refuses is a defect of the
 * producer: it throws rather than hand the next action a file its reader would refuse.
 */
export function serialize<T>(contract: Contract<T>, value: T, options: { compact?: boolean } = {}): string {
  check(contract, value, `the ${contract.kind} being written`);
  return options.compact ? JSON.stringify(value) : `${JSON.stringify(value, null, 2)}\n`;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

function schemaAt(schema: object, pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema as SchemaNode;
  for (const segment of pointer.split('/').slice(1)) {
    node = /^\d+$/.test(segment) ? node?.items : node?.properties?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function describe(error: ErrorObject, schema: object): string {
  switch (error.keyword) {
    case 'required':
      return `"${String(error.params.missingProperty)}" is required`;
    case 'additionalProperties': {
      const accepted = Object.keys(schemaAt(schema, error.instancePath)?.properties ?? {});
      return `unknown field "${String(error.params.additionalProperty)}"; accepted: ${accepted.join(', ')}`;
    }
    case 'enum':
      return `is not accepted; accepted: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return error.message ?? 'is not valid';
  }
}

function dedupe(problems: ContractProblem[]): ContractProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
