/**
 * The commit-msg hook bundle (dist/hook): see commit-msg.ts. Install with
 *   printf '#!/bin/sh\nexec node <path>/actions/lint-commit/dist/hook/index.js "$1"\n' > .git/hooks/commit-msg
 * or run `change install-hook` from a clone of this repository.
 */
import { commitMsgHook } from './commit-msg.ts';

commitMsgHook(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`commit-msg: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
