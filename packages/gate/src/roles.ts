/**
 * Who holds a role: an active member of one of the role's teams (as the action found it), or one
 * of its users, by account id, inside the user's slot.
 */
import { roleKeys, type GatePolicy, type Role, type RoleName, type RoleUser } from '@change-actions/policy';
import type { Approval } from './reviews.ts';
import type { Account, Directory, Permission, Person } from './snapshot.ts';

export function roleOf(policy: GatePolicy, name: RoleName): Role {
  return policy.roles[roleKeys[name]];
}

/** A role naming no team and no user: nobody can ever give its approval. */
export function isVacant(policy: GatePolicy, name: RoleName): boolean {
  const role = roleOf(policy, name);
  return role.teams.length === 0 && role.users.length === 0;
}

export function personOf(directory: Directory, account: Account): Person | undefined {
  const key = String(account.id);
  return Object.hasOwn(directory.people, key) ? directory.people[key] : undefined;
}

/**
 * The first of `roles` that `account` holds. Team membership is as the action found it now; a
 * user's slot must contain `at`, the moment the approval was given, so an approval given on call
 * stays an on-call approval after the slot ends, and one given outside the slot never is.
 */
export function heldRole(policy: GatePolicy, directory: Directory, roles: readonly RoleName[], account: Account, at: Date): RoleName | undefined {
  return roles.find((name) => holds(roleOf(policy, name), directory, account, at));
}

/** The first of `roles` the approver held when giving one of the approval's reviews, and when. */
export function approverRole(policy: GatePolicy, directory: Directory, roles: readonly RoleName[], approval: Approval): { role: RoleName; at: Date } | undefined {
  for (const at of approval.given) {
    const role = heldRole(policy, directory, roles, approval.user, at);
    if (role !== undefined) return { role, at };
  }
  return undefined;
}

function holds(role: Role, directory: Directory, account: Account, at: Date): boolean {
  const teams = personOf(directory, account)?.teams ?? {};
  const active = new Set(Object.entries(teams).filter(([, state]) => state === 'active').map(([team]) => team.toLowerCase()));
  if (role.teams.some((team) => active.has(team.toLowerCase()))) return true;
  return role.users.some((user) => userId(directory, user) === account.id && inSlot(user, at));
}

/** The account id a policy user stands for: its id when given, else its login's account. */
function userId(directory: Directory, user: RoleUser): number | null | undefined {
  if (user.id !== undefined) return user.id;
  const login = user.login?.toLowerCase();
  return login !== undefined && Object.hasOwn(directory.logins, login) ? directory.logins[login] : undefined;
}

function inSlot(user: RoleUser, at: Date): boolean {
  const time = at.getTime();
  return (user.from === undefined || Date.parse(user.from) <= time) && (user.until === undefined || time < Date.parse(user.until));
}

const permissionRank: Readonly<Record<Permission, number>> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** Whether the account's repository permission is at least `minimum`; unknown people have none. */
export function hasPermission(directory: Directory, account: Account, minimum: Permission): boolean {
  const have = permissionRank[personOf(directory, account)?.permission ?? 'none'] ?? 0;
  const need = permissionRank[minimum] ?? Infinity;
  return have >= need;
}
