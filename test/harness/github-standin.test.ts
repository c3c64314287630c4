import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commit, commitComparison, contentFile, fakeSha, pullRequestFile, review, user } from './fixtures.ts';
import { startGitHubStandIn, type GitHubStandIn } from './github-standin.ts';

const COMMITS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits' as const;
const commitsPath = '/repos/{owner}/{repo}/pulls/{pull_number}/commits' as const;

const label = (name: string) => ({
  id: 208045946,
  node_id: 'MDU6TGFiZWwyMDgwNDU5NDY=',
  url: `https://api.github.com/repos/octo-org/hello-world/labels/${name}`,
  name,
  description: null,
  color: 'd73a4a',
  default: false,
});

let gh: GitHubStandIn;

beforeEach(async () => {
  gh = await startGitHubStandIn();
});

afterEach(async () => {
  await gh.close();
});

function get(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${gh.url}${path}`, init);
}

/** The Link header as `{ rel: url }`. */
function links(response: Response): Record<string, string> {
  const header = response.headers.get('link') ?? '';
  return Object.fromEntries([...header.matchAll(/<([^>]+)>; rel="(\w+)"/g)].map(([, url, rel]) => [rel, url]));
}

describe('routes', () => {
  it('matches OpenAPI path templates and hands the handler params, query, headers and body', async () => {
    const seen: unknown[] = [];
    gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (request) => {
      seen.push(request);
      return { body: [label('bug')] };
    });

    const response = await get('/repos/octo-org/hello-world/issues/42/labels?dry=1', {
      method: 'POST',
      headers: { authorization: 'token t0k3n', 'content-type': 'application/json' },
      body: JSON.stringify({ labels: ['bug'] }),
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([label('bug')]);
    expect(seen).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/repos/octo-org/hello-world/issues/42/labels',
        params: { owner: 'octo-org', repo: 'hello-world', issue_number: '42' },
        query: new URLSearchParams('dry=1'),
        headers: expect.objectContaining({ authorization: 'token t0k3n' }),
        body: { labels: ['bug'] },
      }),
    ]);
    expect(gh.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/repos/octo-org/hello-world/issues/42/labels',
        body: { labels: ['bug'] },
        operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
        status: 200,
      }),
    ]);
    expect(gh.count('POST /repos/{owner}/{repo}/issues/{issue_number}/labels')).toBe(1);
  });

  it('lets multi-segment parameters span slashes, encoded or not, and decodes them', async () => {
    const paths: string[] = [];
    gh.route('GET', '/repos/{owner}/{repo}/contents/{path}', ({ params }) => {
      paths.push(params.path ?? '');
      return { status: 404, body: { message: 'Not Found' } };
    });
    const bases: string[] = [];
    gh.route('GET', '/repos/{owner}/{repo}/compare/{basehead}', ({ params }) => {
      bases.push(params.basehead ?? '');
      return { status: 404, body: { message: 'Not Found' } };
    });

    await get('/repos/o/r/contents/docs/a%20b/README.md');
    await get('/repos/o/r/contents/docs%2Fc.md');
    await get('/repos/o/r/compare/main...feature/login');

    expect(paths).toEqual(['docs/a b/README.md', 'docs/c.md']);
    expect(bases).toEqual(['main...feature/login']);
  });

  it('prefers the template with more literal characters', async () => {
    gh.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', { status: 404, body: { message: 'pull' } });
    gh.route('GET', '/repos/{owner}/{repo}/pulls/comments', { body: [] });

    expect((await get('/repos/o/r/pulls/comments')).status).toBe(200);
    expect(await (await get('/repos/o/r/pulls/7')).json()).toEqual({ message: 'pull' });
  });

  it('replaces the answer when an operation is routed again', async () => {
    gh.route('GET', commitsPath, { body: [] });
    gh.route('GET', commitsPath, { status: 404, body: { message: 'Not Found' } });

    expect((await get('/repos/o/r/pulls/1/commits')).status).toBe(404);
  });

  it('sends realistic headers, counting the rate limit down, and lets the route override them', async () => {
    gh.route('GET', commitsPath, { body: [], headers: { 'X-RateLimit-Resource': 'search', etag: 'W/"abc"' } });

    const first = await get('/repos/o/r/pulls/1/commits');
    const second = await get('/repos/o/r/pulls/1/commits');

    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]{4}:[0-9A-F]{6}:[0-9A-F]{7}:[0-9A-F]{7}:[0-9A-F]{8}$/);
    expect(first.headers.get('x-github-request-id')).not.toBe(second.headers.get('x-github-request-id'));
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000');
    expect([first, second].map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['999', '998']);
    expect(second.headers.get('x-ratelimit-used')).toBe('2');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(first.headers.get('x-ratelimit-resource')).toBe('search');
    expect(first.headers.get('etag')).toBe('W/"abc"');
  });

  it('answers a handler that throws with 500 and records it as a violation', async () => {
    gh.route('GET', commitsPath, () => {
      throw new Error('fixture not ready');
    });

    const response = await get('/repos/o/r/pulls/1/commits');

    expect(response.status).toBe(500);
    expect(gh.violations).toEqual([`${COMMITS}: GitHub stand-in could not answer: fixture not ready`]);
  });

  it('answers a request body that is not JSON with 400, like GitHub', async () => {
    gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', { body: [] });

    const response = await get('/repos/o/r/issues/1/labels', { method: 'POST', body: '{labels:' });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });
});

describe('registration', () => {
  it('throws for a path GitHub does not document', () => {
    expect(() => gh.route('GET', '/repos/{owner}/{repo}/pull-requests', { body: [] })).toThrow(
      "GET /repos/{owner}/{repo}/pull-requests: not a path in GitHub's OpenAPI description",
    );
  });

  it('suggests the documented path when only parameter names differ', () => {
    expect(() => gh.route('GET', '/repos/{owner}/{repo}/pulls/{number}/commits', { body: [] })).toThrow(
      `did you mean ${commitsPath}?`,
    );
  });

  it('throws for a method the path does not have', () => {
    expect(() => gh.route('DELETE', commitsPath, {})).toThrow('GitHub documents only GET for this path');
    expect(() => gh.fault('POST', commitsPath, { kind: 'reset' })).toThrow('GitHub documents only GET');
    expect(() => gh.paginate('PUT', commitsPath, [])).toThrow('GitHub documents only GET');
  });

  it('throws when counting an undocumented operation', () => {
    expect(() => gh.count('GET /repos/{owner}/{repo}/pulls/{pull}/commits')).toThrow('not a path');
  });
});

describe('validation', () => {
  it('serves a body that matches the documented schema unchanged', async () => {
    const body = [commit({ message: 'feat: one' }), commit({ message: 'fix: two', author: { login: null } })];
    gh.route('GET', commitsPath, { body });

    const response = await get('/repos/o/r/pulls/1/commits');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(body);
    expect(gh.violations).toEqual([]);
  });

  it('answers 500 naming the violations when a 2xx body does not match, and records them', async () => {
    const withoutSha: Partial<ReturnType<typeof commit>> = commit();
    delete withoutSha.sha;
    gh.route('GET', commitsPath, { body: [commit(), withoutSha] });

    const response = await get('/repos/o/r/pulls/1/commits');

    const expected = [`${COMMITS} (200): /1 must have required property 'sha'`];
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ violations: expected });
    expect(gh.violations).toEqual(expected);
    expect(gh.requests[0]?.status).toBe(500);
  });

  it('reports wrong types, enum values and nulls where GitHub never sends one', () => {
    const file = {
      ...pullRequestFile({ filename: 'a.ts' }),
      sha: null, // nullable: fine
      status: 'edited',
      additions: '1',
      contents_url: null,
    };

    expect(gh.validate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', 200, [file])).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files (200): /0/status must be equal to one of the allowed values: ["added","removed","modified","renamed","copied","changed","unchanged"]',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files (200): /0/additions must be integer',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files (200): /0/contents_url must be string',
    ]);
  });

  it('accepts null where the description says nullable, also next to oneOf', () => {
    // commit.author is `nullable` with `oneOf` and no `type`; commit.commit.author is a nullable $ref.
    const linked = commit();
    const unlinked = { ...linked, author: null, committer: null, commit: { ...linked.commit, author: null } };

    expect(gh.validate(COMMITS, 200, [unlinked])).toEqual([]);
    expect(gh.validate(COMMITS, 200, [{ ...commit(), author: {} }])).toEqual([]); // the empty-object branch
    expect(gh.validate(COMMITS, 200, [{ ...commit(), author: { login: 'x' } }])).not.toEqual([]);
  });

  it('accepts null for a nullable enum that does not list it', () => {
    const issueType = { id: 1, node_id: 'IT_kwDOAA', name: 'Bug', description: null, color: null };

    expect(gh.validate('GET /orgs/{org}/issue-types', 200, [issueType])).toEqual([]);
    expect(gh.validate('GET /orgs/{org}/issue-types', 200, [{ ...issueType, color: 'mauve' }])).toHaveLength(1);
  });

  it('rejects an undocumented status, and a body where GitHub sends none', () => {
    expect(gh.validate(COMMITS, 201, [])).toEqual([`${COMMITS} (201): status not documented (documented: 200)`]);
    expect(gh.validate('DELETE /repos/{owner}/{repo}/git/refs/{ref}', 204, { ok: true })).toEqual([
      'DELETE /repos/{owner}/{repo}/git/refs/{ref} (204): GitHub documents no body for this status',
    ]);
    expect(gh.validate('DELETE /repos/{owner}/{repo}/git/refs/{ref}', 204, undefined)).toEqual([]);
  });

  it('does not validate error answers', async () => {
    gh.route('GET', commitsPath, { status: 404, body: { message: 'Not Found', anything: true } });

    expect((await get('/repos/o/r/pulls/1/commits')).status).toBe(404);
    expect(gh.violations).toEqual([]);
  });
});

describe('pagination', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((message) => commit({ message }));

  it('serves pages with the Link header GitHub sends', async () => {
    gh.paginate('GET', commitsPath, items);
    const base = `${gh.url}/repos/o/r/pulls/1/commits`;

    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await get(`/repos/o/r/pulls/1/commits?per_page=2&page=${page}`));

    expect(await Promise.all(pages.map(async (p) => ((await p.json()) as { sha: string }[]).map((c) => c.sha)))).toEqual([
      [items[0]?.sha, items[1]?.sha],
      [items[2]?.sha, items[3]?.sha],
      [items[4]?.sha],
    ]);
    expect(pages.map((p) => p.headers.get('link'))).toEqual([
      `<${base}?per_page=2&page=2>; rel="next", <${base}?per_page=2&page=3>; rel="last"`,
      `<${base}?per_page=2&page=1>; rel="prev", <${base}?per_page=2&page=3>; rel="next", <${base}?per_page=2&page=3>; rel="last", <${base}?per_page=2&page=1>; rel="first"`,
      `<${base}?per_page=2&page=2>; rel="prev", <${base}?per_page=2&page=1>; rel="first"`,
    ]);
    expect(gh.violations).toEqual([]);
  });

  it('keeps other query parameters, applies the default page size and caps per_page at 100', async () => {
    const many = Array.from({ length: 250 }, (_, i) => commit({ message: `m${i}` }));
    gh.paginate('GET', commitsPath, many, { perPageDefault: 25 });

    const byDefault = await get('/repos/o/r/pulls/1/commits?sort=asc');
    const capped = await get('/repos/o/r/pulls/1/commits?per_page=500&page=2&sort=asc');

    expect(((await byDefault.json()) as unknown[]).length).toBe(25);
    expect(links(byDefault).last).toBe(`${gh.url}/repos/o/r/pulls/1/commits?sort=asc&page=10&per_page=25`);
    expect(((await capped.json()) as unknown[]).length).toBe(100);
    expect(links(capped)).toEqual({
      prev: `${gh.url}/repos/o/r/pulls/1/commits?per_page=100&page=1&sort=asc`,
      next: `${gh.url}/repos/o/r/pulls/1/commits?per_page=100&page=3&sort=asc`,
      last: `${gh.url}/repos/o/r/pulls/1/commits?per_page=100&page=3&sort=asc`,
      first: `${gh.url}/repos/o/r/pulls/1/commits?per_page=100&page=1&sort=asc`,
    });
  });

  it('is followed to the end by a client that pages the way Octokit does', async () => {
    gh.paginate('GET', commitsPath, items);

    // @octokit/plugin-paginate-rest: follow rel="next" until there is none.
    const messages: string[] = [];
    let url: string | undefined = `${gh.url}/repos/o/r/pulls/1/commits?per_page=2`;
    while (url !== undefined) {
      const response = await fetch(url);
      messages.push(...((await response.json()) as { commit: { message: string } }[]).map((c) => c.commit.message));
      url = /<([^<>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    }

    expect(messages).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(gh.count(COMMITS)).toBe(3);
    expect(gh.requests.map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
  });

  it('answers page 0 with the first page and past the last page with an empty list', async () => {
    gh.paginate('GET', commitsPath, items);

    const first = await get('/repos/o/r/pulls/1/commits?page=0');
    const beyond = await get('/repos/o/r/pulls/1/commits?page=2');

    expect(((await first.json()) as unknown[]).length).toBe(5);
    expect(await beyond.json()).toEqual([]);
    expect(Object.keys(links(beyond))).toEqual(['prev', 'first']);
  });
});

describe('faults', () => {
  beforeEach(() => {
    gh.route('GET', commitsPath, { body: [] });
  });

  it('serves error statuses for the next N requests, first in first out, then the route', async () => {
    gh.fault('GET', commitsPath, { kind: 'status', status: 502 }, { times: 1 });
    gh.fault('GET', commitsPath, { kind: 'status', status: 503, body: { message: 'busy' } }, { times: 2 });

    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await get('/repos/o/r/pulls/1/commits'));

    expect(responses.map((r) => r.status)).toEqual([502, 503, 503, 200]);
    expect(await responses[0]?.json()).toEqual({ message: 'Bad Gateway' });
    expect(await responses[1]?.json()).toEqual({ message: 'busy' });
    expect(gh.requests.map((r) => [r.operation, r.status])).toEqual([
      [COMMITS, 502],
      [COMMITS, 503],
      [COMMITS, 503],
      [COMMITS, 200],
    ]);
  });

  it('keeps serving a fault added without times', async () => {
    gh.fault('GET', commitsPath, { kind: 'status', status: 500 });

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/repos/o/r/pulls/1/commits')).status);

    expect(statuses).toEqual([500, 500, 500]);
  });

  it('serves faults on an operation that has no route, then 404', async () => {
    gh.fault('GET', '/repos/{owner}/{repo}', { kind: 'status', status: 500 }, { times: 1 });

    expect((await get('/repos/o/r')).status).toBe(500);
    expect((await get('/repos/o/r')).status).toBe(404);
    expect(gh.unmatched.map((r) => r.path)).toEqual(['/repos/o/r']);
  });

  it('imitates the secondary rate limit', async () => {
    gh.fault('GET', commitsPath, { kind: 'rate-limit-secondary', status: 429, retryAfter: 7 }, { times: 1 });

    const response = await get('/repos/o/r/pulls/1/commits');

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    const { message } = (await response.json()) as { message: string };
    expect(message).toMatch(/^You have exceeded a secondary rate limit\. /);
    expect(message).toContain(response.headers.get('x-github-request-id'));
  });

  it('imitates the primary rate limit', async () => {
    gh.fault('GET', commitsPath, { kind: 'rate-limit-primary', resetInSeconds: 60 }, { times: 1 });

    const response = await get('/repos/o/r/pulls/1/commits');

    expect(response.status).toBe(403);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(response.headers.get('x-ratelimit-reset')) - Date.now() / 1000).toBeCloseTo(60, -1);
    expect(await response.json()).toMatchObject({ message: expect.stringMatching(/^API rate limit exceeded for /) });
    expect((await get('/repos/o/r/pulls/1/commits')).headers.get('x-ratelimit-remaining')).toBe('998');
  });

  it('serves a truncated JSON body', async () => {
    gh.fault('GET', commitsPath, { kind: 'malformed' }, { times: 1 });

    const response = await get('/repos/o/r/pulls/1/commits');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('resets the connection', async () => {
    gh.fault('GET', commitsPath, { kind: 'reset' }, { times: 1 });

    await expect(get('/repos/o/r/pulls/1/commits')).rejects.toThrow('fetch failed');
    expect((await get('/repos/o/r/pulls/1/commits')).status).toBe(200);
    expect(gh.requests.map((r) => r.status)).toEqual([undefined, 200]);
  });

  it('hangs until close(), which cuts the connection instead of waiting', async () => {
    // A stand-in of its own, so that afterEach does not wait on it if close() does hang.
    const hanging = await startGitHubStandIn();
    hanging.fault('GET', commitsPath, { kind: 'hang' });
    const outcome = fetch(`${hanging.url}/repos/o/r/pulls/1/commits`).then(
      () => 'answered',
      () => 'cut',
    );
    await expect.poll(() => hanging.requests.length).toBe(1);

    const closing = hanging.close().then(() => 'closed');
    const tooLate = new Promise<string>((resolve) => setTimeout(resolve, 1000, 'close() hangs'));

    expect(await Promise.race([closing, tooLate])).toBe('closed');
    expect(await outcome).toBe('cut');
    expect(hanging.requests[0]?.status).toBeUndefined();
  });
});

describe('unrouted requests', () => {
  it('answer 404 like GitHub and are recorded', async () => {
    gh.route('GET', '/users/{username}', { status: 404, body: { message: 'Not Found' } });

    const response = await get('/user/repos?per_page=1');
    await get('/users/octocat', { method: 'DELETE' });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    expect(gh.unmatched.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /user/repos', 'DELETE /users/octocat']);
    expect(gh.unmatched.every((r) => r.operation === undefined && r.status === 404)).toBe(true);
  });
});

describe('fixtures', () => {
  it('user', () => {
    expect(gh.validate('GET /repos/{owner}/{repo}/assignees', 200, [user(), user({ login: 'dependabot[bot]', id: 49699333 })])).toEqual([]);
    expect(gh.validate('GET /repos/{owner}/{repo}/assignees', 200, [{ ...user(), id: 'one' }])).toEqual([
      'GET /repos/{owner}/{repo}/assignees (200): /0/id must be integer',
    ]);
  });

  it('commit, as listed on a pull request', () => {
    const commits = [
      commit(),
      commit({ sha: fakeSha('x'), message: 'feat: x\n\nBody', author: { login: 'alice', id: 7, name: 'Alice' } }),
      commit({ author: { login: null, email: 'someone@example.com' }, committer: { login: 'web-flow' } }),
      commit({ message: 'Merge branch main', parents: [fakeSha('p1'), fakeSha('p2')] }),
    ];
    expect(gh.validate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', 200, commits)).toEqual([]);
    expect(commits[1]).toMatchObject({ author: { login: 'alice', id: 7 }, commit: { author: { name: 'Alice' } } });
    expect(commits[2]).toMatchObject({ author: null, committer: { login: 'web-flow' } });
    expect(commits[3]?.parents.map((p) => p.sha)).toEqual([fakeSha('p1'), fakeSha('p2')]);
  });

  it('commit comparison', () => {
    const comparison = commitComparison({
      commits: [commit({ message: 'one' }), commit({ message: 'two' })],
      files: [pullRequestFile({ filename: 'src/a.ts' })],
    });
    expect(gh.validate('GET /repos/{owner}/{repo}/compare/{basehead}', 200, comparison)).toEqual([]);
    expect(gh.validate('GET /repos/{owner}/{repo}/compare/{basehead}', 200, commitComparison())).toEqual([]);
  });

  it('pull request file', () => {
    const files = [
      pullRequestFile({ filename: 'docs/read me.md' }),
      pullRequestFile({ filename: 'src/new.ts', status: 'added', additions: 12 }),
      pullRequestFile({ filename: 'src/b.ts', status: 'renamed', previous_filename: 'src/a.ts', additions: 0, deletions: 0, patch: null }),
      pullRequestFile({ filename: 'logo.png', status: 'removed', patch: null }),
    ];
    expect(gh.validate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', 200, files)).toEqual([]);
    expect(files[1]).toMatchObject({ additions: 12, deletions: 0, changes: 12 });
    expect(files[2]).not.toHaveProperty('patch');
  });

  it('content file, base64 in 60-character lines with the git blob SHA', () => {
    const text = 'version: 1\n'.repeat(10);
    const file = contentFile({ path: '.github/change-policy.yml', content: text });

    expect(gh.validate('GET /repos/{owner}/{repo}/contents/{path}', 200, file)).toEqual([]);
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(text);
    expect(file.content.split('\n').map((line) => line.length)).toEqual([60, 60, 28, 0]);
    // `printf 'hello\n' | git hash-object --stdin`
    expect(contentFile({ path: 'a', content: 'hello\n' }).sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('review', () => {
    const reviews = [
      review(),
      review({ user: { login: 'bob' }, state: 'CHANGES_REQUESTED', body: 'Please fix', author_association: 'COLLABORATOR' }),
      review({ state: 'PENDING' }),
      review({ user: null, state: 'DISMISSED' }),
    ];
    expect(gh.validate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', 200, reviews)).toEqual([]);
    expect(reviews[2]).not.toHaveProperty('submitted_at');
  });
});
