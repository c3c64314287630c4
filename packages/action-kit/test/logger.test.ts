import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreLogger } from '../src/index.ts';

describe('coreLogger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes annotations with their file and line, untrusted text between stop-commands, and groups', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    coreLogger.warning('a scope is not allowed', { file: 'src/a.ts', startLine: 3, title: 'lint' });
    coreLogger.error('refused');
    const value = await coreLogger.group('wrangler deploy', async () => {
      coreLogger.untrusted(['::error::not a command']);
      return 7;
    });
    expect(value).toBe(7);
    const out = written.join('');
    expect(out).toContain('::warning title=lint,file=src/a.ts,line=3::a scope is not allowed');
    expect(out).toContain('::error::refused');
    expect(out).toMatch(/::group::wrangler deploy\n::stop-commands::(stop-[0-9a-f-]+)\n::error::not a command\n::\1::\n::endgroup::/);
  });
});
