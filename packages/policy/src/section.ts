/**
 * What every section of `.github/change-policy.yml` shares: the YAML writes kebab-case keys and
 * leaves out what it does not change; the engines work on camel-case, complete, typed policies.
 * Objects merge key by key with the procedure's defaults; a list replaces the default list whole.
 */

type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/** A policy type with kebab-case keys. */
export type Kebab<T> = T extends readonly (infer Item)[]
  ? readonly Kebab<Item>[]
  : T extends object
    ? { [K in keyof T as KebabCase<K & string>]: Kebab<T[K]> }
    : T;

/** Every key of every object optional; a list is always given whole. */
export type Sparse<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Sparse<T[K]> } : T;

/**
 * A section the engine cannot use although the schema accepted it (a regular expression, a time
 * zone, a glob, dates in the wrong order): a user error naming the key at fault.
 */
export class PolicySectionError extends Error {
  /** The policy key at fault, in the YAML's kebab-case, e.g. `windows.freezes[0]`. */
  readonly key: string;
  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    this.name = 'PolicySectionError';
    this.key = key;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The section as written, with camel-case keys. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()), camelKeys(item)]),
  );
}

/** `defaults` with every key `override` gives replaced: objects merged deeply, lists whole. */
export function mergeDefaults(defaults: unknown, override: unknown): unknown {
  if (override === undefined) return defaults;
  if (!isObject(defaults) || !isObject(override)) return override;
  const keys = new Set([...Object.keys(defaults), ...Object.keys(override)]);
  return Object.fromEntries([...keys].map((key) => [key, mergeDefaults(defaults[key], override[key])]));
}
