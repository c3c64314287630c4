import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** GitHub's workflow parser and expression engine (actions/languageservices), used by test/harness/workflow-runner.ts. */
const languageServices = /[\\/]@actions[\\/](workflow-parser|expressions)[\\/]/;

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
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    server: {
      deps: {
        // They import their JSON schemas without import attributes, which Node refuses: vite
        // transforms these packages instead of handing them to Node.
        inline: [languageServices],
      },
    },
  },
});
