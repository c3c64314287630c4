/** Wording shared by the reasons. */
import type { Account } from './snapshot.ts';

export function mention(account: Account): string {
  return `@${account.login}`;
}

export function short(sha: string): string {
  return sha.slice(0, 7);
}

/** A readable list of at most `max` items, saying how many more there are. */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
