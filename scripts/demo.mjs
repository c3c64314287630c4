#!/usr/bin/env node
// `npm run demo`: the suite's main job end to end, on embedded defaults, the way the runner runs
// it. Each stage builds what it needs in a temporary folder, runs a bundled action through the
// runner protocol (test/harness/run-action.ts) and prints the job summary as plain text; the
// lifecycle's deploys run `.github/workflows/deploy-worker.yml` through the workflow runner
// (test/harness/workflow-runner.ts), as a provii repository runs it.
//
// The workflow runner loads GitHub's workflow parser, whose JSON imports plain Node accepts only
// with the resolve hook below registered first; so everything else is imported after it.
import '../test/harness/languageservices-hooks.mjs';

const { TempRepo } = await import('../test/harness/git-repo.ts');
const { webhookExample } = await import('../test/harness/events.ts');
const { runAction } = await import('../test/harness/run-action.ts');
const { summaryText } = await import('./summary-text.mjs');
const { securityReviewGateStage } = await import('../actions/security-review-gate/test/demo-stage.ts');
const { wranglerDeployVerifyStage } = await import('../actions/wrangler-deploy-verify/test/demo-stage.ts');
const { postDeployMonitorStage } = await import('../actions/post-deploy-monitor/test/demo-stage.ts');
const { autoRevertStage } = await import('../actions/auto-revert-on-threshold/test/demo-stage.ts');
const { changeMetricsStage } = await import('../actions/change-metrics/test/demo-stage.ts');
const { startLifecycle } = await import('../test/demo/lifecycle.ts');
const { startDeployPipeline } = await import('../test/demo/pipeline.ts');
const { auditStage, classifyLifecycleStage, gateSaver } = await import('../test/demo/stages.ts');

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

async function classifyStage() {
  const repo = new TempRepo();
  try {
    const base = repo.commit('chore: start the verifier service\n\nEmpty service with CI.\n\nFixes: #1\n', {
      'src/auth/session.ts': 'export function check(token: string): boolean {\n  return token.length > 0;\n}\n',
      'Cargo.toml': '[package]\nname = "provii-verifier"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\n',
      'wrangler.toml': 'name = "provii-verifier"\ncompatibility_date = "2026-01-01"\n\n[[kv_namespaces]]\nbinding = "CHALLENGES"\nid = "a1"\n',
    });
    repo.git('checkout', '-q', '-b', 'feature/rate-limit');
    const head = repo.commit('security: Implement rate limiting for challenge creation\n\nAdd token bucket rate limiting.\n\nFixes: #123\n', {
      'src/auth/session.ts': 'export function check(token: string): boolean {\n  return verifyJwt(token, { algorithms: ["ES256"] });\n}\n',
      'Cargo.toml': '[package]\nname = "provii-verifier"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\ngovernor = "0.6"\n',
      'wrangler.toml': 'name = "provii-verifier"\ncompatibility_date = "2026-01-01"\n\n[[durable_objects.bindings]]\nname = "LIMITER"\nclass_name = "Limiter"\n\n[[migrations]]\ntag = "v1"\nnew_classes = ["Limiter"]\n',
    });
    const event = webhookExample('pull_request', 'opened');
    Object.assign(event.pull_request, { title: 'security: Implement rate limiting for challenge creation', body: 'Adds a token bucket.\n\nFixes: #123', labels: [], commits: 1, changed_files: 3 });
    event.pull_request.base.sha = base;
    event.pull_request.head.sha = head;
    event.pull_request.head.ref = 'feature/rate-limit';
    const result = await runAction({ action: 'classify-change', eventName: 'pull_request', event, cwd: repo.dir, inputs: { 'sync-labels': 'false', now: '2026-03-31T11:00:00Z' } });
    show('classify-change on the same kind of pull request: auth code, a new crate, a Durable Object migration', result);
    return result.exitCode === 0 && result.outputs['security-relevant'] === 'true' && result.outputs['rollback-safe'] === 'false';
  } finally {
    repo.remove();
  }
}

// One GitHub stand-in and one artifacts folder for the whole lifecycle: the deploys record their
// Deployments and the incident there, the metrics read them back, the audit reads only the
// artifacts. The deploy pipeline (Cloudflare and Loki stand-ins, the Worker under wrangler dev)
// serves the two deploys of the lifecycle.
const lifecycle = await startLifecycle();
let pipeline;
const deployPipeline = async () => (pipeline ??= await startDeployPipeline(lifecycle));
const stages = [
  ['lint-commit', lintCommitStage],
  ['classify-change', classifyStage],
  ['classify-change, the two changes of the lifecycle', () => classifyLifecycleStage(show, lifecycle)],
  ['security-review-gate', () => securityReviewGateStage(show, gateSaver(lifecycle))],
  ['wrangler-deploy-verify', () => wranglerDeployVerifyStage(show)],
  ['post-deploy-monitor', async () => postDeployMonitorStage(show, await deployPipeline())],
  ['auto-revert-on-threshold', async () => autoRevertStage(show, await deployPipeline(), lifecycle)],
  ['change-metrics', () => changeMetricsStage(show, lifecycle)],
  ['audit (A.8.32), from the artifacts alone', () => auditStage(lifecycle)],
];
const started = Date.now();
let ok = true;
try {
  for (const [i, [name, stage]] of stages.entries()) {
    process.stdout.write(`\n${bold(`[${i + 1}/${stages.length}] ${name}`)} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    let expected = false;
    try {
      expected = await stage();
    } catch (error) {
      process.stderr.write(`demo: the ${name} stage failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    if (!expected) {
      process.stderr.write(`demo: the ${name} stage did not give the expected verdict\n`);
      ok = false;
    }
    // The Worker and the stand-ins of the deploys are not needed after the rollback.
    if (name === 'auto-revert-on-threshold') await pipeline?.close();
  }
} finally {
  await pipeline?.close();
  await lifecycle.close();
}
process.stdout.write(`\n${ok ? 'demo: every stage gave the expected verdict' : 'demo: some stage went wrong'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(ok ? 0 : 1);
