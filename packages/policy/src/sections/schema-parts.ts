/**
 * Building blocks of the sections' JSON Schema fragments (draft-07, like the policy file's own
 * schema). No `$ref`, so each fragment embeds in the policy file's schema as it is;
 * `additionalProperties: false` everywhere, so a misspelt key is an error.
 */

export function object(description: string, properties: Record<string, unknown>, required: string[] = []) {
  return { type: 'object', additionalProperties: false, description, properties, ...(required.length > 0 ? { required } : {}) };
}

export function list(description: string, items: Record<string, unknown>) {
  return { type: 'array', uniqueItems: true, description, items };
}

export const nonEmpty = { type: 'string', minLength: 1 };

/** The pattern of an ISO 8601 instant with an offset. */
export const instantPattern = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$';

// The policy's one glob dialect is defined and compiled in `../glob.ts`; the schema only refuses
// negation, the rest is checked by the sections' converters.
/** JSON Schema of one policy glob, for the sections' schema fragments. */
export const globSchema = {
  type: 'string',
  minLength: 1,
  pattern: '^[^!]',
  description: 'picomatch glob matched case-insensitively against repository-relative paths; no negation',
} as const;

/** A list of policy globs in a section's schema fragment. */
export function globsSchema(description: string) {
  return { type: 'array', uniqueItems: true, description, items: globSchema };
}
