/**
 * workflows-templates/security-review-gate.yml end to end through the workflow runner: the gate's
 * bundle judges a pull request read through the GitHub stand-in (the world of the gate's own
 * tests), on pull_request_target and pull_request_review in mode gate, and on schedule in mode
 * overdue, as the template's expression chooses.
 */
import { describe, expect, test } from 'vitest';
import { BASE, bob, carol, pullRequestEvent, script, withStandIn, type World } from '../../actions/security-review-gate/test/world.ts';
import type { GitHubStandIn } from '../harness/github-standin.ts';
import { runWorkflow, stepOf } from '../harness/workflow-runner.ts';

const TEMPLATE = 'workflows-templates/security-review-gate.yml';

async function gate(gh: GitHubStandIn, world: World, eventName: string, event?: Record<string, any>) {
  const written = script(gh, world);
  const run = await runWorkflow({
    workflow: TEMPLATE,
    eventName,
    event: event ?? pullRequestEvent(eventName, world),
    githubApiUrl: gh.url,
    env: { CHANGE_ACTIONS_RETRY_BASE_MS: '5' },
    ...(eventName === 'schedule' ? { sha: BASE } : {}),
  });
  return { run, written, step: stepOf(run.jobs['gate'], 'maelstrom/change-actions/actions/security-review-gate') };
}

describe('security-review-gate.yml', () => {
  test('pull_request_target: mode gate; two independent approvals pass, and the check run says so', async () => {
    await withStandIn(async (gh) => {
      const { run, written, step } = await gate(gh, { reviews: [{ by: bob }, { by: carol }] }, 'pull_request_target');
      expect(step.inputs['mode']).toBe('gate');
      expect(step.outputs).toMatchObject({ approved: 'true', status: 'approved' });
      expect(written.checkRuns.at(-1)).toMatchObject({ name: 'security-review-gate', conclusion: 'success' });
      expect(run.conclusion).toBe('success');
      // What the template asks of GitHub: no checkout, write scopes for the verdict, one evaluation per pull request.
      expect(run.jobs['gate']!.steps).toHaveLength(1);
      expect(run.actionUses).toEqual([]);
      // Nothing for the workflow as a whole; the write scopes go to the gate's job only.
      expect(run.permissions).toEqual({});
      expect(run.jobs['gate']!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', issues: 'write' });
      expect(run.concurrency).toEqual({ group: 'security-review-gate-7', 'cancel-in-progress': false });
      expect(run.jobs['gate']!.timeoutMinutes).toBe(10);
    });
  });

  test('pull_request_review: one approval is not enough; the job fails and the check run asks for action', async () => {
    await withStandIn(async (gh) => {
      const { run, written, step } = await gate(gh, { reviews: [{ by: bob }] }, 'pull_request_review');
      expect(step.inputs['mode']).toBe('gate');
      expect(step.outputs).toMatchObject({ approved: 'false', status: 'pending' });
      expect(written.checkRuns.at(-1)?.conclusion).toBe('action_required');
      expect(run.jobs['gate']!.result).toBe('failure');
      expect(run.annotations.some((a) => a.command === 'error')).toBe(true);
    });
  });

  test('schedule: mode overdue, with nothing overdue, passes', async () => {
    await withStandIn(async (gh) => {
      const { run, step } = await gate(gh, { retrospectives: [] }, 'schedule', { schedule: '17 * * * *' });
      expect(step.inputs['mode']).toBe('overdue');
      expect(step.outputs).toMatchObject({ approved: 'true', overdue: '[]' });
      expect(run.concurrency).toEqual({ group: 'security-review-gate-overdue', 'cancel-in-progress': false });
      expect(run.conclusion).toBe('success');
    });
  });
});
