import { describe, expect, it } from 'vitest';
import { classify, defaultClassifyPolicy, filesNeedingContent, type ChangedFile, type ChangeRecord } from '../src/index.ts';
import { cargoToml } from './fixtures.ts';
import { OPEN_HOURS, commit, compared, packageJson, snapshot } from './helpers.ts';

function run(...files: ChangedFile[]): ChangeRecord {
  return classify(defaultClassifyPolicy, snapshot({ commits: [commit('chore: dependencies')], files }), OPEN_HOURS);
}

/** `name change direct|transitive [dev] [local]`, sorted. */
function summary(record: ChangeRecord): string[] {
  return record.dependencies
    .map((d) => `${d.name} ${d.change} ${d.direct ? 'direct' : 'transitive'}${d.dev ? ' dev' : ''}${d.thirdParty ? '' : ' local'}`)
    .sort();
}

const npm = (before: Record<string, Record<string, string>>, after: Record<string, Record<string, string>>) =>
  compared('package.json', packageJson(before), packageJson(after));
const cargo = (before: string, after: string) => compared('Cargo.toml', before, after);
const pnpmV6 = (packages: string) => `lockfileVersion: '6.0'\n\npackages:\n${packages}`;
const lockV1 = (dependencies: Record<string, unknown>) => JSON.stringify({ name: 'app', lockfileVersion: 1, requires: true, dependencies }, null, 2);

interface DependencyCase {
  name: string;
  files: ChangedFile[];
  changes: string[];
  rules: string[];
}

const manifest = (fields: Record<string, unknown>) => `${JSON.stringify({ name: 'app', version: '1.0.0', ...fields }, null, 2)}\n`;
const patchedJose = { dependencies: { jose: '5.9.6' }, pnpm: { patchedDependencies: { 'jose@5.9.6': 'patches/jose@5.9.6.patch' } } };

const cases: DependencyCase[] = [
  {
    name: 'pnpm patchedDependencies: the package newly sourced from a patch',
    files: [compared('package.json', manifest({ dependencies: { jose: '5.9.6' } }), manifest(patchedJose))],
    changes: ['jose source-changed direct'],
    rules: ['dependencies.new', 'cryptography.packages'],
  },
  {
    name: 'a dependency patch file edited alone',
    files: [compared('patches/jose@5.9.6.patch', '-a\n+b\n', '-a\n+c\n', { additions: [{ line: 2, text: 'c' }], deletions: [{ line: 2, text: 'b' }] })],
    changes: [],
    rules: ['dependencies.patches'],
  },
  {
    name: "yarn's patch: protocol",
    files: [npm({ dependencies: { hono: '4.6.0' } }, { dependencies: { hono: 'patch:hono@npm%3A4.6.0#~/.yarn/patches/hono-npm-4.6.0.patch' } })],
    changes: ['hono source-changed direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'pnpm and yarn packageExtensions add dependencies to other packages',
    files: [
      compared(
        'package.json',
        manifest({ dependencies: { hono: '4.6.0' } }),
        manifest({ dependencies: { hono: '4.6.0' }, pnpm: { packageExtensions: { 'hono@4': { dependencies: { 'evil-telemetry': '1.0.0' } } } }, packageExtensions: { 'react@*': { peerDependencies: { 'evil-peer': '*' } } } }),
      ),
    ],
    changes: ['evil-peer added direct', 'evil-telemetry added direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'packageManager switched to a URL',
    files: [compared('package.json', manifest({ packageManager: 'pnpm@9.12.0' }), manifest({ packageManager: 'pnpm@https://evil.example/pnpm.tgz' }))],
    changes: ['pnpm source-changed direct dev'],
    rules: ['dependencies.new-dev'],
  },
  {
    name: 'packageManager bumped: listed, not a trigger',
    files: [compared('package.json', manifest({ packageManager: 'pnpm@9.12.0' }), manifest({ packageManager: 'pnpm@9.12.1+sha512.abc' }))],
    changes: ['pnpm bumped direct dev'],
    rules: [],
  },
  {
    name: 'an install-time script changed; other scripts are not',
    files: [compared('package.json', manifest({ scripts: { build: 'tsc', prepare: 'husky' } }), manifest({ scripts: { build: 'tsc -b', prepare: 'husky && node x.js' } }))],
    changes: [],
    rules: ['dependencies.install-scripts'],
  },
  {
    name: 'a manifest of an ecosystem not read',
    files: [compared('app/pubspec.yaml', 'name: app\n', 'name: app\ndependencies:\n  evil: any\n')],
    changes: [],
    rules: ['dependencies.unread-manifests'],
  },
  {
    name: 'npm optional and peer dependencies ship',
    files: [npm({}, { optionalDependencies: { fsevents: '^2.3.3' }, peerDependencies: { react: '>=18' } })],
    changes: ['fsevents added direct', 'react added direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'npm git shorthand, file: and tarball specs',
    files: [npm({}, { dependencies: { fork: 'acme/fork#v1', local: 'file:../local', tarball: 'https://example.com/t.tgz' } })],
    changes: ['fork added direct', 'local added direct local', 'tarball added direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'npm removed dependency',
    files: [npm({ dependencies: { hono: '^4.6.0' } }, {})],
    changes: ['hono removed direct'],
    rules: [],
  },
  {
    name: 'npm minor bump',
    files: [npm({ dependencies: { hono: '^4.5.0' } }, { dependencies: { hono: '^4.6.0' } })],
    changes: ['hono bumped direct'],
    rules: [],
  },
  {
    name: 'npm downgrade across a major version',
    files: [npm({ dependencies: { hono: '^4.0.0' } }, { dependencies: { hono: '^3.12.0' } })],
    changes: ['hono major-bump direct'],
    rules: [],
  },
  {
    name: 'npm 0.0.x patch step is breaking',
    files: [npm({ dependencies: { tiny: '0.0.3' } }, { dependencies: { tiny: '0.0.4' } })],
    changes: ['tiny major-bump direct'],
    rules: [],
  },
  {
    name: 'npm tag to range cannot be compared, so it counts as major',
    files: [npm({ dependencies: { tool: 'latest' } }, { dependencies: { tool: '^2.0.0' } })],
    changes: ['tool major-bump direct'],
    rules: [],
  },
  {
    name: 'a workspace package replaced by a registry package is newly sourced',
    files: [npm({ dependencies: { '@acme/ui': 'workspace:*' } }, { dependencies: { '@acme/ui': '^1.0.0' } })],
    changes: ['@acme/ui source-changed direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'the same new dependency in two manifests is one change',
    files: [
      compared('apps/a/package.json', packageJson({}), packageJson({ dependencies: { zod: '^3.23.8' } })),
      compared('apps/b/package.json', packageJson({}), packageJson({ dependencies: { zod: '^3.23.8' } })),
    ],
    changes: ['zod added direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'a renamed manifest with the same content',
    files: [{ ...compared('apps/b/package.json', packageJson({ dependencies: { zod: '^3' } }), packageJson({ dependencies: { zod: '^3' } })), status: 'renamed', previousPath: 'apps/a/package.json' }],
    changes: [],
    rules: [],
  },
  {
    name: 'a manifest renamed out of its name no longer declares anything',
    files: [{ ...compared('Cargo.toml.bak', cargoToml, cargoToml), status: 'renamed', previousPath: 'Cargo.toml' }],
    changes: ['proptest removed direct dev', 'serde removed direct', 'tokio removed direct'],
    rules: [],
  },
  {
    name: 'a removed Cargo.toml',
    files: [compared('Cargo.toml', cargoToml, undefined)],
    changes: ['proptest removed direct dev', 'serde removed direct', 'tokio removed direct'],
    rules: [],
  },
  {
    name: 'Cargo comparators separated by commas',
    files: [cargo('[dependencies]\nhyper = ">=1.0, <2.0"\n', '[dependencies]\nhyper = ">=1.5, <2.0"\n')],
    changes: ['hyper bumped direct'],
    rules: [],
  },
  {
    name: 'a renamed Cargo dependency is known by its package',
    files: [cargo('[dependencies]\n', '[dependencies]\nrng = { package = "rand", version = "0.8" }\n')],
    changes: ['rand added direct'],
    rules: ['cryptography.packages', 'dependencies.new'],
  },
  {
    name: 'a new [patch.crates-io] entry',
    files: [cargo(cargoToml, `${cargoToml}\n[patch.crates-io]\nserde = { git = "https://github.com/fork/serde" }\n`)],
    changes: ['serde source-changed direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'Cargo build and dev dependencies',
    files: [cargo(cargoToml, `${cargoToml}cargo-husky = "1"\n\n[build-dependencies]\ncc = "1"\n`)],
    changes: ['cargo-husky added direct dev', 'cc added direct'],
    rules: ['dependencies.new', 'dependencies.new-dev'],
  },
  {
    name: 'a Cargo git revision change cannot be compared, so it counts as major',
    files: [cargo('[dependencies]\nx = { git = "https://github.com/acme/x", rev = "1a2b" }\n', '[dependencies]\nx = { git = "https://github.com/acme/x", rev = "3c4d" }\n')],
    changes: ['x major-bump direct'],
    rules: [],
  },
  {
    name: 'a crate moved to another registry',
    files: [cargo('[dependencies]\nx = "1"\n', '[dependencies]\nx = { version = "1", registry = "internal" }\n')],
    changes: ['x source-changed direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'pnpm lockfile 6 and 5 package keys',
    files: [compared('pnpm-lock.yaml', pnpmV6('  /a@1.0.0:\n    resolution: {integrity: sha512-a}\n'), pnpmV6('  /a@1.0.0:\n    resolution: {integrity: sha512-a}\n  /b@2.0.0(react@18.3.1):\n    resolution: {integrity: sha512-b}\n  /@scope/c/3.0.0_react@18.3.1:\n    resolution: {integrity: sha512-c}\n'))],
    changes: ['@scope/c added transitive', 'b added transitive'],
    rules: [],
  },
  {
    name: 'pnpm importers with several documents and a workspace link',
    files: [
      compared(
        'pnpm-lock.yaml',
        "---\nlockfileVersion: '9.0'\nimporters:\n  .:\n    packageManagerDependencies:\n      pnpm:\n        specifier: 12.4.2\n        version: 12.4.2\n---\nlockfileVersion: '9.0'\nimporters:\n  .: {}\n",
        "---\nlockfileVersion: '9.0'\nimporters:\n  .:\n    packageManagerDependencies:\n      pnpm:\n        specifier: 12.4.2\n        version: 12.4.2\n---\nlockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      '@acme/kit':\n        specifier: workspace:*\n        version: link:packages/kit\n      yaml:\n        specifier: 2.9.1\n        version: 2.9.1\n",
      ),
    ],
    changes: ['@acme/kit added direct local', 'yaml added direct'],
    rules: ['dependencies.new'],
  },
  {
    name: 'package-lock.json version 1',
    files: [compared('package-lock.json', lockV1({ a: { version: '1.0.0' } }), lockV1({ a: { version: '1.0.0', dependencies: { b: { version: '2.0.0', dev: true } } } }))],
    changes: ['b added transitive dev'],
    rules: [],
  },
  {
    name: 'a package-lock link to a workspace package',
    files: [
      compared(
        'package-lock.json',
        JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }),
        JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@acme/kit': { resolved: 'packages/kit', link: true }, 'packages/kit': { version: '1.0.0' } } }),
      ),
    ],
    changes: ['@acme/kit added transitive local'],
    rules: [],
  },
  {
    name: 'yarn berry workspace, git and patch entries',
    files: [
      compared(
        'yarn.lock',
        '__metadata:\n  version: 8\n',
        '__metadata:\n  version: 8\n\n"ws@workspace:packages/ws":\n  version: 0.0.0-use.local\n  resolution: "ws@workspace:packages/ws"\n\n"fork@https://github.com/acme/fork.git#commit=abc":\n  version: 1.0.0\n  resolution: "fork@https://github.com/acme/fork.git#commit=abc"\n\n"left-pad@patch:left-pad@npm%3A1.3.0#./patches/lp.patch":\n  version: 1.3.0\n  resolution: "left-pad@patch:left-pad@npm%3A1.3.0#./patches/lp.patch::version=1.3.0"\n',
      ),
    ],
    changes: ['fork added transitive', 'left-pad added transitive', 'ws added transitive local'],
    rules: [],
  },
  {
    name: 'a malformed yarn classic lockfile',
    files: [compared('yarn.lock', '# yarn lockfile v1\n', '# yarn lockfile v1\n\nlodash@^4:\n  resolved "https://registry.yarnpkg.com/lodash.tgz"\n')],
    changes: [],
    rules: ['dependencies.new'],
  },
  {
    name: 'a malformed pnpm lockfile',
    files: [compared('pnpm-lock.yaml', "lockfileVersion: '9.0'\n", "lockfileVersion: '9.0'\nimporters: [\n")],
    changes: [],
    rules: ['dependencies.new'],
  },
];

describe('dependency changes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const record = run(...c.files);
    expect(summary(record)).toEqual([...c.changes].sort());
    expect([...new Set(record.triggers.map((t) => t.rule))].sort()).toEqual([...c.rules].sort());
  });

  it('keeps the evidence of every manifest that adds the same package', () => {
    const record = run(...cases.find((c) => c.name.startsWith('the same new dependency'))!.files);
    expect(record.dependencies[0]?.evidence.map((e) => [e.file, e.line])).toEqual([
      ['apps/a/package.json', 5],
      ['apps/b/package.json', 5],
    ]);
  });

  it('a crate added to the workspace table and inherited by a member is new, in either file order', () => {
    const root = cargo('[workspace]\nmembers = ["crates/*"]\n', '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\nuuid = "1"\n');
    const member = compared('crates/api/Cargo.toml', cargoToml, `${cargoToml}uuid = { workspace = true }\n`);
    for (const files of [[root, member], [member, root]]) {
      const record = run(...files);
      expect([summary(record), record.triggers.map((t) => t.rule)]).toEqual([['uuid added direct'], ['dependencies.new']]);
    }
  });

  it('a level of report keeps new dependencies out of the triggers', () => {
    const policy = { ...defaultClassifyPolicy, dependencies: { ...defaultClassifyPolicy.dependencies, new: 'report', newDev: 'report', newTransitive: 'report' } } as const;
    const record = classify(policy, snapshot({ commits: [commit('chore: add zod')], files: [npm({}, { dependencies: { zod: '^3' } })] }), OPEN_HOURS);
    expect([record.triggers, record.changeType, summary(record)]).toEqual([[], 'standard', ['zod added direct']]);
  });
});

describe('filesNeedingContent', () => {
  it('names manifests, lockfiles, wrangler configuration, workflows and CODEOWNERS', () => {
    const paths = [
      'Cargo.toml',
      'crates/a/Cargo.lock',
      'web/package.json',
      'package-lock.json',
      'npm-shrinkwrap.json',
      'pnpm-lock.yaml',
      'yarn.lock',
      'wrangler.toml',
      'workers/issuer/wrangler.production.jsonc',
      '.github/workflows/ci.yml',
      '.github/CODEOWNERS',
      'src/index.ts',
      'README.md',
      '.github/workflows/nested/not-a-workflow.yml',
      'package.json.bak',
    ];
    expect(filesNeedingContent(defaultClassifyPolicy, paths)).toEqual(paths.slice(0, 11));
  });
});
