/**
 * The facts about people the roles are decided from: each approver's repository permission and
 * team memberships, and the account id of each login the policy names. Only what the rules in
 * play consult is looked up; team membership needs a token that can read the organisation's
 * teams, and without one the gate fails closed saying so.
 */
import { UserError, statusOf } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import type { ChangeRecord } from '@change-actions/classify';
import { roleNames, roleOf, type Actor, type Directory, type GatePolicy, type Permission, type Person, type RoleName } from '@change-actions/gate';
import { ApiError, callOr404 } from './api.ts';

/** The roles a rule that applies to this change may ask for. */
export function rolesInPlay(policy: GatePolicy, record: ChangeRecord): Set<RoleName> {
  const roles = new Set<RoleName>();
  const add = (names: readonly RoleName[]) => names.forEach((name) => roles.add(name));
  if (record.securityRelevant) add(policy.securityReview.roles);
  if (record.special.includes('infrastructure')) add(policy.infrastructure.roles);
  if (record.special.includes('access-control')) add(policy.accessControl.roles);
  if (record.special.includes('cryptographic') && policy.cryptographic.review === 'approval') add(policy.cryptographic.roles);
  if (record.changeType === 'emergency') add(policy.emergency.authorisers.map((authoriser) => authoriser.role));
  return roles;
}

export interface DirectoryRequest {
  owner: string;
  repo: string;
  policy: GatePolicy;
  roles: ReadonlySet<RoleName>;
  /** The people whose roles may decide something: approvers, or retrospective approvers. */
  people: readonly Actor[];
  /** Whether the repository permission of each person is consulted (the scheduled mode does not). */
  permissions: boolean;
}

const PERMISSIONS: readonly Permission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

export async function gatherDirectory(github: GitHubClient, request: DirectoryRequest): Promise<Directory> {
  const { owner, repo, policy, roles } = request;
  const teams = [...new Set([...roles].flatMap((name) => roleOf(policy, name).teams))];
  for (const team of teams) await checkTeamVisible(github, policy, team);

  // A login is looked up only when a rule here asks for its role and someone could be matched
  // to it; otherwise it stays null, which can only withhold the role, never grant it.
  const logins: Record<string, number | null> = {};
  const looked = new Set<string>();
  for (const name of roleNames) {
    for (const user of roleOf(policy, name).users) {
      if (user.id !== undefined || user.login === undefined) continue;
      const login = user.login.toLowerCase();
      logins[login] ??= null;
      if (!roles.has(name) || request.people.length === 0 || looked.has(login)) continue;
      looked.add(login);
      logins[login] = await accountId(github, user.login);
    }
  }

  const people: Record<string, Person> = {};
  for (const person of request.people) {
    if (Object.hasOwn(people, String(person.id))) continue;
    const permission = request.permissions ? await permissionOf(github, owner, repo, person.login) : 'none';
    const memberships: Record<string, 'active' | 'pending'> = {};
    for (const team of teams) {
      const state = await membership(github, team, person.login);
      if (state !== undefined) memberships[team] = state;
    }
    people[String(person.id)] = { permission, teams: memberships };
  }
  return { people, logins };
}

function split(team: string): { org: string; team_slug: string } {
  const [org = '', team_slug = ''] = team.split('/');
  return { org, team_slug };
}

async function checkTeamVisible(github: GitHubClient, policy: GatePolicy, team: string): Promise<void> {
  try {
    await github.rest.teams.getByName(split(team));
    return;
  } catch (error) {
    // 404 for a team the token cannot see (or that does not exist), 403 for a token refused outright.
    if (statusOf(error) !== 404 && statusOf(error) !== 403) throw new ApiError(`reading the team ${team}`, undefined, error);
  }
  const using = roleNames.filter((name) => roleOf(policy, name).teams.includes(team)).map((name) => `gate.roles.${name}.teams`);
  throw new UserError(
    `the policy names the team ${team} (${using.join(', ')}), but the token cannot read it, so nobody's membership can be checked and the gate fails closed. ` +
      'Team membership needs a token with the organization permission "Members: read", which GITHUB_TOKEN cannot be given: pass a GitHub App installation token with it as input token (or name the role holders under users instead of teams). If the team does not exist, correct the policy.',
  );
}

async function membership(github: GitHubClient, team: string, username: string): Promise<'active' | 'pending' | undefined> {
  const found = await callOr404(`reading ${username}'s membership of the team ${team}`, 'the organization permission "Members: read"', () =>
    github.rest.teams.getMembershipForUserInOrg({ ...split(team), username }),
  );
  const state = found?.data.state;
  // GitHub answers 200 for an invitation not yet accepted: only `active` is membership.
  return state === 'active' || state === 'pending' ? state : undefined;
}

async function accountId(github: GitHubClient, login: string): Promise<number | null> {
  const found = await callOr404(`looking up the account ${login}`, undefined, () => github.rest.users.getByUsername({ username: login }));
  return found === undefined ? null : found.data.id;
}

async function permissionOf(github: GitHubClient, owner: string, repo: string, username: string): Promise<Permission> {
  const found = await callOr404(`reading ${username}'s permission on ${owner}/${repo}`, 'metadata: read', () =>
    github.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username }),
  );
  if (found === undefined) return 'none';
  const { role_name: role, permission } = found.data;
  // role_name is the precise one (maintain, triage); a custom role name falls back to the base permission.
  if ((PERMISSIONS as readonly string[]).includes(role)) return role as Permission;
  return (PERMISSIONS as readonly string[]).includes(permission) ? (permission as Permission) : 'none';
}

