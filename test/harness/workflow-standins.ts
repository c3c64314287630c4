/**
 * Small declared stand-ins for the third-party actions this repository's workflows use. Each is
 * registered by name (`owner/repo` or `owner/repo/path`), declares the inputs it accepts (with the
 * real action's defaults for the ones it reads) and records what it was given. A workflow that
 * uses an action with no stand-in fails; so does an input a stand-in does not declare.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

export interface StandInContext {
  /** Every declared input, defaults applied, as strings. */
  inputs: Record<string, string>;
  /** The step's environment. */
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  /** The `github` context of the run. */
  github: Record<string, any>;
  /** The run's state shared by stand-ins: uploaded artifacts, the repository to check out. */
  run: StandInRunState;
  log: (line: string) => void;
}

export interface StandInResult {
  outputs?: Record<string, string>;
  /** Non-zero fails the step. */
  exitCode?: number;
}

export interface StandInAction {
  /** Declared inputs and their defaults ('' when the real action has none that matters here). */
  inputs: Record<string, string>;
  run: (context: StandInContext) => StandInResult | Promise<StandInResult> | void | Promise<void>;
}

export interface Artifact {
  name: string;
  /** Files, relative to the common root of the uploaded paths, with their absolute stored copies. */
  files: Record<string, string>;
  retentionDays: string;
}

export interface StandInRunState {
  /** A local git repository that actions/checkout clones into the workspace. */
  checkoutSource: string | undefined;
  /** Where artifacts are stored for the run. */
  artifactDir: string;
  artifacts: Map<string, Artifact>;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
}

/** actions/checkout: clones the run's checkout source and checks out the commit of the run (or `ref`). */
const checkout: StandInAction = {
  inputs: {
    repository: '',
    ref: '',
    token: '',
    'ssh-key': '',
    'persist-credentials': 'true',
    path: '',
    clean: 'true',
    filter: '',
    'sparse-checkout': '',
    'fetch-depth': '1',
    'fetch-tags': 'false',
    lfs: 'false',
    submodules: 'false',
  },
  run({ inputs, workspace, github, run, log }) {
    if (run.checkoutSource === undefined) {
      log('::error::actions/checkout: the run names no repository to check out (WorkflowRunOptions.checkout)');
      return { exitCode: 1 };
    }
    const target = join(workspace, inputs['path'] ?? '');
    mkdirSync(target, { recursive: true });
    if (readdirSync(target).length > 0) {
      log(`::error::actions/checkout: ${target} is not empty`);
      return { exitCode: 1 };
    }
    const depth = Number(inputs['fetch-depth']);
    // A shallow clone of a local repository needs a file:// URL; depth 0 is the whole history.
    const args = depth > 0 ? ['clone', '-q', '--no-checkout', '--depth', String(depth), '--no-single-branch', `file://${run.checkoutSource}`, target] : ['clone', '-q', '--no-checkout', run.checkoutSource, target];
    git(workspace, ...args);
    const ref = inputs['ref'] || github['sha'];
    if (depth > 0) {
      try {
        git(target, 'fetch', '-q', '--depth', String(depth), 'origin', ref);
      } catch {
        // the commit may already be in the shallow clone
      }
    }
    git(target, 'checkout', '-q', '--detach', ref);
    log(`checked out ${git(target, 'rev-parse', 'HEAD')} into ${target}`);
    return { outputs: { ref: github['ref'] ?? '', commit: git(target, 'rev-parse', 'HEAD') } };
  },
};

function storedName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** actions/upload-artifact: copies the matched files into the run's artifact store. */
const uploadArtifact: StandInAction = {
  inputs: {
    name: 'artifact',
    path: '',
    'if-no-files-found': 'warn',
    'retention-days': '0',
    'compression-level': '6',
    overwrite: 'false',
    'include-hidden-files': 'false',
  },
  run({ inputs, workspace, github, run, log }) {
    const name = inputs['name']!;
    if (run.artifacts.has(name) && inputs['overwrite'] !== 'true') {
      log(`::error::Failed to CreateArtifact: an artifact with the name ${name} already exists`);
      return { exitCode: 1 };
    }
    const patterns = inputs['path']!.split('\n').map((p) => p.trim()).filter(Boolean);
    if (patterns.length === 0) {
      log('::error::Input required and not supplied: path');
      return { exitCode: 1 };
    }
    const found: string[] = [];
    for (const pattern of patterns) {
      const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern);
      if (existsSync(absolute) && statSync(absolute).isFile()) found.push(absolute);
      else if (existsSync(absolute) && statSync(absolute).isDirectory()) found.push(...globSync('**/*', { cwd: absolute }).map((f) => join(absolute, f)).filter((f) => statSync(f).isFile()));
      else found.push(...globSync(pattern, { cwd: workspace }).map((f) => (isAbsolute(f) ? f : join(workspace, f))).filter((f) => statSync(f).isFile()));
    }
    if (found.length === 0) {
      const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
      if (inputs['if-no-files-found'] === 'error') {
        log(`::error::${message}`);
        return { exitCode: 1 };
      }
      log(inputs['if-no-files-found'] === 'ignore' ? message : `::warning::${message}`);
      return { outputs: { 'artifact-id': '', 'artifact-url': '', 'artifact-digest': '' } };
    }
    const store = join(run.artifactDir, storedName(name));
    const files: Record<string, string> = {};
    const common = commonDir(found);
    for (const file of found) {
      const rel = relative(common, file) || file.split('/').at(-1)!;
      const copy = join(store, rel);
      cpSync(file, copy);
      files[rel] = copy;
    }
    const id = String(run.artifacts.size + 1);
    run.artifacts.set(name, { name, files, retentionDays: inputs['retention-days']! });
    log(`Artifact ${name} has been successfully uploaded! Final size is ${found.length} file(s)`);
    return { outputs: { 'artifact-id': id, 'artifact-url': `${github['server_url']}/${github['repository']}/actions/runs/${github['run_id']}/artifacts/${id}`, 'artifact-digest': '' } };
  },
};

function commonDir(files: string[]): string {
  const parts = files.map((f) => f.split('/').slice(0, -1));
  const first = parts[0]!;
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join('/') || '/';
}

/** actions/download-artifact: copies a stored artifact into the workspace. */
const downloadArtifact: StandInAction = {
  inputs: { name: '', 'artifact-ids': '', path: '', pattern: '', 'merge-multiple': 'false', 'github-token': '', repository: '', 'run-id': '' },
  run({ inputs, workspace, run, log }) {
    const names = inputs['name'] ? [inputs['name']] : [...run.artifacts.keys()];
    const base = join(workspace, inputs['path'] ?? '');
    for (const name of names) {
      const artifact = run.artifacts.get(name);
      if (!artifact) {
        log(`::error::Unable to download artifact(s): Artifact not found for name: ${name}`);
        return { exitCode: 1 };
      }
      const target = inputs['name'] ? base : join(base, name);
      for (const [rel, copy] of Object.entries(artifact.files)) cpSync(copy, join(target, rel));
    }
    return { outputs: { 'download-path': base } };
  },
};

/** Records its inputs and does nothing else. */
function recordOnly(inputs: Record<string, string>, outputs: (inputs: Record<string, string>) => Record<string, string> = () => ({})): StandInAction {
  return { inputs, run: ({ inputs: given }) => ({ outputs: outputs(given) }) };
}

/** The stand-ins every run has; a run may add or replace some (WorkflowRunOptions.standIns). */
export function defaultStandIns(): Record<string, StandInAction> {
  return {
    'actions/checkout': checkout,
    'actions/upload-artifact': uploadArtifact,
    'actions/download-artifact': downloadArtifact,
    'actions/setup-node': recordOnly(
      { 'node-version': '', 'node-version-file': '', 'check-latest': 'false', architecture: '', cache: '', 'cache-dependency-path': '', 'registry-url': '', scope: '', token: '', 'package-manager-cache': 'true' },
      () => ({ 'node-version': process.version, 'cache-hit': 'false' }),
    ),
    'actions/cache': recordOnly({ path: '', key: '', 'restore-keys': '', 'enableCrossOsArchive': 'false', 'fail-on-cache-miss': 'false', 'lookup-only': 'false', 'save-always': 'false' }, () => ({ 'cache-hit': 'false' })),
    'dtolnay/rust-toolchain': recordOnly({ toolchain: '', targets: '', target: '', components: '' }, (i) => ({ name: i['toolchain'] || 'stable', cachekey: '' })),
    'github/codeql-action/init': recordOnly({ languages: '', queries: '', 'config-file': '', config: '', 'build-mode': '', tools: '', token: '', 'debug': 'false' }),
    'github/codeql-action/autobuild': recordOnly({ token: '', 'working-directory': '' }),
    'github/codeql-action/analyze': recordOnly({ category: '', upload: 'always', output: '', token: '', 'checkout_path': '', ram: '', threads: '' }, () => ({ 'sarif-output': '' })),
    'github/codeql-action/upload-sarif': recordOnly({ sarif_file: '', category: '', token: '', checkout_path: '', 'wait-for-processing': 'true' }, () => ({ 'sarif-id': '' })),
  };
}
