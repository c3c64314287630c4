/**
 * classify-change: read the policy from the base of the change, gather the change (local git or
 * the API), classify it with the pure engine, then report: outputs, the record file, labels on a
 * pull request (best effort), and a job summary.
 */
import { coreLogger as log, Deadline, describePolicySource, Git, loadPolicy, readEvent, resolveRevision, runAction } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { changeRecordContract, type ChangeRecordDocument } from '@change-actions/change-record';
import { writeContractFile } from '@change-actions/change-record/files';
import { describeChange, gatherChange } from '@change-actions/change-gather';
import { classify, filesNeedingContent } from '@change-actions/classify';
import { report } from './report.ts';
import { readSettings } from './settings.ts';
import { syncLabels } from './labels.ts';

type Output =
  | 'change-type'
  | 'security-relevant'
  | 'severity'
  | 'major'
  | 'triggers'
  | 'special'
  | 'rollback-safe'
  | 'window-open'
  | 'labels'
  | 'record-path';

// When the run fails before a record exists, every output says the least permissive thing.
const fallback: Record<Output, string> = {
  'change-type': '',
  'security-relevant': 'true',
  severity: '',
  major: 'true',
  triggers: '[]',
  special: '[]',
  'rollback-safe': 'false',
  'window-open': 'false',
  labels: '[]',
  'record-path': '',
};

export function run(): Promise<void> {
  return runAction<Output>(fallback, async (outputs) => {
    const settings = readSettings();
    const deadline = new Deadline(settings.timeoutSeconds);
    const event = readEvent();
    let client: GitHubClient | undefined;
    let apiCalls = 0;
    const github = async () => {
      if (!client) {
        const { createGitHubClient } = await import('@change-actions/action-kit/github');
        client = await createGitHubClient({ token: settings.token, deadline });
        client.hook.before('request', () => {
          apiCalls++;
        });
      }
      return client;
    };
    const git = new Git(settings.repositoryPath);

    const described = describeChange(event.eventName, event.payload, settings.range);
    // A new branch's base is the default branch's commit, resolved once, never a bare name.
    const ref = { ...described, base: (await resolveRevision(described.base, { owner: event.owner, repo: event.repo, git, github })).sha };
    const { policy, source } = await loadPolicy({ owner: event.owner, repo: event.repo, ref: ref.base, path: settings.policyPath }, { git, github });
    const gathered = await gatherChange({ owner: event.owner, repo: event.repo, git, github }, ref, policy.commits, (paths) =>
      filesNeedingContent(policy.classify, paths),
    );
    deadline.check('gathering the change');
    const record = classify(policy.classify, gathered.snapshot, settings.now);

    const document: ChangeRecordDocument = {
      kind: 'change-record',
      version: 1,
      repository: `${event.owner}/${event.repo}`,
      event: event.eventName,
      ...(ref.pullRequest ? { pullRequest: ref.pullRequest.number } : {}),
      base: ref.base,
      head: ref.head,
      diffBase: gathered.diffBase,
      gatheredFrom: gathered.via,
      apiCalls,
      policy: source,
      evaluatedAt: settings.now.toISOString(),
      files: gathered.snapshot.files.length,
      commits: gathered.snapshot.commits.length,
      record,
    };
    writeContractFile(changeRecordContract, settings.recordPath, document);

    outputs.set('change-type', record.changeType);
    outputs.set('security-relevant', record.securityRelevant);
    outputs.set('severity', record.severity ?? '');
    outputs.set('major', record.major);
    outputs.set('triggers', JSON.stringify(record.triggers));
    outputs.set('special', JSON.stringify(record.special));
    outputs.set('rollback-safe', record.rollbackSafe);
    outputs.set('window-open', record.window.open);
    outputs.set('labels', JSON.stringify(record.labels));
    outputs.set('record-path', settings.recordPath);

    let labelNote: string | undefined;
    if (ref.pullRequest && settings.syncLabels) {
      labelNote = await syncLabels(await github(), {
        owner: event.owner,
        repo: event.repo,
        number: ref.pullRequest.number,
        current: ref.labels,
        wanted: record.labels,
        managed: policy.classify.labels,
      });
    }
    await report(record, {
      policy: describePolicySource(source),
      via: gathered.via,
      files: gathered.snapshot.files.length,
      commits: gathered.snapshot.commits.length,
      apiCalls,
      recordPath: settings.recordPath,
      ...(labelNote ? { labelNote } : {}),
    });
    log.info(`change record written to ${settings.recordPath}`);
  });
}
