import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** GitHub's workflow parser and expression engine (actions/languageservices), used by test/harness/workflow-runner.ts. */
const languageServices = /[\\/]@actions[\\/](workflow-parser|expressions)[\\/]/;

const ALL = ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'];
/** The test files that assert how long something took (a deadline kept, the demo's two minutes). */
const TIMED = [
  'actions/security-review-gate/test/faults.test.ts',
  'actions/wrangler-deploy-verify/test/deploy.test.ts',
  'actions/wrangler-deploy-verify/test/verification.test.ts',
  'actions/lint-commit/test/api.test.ts',
  'actions/post-deploy-monitor/test/monitor.test.ts',
  'packages/gate/test/threat-model.test.ts',
  'test/demo/audit.test.ts',
];

export default defineConfig({
  plugins: [
    {
      // Their source maps name sources the packages do not ship; without the maps vite has nothing to warn about.
      name: 'languageservices-without-source-maps',
      load(id) {
        if (languageServices.test(id) && id.endsWith('.js')) return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
        return undefined;
      },
    },
  ],
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One TMPDIR per run, removed at its end (test/harness/scratch.ts).
    globalSetup: ['test/harness/scratch.ts'],
    reporters: ['default'],
    projects: [
      {
        // Most files wait on child processes (wrangler, workerd, git, the bundles) more than they
        // compute, so more of them run at once than there are cores.
        extends: true,
        test: { name: 'suite', include: ALL, exclude: [...TIMED, '**/node_modules/**'], maxWorkers: 3, sequence: { groupOrder: 0 } },
      },
      {
        // Files that assert a deadline or a duration run after the rest, one at a time, so what
        // they measure is the code under test and not the other test files.
        extends: true,
        test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
    server: {
      deps: {
        // They import their JSON schemas without import attributes, which Node refuses: vite
        // transforms these packages instead of handing them to Node.
        inline: [languageServices],
      },
    },
  },
});
