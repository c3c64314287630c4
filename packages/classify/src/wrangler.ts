/**
 * wrangler configuration (wrangler.toml, wrangler.json, wrangler.jsonc) compared structurally,
 * at the top level and inside each `env.<name>`: bindings, Durable Object migrations, routes,
 * compatibility settings, vars and any other setting. Says which changes Cloudflare cannot roll
 * back: a rollback deploys an earlier version, and is refused across a Durable Object migration or
 * when a resource that version binds no longer exists.
 */
// The package's `main` is a UMD build whose factory-scoped `require` breaks ESM bundles (ncc).
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { fileEvidence } from './evidence.ts';
import type { CompiledPolicy } from './compile.ts';
import { matchesEither, sideText } from './paths.ts';
import type { Evidence, Finding, Trigger } from './record.ts';
import type { ChangedFile, FileStatus } from './snapshot.ts';
import { escapeRegExp, findLine } from './text.ts';

type Config = Record<string, unknown>;

export interface InfrastructureAnalysis {
  triggers: Trigger[];
  rollbackUnsafe: Finding[];
}

interface BindingKind {
  /** Where the list is, e.g. `queues.producers`. */
  path: readonly string[];
  label: string;
  /** The field naming the binding. */
  name: string;
  /** The fields naming the bound resource. */
  resource: readonly string[];
  /** Queue consumers are settings, not bindings a version references. */
  bound: boolean;
}

const bindingKinds: readonly BindingKind[] = [
  { path: ['kv_namespaces'], label: 'KV namespace', name: 'binding', resource: ['id'], bound: true },
  { path: ['r2_buckets'], label: 'R2 bucket', name: 'binding', resource: ['bucket_name', 'jurisdiction'], bound: true },
  { path: ['d1_databases'], label: 'D1 database', name: 'binding', resource: ['database_id'], bound: true },
  { path: ['queues', 'producers'], label: 'Queue', name: 'binding', resource: ['queue'], bound: true },
  { path: ['queues', 'consumers'], label: 'Queue consumer', name: 'queue', resource: ['queue'], bound: false },
  { path: ['durable_objects', 'bindings'], label: 'Durable Object namespace', name: 'name', resource: ['class_name', 'script_name'], bound: true },
  { path: ['services'], label: 'service', name: 'binding', resource: ['service', 'environment', 'entrypoint'], bound: true },
  { path: ['vectorize'], label: 'Vectorize index', name: 'binding', resource: ['index_name'], bound: true },
  { path: ['hyperdrive'], label: 'Hyperdrive configuration', name: 'binding', resource: ['id'], bound: true },
  { path: ['analytics_engine_datasets'], label: 'Analytics Engine dataset', name: 'binding', resource: ['dataset'], bound: true },
  { path: ['dispatch_namespaces'], label: 'dispatch namespace', name: 'binding', resource: ['namespace'], bound: true },
  { path: ['mtls_certificates'], label: 'mTLS certificate', name: 'binding', resource: ['certificate_id'], bound: true },
  { path: ['workflows'], label: 'Workflow', name: 'binding', resource: ['name', 'script_name'], bound: true },
];

/** Top-level keys compared by their own rules; every other key is compared as a whole. */
const handledKeys = new Set([
  ...bindingKinds.map((kind) => kind.path[0]),
  'migrations',
  'route',
  'routes',
  'compatibility_date',
  'compatibility_flags',
  'vars',
  'env',
  // The JSON Schema an editor validates wrangler.jsonc with: not a setting of the Worker.
  '$schema',
]);

const boundResourceLimit =
  'Cloudflare refuses to roll back to a version whose bound resources no longer exist, and the version before this change binds';
const migrationLimit = 'Cloudflare refuses to roll back across a Durable Object migration';

export function analyseWrangler(file: ChangedFile, isWrangler: (path: string) => boolean): InfrastructureAnalysis {
  const texts = { before: sideText(file, 'before', isWrangler), after: sideText(file, 'after', isWrangler) };
  let configs: { before: Config; after: Config };
  try {
    configs = { before: read(file.previousPath ?? file.path, texts.before, 'before'), after: read(file.path, texts.after, 'after') };
  } catch (error) {
    const finding = {
      rule: 'infrastructure.wrangler.unreadable',
      reason: `${file.path}: ${(error as Error).message}; bindings and migrations cannot be checked, so the change is treated as not rollback-safe`,
      evidence: [{ ...fileEvidence(file), note: 'not readable' }],
    };
    return { triggers: [{ trigger: 'infrastructure', ...finding }], rollbackUnsafe: [finding] };
  }

  const locate = (side: 'old' | 'new', scope: string, needle: RegExp): Evidence => {
    const text = (side === 'old' ? texts.before : texts.after) ?? '';
    const envName = scope.slice('env.'.length);
    const start = scope === '' ? undefined : findLine(text, new RegExp(`^\\s*\\[+\\s*env\\.${escapeRegExp(envName)}\\b|["']${escapeRegExp(envName)}["']\\s*:`));
    const found = findLine(text, needle, start?.line) ?? findLine(text, needle);
    return found ? { file: file.path, line: found.line, side, text: found.text } : { file: file.path, side };
  };
  const analysis: InfrastructureAnalysis = { triggers: [], rollbackUnsafe: [] };
  const report = (rule: string, reason: string, evidence: Evidence, unsafe?: string) => {
    analysis.triggers.push({ trigger: 'infrastructure', rule, reason, evidence: [evidence] });
    if (unsafe !== undefined) analysis.rollbackUnsafe.push({ rule, reason: unsafe, evidence: [evidence] });
  };

  const envs = new Set([...Object.keys(record(configs.before.env)), ...Object.keys(record(configs.after.env))]);
  const scopes: Array<[string, Config, Config]> = [
    ['', configs.before, configs.after],
    ...[...envs].map((env): [string, Config, Config] => [`env.${env}`, record(record(configs.before.env)[env]), record(record(configs.after.env)[env])]),
  ];
  for (const [scope, before, after] of scopes) {
    const where = scope === '' ? file.path : `${file.path} [${scope}]`;
    compareBindings(where, scope, before, after, locate, report);
    compareMigrations(where, scope, before, after, locate, report);
    compareSettings(where, scope, before, after, locate, report);
    placeholders(where, after, locate, report, scope);
  }
  if (analysis.triggers.length === 0) {
    report('infrastructure.wrangler', `${file.path} changed (no binding, migration, route, compatibility, var or setting differs)`, fileEvidence(file));
  }
  return analysis;
}

/** Keys only a wrangler configuration has, at its top level or in an environment. */
const wranglerKeys = ['compatibility_date', 'compatibility_flags', 'kv_namespaces', 'd1_databases', 'r2_buckets', 'durable_objects', 'workers_dev', 'hyperdrive', 'vectorize', 'analytics_engine_datasets', 'dispatch_namespaces', 'mtls_certificates'];

function looksLikeWrangler(path: string, text: string | undefined): boolean {
  if (text === undefined || !/\.(?:toml|jsonc?)$/i.test(path)) return false;
  try {
    const config = read(path, text, 'after');
    return [config, ...Object.values(record(config.env))].some((scope) => wranglerKeys.some((key) => key in record(scope)));
  } catch {
    return false;
  }
}

/**
 * The changed files read as wrangler configuration, each with the test its sides are read by: the
 * policy's wrangler paths, and any TOML, JSON or JSONC file whose content is one (a configuration passed
 * with --config, or the target of a symlinked wrangler.toml). `converted`: a configuration removed
 * in one format and added in the other in the same folder, compared as one file.
 */
export function wranglerConfigs(compiled: CompiledPolicy, files: readonly ChangedFile[]): { configs: Map<ChangedFile, (path: string) => boolean>; converted: Set<ChangedFile> } {
  const configs = new Map<ChangedFile, (path: string) => boolean>();
  for (const file of files) {
    if (matchesEither(file, compiled.paths.wrangler.test)) configs.set(file, compiled.paths.wrangler.test);
    else if (!isDependencyName(file.path) && (looksLikeWrangler(file.path, file.after) || looksLikeWrangler(file.previousPath ?? file.path, file.before))) configs.set(file, () => true);
  }
  const converted = new Set<ChangedFile>();
  for (const [removed, added] of conversions(compiled, files)) converted.add(removed).add(added);
  return { configs, converted };
}

function isDependencyName(path: string): boolean {
  return /(?:^|\/)(?:Cargo\.toml|Cargo\.lock|package\.json|libs\.versions\.toml|pyproject\.toml)$/.test(path);
}

/** The stem of a configuration file: its folder and name without the format, e.g. `api/wrangler.staging`. */
function stem(path: string): string {
  return path.replace(/\.(?:toml|jsonc?)$/i, '').toLowerCase();
}

function conversions(compiled: CompiledPolicy, files: readonly ChangedFile[]): Array<[ChangedFile, ChangedFile]> {
  const wrangler = files.filter((file) => compiled.paths.wrangler.test(file.path));
  const removed = wrangler.filter((file) => file.status === 'removed');
  return removed.flatMap((gone): Array<[ChangedFile, ChangedFile]> => {
    const added = wrangler.find((file) => file.status === 'added' && stem(file.path) === stem(gone.path) && file.path !== gone.path);
    return added === undefined ? [] : [[gone, added]];
  });
}

/** Each conversion as one file renamed from the old format to the new, so only real differences count. */
export function pairConversions(compiled: CompiledPolicy, files: readonly ChangedFile[], converted: ReadonlySet<ChangedFile>): ChangedFile[] {
  return conversions(compiled, files)
    .filter(([removed, added]) => converted.has(removed) && converted.has(added))
    .map(([removed, added]) => ({
      path: added.path,
      previousPath: removed.path,
      status: 'renamed' as FileStatus,
      binary: removed.binary || added.binary,
      ...(removed.before === undefined ? {} : { before: removed.before }),
      ...(added.after === undefined ? {} : { after: added.after }),
    }));
}

/** A value substituted when the configuration is rendered: `${KV_ID}`, `{{ kv_id }}`, `<%= id %>`, `__KV_ID__`. */
const PLACEHOLDER = /\$\{[^}]*\}|\{\{[^}]*\}\}|<%=?[^%]*%>|^__[A-Z0-9_]+__$|^\$[A-Z_][A-Z0-9_]*$/;

function placeholders(where: string, config: Config, locate: Locate, report: Report, scope: string): void {
  for (const kind of bindingKinds) {
    for (const entry of list(config, kind.path)) {
      const templated = kind.resource.filter((field) => typeof entry[field] === 'string' && PLACEHOLDER.test(entry[field] as string));
      if (templated.length === 0) continue;
      const name = String(entry[kind.name] ?? '?');
      report(
        'infrastructure.wrangler.placeholders',
        `${where}: ${kind.label} ${name} binds a template placeholder (${templated.map((field) => `${field} ${String(entry[field])}`).join(', ')}); what it binds at deploy is not in the repository`,
        locate('new', scope, quoted(name)),
        `the resource ${kind.label} ${name} binds is filled in at deploy time, so whether an earlier version's resources still exist cannot be checked`,
      );
    }
  }
}

type Locate = (side: 'old' | 'new', scope: string, needle: RegExp) => Evidence;
type Report = (rule: string, reason: string, evidence: Evidence, unsafe?: string) => void;

function read(path: string, text: string | null | undefined, side: 'before' | 'after'): Config {
  if (text === null) return {};
  if (text === undefined) throw new Error(`the content ${side} the change was not provided`);
  let value: unknown;
  if (/\.toml(?:\.[^/]*)?$/i.test(path)) {
    try {
      value = parseToml(text);
    } catch (error) {
      throw new Error(`the content ${side} the change is not valid TOML (${(error as Error).message.split('\n')[0]})`);
    }
  } else {
    const errors: ParseError[] = [];
    value = parseJsonc(text, errors, { allowTrailingComma: true });
    if (errors.length > 0) throw new Error(`the content ${side} the change is not valid JSON (offset ${errors[0]?.offset})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`the content ${side} the change is not a table`);
  return value as Config;
}

function record(value: unknown): Config {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Config) : {};
}

function list(config: Config, path: readonly string[]): Config[] {
  let value: unknown = config;
  for (const key of path) value = record(value)[key];
  return Array.isArray(value) ? value.map(record) : [];
}

function quoted(value: string): RegExp {
  return new RegExp(`["']${escapeRegExp(value)}["']`);
}

/** A line that sets `key`: `key =`, `"key":`, inline in `{ ... }`, or a `[key]` table header. */
function keyLine(key: string): RegExp {
  return new RegExp(`(?:^|[\\s{,\\[.])["']?${escapeRegExp(key)}["']?\\s*(?:[=:\\].]|$)`);
}

function compareBindings(where: string, scope: string, before: Config, after: Config, locate: Locate, report: Report): void {
  for (const kind of bindingKinds) {
    const nameOf = (entry: Config) => String(entry[kind.name] ?? JSON.stringify(entry));
    const resourceOf = (entry: Config) => kind.resource.filter((field) => entry[field] !== undefined).map((field) => `${field} ${String(entry[field])}`).join(', ');
    const old = new Map(list(before, kind.path).map((entry) => [nameOf(entry), entry]));
    const current = new Map(list(after, kind.path).map((entry) => [nameOf(entry), entry]));
    for (const [name, entry] of old) {
      const replacement = current.get(name);
      const resource = resourceOf(entry);
      if (replacement === undefined) {
        report(
          'infrastructure.wrangler.bindings',
          `${where}: ${kind.label} ${kind.bound ? 'binding ' : ''}${name} (${resource}) removed`,
          locate('old', scope, quoted(name)),
          kind.bound ? `${boundResourceLimit} ${kind.label} ${name} (${resource}), which this change unbinds: once it is deleted, rolling back is refused` : undefined,
        );
      } else if (resourceOf(replacement) !== resource) {
        report(
          'infrastructure.wrangler.bindings',
          `${where}: ${kind.label} ${kind.bound ? 'binding ' : ''}${name} now points to ${resourceOf(replacement)} instead of ${resource}`,
          locate('new', scope, quoted(name)),
          kind.bound ? `${boundResourceLimit} ${kind.label} ${name} to ${resource}, which this change replaces: once it is deleted, rolling back is refused` : undefined,
        );
      } else if (JSON.stringify(replacement) !== JSON.stringify(entry)) {
        report('infrastructure.wrangler.bindings', `${where}: ${kind.label} ${kind.bound ? 'binding ' : ''}${name} settings changed`, locate('new', scope, quoted(name)));
      }
    }
    for (const [name, entry] of current) {
      if (!old.has(name)) {
        report('infrastructure.wrangler.bindings', `${where}: ${kind.label} ${kind.bound ? 'binding ' : ''}${name} (${resourceOf(entry)}) added`, locate('new', scope, quoted(name)));
      }
    }
  }
}

function compareMigrations(where: string, scope: string, before: Config, after: Config, locate: Locate, report: Report): void {
  const tagOf = (migration: Config) => String(migration.tag ?? JSON.stringify(migration));
  const old = new Map(list(before, ['migrations']).map((m) => [tagOf(m), m]));
  const current = new Map(list(after, ['migrations']).map((m) => [tagOf(m), m]));
  const summary = (migration: Config) =>
    Object.entries(migration)
      .filter(([key]) => key !== 'tag')
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join('; ');
  for (const [tag, migration] of current) {
    const previous = old.get(tag);
    if (previous !== undefined && JSON.stringify(previous) === JSON.stringify(migration)) continue;
    const what = previous === undefined ? 'added' : 'edited after it was written';
    report(
      'infrastructure.wrangler.migrations',
      `${where}: Durable Object migration ${tag} ${what} (${summary(migration)})`,
      locate('new', scope, quoted(tag)),
      `${migrationLimit}, and this change ${previous === undefined ? 'adds' : 'edits'} migration ${tag}`,
    );
  }
  for (const tag of old.keys()) {
    if (!current.has(tag)) report('infrastructure.wrangler.migrations', `${where}: Durable Object migration ${tag} removed from the configuration`, locate('old', scope, quoted(tag)));
  }
}

function routesOf(config: Config): Map<string, string> {
  const routes = [...(config.route === undefined ? [] : [config.route]), ...(Array.isArray(config.routes) ? config.routes : [])];
  return new Map(
    routes.map((route): [string, string] => {
      if (typeof route === 'string') return [route, route];
      const entry = record(route);
      const pattern = String(entry.pattern ?? '');
      return [JSON.stringify(entry), entry.custom_domain === true ? `${pattern} (custom domain)` : pattern];
    }),
  );
}

function compareSettings(where: string, scope: string, before: Config, after: Config, locate: Locate, report: Report): void {
  const [oldRoutes, newRoutes] = [routesOf(before), routesOf(after)];
  for (const [key, pattern] of newRoutes) {
    if (!oldRoutes.has(key)) report('infrastructure.wrangler.routes', `${where}: route ${pattern} added`, locate('new', scope, quoted(pattern.replace(/ \(custom domain\)$/, ''))));
  }
  for (const [key, pattern] of oldRoutes) {
    if (!newRoutes.has(key)) report('infrastructure.wrangler.routes', `${where}: route ${pattern} removed`, locate('old', scope, quoted(pattern.replace(/ \(custom domain\)$/, ''))));
  }

  for (const key of ['compatibility_date', 'compatibility_flags']) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      report(
        'infrastructure.wrangler.compatibility',
        `${where}: ${key} ${JSON.stringify(before[key]) ?? '(unset)'} → ${JSON.stringify(after[key]) ?? '(unset)'}`,
        locate(after[key] === undefined ? 'old' : 'new', scope, keyLine(key)),
      );
    }
  }

  const [oldVars, newVars] = [record(before.vars), record(after.vars)];
  for (const name of new Set([...Object.keys(oldVars), ...Object.keys(newVars)])) {
    if (JSON.stringify(oldVars[name]) === JSON.stringify(newVars[name])) continue;
    const what = !(name in oldVars) ? 'added' : !(name in newVars) ? 'removed' : 'changed';
    report('infrastructure.wrangler.vars', `${where}: var ${name} ${what}`, locate(what === 'removed' ? 'old' : 'new', scope, keyLine(name)));
  }

  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (handledKeys.has(key) || JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    const what = !(key in before) ? 'added' : !(key in after) ? 'removed' : 'changed';
    report('infrastructure.wrangler.settings', `${where}: setting ${key} ${what}`, locate(what === 'removed' ? 'old' : 'new', scope, keyLine(key)));
  }
}
