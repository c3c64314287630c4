/**
 * A mistake of the caller's (a bad input, an invalid policy file, an event the action does not
 * handle), as opposed to a failure of the action itself. Both fail the step; the report differs.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** The message of anything thrown, including values that are not Errors. */
export function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (typeof thrown === 'string') return thrown;
  try {
    return `non-error thrown: ${JSON.stringify(thrown)}`;
  } catch {
    return `non-error thrown: ${String(thrown)}`;
  }
}

/** HTTP status of an error thrown by Octokit, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
