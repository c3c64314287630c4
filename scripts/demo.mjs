#!/usr/bin/env node
// `npm run demo`: the suite's main job end to end, on embedded defaults, the way the runner runs
// it. Each stage builds what it needs in a temporary folder, runs a bundled action through the
// runner protocol (test/harness/run-action.ts) and prints the job summary as plain text.
import { TempRepo } from '../test/harness/git-repo.ts';
import { webhookExample } from '../test/harness/events.ts';
import { runAction } from '../test/harness/run-action.ts';
import { summaryText } from './summary-text.mjs';

const bold = (s) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[0m` : s);

function show(title, result) {
  process.stdout.write(`\n${bold(`== ${title}`)}\n`);
  process.stdout.write(`exit code ${result.exitCode}; outputs: ${Object.keys(result.outputs).join(', ')}\n\n`);
  process.stdout.write(`${summaryText(result.summary)}\n`);
}

async function lintCommitStage() {
  const repo = new TempRepo();
  try {
    const base = repo.commit('chore: start the verifier service\n\nEmpty service with CI, so later changes have a base.\n\nFixes: #1\n');
    repo.git('checkout', '-q', '-b', 'feature/rate-limit');
    const messages = [
      'security: Implement rate limiting for challenge creation\n\nAdd token bucket rate limiting to prevent API abuse.\nLimit: 10 challenges per minute per IP.\n\nFixes: #123\n',
      'fixed the tests\n',
      'feat: add the health endpoint\n\nThe deploy check needs a route that answers when the Worker is up.\n',
      'fixup! feat: add the health endpoint\n',
      'docs: describe the rate limit\n\nFixes: #123\n',
    ];
    messages.forEach((m, i) => repo.commit(m, { [`file-${i}.txt`]: String(i) }));
    const head = repo.head();
    const event = webhookExample('pull_request', 'opened');
    Object.assign(event.pull_request, {
      title: 'security: Implement rate limiting for challenge creation',
      body: 'Add token bucket rate limiting so one client cannot exhaust the issuer.\n\nFixes: #123',
      commits: messages.length,
    });
    event.pull_request.base.sha = base;
    event.pull_request.head.sha = head;
    const result = await runAction({ action: 'lint-commit', eventName: 'pull_request', event, cwd: repo.dir });
    show('lint-commit on a pull request with five commits (procedure defaults)', result);
    return result.exitCode === 1 && result.outputs['invalid-count'] === '3';
  } finally {
    repo.remove();
  }
}

const stages = [['lint-commit', lintCommitStage]];
let ok = true;
for (const [name, stage] of stages) {
  const expected = await stage();
  if (!expected) {
    process.stderr.write(`demo: the ${name} stage did not give the expected verdict\n`);
    ok = false;
  }
}
process.stdout.write(`\n${ok ? 'demo: every stage gave the expected verdict' : 'demo: some stage went wrong'}\n`);
process.exit(ok ? 0 : 1);
