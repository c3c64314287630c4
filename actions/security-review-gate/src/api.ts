/**
 * The gate's GitHub clients: one for gathering, bound to the gathering deadline, and one for
 * reporting, bound to the run's deadline, so a hung API while gathering still ends in a written
 * check run. Both count the calls they make for the summary.
 *
 * The gathering client remembers each GET it answered for the rest of the run: change-gather and
 * the gate both list the pull request's commits, and the second listing is the first one's answer,
 * so the record and the snapshot are read from one and the same state of the pull request.
 */
import { DeadlineError, statusOf, messageOf, type Deadline } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';

export class GitHubApi {
  /** API calls made (answers remembered within the run are not counted again). */
  calls = 0;
  private readonly token: string;
  private readonly clients = new Map<Deadline, Promise<GitHubClient>>();

  constructor(token: string) {
    this.token = token;
  }

  /** The client bound to `deadline`, made on first use; `memo` remembers GET answers. */
  client(deadline: Deadline, memo: boolean): Promise<GitHubClient> {
    let client = this.clients.get(deadline);
    if (client === undefined) {
      client = this.create(deadline, memo);
      this.clients.set(deadline, client);
    }
    return client;
  }

  private async create(deadline: Deadline, memo: boolean): Promise<GitHubClient> {
    const { createGitHubClient } = await import('@change-actions/action-kit/github');
    const client = await createGitHubClient({ token: this.token, deadline });
    const answers = new Map<string, Awaited<ReturnType<GitHubClient['request']>>>();
    // Registered last, so it wraps the retry and throttling plugins: one count per call, not per attempt.
    client.hook.wrap('request', async (request, options) => {
      const parsed = client.request.endpoint.parse(options);
      const key = memo && parsed.method === 'GET' ? `${parsed.url} ${String(parsed.headers['accept'] ?? '')}` : undefined;
      const known = key === undefined ? undefined : answers.get(key);
      if (known !== undefined) return { ...known, data: structuredClone(known.data) };
      this.calls++;
      const response = await request(options);
      if (key !== undefined) answers.set(key, { ...response, data: structuredClone(response.data) });
      return response;
    });
    return client;
  }
}

/** An API call that failed: says what was being read or written and, where it helps, the token permission it needs. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number | undefined;
  constructor(what: string, permission: string | undefined, cause: unknown) {
    const status = statusOf(cause);
    const hint = permission !== undefined && (status === 401 || status === 403 || status === 404) ? ` (HTTP ${status}: the token needs ${permission})` : '';
    super(`${what} failed: ${messageOf(cause)}${hint}`, { cause });
    this.status = status;
  }
}

/** Runs one API call (or a paginated listing), naming it in the error. */
export async function call<T>(what: string, permission: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(what, permission, error);
  }
}

/** Like `call`, but a 404 answers `undefined`: for facts whose absence GitHub says with a 404. */
export async function callOr404<T>(what: string, permission: string | undefined, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw new ApiError(what, permission, error);
  }
}

/**
 * `work`, or a DeadlineError when `deadline` passes first. The client aborts a request at its
 * deadline, but Octokit still retries it (writes one a second, through the throttler): without
 * this, those retries could eat the time kept for writing the check run. What is cut off settles
 * in the background, and nothing waits for it.
 */
export function within<T>(deadline: Deadline, doing: string, work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DeadlineError(deadline.seconds, doing)), deadline.remainingMs());
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
