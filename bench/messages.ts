/** A repeatable corpus of commit messages: mostly well formed, a fifth of them not. */
export function corpus(count: number): string[] {
  const types = ['feat', 'fix', 'refactor', 'docs', 'test', 'chore', 'security'];
  const subjects = ['add rate limiting to challenge creation', 'count only active team members', 'explain the rollback plan', 'bump wrangler to 4.164', 'check the version that answers the health probe'];
  const bodies = [
    'Add token bucket rate limiting to prevent API abuse.\nLimit: 10 challenges per minute per IP.',
    'Pending members were counted as approvers, which let a change through\nwith fewer real approvals than the policy asks for.',
    'The previous text pointed at a rollback command that picks the wrong\nversion after an earlier rollback. See #41 for the incident.',
  ];
  const messages: string[] = [];
  let seed = 42;
  const pick = <T>(list: T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return list[seed % list.length]!;
  };
  for (let i = 0; i < count; i++) {
    const type = pick(types);
    const subject = pick(subjects);
    const body = pick(bodies);
    switch (i % 5) {
      case 0:
        messages.push(`${subject}\n\n${body}\n`); // no type
        break;
      case 1:
        messages.push(`${type}: ${subject}\n\n${body}\n\nFixes: #${i}\nSigned-off-by: Ada Lovelace <ada@example.com>\n`);
        break;
      default:
        messages.push(`${type}: ${subject}\n\n${body}\n\nFixes: #${i}\n`);
    }
  }
  return messages;
}
