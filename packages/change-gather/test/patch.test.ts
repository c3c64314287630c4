import { describe, expect, test } from 'vitest';
import { patchLines } from '../src/patch.ts';

describe('patch lines', () => {
  test('git -U0 hunks: numbers in the old file for removals, in the new file for additions', () => {
    const patch = [
      'diff --git a/src/auth.ts b/src/auth.ts',
      'index 1..2 100644',
      '--- a/src/auth.ts',
      '+++ b/src/auth.ts',
      '@@ -3 +3,2 @@ export function check() {',
      '-  return true;',
      '+  const ok = verify(token);',
      '+  return ok;',
      '@@ -10,0 +12 @@',
      '+// +++ not a header',
      '\\ No newline at end of file',
    ].join('\n');
    expect(patchLines(patch)).toEqual({
      deletions: [{ line: 3, text: '  return true;' }],
      additions: [
        { line: 3, text: '  const ok = verify(token);' },
        { line: 4, text: '  return ok;' },
        { line: 12, text: '// +++ not a header' },
      ],
    });
  });

  test('GitHub patches carry context lines', () => {
    const patch = '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c';
    expect(patchLines(patch)).toEqual({ deletions: [{ line: 2, text: 'b' }], additions: [{ line: 2, text: 'B' }] });
  });
});
