/**
 * Lets plain Node load the workflow runner (test/harness/workflow-runner.ts) outside vitest.
 *
 * GitHub's `@actions/workflow-parser` and `@actions/expressions` import JSON files without import
 * attributes (`with { type: 'json' }`), which Node refuses; under vitest, vite transforms them
 * (vitest.config.ts). This module registers a synchronous resolve hook that adds the attribute to
 * those two packages' JSON imports, and to nothing else. Register it before the runner is imported:
 * static imports are all resolved before any module runs, so the runner must come after it through
 * a dynamic `import()`:
 *
 *   import './test/harness/languageservices-hooks.mjs';
 *   const { runWorkflow } = await import('./test/harness/workflow-runner.ts');
 */
import { registerHooks } from 'node:module';

const PACKAGES = /\/@actions\/(workflow-parser|expressions)\//;

registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    if (resolved.url.endsWith('.json') && PACKAGES.test(resolved.url)) {
      return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } };
    }
    return resolved;
  },
});
