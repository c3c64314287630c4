/**
 * The corpus: tricky changes with the classification each must get. `sensitive` marks the
 * changes that must be security-relevant; the corpus test counts any that are not.
 */
import { toClassifyPolicy, type ChangeRecord, type ChangeSnapshot, type ClassifyPolicy, type Severity, type SpecialKind } from '../src/index.ts';
import { cargoLock, cargoToml, pnpmLock, workflow, wranglerJsonc, wranglerToml, yarnBerry, yarnClassic } from './fixtures.ts';
import { attackClasses, realChanges } from './corpus-real.ts';
import { commit, compared, edited, lines, packageJson, snapshot } from './helpers.ts';

export interface CorpusCase {
  name: string;
  snapshot: ChangeSnapshot;
  policy?: ClassifyPolicy;
  sensitive: boolean;
  expect: {
    changeType: ChangeRecord['changeType'];
    securityRelevant: boolean;
    special: SpecialKind[];
    /** Every trigger rule that fires, and no other. */
    rules: string[];
    major?: boolean;
    rollbackSafe?: boolean;
    severity?: Severity;
  };
  /** Further checks: evidence, notes, dependency changes. */
  check?: (record: ChangeRecord) => void;
}

const chore = (header: string) => ({ commits: [commit(`chore: ${header}`)] });
const fix = (header: string) => ({ commits: [commit(`fix: ${header}`)] });
const sha = '11bd71901bbe5b1630ceea73d27597364c9af683';

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function dependency(record: ChangeRecord, name: string) {
  const found = record.dependencies.find((d) => d.name === name);
  if (found === undefined) throw new Error(`no dependency change for ${name}`);
  return found;
}

/** The first trigger other than the path rule every workflow change fires. */
function specific(record: ChangeRecord) {
  return record.triggers.find((t) => t.rule !== 'access-control.paths');
}

function notes(record: ChangeRecord): string[] {
  return record.triggers.flatMap((t) => t.evidence.map((e) => e.note ?? ''));
}

export const corpus: CorpusCase[] = [
  // Commit types, paths and the diff together.
  {
    name: 'documentation only',
    snapshot: snapshot({ commits: [commit('docs: explain the rollback procedure')], files: [edited('docs/rollback.md', 'Run `git revert`.')] }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a docs commit that touches authentication code',
    snapshot: snapshot({ commits: [commit('docs: explain sessions')], files: [edited('src/auth/session.ts', '// Sessions expire after an hour.')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['authentication.content', 'authentication.paths'] },
  },
  {
    name: 'a docs commit that edits code outside documentation paths',
    snapshot: snapshot({ commits: [commit('docs: fix a typo')], files: [edited('src/api/list.ts', 'return items.slice(0, limit);')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual(r.decisions.map((d) => d.rule), ['change-types.commit-type-paths'], 'decisions'),
  },
  {
    name: 'a plain bug fix',
    snapshot: snapshot({ ...fix('handle an empty list'), files: [edited('src/api/list.ts', 'if (items.length === 0) return [];')] }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a fix whose diff adds a dependency',
    snapshot: snapshot({
      ...fix('pad identifiers'),
      files: [compared('package.json', packageJson({ dependencies: { hono: '^4.6.0' } }), packageJson({ dependencies: { hono: '^4.6.0', 'left-pad': '^1.3.0' } }))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
    check: (r) => expectEqual(r.triggers[0]?.evidence[0]?.line, 6, 'line of the new dependency'),
  },
  {
    name: 'a non-breaking dependency update',
    snapshot: snapshot({
      ...chore('bump lodash'),
      files: [compared('package.json', packageJson({ dependencies: { lodash: '^4.17.20' } }), packageJson({ dependencies: { lodash: '^4.17.21' } }))],
    }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual(dependency(r, 'lodash').change, 'bumped', 'lodash'),
  },
  {
    name: 'a 0.x minor bump is a major change',
    snapshot: snapshot({ ...chore('bump tokio'), files: [compared('Cargo.toml', cargoToml, cargoToml.replace('tokio = "0.2"', 'tokio = "0.3"'))] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [], major: true },
    check: (r) => expectEqual(dependency(r, 'tokio').evidence[0]?.line, 8, 'line of tokio'),
  },
  {
    name: 'a semver-major bump',
    snapshot: snapshot({
      ...chore('bump react'),
      files: [compared('web/package.json', packageJson({ dependencies: { react: '^17.0.2' } }), packageJson({ dependencies: { react: '^18.3.1' } }))],
    }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [], major: true },
  },
  {
    name: 'a new development dependency',
    snapshot: snapshot({
      ...chore('add vitest'),
      files: [compared('package.json', packageJson({ devDependencies: { typescript: '5.9.3' } }), packageJson({ devDependencies: { typescript: '5.9.3', vitest: '4.1.12' } }))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new-dev'] },
  },
  {
    name: 'a dependency moved between sections is not new',
    snapshot: snapshot({
      ...chore('ship zod at runtime'),
      files: [compared('package.json', packageJson({ devDependencies: { zod: '^3.23.8' } }), packageJson({ dependencies: { zod: '^3.23.8' } }))],
    }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual([dependency(r, 'zod').change, dependency(r, 'zod').from, dependency(r, 'zod').to], ['moved', 'devDependencies', 'dependencies'], 'zod'),
  },
  {
    name: 'a workspace package is not third-party',
    snapshot: snapshot({
      ...chore('use the shared portal library'),
      files: [compared('apps/admin/package.json', packageJson({}), packageJson({ dependencies: { '@acme/shared-portal-lib': 'workspace:*' } }))],
    }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual(dependency(r, '@acme/shared-portal-lib').thirdParty, false, 'thirdParty'),
  },
  {
    name: 'a Cargo path dependency is not third-party',
    snapshot: snapshot({ ...chore('use the rate limiter'), files: [compared('Cargo.toml', cargoToml, cargoToml.replace('tokio = "0.2"', 'tokio = "0.2"\nshared-rate-limit = { path = "../shared-rate-limit" }'))] }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a Cargo dependency inherited from the workspace table is not new',
    snapshot: snapshot({ ...chore('use uuid'), files: [compared('crates/api/Cargo.toml', cargoToml, `${cargoToml}\n[dependencies.uuid]\nworkspace = true\n`)] }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a new Cargo git dependency',
    snapshot: snapshot({
      ...fix('limit retries'),
      files: [compared('Cargo.toml', cargoToml, cargoToml.replace('tokio = "0.2"', 'tokio = "0.2"\nbackoff = { git = "https://github.com/acme/backoff", rev = "9f1c2e7" }'))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'a new target-specific Cargo dependency',
    snapshot: snapshot({ ...chore('handle signals'), files: [compared('Cargo.toml', cargoToml, `${cargoToml}\n[target.'cfg(unix)'.dependencies]\nnix = "0.29"\n`)] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'a new entry in [workspace.dependencies]',
    snapshot: snapshot({ ...chore('share uuid'), files: [compared('Cargo.toml', '[workspace]\nmembers = ["crates/*"]\n', '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\nuuid = "1"\n')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'a new cryptographic crate',
    snapshot: snapshot({ ...chore('sign receipts'), files: [compared('Cargo.toml', cargoToml, cargoToml.replace('tokio = "0.2"', 'tokio = "0.2"\ned25519-dalek = "2"'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.packages', 'dependencies.new'] },
  },
  {
    name: 'a registry crate replaced by a git fork',
    snapshot: snapshot({
      ...fix('patch ring'),
      files: [
        compared(
          'Cargo.toml',
          cargoToml.replace('tokio = "0.2"', 'tokio = "0.2"\nring = "0.17"'),
          cargoToml.replace('tokio = "0.2"', 'tokio = "0.2"\nring = { git = "https://github.com/someone/ring", branch = "main" }'),
        ),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.packages', 'dependencies.new'] },
    check: (r) => expectEqual(dependency(r, 'ring').change, 'source-changed', 'ring'),
  },
  {
    name: 'an npm alias that installs another package',
    snapshot: snapshot({
      ...chore('switch lodash build'),
      files: [compared('package.json', packageJson({ dependencies: { lodash: '^4.17.21' } }), packageJson({ dependencies: { lodash: 'npm:lodash-es@^4.17.21' } }))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
    check: (r) => expectEqual(dependency(r, 'lodash-es').change, 'added', 'lodash-es'),
  },
  {
    name: 'an unparseable manifest after the change',
    snapshot: snapshot({ ...chore('edit manifest'), files: [compared('package.json', packageJson({}), '{ "dependencies": { "a": ')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
    check: (r) => expectEqual(notes(r), ['not readable'], 'notes'),
  },
  {
    name: 'a manifest whose content was not provided',
    snapshot: snapshot({ ...chore('edit manifest'), files: [{ path: 'package.json', status: 'modified', binary: false, additions: lines('"a": "1"') }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'a pnpm lockfile-only change: transitive updates are reported, not triggers',
    snapshot: snapshot({
      ...chore('refresh the lockfile'),
      files: [compared('pnpm-lock.yaml', pnpmLock('1.0.0'), pnpmLock('1.0.1', '\n  b@2.0.0:\n    resolution: {integrity: sha512-bbbb}\n'))],
    }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
    check: (r) => {
      expectEqual([dependency(r, 'a').change, dependency(r, 'a').direct, dependency(r, 'a').to], ['bumped', true, '1.0.1'], 'a');
      expectEqual([dependency(r, 'b').change, dependency(r, 'b').direct], ['added', false], 'b');
    },
  },
  {
    name: 'a lockfile-only change with transitive packages as triggers by policy',
    policy: toClassifyPolicy({ classify: { dependencies: { 'new-transitive': 'trigger' } } }),
    snapshot: snapshot({
      ...chore('refresh the lockfile'),
      files: [compared('pnpm-lock.yaml', pnpmLock('1.0.0'), pnpmLock('1.0.1', '\n  b@2.0.0:\n    resolution: {integrity: sha512-bbbb}\n'))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new-transitive'] },
  },
  {
    name: 'a Cargo.lock-only change',
    snapshot: snapshot({
      ...chore('cargo update'),
      files: [compared('Cargo.lock', cargoLock(), cargoLock('\n[[package]]\nname = "windows-sys"\nversion = "0.59.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n'))],
    }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual(dependency(r, 'windows-sys').evidence[0]?.line, 18, 'line in Cargo.lock'),
  },
  {
    name: 'a yarn classic lockfile-only change',
    snapshot: snapshot({
      ...chore('yarn upgrade'),
      files: [compared('yarn.lock', yarnClassic(), yarnClassic('\n"@types/node@^24.0.0":\n  version "24.19.4"\n  resolved "https://registry.yarnpkg.com/@types/node/-/node-24.19.4.tgz"\n'))],
    }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual([dependency(r, '@types/node').direct, dependency(r, '@types/node').evidence[0]?.line], [false, 10], '@types/node'),
  },
  {
    name: 'a yarn berry lockfile-only change',
    snapshot: snapshot({
      ...chore('yarn up'),
      files: [compared('yarn.lock', yarnBerry(), yarnBerry('\n"ms@npm:^2.1.3":\n  version: 2.1.3\n  resolution: "ms@npm:2.1.3"\n  languageName: node\n  linkType: hard\n'))],
    }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual(dependency(r, 'ms').change, 'added', 'ms'),
  },
  {
    name: 'a new dependency in package.json and package-lock.json together',
    snapshot: snapshot({
      ...chore('add axios'),
      files: [
        compared('package.json', packageJson({}), packageJson({ dependencies: { axios: '^1.7.0' } })),
        compared(
          'package-lock.json',
          JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages: { '': { name: 'app' } } }, null, 2),
          JSON.stringify(
            {
              name: 'app',
              lockfileVersion: 3,
              requires: true,
              packages: {
                '': { name: 'app', dependencies: { axios: '^1.7.0' } },
                'node_modules/axios': { version: '1.7.2', resolved: 'https://registry.npmjs.org/axios/-/axios-1.7.2.tgz', dependencies: { 'follow-redirects': '^1.15.6' } },
                'node_modules/follow-redirects': { version: '1.15.6', resolved: 'https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz' },
              },
            },
            null,
            2,
          ),
        ),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
    check: (r) => {
      expectEqual(dependency(r, 'axios').evidence.map((e) => e.file), ['package.json', 'package-lock.json', 'package-lock.json'], 'axios evidence');
      expectEqual([dependency(r, 'follow-redirects').direct, dependency(r, 'follow-redirects').change], [false, 'added'], 'follow-redirects');
    },
  },

  // Authentication, cryptography, cryptographic parameters.
  {
    name: 'an Authorization header in a client',
    snapshot: snapshot({ ...fix('send the token'), files: [edited('src/client.ts', "headers.set('Authorization', `Bearer ${token}`);")] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['authentication.content'] },
  },
  {
    name: 'a Rust import of a cryptographic crate',
    snapshot: snapshot({ ...fix('verify receipts'), files: [edited('src/receipt.rs', 'use ring::signature::{self, UnparsedPublicKey};', undefined)] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.packages'] },
  },
  {
    name: 'a Web Crypto call',
    snapshot: snapshot({ ...fix('hash payloads'), files: [edited('src/worker.ts', 'const digest = await crypto.subtle.digest(algorithm, data);')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.content'] },
  },
  {
    name: 'a node:crypto import',
    snapshot: snapshot({ ...fix('hash ids'), files: [edited('src/ids.ts', "import { createHash } from 'node:crypto';")] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.content'] },
  },
  {
    name: 'a signing algorithm identifier changed',
    snapshot: snapshot({ ...chore('tune config'), files: [edited('src/config.ts', "export const algorithm = 'ES256';", "export const algorithm = 'RS256';")] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['crypto-parameters.content'] },
    check: (r) => expectEqual(r.triggers[0]?.evidence.map((e) => [e.line, e.side]), [[1, 'new'], [1, 'old']], 'lines'),
  },
  {
    name: 'a lowered iteration count',
    snapshot: snapshot({ ...chore('speed up tests'), files: [edited('src/kdf.ts', '  iterations: 100_000,', '  iterations: 600_000,')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['crypto-parameters.content'] },
  },

  // Renames, deletions, binaries, unusual paths, vendored code.
  {
    name: 'a rename out of an authentication folder',
    snapshot: snapshot({ ...chore('reorganise'), files: [{ path: 'src/identity/signin.ts', previousPath: 'src/auth/signin.ts', status: 'renamed', binary: false }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['authentication.paths'] },
    check: (r) => expectEqual(notes(r), ['renamed from src/auth/signin.ts'], 'notes'),
  },
  {
    name: 'a copy of an authentication module',
    snapshot: snapshot({ ...chore('keep the old flow'), files: [{ path: 'src/legacy/flow.ts', previousPath: 'src/auth/flow.ts', status: 'copied', binary: false }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['authentication.paths'] },
  },
  {
    name: 'a deleted cryptographic module',
    snapshot: snapshot({
      ...chore('drop unused code'),
      files: [{ path: 'src/crypto/rotate.rs', status: 'removed', binary: false, deletions: lines('pub fn rotate() {}') }],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.paths'] },
    check: (r) => expectEqual(notes(r), ['file removed'], 'notes'),
  },
  {
    name: 'binary key material',
    snapshot: snapshot({ ...chore('add a test certificate'), files: [{ path: 'certs/server.p12', status: 'added', binary: true }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['content.binary', 'cryptography.paths'] },
    check: (r) => expectEqual(notes(r), ['binary file, content not inspected', 'binary file, content not inspected'], 'notes'),
  },
  {
    name: 'a binary file at an authentication path',
    snapshot: snapshot({ ...chore('update a fixture'), files: [{ path: 'src/auth/fixtures/token.bin', status: 'modified', binary: true }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['authentication.paths', 'content.binary'] },
  },
  {
    name: 'documentation at a path with spaces and unicode',
    snapshot: snapshot({ commits: [commit('docs: translate the guide')], files: [edited('docs/Guide ü/Über uns.md', 'Wir über uns.')] }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'authentication code at a path with spaces, unicode and capitals',
    snapshot: snapshot({ ...fix('tokens'), files: [edited('src/Äpp/Auth/tökens v2.ts', 'export const ttl = 60;')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['authentication.paths'] },
  },
  {
    name: 'a sensitive file inside a vendored folder',
    snapshot: snapshot({ ...chore('update vendored openssl'), files: [{ path: 'third_party/openssl/crypto/evp.c', status: 'modified', binary: false }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.paths', 'vendored.changed'] },
    check: (r) => expectEqual([...new Set(notes(r))], ['vendored'], 'notes'),
  },
  {
    name: 'a cryptographic import inside node_modules',
    snapshot: snapshot({ ...chore('patch a dependency'), files: [edited('node_modules/jwt-lite/index.js', "const { createHmac } = require('crypto');")] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['cryptographic'], rules: ['cryptography.content', 'vendored.changed'] },
    check: (r) => expectEqual([...new Set(notes(r))], ['vendored'], 'notes'),
  },

  // Infrastructure.
  {
    name: 'a Durable Object migration',
    snapshot: snapshot({
      commits: [commit('feat: add a rate limiter object')],
      files: [
        compared(
          'provii-verifier/wrangler.toml',
          wranglerToml,
          wranglerToml
            .replace('bindings = [{ name = "COUNTER", class_name = "Counter" }]', 'bindings = [{ name = "COUNTER", class_name = "Counter" }, { name = "LIMITER", class_name = "Limiter" }]')
            .replace('[env.staging]', '[[migrations]]\ntag = "v2"\nnew_sqlite_classes = ["Limiter"]\n\n[env.staging]'),
        ),
      ],
    }),
    sensitive: true,
    expect: {
      changeType: 'normal',
      securityRelevant: true,
      special: ['infrastructure'],
      rules: ['infrastructure.wrangler.bindings', 'infrastructure.wrangler.migrations'],
      major: true,
      rollbackSafe: false,
    },
    check: (r) => {
      expectEqual(r.rollbackUnsafeReasons.map((f) => f.rule), ['infrastructure.wrangler.migrations'], 'rollback reasons');
      expectEqual(r.rollbackUnsafeReasons[0]?.evidence[0]?.line, 21, 'line of the migration tag');
    },
  },
  {
    name: 'an R2 binding removed',
    snapshot: snapshot({ ...chore('drop assets bucket'), files: [compared('wrangler.toml', wranglerToml, wranglerToml.replace('[[r2_buckets]]\nbinding = "ASSETS"\nbucket_name = "verifier-assets"\n', ''))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.bindings'], major: true, rollbackSafe: false },
    check: (r) => expectEqual(r.rollbackUnsafeReasons[0]?.evidence[0], { file: 'wrangler.toml', line: 10, side: 'old', text: 'binding = "ASSETS"' }, 'evidence'),
  },
  {
    name: 'a KV namespace id changed',
    snapshot: snapshot({ ...chore('new cache namespace'), files: [compared('wrangler.toml', wranglerToml, wranglerToml.replace('0f2ac74b498b48028cb68387c421e279', '9d8c7b6a5f4e4d3c2b1a0f9e8d7c6b5a'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.bindings'], major: true, rollbackSafe: false },
  },
  {
    name: 'a KV binding removed inside an environment',
    snapshot: snapshot({
      ...chore('staging without cache'),
      files: [compared('wrangler.toml', wranglerToml, wranglerToml.replace('kv_namespaces = [{ binding = "CACHE", id = "5a1c0e2d9f8b4c7a8e6d5c4b3a291807" }]\n', ''))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.bindings'], major: true, rollbackSafe: false },
    check: (r) => {
      expectEqual(r.triggers[0]?.reason.startsWith('wrangler.toml [env.staging]: KV namespace binding CACHE'), true, 'reason names the environment');
      expectEqual(r.triggers[0]?.evidence[0]?.line, 22, 'line inside the environment');
    },
  },
  {
    name: 'a compatibility date bump',
    snapshot: snapshot({ ...chore('bump compatibility date'), files: [compared('wrangler.toml', wranglerToml, wranglerToml.replace('2025-01-01', '2026-03-01'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.compatibility'] },
  },
  {
    name: 'a var added in an environment of wrangler.jsonc',
    snapshot: snapshot({ ...chore('log more in production'), files: [compared('issuer/wrangler.jsonc', wranglerJsonc, wranglerJsonc.replace('"LOG_LEVEL": "warn" }', '"LOG_LEVEL": "warn", "TRACE": "1" }'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.vars'] },
  },
  {
    name: 'a route added',
    snapshot: snapshot({ ...chore('serve the api domain'), files: [compared('wrangler.toml', wranglerToml, wranglerToml.replace('main = "src/index.ts"', 'main = "src/index.ts"\nroutes = [{ pattern = "api.provii.app", custom_domain = true }]'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.routes'] },
  },
  {
    name: 'an unparseable wrangler.toml',
    snapshot: snapshot({ ...chore('edit config'), files: [compared('wrangler.toml', wranglerToml, `${wranglerToml}\n[[kv_namespaces]\n`)] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.unreadable'], major: true, rollbackSafe: false },
  },
  {
    name: 'a comment-only wrangler change',
    snapshot: snapshot({ ...chore('document config'), files: [compared('wrangler.toml', wranglerToml, `# The verifier.\n${wranglerToml}`)] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler'] },
  },
  {
    name: 'a KV settings file',
    snapshot: snapshot({ ...chore('tune ttl'), files: [edited('config/kv/namespaces.json', '"ttl": 3600')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.paths'] },
  },

  // Access control.
  {
    name: 'workflow permissions widened',
    snapshot: snapshot({ ...chore('let ci push tags'), files: [compared('.github/workflows/ci.yml', workflow, workflow.replace('contents: read', 'contents: write'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.permissions'] },
    check: (r) =>
      expectEqual(
        [specific(r)?.evidence[0]?.line, specific(r)?.reason],
        [6, '.github/workflows/ci.yml: job test gets wider token permissions (contents): contents: write; was contents: read'],
        'permission evidence',
      ),
  },
  {
    name: 'workflow permissions removed entirely',
    snapshot: snapshot({ ...chore('simplify ci'), files: [compared('.github/workflows/ci.yml', workflow, workflow.replace('permissions:\n  contents: read\n', ''))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.permissions'] },
  },
  {
    name: 'a job granted write-all',
    snapshot: snapshot({ ...chore('release job'), files: [compared('.github/workflows/ci.yml', workflow, workflow.replace('    runs-on: ubuntu-latest', '    runs-on: ubuntu-latest\n    permissions: write-all'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.permissions'] },
    check: (r) => expectEqual(specific(r)?.evidence[0]?.line, 11, 'line of the job permissions'),
  },
  {
    name: 'pull_request_target added',
    snapshot: snapshot({ ...chore('label forks'), files: [compared('.github/workflows/ci.yml', workflow, workflow.replace('on:\n', 'on:\n  pull_request_target:\n'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflow-triggers'] },
    check: (r) => expectEqual(specific(r)?.evidence[0]?.line, 3, 'line of the trigger'),
  },
  {
    name: 'workflow_run added, with a new read scope',
    snapshot: snapshot({
      ...chore('report ci results'),
      files: [compared('.github/workflows/ci.yml', workflow, workflow.replace('on:\n', 'on:\n  workflow_run:\n    workflows: [build]\n').replace('contents: read', 'contents: read\n  checks: read'))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflow-triggers', 'access-control.workflows.permissions'] },
    check: (r) => expectEqual(r.triggers.find((t) => t.rule === 'access-control.workflows.permissions')?.reason.includes('(checks)'), true, 'widened scope'),
  },
  {
    name: 'an unpinned action added',
    snapshot: snapshot({ ...chore('set up node'), files: [compared('.github/workflows/ci.yml', workflow, workflow.replace('      - run: npm test', '      - uses: actions/setup-node@v4\n      - run: npm test'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.unpinned-uses'] },
    check: (r) => expectEqual(specific(r)?.evidence[0], { file: '.github/workflows/ci.yml', side: 'new', line: 13, text: 'uses: actions/setup-node@v4' }, 'evidence'),
  },
  {
    name: 'pinned, local, digest-pinned and trusted-owner actions',
    policy: toClassifyPolicy({ classify: { 'access-control': { 'trusted-owners': ['maelstrom'] } } }),
    snapshot: snapshot({
      ...chore('more ci steps'),
      files: [
        compared(
          '.github/workflows/ci.yml',
          workflow,
          workflow.replace(
            '      - run: npm test',
            `      - uses: actions/setup-node@${sha}\n      - uses: ./.github/actions/build\n      - uses: docker://alpine@sha256:${'a'.repeat(64)}\n      - uses: maelstrom/change-actions/classify-change@v1\n      - run: npm test`,
          ),
        ),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths'] },
  },
  {
    name: 'secrets: inherit added',
    snapshot: snapshot({
      ...chore('reuse the deploy workflow'),
      files: [compared('.github/workflows/ci.yml', workflow, `${workflow}  deploy:\n    uses: ./.github/workflows/deploy.yml\n    secrets: inherit\n`)],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.secrets-inherit'] },
  },
  {
    name: 'a new workflow without permissions',
    snapshot: snapshot({ ...chore('nightly job'), files: [compared('.github/workflows/nightly.yaml', undefined, 'on:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  audit:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo audit\n')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.permissions'] },
  },
  {
    name: 'a workflow edit that only changes a script',
    snapshot: snapshot({ ...chore('run tests verbosely'), files: [compared('.github/workflows/ci.yml', workflow, workflow.replace('npm test', 'npm test -- --reporter verbose'))] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths'] },
  },
  {
    name: 'an unparseable workflow',
    snapshot: snapshot({ ...chore('edit ci'), files: [compared('.github/workflows/ci.yml', workflow, `${workflow}  broken: [\n`)] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.unreadable'] },
  },
  {
    name: 'CODEOWNERS changed',
    snapshot: snapshot({
      ...chore('new owners'),
      files: [compared('.github/CODEOWNERS', '* @acme/leads\n/src/auth/ @acme/security\n', '* @acme/leads\n/src/auth/ @acme/leads\n/infra/ @acme/ops\n')],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.codeowners'] },
    check: (r) =>
      expectEqual(
        r.triggers[0]?.evidence.map((e) => [e.line, e.note]),
        [[2, 'owners were @acme/security'], [3, 'entry added']],
        'CODEOWNERS evidence',
      ),
  },

  // Emergencies.
  {
    name: 'an emergency label with a severity label',
    snapshot: snapshot({ labels: ['emergency', 'severity:P1'], files: [edited('src/api/list.ts', 'return [];')] }),
    sensitive: false,
    expect: { changeType: 'emergency', securityRelevant: false, special: [], rules: [], severity: 'P1' },
  },
  {
    name: 'an emergency branch prefix without a severity',
    snapshot: snapshot({ event: 'push', branch: 'hotfix/outage-42', files: [edited('src/api/list.ts', 'return [];')] }),
    sensitive: false,
    expect: { changeType: 'emergency', securityRelevant: false, special: [], rules: [] },
    check: (r) => expectEqual(r.decisions.map((d) => d.rule).slice(0, 2), ['emergency.branch-prefixes', 'emergency.severity'], 'decisions'),
  },
  {
    name: 'an emergency title marker with a severity marker',
    snapshot: snapshot({ title: '[Emergency] [P0] fix: stop the signing outage', files: [edited('src/api/list.ts', 'return [];')] }),
    sensitive: false,
    expect: { changeType: 'emergency', securityRelevant: false, special: [], rules: [], severity: 'P0' },
  },
  {
    name: 'an emergency that is also security-relevant',
    snapshot: snapshot({ labels: ['Emergency'], body: 'Severity: P2\n', files: [edited('src/auth/jwt.ts', 'if (!verifySignature(token)) throw new Unauthorized();')] }),
    sensitive: true,
    expect: { changeType: 'emergency', securityRelevant: true, special: [], rules: ['authentication.content', 'authentication.paths'], severity: 'P2' },
  },

  // Commit types.
  {
    name: 'a new feature',
    snapshot: snapshot({ commits: [commit('feat: export receipts')], files: [edited('src/receipts/export.ts', 'export function exportReceipts() {}')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a refactoring',
    snapshot: snapshot({ commits: [commit('refactor: split the router')], files: [edited('src/router.ts', 'export { route } from "./routes";')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a breaking fix',
    snapshot: snapshot({ commits: [commit('fix!: reject empty ids')], files: [edited('src/api/ids.ts', 'if (id === "") throw new Error();')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [], major: true },
  },
  {
    name: 'a security commit',
    snapshot: snapshot({ commits: [commit('security: rate limit challenge creation')], files: [edited('src/challenges.ts', 'limiter.take(ip);')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['change-types.security-commit-types'] },
  },
  {
    name: 'a schema migration',
    snapshot: snapshot({ ...fix('index receipts'), files: [edited('migrations/0007_receipts_index.sql', 'CREATE INDEX receipts_by_user ON receipts (user_id);')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a commit that did not lint',
    snapshot: snapshot({ commits: [commit('WIP')], files: [edited('src/api/list.ts', 'return [];')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a push without commit information',
    snapshot: snapshot({ event: 'push', commits: [], files: [edited('src/api/list.ts', 'return [];')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a test commit that only touches tests',
    snapshot: snapshot({ commits: [commit('test: cover empty lists')], files: [edited('src/api/list.test.ts', 'expect(list([])).toEqual([]);')] }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
  },
  {
    name: 'a test commit that also changes source',
    snapshot: snapshot({ commits: [commit('test: cover empty lists')], files: [edited('test/list.test.ts', 'it("works", () => {});'), edited('src/api/list.ts', 'return [];')] }),
    sensitive: false,
    expect: { changeType: 'normal', securityRelevant: false, special: [], rules: [] },
  },

  // Incomplete snapshots.
  {
    name: 'a truncated diff of a source file',
    snapshot: snapshot({ ...fix('regenerate client'), files: [edited('src/generated/client.ts', 'export const x = 1;', undefined, { diffTruncated: true })] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['content.truncated-diff'] },
  },
  {
    name: 'a truncated file list',
    snapshot: snapshot({ ...chore('mass rename'), filesTruncated: true, files: [edited('docs/a.md', 'a')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['snapshot.files-truncated'] },
  },
  ...realChanges,
  ...attackClasses,
];
