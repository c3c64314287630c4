#!/usr/bin/env node
/**
 * `change`: the suite's engines on a developer's machine. Exit codes: 0 done and positive (valid,
 * approved, a plan that can run), 1 done and negative (invalid, not approved, refused), 2 could
 * not run (a usage error, an unreadable or malformed input).
 */
import { Command, CommanderError, Option } from 'commander';
import { PolicyError } from '@change-actions/policy';
import { classifyRange, installHook, lintFile, lintRange, metrics, rollbackPlan, simulateGate, validatePolicy } from './commands.ts';
import { EXIT, InputError, io, type Io } from './io.ts';

const program = new Command('change')
  .description("The change management procedure's checks, run locally: the same engines and policy as CI.")
  .version('1.0.0')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  .exitOverride();

const common = (command: Command) =>
  command.addOption(new Option('--json', 'print the result as JSON on stdout')).addOption(new Option('--no-color', 'never colour the output (also: NO_COLOR, or not a terminal)'));

type Common = { json?: boolean; color?: boolean };

let result: Promise<number> | number = EXIT.ok;
const action =
  <A extends unknown[]>(run: (out: Io, ...args: A) => Promise<number> | number) =>
  (...args: unknown[]) => {
    const options = args.at(-2) as Common;
    result = run(io(options), ...(args as A));
  };

common(
  program
    .command('lint')
    .description('Lint a commit message file as git will store it, or every commit of a git range as lint-commit does in CI.')
    .argument('[file]', 'a message file, e.g. .git/COMMIT_EDITMSG')
    .option('--range <range>', 'lint every commit of <base>..<head> (the policy is read at the base, as CI reads it)')
    .addOption(new Option('--hook', 'run as the commit-msg hook (change install-hook installs it)').hideHelp()),
).action(
  action(async (out, file: string | undefined, options: Common & { range?: string; hook?: boolean }) => {
    if (options.range && file) throw new InputError('give a message file or --range, not both');
    if (options.range) return lintRange(out, options.range);
    if (!file) throw new InputError('give a message file, or --range <base>..<head>');
    return lintFile(out, file, { ...(options.hook ? { hook: true } : {}) });
  }),
);

common(
  program
    .command('install-hook')
    .description("Install change as this repository's commit-msg hook: the verdict CI reaches, before each commit is made.")
    .option('--force', 'replace a commit-msg hook change did not install'),
).action(action((out, options: Common & { force?: boolean }) => installHook(out, options, process.argv[1] ?? '')));

common(
  program
    .command('classify')
    .description('Classify the change between two commits as classify-change does: change type, security triggers, rollback safety, window.')
    .argument('<range>', '<base>..<head>, e.g. origin/main..HEAD, or one commit')
    .option('--pull-request', 'classify as a pull request (the diff from the merge base)')
    .option('--title <title>', "the pull request's title (default: the head commit's subject)")
    .option('--body <body>', "the pull request's body (default: the head commit's body)")
    .option('--label <name...>', "the pull request's labels")
    .option('--now <instant>', 'evaluate the change windows at this ISO 8601 instant'),
).action(action((out, range: string, options: Common & { pullRequest?: boolean; title?: string; body?: string; label?: string[]; now?: string }) => classifyRange(out, range, options)));

const policy = program.command('policy').description('The change policy file (.github/change-policy.yml).');
common(
  policy
    .command('validate')
    .description('Check a policy file against the schema and every rule the actions apply; problems name the line.')
    .argument('[file]', "the policy file (default: the work tree's .github/change-policy.yml)"),
).action(action((out, file: string | undefined) => validatePolicy(out, file)));

const gate = program.command('gate').description('The security review gate.');
common(
  gate
    .command('simulate')
    .description('Evaluate the gate on a JSON snapshot of a pull request, and say what it would take to pass.')
    .argument('<snapshot>', 'JSON: { "record": <change record>, "pullRequest": <pull request snapshot>, "now": <ISO 8601> }')
    .option('--policy <file>', "the policy file (default: the work tree's .github/change-policy.yml, else the procedure's defaults)"),
).action(action((out, file: string, options: Common & { policy?: string }) => simulateGate(out, file, options)));

common(
  program
    .command('metrics')
    .description('The four DORA keys against the procedure targets, from the export-file of change-metrics.')
    .argument('<export>', 'the export JSON of change-metrics')
    .option('--markdown', 'print the Markdown report for the quarterly review'),
).action(action((out, file: string, options: Common & { markdown?: boolean }) => metrics(out, file, options)));

common(
  program
    .command('rollback-plan')
    .description('Show a rollback plan of wrangler-deploy-verify: the version it restores and the command, or why there is none.')
    .argument('<file>', 'the rollback-plan-file of wrangler-deploy-verify'),
).action(action((out, file: string) => rollbackPlan(out, file)));

async function main(): Promise<number> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    }
    throw error;
  }
  return await result;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError || error instanceof PolicyError) process.stderr.write(`change: ${error.message}\n`);
    else process.stderr.write(`change: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.unusable;
  },
);
