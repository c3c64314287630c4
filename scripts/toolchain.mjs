#!/usr/bin/env node
// Entry point of `npm test`, `npm run demo`, `npm run bench` and `npm run build`.
//
// Runs on whatever Node.js and npm the machine has (Node 20 is enough here), brings the pinned
// toolchain into `.tools/` (Node 24 from the npm registry when the local node is older, pnpm),
// installs the workspace with a frozen lockfile, then hands over to a script that runs on Node 24.
// Nothing is installed globally; a second run reuses `.tools/` and the installed workspace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { node: nodeVersion, pnpm: pnpmVersion } = manifest.toolchain;
const toolsDir = join(root, '.tools');

const tasks = {
  check: 'scripts/check.mjs',
  demo: 'scripts/demo.mjs',
  bench: 'bench/run.mjs',
  build: 'scripts/build.mjs',
};

function log(message) {
  process.stderr.write(`[toolchain] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[toolchain] error: ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) fail(`${command} ${args.join(' ')}: ${result.error.message}`);
  return result.status ?? 1;
}

function versionOf(nodeBinary) {
  const result = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
}

/** The pinned tools as recorded in .tools/package.json, installed when missing or different. */
function ensureTools() {
  const wanted = { pnpm: pnpmVersion };
  const needNode = Number(process.versions.node.split('.')[0]) < Number(nodeVersion.split('.')[0]);
  const nodePackage = `node-${process.platform}-${process.arch}`;
  if (needNode) wanted[nodePackage] = nodeVersion;

  const installed = (name) => {
    const file = join(toolsDir, 'node_modules', name, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
  };
  const missing = Object.entries(wanted).filter(([name, version]) => installed(name) !== version);
  if (missing.length > 0) {
    log(`installing ${missing.map(([n, v]) => `${n}@${v}`).join(', ')} into .tools/`);
    mkdirSync(toolsDir, { recursive: true });
    writeFileSync(
      join(toolsDir, 'package.json'),
      JSON.stringify({ name: 'change-actions-tools', private: true }, null, 2) + '\n',
    );
    // Install scripts stay off: pnpm's only swaps in a native launcher, and we call pnpm.mjs.
    const status = run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--no-package-lock',
        '--prefix',
        toolsDir,
        ...Object.entries(wanted).map(([n, v]) => `${n}@${v}`),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (status !== 0) fail(`npm install of the toolchain failed (exit ${status})`);
  }

  const nodeBinary = needNode
    ? join(toolsDir, 'node_modules', nodePackage, 'bin', 'node')
    : process.execPath;
  const actual = versionOf(nodeBinary);
  if (!actual || Number(actual.split('.')[0]) < Number(nodeVersion.split('.')[0])) {
    fail(`${nodeBinary} is not Node ${nodeVersion} (it says ${actual ?? 'nothing'})`);
  }
  const pnpmEntry = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');
  if (!existsSync(pnpmEntry)) fail(`pnpm entry ${pnpmEntry} is missing`);
  return { nodeBinary, pnpmEntry };
}

function main() {
  const task = process.argv[2];
  const script = tasks[task];
  if (!script) fail(`unknown task "${task}"; accepted: ${Object.keys(tasks).join(', ')}`);

  const { nodeBinary, pnpmEntry } = ensureTools();
  // Every child (pnpm, vitest, the bundled actions, wrangler) sees Node 24 first on PATH, and a
  // `pnpm` launcher next to it.
  const shimDir = join(toolsDir, 'bin');
  mkdirSync(shimDir, { recursive: true });
  const shim = join(shimDir, 'pnpm');
  const shimText = `#!/bin/sh\nexec "${nodeBinary}" "${pnpmEntry}" "$@"\n`;
  if (!existsSync(shim) || readFileSync(shim, 'utf8') !== shimText) {
    writeFileSync(shim, shimText, { mode: 0o755 });
  }
  const env = {
    ...process.env,
    PATH: [shimDir, dirname(nodeBinary), process.env.PATH].join(':'),
    CHANGE_ACTIONS_NODE: nodeBinary,
    // pnpm would otherwise ask before it replaces a node_modules laid out by another tool.
    npm_config_confirm_modules_purge: 'false',
  };

  const installArgs = ['install', '--frozen-lockfile', '--reporter=append-only'];
  if (process.env.CHANGE_ACTIONS_SKIP_INSTALL !== '1') {
    log('pnpm install --frozen-lockfile');
    const status = run(nodeBinary, [pnpmEntry, ...installArgs], { env });
    if (status !== 0) fail(`pnpm install failed (exit ${status})`);
  }

  const status = run(nodeBinary, [join(root, script), ...process.argv.slice(3)], { env });
  process.exit(status);
}

main();
