import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the current directory of the test run. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
