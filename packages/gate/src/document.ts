/**
 * The policy file's shape: kebab-case keys under `gate:` of `.github/change-policy.yml`, every key
 * optional. `toGatePolicy` maps a schema-valid section onto the typed policy, taking the
 * procedure's default for every key left out.
 */
import { compileGate } from './compile.ts';
import { defaultGatePolicy, type GatePolicy } from './policy.ts';

type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/** A policy type with kebab-case keys. */
type Kebab<T> = T extends readonly (infer Item)[]
  ? readonly Kebab<Item>[]
  : T extends object
    ? { [K in keyof T as KebabCase<K & string>]: Kebab<T[K]> }
    : T;

/** Every key of every object optional; a list is always given whole. */
type Sparse<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Sparse<T[K]> } : T;

/** The `gate` section as written in the policy file. */
export type GatePolicyDocument = Sparse<Kebab<GatePolicy>>;

/**
 * The typed policy for a schema-valid `gate` section (`gatePolicySchema.properties.gate`); keys left
 * out take the procedure's defaults, lists replace the default list. Throws `GatePolicyError` for
 * what the schema cannot check: globs, slots that end before they start.
 */
export function toGatePolicy(section: GatePolicyDocument = {}): GatePolicy {
  const policy = merge(defaultGatePolicy, camelKeys(section)) as GatePolicy;
  compileGate(policy);
  return policy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()), camelKeys(item)]),
  );
}

function merge(defaults: unknown, override: unknown): unknown {
  if (override === undefined) return defaults;
  if (!isObject(defaults) || !isObject(override)) return override;
  const keys = new Set([...Object.keys(defaults), ...Object.keys(override)]);
  return Object.fromEntries([...keys].map((key) => [key, merge(defaults[key], override[key])]));
}
