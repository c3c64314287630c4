import { describe, expect, test } from 'vitest';
import { inputVariable, parseFileCommands, parseStdout } from './run-action.ts';

describe('the runner protocol as the harness reads it', () => {
  test('input variables keep hyphens and turn spaces into underscores', () => {
    expect(inputVariable('fail-on-warning')).toBe('INPUT_FAIL-ON-WARNING');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  test('file commands: delimited blocks and legacy lines, later values win', () => {
    const text = 'valid<<ghadelimiter_1\ntrue\nghadelimiter_1\nresults<<ghadelimiter_2\n[1,\n2]\nghadelimiter_2\nvalid=false\n';
    expect(parseFileCommands(text)).toEqual({ valid: 'false', results: '[1,\n2]' });
    expect(() => parseFileCommands('x<<EOF\nno end\n')).toThrow(/no closing delimiter/);
  });

  test('workflow commands are read, except inside a stop-commands fence', () => {
    const out = [
      '::error file=a.ts,line=3,title=Bad%2C really::line one%0Aline two',
      'plain text',
      '::stop-commands::tok123',
      '::error::not a command here',
      '::tok123::',
      '  ::warning::indented commands count too',
    ].join('\n');
    const { commands, log } = parseStdout(out);
    expect(commands).toEqual([
      { command: 'error', properties: { file: 'a.ts', line: '3', title: 'Bad, really' }, message: 'line one\nline two' },
      { command: 'warning', properties: {}, message: 'indented commands count too' },
    ]);
    expect(log).toContain('::error::not a command here');
  });
});
