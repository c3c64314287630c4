/** Each builder's object conforms to GitHub's OpenAPI description of the operation that answers it. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fakeSha } from '../../../test/harness/fixtures.ts';
import { startGitHubStandIn, type GitHubStandIn, type Operation } from '../../../test/harness/github-standin.ts';
import {
  branch,
  branchRules,
  checkRun,
  checkRunList,
  combinedStatus,
  dismissedReview,
  issue,
  issueComment,
  issueEvent,
  label,
  permission,
  publicUser,
  pullRequest,
  team,
  teamMembership,
} from './builders.ts';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await startGitHubStandIn();
});
afterAll(() => gh.close());

const head = fakeSha('head');
const cases: Array<[Operation, number, unknown]> = [
  ['GET /repos/{owner}/{repo}/pulls/{pull_number}', 200, pullRequest({ number: 7, user: { login: 'alice', id: 101 }, head, base: fakeSha('base'), labels: ['emergency'], commits: 2, changedFiles: 1 })],
  ['GET /repos/{owner}/{repo}/pulls/{pull_number}', 200, pullRequest({ number: 7, user: { login: 'alice', id: 101 }, head, base: fakeSha('base'), body: null, commits: 2, changedFiles: 1 })],
  [
    'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
    200,
    [
      issueEvent({ id: 1, event: 'labeled', actor: { login: 'alice' }, label: 'emergency' }),
      issueEvent({ id: 2, event: 'unlabeled', actor: { login: 'bob' }, label: 'emergency' }),
      issueEvent({ id: 3, event: 'closed', actor: { login: 'iris' }, stateReason: 'completed' }),
      issueEvent({ id: 4, event: 'reopened', actor: { login: 'iris' } }),
    ],
  ],
  ['GET /repos/{owner}/{repo}/issues', 200, [issue({ number: 77, body: 'x', labels: ['retrospective'] }), issue({ number: 78, state: 'closed' })]],
  ['POST /repos/{owner}/{repo}/issues', 201, issue({ number: 79, body: 'x', labels: ['retrospective'] })],
  ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 201, issueComment(79, 'escalated')],
  ['POST /repos/{owner}/{repo}/issues/{issue_number}/labels', 200, [label('retrospective-overdue')]],
  ['POST /repos/{owner}/{repo}/check-runs', 201, checkRun({ id: 1, name: 'security-review-gate', head, conclusion: 'action_required', output: { title: 't', summary: 's', text: 'x' } })],
  ['GET /repos/{owner}/{repo}/commits/{ref}/check-runs', 200, checkRunList([checkRun({ id: 2, name: 'test', head }), checkRun({ id: 3, name: 'lint', head, status: 'in_progress' })])],
  ['GET /repos/{owner}/{repo}/commits/{ref}/status', 200, combinedStatus(head, [{ context: 'ci/build', state: 'success' }])],
  ['GET /repos/{owner}/{repo}/branches/{branch}', 200, branch('main', ['test'])],
  ['GET /repos/{owner}/{repo}/branches/{branch}', 200, branch('main')],
  ['GET /repos/{owner}/{repo}/rules/branches/{branch}', 200, branchRules(['test'])],
  ['GET /orgs/{org}/teams/{team_slug}', 200, team('maelstrom', 'security')],
  ['GET /orgs/{org}/teams/{team_slug}/memberships/{username}', 200, teamMembership('maelstrom', 'security', 'sam', 'pending')],
  ['GET /repos/{owner}/{repo}/collaborators/{username}/permission', 200, permission({ login: 'bob' }, 'maintain')],
  ['GET /users/{username}', 200, publicUser({ login: 'iris', id: 111 })],
  ['PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals', 200, dismissedReview(5, { login: 'bob' }, head, 7)],
];

test.each(cases)('%s (%i) conforms', (operation, status, body) => {
  expect(gh.validate(operation, status, body)).toEqual([]);
});
