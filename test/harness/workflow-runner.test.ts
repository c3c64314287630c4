/**
 * The workflow runner on small workflows written for these tests, in a temporary repository of
 * their own: each feature GitHub gives a workflow, and each way the runner refuses what GitHub
 * would refuse.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { webhookExample } from './events.ts';
import { TempRepo } from './git-repo.ts';
import { allJobs, expandMatrix, runWorkflow, stepOf, type StepResult, type WorkflowRunOptions } from './workflow-runner.ts';

let root: string;
let repo: TempRepo;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const MAIN = `name: main
on:
  push:
    branches: [main, 'release/**']
permissions:
  contents: read
env:
  LEVEL: workflow
  OVERRIDDEN: workflow
concurrency:
  group: main-\${{ github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    strategy:
      matrix:
        os: [linux, mac]
        node: [20, 24]
        exclude:
          - { os: mac, node: 20 }
        include:
          - { os: linux, extra: yes }
          - { os: bsd, node: 22 }
    outputs:
      last: \${{ steps.one.outputs.combo }}
    steps:
      - id: one
        run: echo "combo=\${{ matrix.os }}-\${{ matrix.node }}-\${{ matrix.extra || 'none' }}" >> "$GITHUB_OUTPUT"
  steps:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    environment:
      name: staging
      url: https://\${{ github.repository_owner }}.example
    concurrency: steps-\${{ github.sha }}
    env:
      LEVEL: job
    outputs:
      from-env: \${{ steps.env.outputs.seen }}
      composite: \${{ steps.greet.outputs.greeting }}
      node: \${{ steps.hello.outputs.said }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
        with:
          node-version: 24
      - id: files
        run: |
          echo "ADDED=from-github-env" >> "$GITHUB_ENV"
          echo "OVERRIDDEN=github-env" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool-on-path\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo "### summary from files" >> "$GITHUB_STEP_SUMMARY"
          echo "::warning file=a.txt,line=3::look here"
          {
            echo 'multi<<EOF'
            echo 'line 1'
            echo 'line 2'
            echo 'EOF'
          } >> "$GITHUB_OUTPUT"
      - id: env
        env:
          LEVEL: step
        run: |
          echo "seen=$LEVEL/$ADDED/$OVERRIDDEN/$(mytool)/\${{ env.ADDED }}/\${{ startsWith(steps.files.outputs.multi, 'line 1') && endsWith(steps.files.outputs.multi, 'line 2') }}" >> "$GITHUB_OUTPUT"
          test "$CI" = true && test "$GITHUB_EVENT_NAME" = push && test "$GITHUB_SHA" = "\${{ github.sha }}" && test -f "$GITHUB_EVENT_PATH"
          test "$GITHUB_WORKSPACE" = "$PWD" && test -f README.md && test "$(git rev-parse HEAD)" = "$GITHUB_SHA"
      - id: greet
        uses: ./actions/greet
        with:
          who: \${{ github.event.pusher.name }}
      - id: hello
        uses: ./actions/hello
  failing:
    runs-on: ubuntu-latest
    steps:
      - id: soft
        continue-on-error: true
        run: exit 4
      - id: after-soft
        run: echo "soft=\${{ steps.soft.outcome }}/\${{ steps.soft.conclusion }}" >> "$GITHUB_OUTPUT"
      - id: hard
        run: |
          echo doing
          exit 3
      - id: skipped
        run: echo never
      - id: on-failure
        if: failure()
        run: echo "ran=yes" >> "$GITHUB_OUTPUT"
      - id: always
        if: always() && steps.hard.outcome == 'failure'
        run: echo "ran=yes" >> "$GITHUB_OUTPUT"
  after-failing:
    needs: failing
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  cleanup:
    needs: [failing, steps]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - id: see
        run: echo "seen=\${{ needs.failing.result }}/\${{ needs.steps.result }}/\${{ needs.steps.outputs.from-env }}" >> "$GITHUB_OUTPUT"
    outputs:
      seen: \${{ steps.see.outputs.seen }}
  call:
    needs: steps
    uses: ./.github/workflows/called.yml
    permissions:
      contents: read
      pull-requests: write
    with:
      flag: true
      label: from-\${{ needs.steps.outputs.composite }}
    secrets:
      token: \${{ secrets.DEPLOY_TOKEN }}
  report:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - id: out
        run: echo "got=\${{ needs.call.outputs.result }}" >> "$GITHUB_OUTPUT"
    outputs:
      got: \${{ steps.out.outputs.got }}
`;

const CALLED = `name: called
on:
  workflow_call:
    inputs:
      flag: { type: boolean, required: true }
      count: { type: number, default: 2 }
      label: { type: string, default: none }
    secrets:
      token: { required: true }
    outputs:
      result:
        value: \${{ jobs.inner.outputs.result }}
jobs:
  inner:
    runs-on: ubuntu-latest
    outputs:
      result: \${{ steps.r.outputs.result }}
    steps:
      - id: r
        run: echo "result=\${{ inputs.flag }}/\${{ inputs.count }}/\${{ inputs.label }}/\${{ secrets.token == 's3cret' }}/\${{ github.event_name }}" >> "$GITHUB_OUTPUT"
`;

const GREET = `name: greet
description: a composite action
inputs:
  who: { description: who, required: true }
  how: { description: how, default: hello }
outputs:
  greeting:
    description: the greeting
    value: \${{ steps.say.outputs.text }}
runs:
  using: composite
  steps:
    - id: say
      shell: bash
      run: echo "text=\${{ inputs.how }} \${{ inputs.who }}" >> "$GITHUB_OUTPUT"
    - shell: sh
      run: echo "composite ran in $GITHUB_ACTION_PATH"
`;

const HELLO = `name: hello
description: a JavaScript action
inputs:
  name:
    description: name
    default: \${{ github.repository }}
outputs:
  said:
    description: what it said
runs:
  using: node24
  main: index.mjs
`;

const HELLO_JS = `import { appendFileSync } from 'node:fs';
appendFileSync(process.env.GITHUB_OUTPUT, 'said=hi ' + process.env.INPUT_NAME + '\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'hello summary\\n');
console.log('::notice title=hello::said hi');
`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'workflow-runner-'));
  write('.github/workflows/main.yml', MAIN);
  write('.github/workflows/called.yml', CALLED);
  write('actions/greet/action.yml', GREET);
  write('actions/hello/action.yml', HELLO);
  write('actions/hello/index.mjs', HELLO_JS);
  repo = new TempRepo();
  repo.commit('docs: readme\n\nThe first commit.', { 'README.md': '# fixture\n' });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  repo.remove();
});

function push(overrides: Partial<WorkflowRunOptions> = {}): WorkflowRunOptions {
  const event = webhookExample('push', undefined, (e) => e['ref'] === 'refs/heads/master');
  event['ref'] = 'refs/heads/main';
  event['after'] = repo.head();
  return { workflow: '.github/workflows/main.yml', eventName: 'push', event, root, checkout: repo.dir, secrets: { DEPLOY_TOKEN: 's3cret' }, ...overrides };
}

describe('a workflow run', () => {
  let run: Awaited<ReturnType<typeof runWorkflow>>;
  beforeAll(async () => {
    run = await runWorkflow(push());
  }, 60_000);

  test('the run and its jobs conclude as on GitHub', () => {
    expect(run.conclusion).toBe('failure');
    expect(Object.fromEntries(Object.entries(allJobs(run)).map(([k, j]) => [k, j.result]))).toEqual({
      build: 'success',
      steps: 'success',
      failing: 'failure',
      'after-failing': 'skipped',
      cleanup: 'success',
      call: 'success',
      'call/inner': 'success',
      report: 'success',
    });
    expect(run.permissions).toEqual({ contents: 'read' });
    expect(run.concurrency).toEqual({ group: 'main-refs/heads/main', 'cancel-in-progress': false });
  });

  test('matrix: axes, exclude and include expand as GitHub expands them', () => {
    const build = run.jobs['build']!;
    expect(build.instances!.map((i) => i.outputs['last'])).toEqual(['linux-20-yes', 'linux-24-yes', 'mac-24-none', 'bsd-22-none']);
    expect(build.instances!.map((i) => i.name)).toEqual(['build (linux, 20, yes)', 'build (linux, 24, yes)', 'build (mac, 24)', 'build (bsd, 22)']);
    expect(build.outputs['last']).toBe('bsd-22-none');
    expect(build.instances![0]!.timeoutMinutes).toBe(5);
    expect(expandMatrix({ include: [{ a: 1 }, { a: 2 }] })).toEqual([{ a: 1 }, { a: 2 }]);
  });

  test('env levels, GITHUB_ENV, GITHUB_PATH, outputs and summaries pass between steps', () => {
    const job = run.jobs['steps']!;
    expect(job.outputs['from-env']).toBe('step/from-github-env/github-env/tool-on-path/from-github-env/true');
    expect(stepOf(job, 'env').exitCode).toBe(0);
    expect(stepOf(job, 'files').outputs['multi']).toBe('line 1\nline 2');
    expect(job.summary).toBe('### summary from files\nhello summary\n');
    expect(run.summary).toContain('### summary from files');
    expect(run.annotations.map((a) => `${a.job}/${a.step} ${a.command} ${JSON.stringify(a.properties)} ${a.message}`)).toEqual([
      'steps/files warning {"file":"a.txt","line":"3"} look here',
      'steps/hello notice {"title":"hello"} said hi',
    ]);
  });

  test('permissions, environment and concurrency are evaluated and recorded', () => {
    const job = run.jobs['steps']!;
    expect(job.permissions).toEqual({ contents: 'write' });
    expect(job.environment).toEqual({ name: 'staging', url: 'https://Codertocat.example' });
    expect(job.concurrency).toEqual({ group: `steps-${repo.head()}`, 'cancel-in-progress': false });
    expect(run.jobs['build']!.permissions).toEqual({ contents: 'read' });
  });

  test('composite and JavaScript actions: inputs with defaults, outputs, nested steps', () => {
    const job = run.jobs['steps']!;
    const greet = stepOf(job, 'greet');
    expect(greet.kind).toBe('composite');
    expect(greet.inputs).toEqual({ who: 'Codertocat', how: 'hello' });
    expect(greet.outputs).toEqual({ greeting: 'hello Codertocat' });
    expect(greet.steps!.map((s) => s.conclusion)).toEqual(['success', 'success']);
    expect(greet.log.join('\n')).toContain(`composite ran in ${join(root, 'actions/greet')}`);
    const hello = stepOf(job, 'hello');
    expect(hello.kind).toBe('node');
    expect(hello.inputs).toEqual({ name: 'Codertocat/Hello-World' });
    expect(hello.outputs).toEqual({ said: 'hi Codertocat/Hello-World' });
  });

  test('third-party actions run as stand-ins that record their inputs; unpinned refs are recorded', () => {
    const job = run.jobs['steps']!;
    expect(stepOf(job, 'actions/checkout').inputs).toMatchObject({ 'fetch-depth': '0', 'persist-credentials': 'true' });
    expect(stepOf(job, 'actions/setup-node').inputs['node-version']).toBe('24');
    expect(run.unpinned).toEqual([{ job: 'steps', step: '__actions_checkout', uses: 'actions/checkout@v4', ref: 'v4', pinned: false }]);
    expect(run.actionUses.filter((u) => u.pinned).map((u) => u.uses)).toEqual(['actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020']);
  });

  test('continue-on-error, exit codes, skipped steps and status functions', () => {
    const job = run.jobs['failing']!;
    const summary = job.steps.map((s) => `${s.id}:${s.outcome}/${s.conclusion}/${s.exitCode ?? '-'}`);
    expect(summary).toEqual(['soft:failure/success/4', 'after-soft:success/success/0', 'hard:failure/failure/3', 'skipped:skipped/skipped/-', 'on-failure:success/success/0', 'always:success/success/0']);
    expect(stepOf(job, 'after-soft').outputs['soft']).toBe('failure/success');
    expect(stepOf(job, 'hard').log).toContain('doing');
    expect(run.jobs['cleanup']!.outputs['seen']).toBe('failure/success/step/from-github-env/github-env/tool-on-path/from-github-env/true');
  });

  test('a reusable workflow gets typed inputs with defaults, its secrets, and gives its outputs', () => {
    const call = run.jobs['call']!;
    expect(call.uses).toBe('./.github/workflows/called.yml');
    expect(call.inputs).toEqual({ flag: true, count: 2, label: 'from-hello Codertocat' });
    expect(call.secretNames).toEqual(['GITHUB_TOKEN', 'token']);
    expect(call.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(call.jobs!['inner']!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(call.outputs).toEqual({ result: 'true/2/from-hello Codertocat/true/push' });
    expect(run.jobs['report']!.outputs['got']).toBe('true/2/from-hello Codertocat/true/push');
  });
});

describe('what GitHub refuses, the runner refuses', () => {
  const variant = (from: string, to: string) => {
    const file = `.github/workflows/variant-${Math.random().toString(36).slice(2)}.yml`;
    write(file, MAIN.replace(from, to));
    return push({ workflow: file });
  };

  test('an action with no stand-in is an error, not a skip', async () => {
    await expect(runWorkflow(variant('actions/setup-node@', 'actions/unknown-thing@'))).rejects.toThrow(/no stand-in for the action actions\/unknown-thing/);
  });

  test('an input the stand-in does not declare is an error', async () => {
    await expect(runWorkflow(variant('node-version: 24', 'node-versoin: 24'))).rejects.toThrow(/declares no input node-versoin/);
  });

  test('a missing required input, a wrongly typed one and an undefined one are errors', async () => {
    await expect(runWorkflow(variant('      flag: true\n', ''))).rejects.toThrow(/input flag is required/);
    await expect(runWorkflow(variant('      flag: true\n', "      flag: 'yes'\n"))).rejects.toThrow(/input flag is a boolean; got "yes"/);
    await expect(runWorkflow(variant('      flag: true\n', '      flag: true\n      other: 1\n'))).rejects.toThrow(/input other is not defined/);
  });

  test('a missing required secret is an error', async () => {
    await expect(runWorkflow(variant('      token: ${{ secrets.DEPLOY_TOKEN }}\n', '      nope: x\n'))).rejects.toThrow(/secret nope is not defined/);
  });

  test('an invalid workflow fails with the parser errors, naming the file', async () => {
    await expect(runWorkflow(variant('runs-on: ubuntu-latest\n    timeout-minutes: 5', 'runs-on: ubuntu-latest\n    timeout-minutes: 5\n    bogus-key: 1'))).rejects.toThrow(/variant-.*\.yml is not a valid workflow:\n.*bogus-key/);
  });

  test('an event the workflow does not run on is refused: branch filters, activity types', async () => {
    const options = push();
    options.event['ref'] = 'refs/heads/feature';
    await expect(runWorkflow(options)).rejects.toThrow(/does not run on this push event \(ref refs\/heads\/feature\)/);
    write('.github/workflows/pr.yml', 'on:\n  pull_request:\n    branches: [main]\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n');
    const pr = (action: string, base: string) => {
      const event = webhookExample('pull_request', 'opened');
      Object.assign(event, { action });
      event['pull_request'].base.ref = base;
      return runWorkflow({ workflow: '.github/workflows/pr.yml', eventName: 'pull_request', event, root });
    };
    // Without types:, GitHub runs pull_request workflows for opened, synchronize and reopened only.
    await expect(pr('labeled', 'main')).rejects.toThrow(/does not run on this pull_request event \(ref refs\/pull\/\d+\/merge, action labeled\)/);
    await expect(pr('opened', 'develop')).rejects.toThrow(/does not run on this pull_request event/);
    expect((await pr('synchronize', 'main')).conclusion).toBe('success');
  });
});

describe('between jobs and from the run', () => {
  test('an artifact uploaded by one job is downloaded by the next; vars, secrets and hashFiles() evaluate', async () => {
    write(
      '.github/workflows/artifacts.yml',
      `on: push
jobs:
  make:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          path: src
      - run: mkdir out && echo "\${{ vars.GREETING }} \${{ secrets.DEPLOY_TOKEN != '' }}" > out/a.txt && echo two > out/b.txt
      - uses: actions/upload-artifact@v4
        with:
          name: bundle
          path: out/
  use:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: bundle
          path: got
      - id: read
        run: echo "a=$(cat got/a.txt) hash=\${{ hashFiles('got/*.txt') != '' }} none=\${{ hashFiles('nothing/**') == '' }}" >> "$GITHUB_OUTPUT"
`,
    );
    const run = await runWorkflow(push({ workflow: '.github/workflows/artifacts.yml', vars: { GREETING: 'hi' } }));
    expect(run.conclusion).toBe('success');
    expect(Object.keys(run.artifacts.get('bundle')!.files).sort()).toEqual(['a.txt', 'b.txt']);
    expect(stepOf(run.jobs['use'], 'read').outputs['a']).toBe('hi true hash=true none=true');
    expect(stepOf(run.jobs['make'], 'actions/checkout').inputs['path']).toBe('src');
    expect(run.unpinned.map((u) => u.uses)).toEqual(['actions/checkout@v4', 'actions/upload-artifact@v4', 'actions/download-artifact@v4']);
  });

  test('the log shows secrets and masked values as ***, as GitHub does; stdout keeps what was printed', async () => {
    write('.github/workflows/mask.yml', 'on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo "token ${{ secrets.DEPLOY_TOKEN }}"\n          echo "::add-mask::hidden-value"\n          echo "::warning::about hidden-value"\n      - run: echo "later hidden-value"\n');
    const run = await runWorkflow(push({ workflow: '.github/workflows/mask.yml' }));
    const [first, second] = run.jobs['j']!.steps as [StepResult, StepResult];
    expect(first.log.filter(Boolean)).toEqual(['token ***']);
    expect(first.stdout).toContain('token s3cret');
    expect(run.annotations.map((a) => a.message)).toEqual(['about ***']);
    expect(second.log.filter(Boolean)).toEqual(['later ***']);
  });
});

describe('run: steps', () => {
  const one = async (step: string) => {
    const file = `.github/workflows/shell-${Math.random().toString(36).slice(2)}.yml`;
    write(file, `on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n${step}`);
    const run = await runWorkflow(push({ workflow: file }));
    return run.jobs['j']!.steps[0]!;
  };

  test('without shell: bash -e (a failing pipe head passes); shell: bash adds pipefail; shell: sh', async () => {
    expect((await one('      - run: false | true\n')).exitCode).toBe(0);
    expect((await one('      - run: false | true\n        shell: bash\n')).exitCode).toBe(1);
    expect((await one('      - run: |\n          false\n          echo after\n')).exitCode).toBe(1);
    const sh = await one('      - run: echo "$0"\n        shell: sh\n');
    expect(sh.exitCode).toBe(0);
    expect(sh.log[0]).toMatch(/\.sh$/);
  });

  test('working-directory and a step env override; the workflow file on disk is what runs', async () => {
    const step = await one('      - run: pwd && echo "$X"\n        working-directory: sub/dir\n        env:\n          X: step-x\n');
    expect(step.log[0]).toMatch(/sub\/dir$/);
    expect(step.log[1]).toBe('step-x');
    expect(readFileSync(join(root, '.github/workflows/main.yml'), 'utf8')).toBe(MAIN);
  });
});
