import { describe, expect, test } from 'vitest';
import {
  commandFailure,
  deploymentUrl,
  detectPackageManager,
  installCommand,
  parseDeploymentStatus,
  parseOutputFile,
  parseVersionList,
  parseVersionView,
  shellQuote,
  uploadedVersion,
  versionDeployment,
  versionMessage,
  wranglerArgs,
} from '../src/index.ts';

// Lines as wrangler 4.164 writes them (captured against the Cloudflare stand-in).
const session = '{"type":"wrangler-session","version":1,"wrangler_version":"4.164.0","command_line_args":["deploy"],"log_file_path":"/tmp/x.log","timestamp":"2026-11-28T20:41:38.500Z"}';
const deployed =
  '{"type":"deploy","version":1,"worker_name":"svc-prod","worker_tag":"ee7b988c949cd33691c186406bfd2d30","version_id":"8cf81597-01c1-434f-ab6f-53b6440e1ae6","targets":["https://svc-prod.standin.workers.dev"],"wrangler_environment":"production","worker_name_overridden":false,"bundle_size":{"raw_bytes":4592,"gzip_bytes":1635},"timestamp":"2026-11-28T20:41:53.006Z"}';
const uploaded = '{"type":"version-upload","version":1,"worker_name":"svc","worker_tag":"abc","version_id":"65c342fa-c912-4673-8a14-35b05e649fc1","worker_name_overridden":false,"timestamp":"x"}';
const versionDeploy = '{"type":"version-deploy","version":1,"worker_name":"svc","worker_tag":"abc","deployment_id":"2522d603-2e68-464b-80c2-5e21cfbba25e","version_traffic":{},"timestamp":"x"}';
const failed = '{"type":"command-failed","version":1,"code":10007,"message":"A request to the Cloudflare API (/accounts/0123/workers/scripts/svc/deployments) failed.","timestamp":"x"}';
const failedNoCode = '{"type":"command-failed","version":1,"message":"You cannot upload a new version of a Worker that does not yet exist. Please run the `deploy` command first.","timestamp":"x"}';

describe("wrangler's output file", () => {
  test('entries are read line by line; a line that is not an entry is counted, not fatal', () => {
    const { entries, unreadable } = parseOutputFile(`${session}\n${deployed}\n{"cut":\n\n[1]\n`);
    expect(entries.map((e) => e.type)).toEqual(['wrangler-session', 'deploy']);
    expect(unreadable).toBe(2);
  });

  test('deploy: the version, the Worker and its targets', () => {
    expect(uploadedVersion(parseOutputFile(deployed).entries, 'deploy')).toEqual({
      versionId: '8cf81597-01c1-434f-ab6f-53b6440e1ae6',
      workerName: 'svc-prod',
      targets: ['https://svc-prod.standin.workers.dev'],
    });
    expect(uploadedVersion(parseOutputFile(deployed).entries, 'version-upload')).toBeUndefined();
  });

  test('versions upload and versions deploy', () => {
    const { entries } = parseOutputFile(`${uploaded}\n${versionDeploy}`);
    expect(uploadedVersion(entries, 'version-upload')).toMatchObject({ versionId: '65c342fa-c912-4673-8a14-35b05e649fc1', workerName: 'svc', targets: [] });
    expect(versionDeployment(entries)).toEqual({ deploymentId: '2522d603-2e68-464b-80c2-5e21cfbba25e' });
  });

  test('a deploy entry without a version id is no version', () => {
    expect(uploadedVersion(parseOutputFile('{"type":"deploy","version_id":null,"worker_name":"x"}').entries, 'deploy')).toBeUndefined();
  });

  test('failures, with and without an API code', () => {
    expect(commandFailure(parseOutputFile(failed).entries)).toEqual({ code: 10007, message: 'A request to the Cloudflare API (/accounts/0123/workers/scripts/svc/deployments) failed.' });
    expect(commandFailure(parseOutputFile(failedNoCode).entries)).toEqual({ message: expect.stringContaining('does not yet exist') });
    expect(commandFailure(parseOutputFile(deployed).entries)).toBeUndefined();
  });
});

describe('what wrangler prints with --json', () => {
  const status = `{
  "id": "1f3b31b5-31a0-426a-9973-5f0b7143bd17",
  "created_on": "2026-11-28T20:41:39.377Z",
  "source": "wrangler",
  "strategy": "percentage",
  "author_email": "deployer@example.com",
  "annotations": { "workers/message": "canary" },
  "versions": [
    { "version_id": "6cc00aae-8287-400d-be0c-e756731c8e2e", "percentage": 30 },
    { "version_id": "decec2d7-8d40-4161-b3f9-6cd23160314b", "percentage": 70 }
  ]
}`;

  test('deployments status: the split, the id and the message', () => {
    expect(parseDeploymentStatus(status)).toEqual({
      id: '1f3b31b5-31a0-426a-9973-5f0b7143bd17',
      createdOn: '2026-11-28T20:41:39.377Z',
      message: 'canary',
      versions: [
        { versionId: '6cc00aae-8287-400d-be0c-e756731c8e2e', percentage: 30 },
        { versionId: 'decec2d7-8d40-4161-b3f9-6cd23160314b', percentage: 70 },
      ],
    });
  });

  test('a warning printed before the document is skipped', () => {
    expect(parseDeploymentStatus(`▲ [WARNING] something\n${status}`)).toMatchObject({ id: '1f3b31b5-31a0-426a-9973-5f0b7143bd17' });
  });

  test.each([
    ['', /printed no readable JSON/],
    ['{"id": "x"}', /without a deployment id and versions/],
    ['{"id": "x", "versions": [{"version_id": "a"}]}', /no id or percentage/],
  ])('deployments status %j is a problem', (text, message) => {
    expect(parseDeploymentStatus(text)).toMatch(message);
  });

  test('versions list keeps ids, numbers, dates, tags and messages, and drops the bindings', () => {
    const list = JSON.stringify([
      {
        id: 'v1',
        number: 7,
        metadata: { created_on: '2026-11-28T10:00:00Z', source: 'wrangler' },
        annotations: { 'workers/tag': 'abc', 'workers/message': 'normal change' },
        resources: { bindings: [{ name: 'API_KEY', type: 'secret_text', text: 'do-not-keep' }] },
      },
      { id: 'v2', metadata: {} },
    ]);
    const parsed = parseVersionList(list);
    expect(parsed).toEqual([{ id: 'v1', number: 7, createdOn: '2026-11-28T10:00:00Z', tag: 'abc', message: 'normal change' }, { id: 'v2' }]);
    expect(JSON.stringify(parsed)).not.toContain('do-not-keep');
    expect(parseVersionList('{}')).toMatch(/not a list/);
    expect(parseVersionView('{"id": "v9", "number": 3}')).toEqual({ id: 'v9', number: 3 });
    expect(parseVersionView('{"number": 3}')).toMatch(/the version has no id/);
  });
});

describe('the URL to verify, from the targets', () => {
  test.each([
    [['https://svc.acct.workers.dev'], 'https://svc.acct.workers.dev'],
    [['https://svc.acct.workers.dev', 'verify.provii.app (custom domain)'], 'https://verify.provii.app'],
    [['https://svc.acct.workers.dev', 'provii.app/api/* (zone name: provii.app)'], 'https://provii.app/api'],
    [['example.com/*'], 'https://example.com'],
    [['*.example.com/*', 'schedule: */5 * * * *'], undefined],
    [['event triggers: 2', 'Consumer for queue-a'], undefined],
    [[], undefined],
  ])('%j → %s', (targets, url) => expect(deploymentUrl(targets)).toBe(url));
});

describe('command lines', () => {
  const upload = { tag: 'a'.repeat(40), message: 'normal change, PR #12, commit aaaaaaaaaaaa', secretsFile: '/tmp/s.json', vars: [['GREETING', 'hi:there']] as const };

  test('deploy carries the tag, the message, the secrets file and the variables, never a secret value', () => {
    expect(wranglerArgs.deploy({ config: 'wrangler.toml', environment: 'production' }, upload)).toEqual([
      'deploy',
      '--config',
      'wrangler.toml',
      '--env',
      'production',
      '--tag',
      'a'.repeat(40),
      '--message',
      'normal change, PR #12, commit aaaaaaaaaaaa',
      '--secrets-file',
      '/tmp/s.json',
      '--var',
      'GREETING:hi:there',
    ]);
    expect(wranglerArgs.upload({}, { ...upload, secretsFile: undefined, vars: [] })).toEqual(['versions', 'upload', '--tag', 'a'.repeat(40), '--message', upload.message]);
  });

  test('versions deploy names every version of the split', () => {
    expect(wranglerArgs.versionsDeploy({}, 'svc', [{ versionId: 'new', percentage: 10 }, { versionId: 'old', percentage: 90 }], 'canary')).toEqual([
      'versions',
      'deploy',
      'new@10',
      'old@90',
      '--name',
      'svc',
      '--message',
      'canary',
      '--yes',
    ]);
  });

  test('reads and the rollback', () => {
    expect(wranglerArgs.status({ environment: 'staging' })).toEqual(['deployments', 'status', '--json', '--env', 'staging']);
    expect(wranglerArgs.status({}, 'svc')).toEqual(['deployments', 'status', '--json', '--name', 'svc']);
    expect(wranglerArgs.versions({ config: 'w.json' })).toEqual(['versions', 'list', '--json', '--config', 'w.json']);
    expect(wranglerArgs.view({}, 'v1')).toEqual(['versions', 'view', 'v1', '--json']);
    expect(wranglerArgs.rollback({}, 'svc', 'v1', 'x'.repeat(200))).toEqual(['rollback', 'v1', '--name', 'svc', '--message', 'x'.repeat(120), '--yes']);
  });

  test.each([
    [{ changeType: 'normal', pullRequest: 12, sha: 'f'.repeat(40) }, 'normal change, PR #12, commit ffffffffffff'],
    [{ changeType: undefined, pullRequest: undefined, sha: 'f'.repeat(40) }, 'unclassified change, commit ffffffffffff'],
    [{ changeType: 'x'.repeat(200), sha: '' }, `${'x'.repeat(100)}`],
  ])('version message %#', (change, message) => expect(versionMessage(change)).toBe(message));

  test('shell quoting', () => {
    expect(shellQuote(['wrangler', 'rollback', 'v1', '--message', "it's a rollback", '--yes'])).toBe(`wrangler rollback v1 --message 'it'\\''s a rollback' --yes`);
    expect(shellQuote(['a@1', 'x=y', '/p/a.toml'])).toBe('a@1 x=y /p/a.toml');
  });
});

describe("the project's package manager", () => {
  test.each([
    [[{ path: '/w/app', files: ['package.json', 'pnpm-lock.yaml'] }], { manager: 'pnpm', root: '/w/app', lockfile: 'pnpm-lock.yaml' }],
    [[{ path: '/w/app', files: ['package.json'] }, { path: '/w', files: ['yarn.lock'] }], { manager: 'yarn', root: '/w', lockfile: 'yarn.lock' }],
    [[{ path: '/w/app', files: ['bun.lockb'] }], { manager: 'bun', root: '/w/app', lockfile: 'bun.lockb' }],
    [[{ path: '/w/app', files: ['package-lock.json', 'pnpm-lock.yaml'] }], { manager: 'pnpm', root: '/w/app', lockfile: 'pnpm-lock.yaml' }],
    [[{ path: '/w/app', files: ['npm-shrinkwrap.json'] }], { manager: 'npm', root: '/w/app', lockfile: 'npm-shrinkwrap.json' }],
    [[{ path: '/w/app', files: ['package.json'] }, { path: '/', files: [] }], undefined],
  ])('%j', (folders, expected) => expect(detectPackageManager(folders)).toEqual(expected));

  test.each([
    ['npm', {}, ['npm', 'install', '--save-dev', '--save-exact', '--no-audit', '--no-fund', 'wrangler@4.164.0']],
    ['pnpm', {}, ['pnpm', 'add', '--save-dev', '--save-exact', 'wrangler@4.164.0']],
    ['pnpm', { workspaceRoot: true }, ['pnpm', 'add', '--save-dev', '--save-exact', '--workspace-root', 'wrangler@4.164.0']],
    ['yarn', {}, ['yarn', 'add', '--dev', '--exact', 'wrangler@4.164.0']],
    ['bun', {}, ['bun', 'add', '--dev', '--exact', 'wrangler@4.164.0']],
  ] as const)('%s %o', (manager, options, argv) => expect(installCommand(manager, '4.164.0', options)).toEqual(argv));
});
