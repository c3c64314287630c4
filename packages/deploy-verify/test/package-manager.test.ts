import { describe, expect, test } from 'vitest';
import { frozenInstallCommand, installerEnvironment, lockfilePins, privateInstallCommand } from '../src/index.ts';

describe('installing wrangler when it is absent', () => {
  test('whether the lockfile pins the version, in each lockfile format', () => {
    expect(lockfilePins('package-lock.json', JSON.stringify({ packages: { 'node_modules/wrangler': { version: '4.164.0' } } }), '4.164.0')).toBe(true);
    expect(lockfilePins('package-lock.json', JSON.stringify({ packages: { 'node_modules/wrangler': { version: '4.163.0' } } }), '4.164.0')).toBe(false);
    expect(lockfilePins('package-lock.json', 'not json', '4.164.0')).toBe(false);
    expect(lockfilePins('pnpm-lock.yaml', "packages:\n\n  wrangler@4.164.0:\n    resolution: {integrity: sha512-x}\n", '4.164.0')).toBe(true);
    expect(lockfilePins('pnpm-lock.yaml', "packages:\n\n  wrangler@4.1640.0:\n", '4.164.0')).toBe(false);
    expect(lockfilePins('yarn.lock', 'wrangler@^4.0.0:\n  version "4.164.0"\n  resolved "x"\n', '4.164.0')).toBe(true);
    expect(lockfilePins('yarn.lock', '"wrangler@npm:^4.0.0":\n  version: 4.164.0\n', '4.164.0')).toBe(true);
    expect(lockfilePins('yarn.lock', 'wrangler@^4.0.0:\n  version "4.163.0"\n', '4.164.0')).toBe(false);
    expect(lockfilePins('bun.lock', '{ "packages": { "wrangler": ["wrangler@4.164.0", "", {}] } }', '4.164.0')).toBe(true);
    expect(lockfilePins('bun.lockb', 'binary', '4.164.0')).toBe(false);
  });
  test('frozen where pinned, apart from the project otherwise; install scripts off either way', () => {
    for (const m of ['npm', 'pnpm', 'yarn', 'bun'] as const) expect(frozenInstallCommand(m)).toContain('--ignore-scripts');
    expect(frozenInstallCommand('npm')[1]).toBe('ci');
    expect(privateInstallCommand('/tmp/w', '4.164.0')).toEqual(['npm', 'install', '--prefix', '/tmp/w', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', 'wrangler@4.164.0']);
  });
  test("the installer's environment holds none of the deploy's secrets", () => {
    const env = installerEnvironment({ PATH: '/bin', CLOUDFLARE_API_TOKEN: 't', CLOUDFLARE_ACCOUNT_ID: 'a', CF_API_TOKEN: 'c', API_KEY: 's', HOME: '/root' }, ['API_KEY']);
    expect(env).toEqual({ PATH: '/bin', HOME: '/root' });
  });
});
