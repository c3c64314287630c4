/**
 * lint-commit: gather the messages of the change, lint each against the policy read from the
 * base of the change, report (outputs, annotations, summary), and fail when any did not pass.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { Deadline, Git, describePolicySource, loadPolicy, readEvent, runAction } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { dependsOnParents, lintMessage } from '@change-actions/commit-lint';
import { gather, withParents, type Context } from './gather.ts';
import { boundedResults, report, type Entry } from './report.ts';
import { readSettings } from './settings.ts';

type Output = 'valid' | 'invalid-count' | 'results' | 'results-omitted' | 'results-file';

export function run(): Promise<void> {
  return runAction<Output>({ valid: 'false', 'invalid-count': '0', results: '[]', 'results-omitted': '0', 'results-file': '' }, async (outputs) => {
    const settings = readSettings();
    const deadline = new Deadline(settings.timeoutSeconds);
    const ctx = readEvent();
    let client: GitHubClient | undefined;
    const github = async () => {
      if (!client) {
        const { createGitHubClient } = await import('@change-actions/action-kit/github');
        client = await createGitHubClient({ token: settings.token, deadline });
      }
      return client;
    };
    const git = new Git(settings.repositoryPath);
    const context: Context = {
      ...ctx,
      range: settings.range,
      git,
      github,
    };

    let gathered = await gather(context);
    deadline.check('gathering commits');
    const { policy, source } = await loadPolicy(
      { owner: ctx.owner, repo: ctx.repo, ref: gathered.policyRef, path: settings.policyPath },
      { git: context.git, github },
    );
    // One commit, one verdict: where the payload's missing parent count could change a verdict,
    // read the commits again with their parents.
    if (gathered.messages.some((m) => m.parents === undefined && dependsOnParents(m.text, policy.commits, settings.failOnWarning))) {
      gathered = await withParents(context, gathered);
    }

    const entries: Entry[] = [];
    for (const m of gathered.messages) {
      const outcome = lintMessage(m.text, policy.commits, { subject: 'commit', ...(m.parents === undefined ? {} : { parents: m.parents }) });
      entries.push({ id: m.id, subject: m.subject, outcome });
    }
    const pr = gathered.pullRequest;
    if (pr && policy.commits.pullRequest.title) {
      entries.push({ id: 'pull-request-title', subject: 'pull-request-title', outcome: lintMessage(pr.title, policy.commits, { subject: 'pull-request-title' }) });
    }
    if (pr && policy.commits.pullRequest.body) {
      const text = `${pr.title}\n\n${pr.body}`;
      entries.push({ id: 'pull-request-body', subject: 'pull-request-body', outcome: lintMessage(text, policy.commits, { subject: 'pull-request-body' }) });
    }

    const verdict = await report(entries, {
      failOnWarning: settings.failOnWarning,
      policy: describePolicySource(source),
      via: gathered.via,
      ...(gathered.nothing ? { nothing: gathered.nothing } : {}),
    });
    outputs.set('valid', verdict.invalid === 0);
    outputs.set('invalid-count', verdict.invalid);
    // A job's outputs hold at most 1 MB: `results` keeps the findings first, within a bound; the
    // whole list is in the file.
    const bounded = boundedResults(verdict.results);
    outputs.set('results', bounded.json);
    outputs.set('results-omitted', bounded.omitted);
    const dir = mkdtempSync(join(process.env['RUNNER_TEMP'] || tmpdir(), 'lint-commit-'));
    const file = join(dir, 'results.json');
    writeFileSync(file, JSON.stringify(verdict.results));
    outputs.set('results-file', file);
    if (verdict.invalid > 0) {
      core.setFailed(`${verdict.invalid} of ${entries.length} messages do not follow the commit format; see the summary`);
    }
  });
}
