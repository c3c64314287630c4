/**
 * The policy file's shape: kebab-case keys under `classify:` and `windows:` of
 * `.github/change-policy.yml`, every key optional. `toClassifyPolicy` maps a schema-valid document
 * onto the typed policy, taking the procedure's default for every key left out.
 */
import { compilePolicy } from './compile.ts';
import { defaultClassifyPolicy, type ClassifyPolicy, type WindowsPolicy } from './policy.ts';

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

export interface ClassifyPolicyDocument {
  classify?: Sparse<Kebab<Omit<ClassifyPolicy, 'windows'>>>;
  windows?: Sparse<Kebab<WindowsPolicy>>;
}

/**
 * The typed policy for a schema-valid document (`classifyPolicySchema`); keys left out take the
 * procedure's defaults, lists replace the default list. Throws `ClassifyPolicyError` for what the
 * schema cannot check: regular expressions, time zones, hours, dates, label clashes.
 */
export function toClassifyPolicy(document: ClassifyPolicyDocument = {}): ClassifyPolicy {
  const { windows, ...classify } = defaultClassifyPolicy;
  const policy: ClassifyPolicy = {
    ...(merge(classify, camelKeys(document.classify)) as Omit<ClassifyPolicy, 'windows'>),
    windows: merge(windows, camelKeys(document.windows)) as WindowsPolicy,
  };
  compilePolicy(policy);
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
