import tseslint from 'typescript-eslint';

/** Engines decide; they never do I/O or talk to the runner. */
const engineImports = {
  patterns: [
    { group: ['@actions/*', '@octokit/*'], message: 'Engines take plain data; adapters in actions/ and packages/action-kit talk to GitHub.' },
    { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'child_process', 'node:net', 'node:http', 'node:https'], message: 'Engines do no I/O: gather in an adapter, pass the data in.' },
  ],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tools/**', '**/generated/**', 'test/worker/**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='core'][callee.property.name='getInput']", message: 'Read inputs through the action settings parser (action-kit inputs).' },
      ],
    },
  },
  {
    files: ['packages/action-kit/src/inputs.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['packages/policy/src/**/*.ts', 'packages/commit-lint/src/**/*.ts', 'packages/classify/src/**/*.ts', 'packages/gate/src/**/*.ts', 'packages/deploy-verify/src/**/*.ts', 'packages/workflow-audit/src/**/*.ts', 'packages/rollback/src/**/*.ts', 'packages/monitor/src/**/*.ts', 'packages/metrics/src/**/*.ts', 'packages/result/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', engineImports] },
  },
  {
    // Loading the policy loads none of the contract's readers or validators: its words only.
    files: ['packages/policy/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@change-actions/change-record', allowTypeImports: true, message: 'Import values from @change-actions/change-record/vocabulary: the policy loads no reader or validator.' }] },
      ],
    },
  },
  {
    // The contract's readers and writers are pure; only its file helpers touch the disk.
    files: ['packages/change-record/src/**/*.ts'],
    ignores: ['packages/change-record/src/files.ts'],
    rules: { 'no-restricted-imports': ['error', engineImports] },
  },
);
