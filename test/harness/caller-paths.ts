/**
 * Finds every `uses:` of this repository's own actions and reusable workflows in the YAML and
 * Markdown files of a tree, and every policy schema `$id`, and says which of them name a path that
 * GitHub could not resolve: `maelstrom/change-actions/<path>@<ref>` must name a folder holding
 * `action.yml` (or `action.yaml`), or a workflow file under `.github/workflows/` whose `on:` has
 * `workflow_call`; `./<path>` in this repository's own workflows likewise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The repository callers name in `uses:`. */
export const OWN_REPOSITORY = 'maelstrom/change-actions';

export interface CallerPath {
  /** File, relative to the root. */
  file: string;
  line: number;
  /** The `uses:` value (or the `$id`) as written. */
  uses: string;
  /** The path inside the repository it names. */
  path: string;
}

export interface BrokenCallerPath extends CallerPath {
  reason: string;
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.tools', '.git']);

/** YAML and Markdown files under `root`, without node_modules, dist, .tools and .git. */
export function callerFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(dir, entry.name));
      } else if (/\.(ya?ml|md)$/i.test(entry.name)) {
        found.push(join(dir, entry.name));
      }
    }
  };
  walk(root);
  return found.sort();
}

// `uses: owner/repo/path@ref`, quoted or not, in YAML and in Markdown code alike.
const REMOTE = /\buses:\s*['"]?maelstrom\/change-actions\/([^@\s'"`]+)@([^\s'"`#]+)/gi;
const REMOTE_WITHOUT_REF = /\buses:\s*['"]?maelstrom\/change-actions\/([^@\s'"`]+)(?=[\s'"`]|$)/gi;
const LOCAL = /\buses:\s*['"]?(\.\/[^\s'"`#]+)/g;
const SCHEMA_ID = /"?\$id"?\s*:\s*['"]([^'"]*maelstrom\/change-actions[^'"]*)['"]/g;

/** Every reference to this repository's own actions and workflows in the files under `root`. */
export function callerPaths(root: string): CallerPath[] {
  const found: CallerPath[] = [];
  for (const file of callerFiles(root)) {
    const rel = relative(root, file);
    // `./` resolves in the repository that runs the workflow: ours only in our own workflows.
    const ownWorkflow = rel.startsWith('.github/workflows/') || rel.startsWith('.github/actions/');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const m of text.matchAll(REMOTE)) found.push({ file: rel, line: i + 1, uses: m[0].replace(/^uses:\s*['"]?/, ''), path: m[1]! });
        for (const m of text.matchAll(REMOTE_WITHOUT_REF)) found.push({ file: rel, line: i + 1, uses: m[0].replace(/^uses:\s*['"]?/, ''), path: '' });
        if (ownWorkflow) for (const m of text.matchAll(LOCAL)) found.push({ file: rel, line: i + 1, uses: m[1]!, path: m[1]!.slice(2) });
      });
  }
  return found;
}

/** The `$id` of the policy schema (source and published file), with the path inside the repository it names. */
export function schemaIds(root: string, files: readonly string[]): CallerPath[] {
  const found: CallerPath[] = [];
  for (const rel of files) {
    const full = join(root, rel);
    if (!existsSync(full)) continue;
    readFileSync(full, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const m of text.matchAll(SCHEMA_ID)) {
          const id = m[1]!;
          // https://raw.githubusercontent.com/owner/repo/<ref>/<path>
          const raw = /^https:\/\/raw\.githubusercontent\.com\/maelstrom\/change-actions\/[^/]+\/(.+)$/.exec(id);
          found.push({ file: rel, line: i + 1, uses: id, path: raw?.[1] ?? '' });
        }
      });
  }
  return found;
}

/** Why `path` is not something GitHub runs, or undefined when it is. */
export function unresolvable(root: string, path: string): string | undefined {
  if (path === '') return 'names no path inside the repository (or no @ref)';
  if (path.includes('<')) {
    // A placeholder such as `actions/<action>`: its fixed part must be a real folder.
    const fixed = path.slice(0, path.indexOf('<'));
    return fixed === 'actions/' || fixed === '.github/workflows/' ? undefined : `placeholder outside actions/ and .github/workflows/`;
  }
  const full = join(root, path);
  if (/\.ya?ml$/.test(path)) {
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'a reusable workflow must be a file directly in .github/workflows/';
    if (!existsSync(full)) return 'no such workflow file';
    const on = (parseYaml(readFileSync(full, 'utf8')) as { on?: unknown } | null)?.on;
    const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
    return triggers.includes('workflow_call') ? undefined : 'the workflow has no workflow_call trigger';
  }
  if (!existsSync(full) || !statSync(full).isDirectory()) return 'no such folder';
  if (!existsSync(join(full, 'action.yml')) && !existsSync(join(full, 'action.yaml'))) return 'the folder holds no action.yml';
  return undefined;
}

/** Every reference under `root` that names something GitHub could not run. */
export function brokenCallerPaths(root: string, schemaFiles: readonly string[] = []): BrokenCallerPath[] {
  const broken: BrokenCallerPath[] = [];
  for (const ref of callerPaths(root)) {
    const reason = unresolvable(root, ref.path);
    if (reason !== undefined) broken.push({ ...ref, reason });
  }
  for (const ref of schemaIds(root, schemaFiles)) {
    const reason = ref.path === '' ? 'not a raw file URL of this repository' : existsSync(join(root, ref.path)) ? undefined : 'no such file';
    if (reason !== undefined) broken.push({ ...ref, reason });
  }
  return broken;
}
