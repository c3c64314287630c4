import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webhookExample } from '../../../test/harness/events.ts';
import { describeEvent, readEvent } from '../src/index.ts';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);

describe('the triggering event, from real payloads', () => {
  it('a pull request: base and head commits and branches, the number, the actor', () => {
    const payload = webhookExample('pull_request', 'opened');
    const event = describeEvent('pull_request', payload, { GITHUB_REPOSITORY: 'maelstrom/provii', GITHUB_ACTOR: 'octocat' });
    expect(event).toMatchObject({
      kind: 'pull_request',
      owner: 'maelstrom',
      repo: 'provii',
      number: payload['pull_request'].number,
      actor: 'octocat',
      base: { sha: payload['pull_request'].base.sha, ref: payload['pull_request'].base.ref },
      head: { sha: payload['pull_request'].head.sha, ref: payload['pull_request'].head.ref },
      created: false,
      deleted: false,
    });
    expect(describeEvent('pull_request_target', payload).kind).toBe('pull_request');
  });

  it('a review keeps its pull request, and is not a pull request event', () => {
    const payload = webhookExample('pull_request_review', 'submitted');
    const event = describeEvent('pull_request_review', payload);
    expect(event.kind).toBe('other');
    expect(event.number).toBe(payload['pull_request'].number);
    expect(event.head.sha).toBe(payload['pull_request'].head.sha);
    expect(event.actor).toBe(payload['sender'].login);
  });

  it('a push: before and after, the branch, the head commit, and a created or deleted ref', () => {
    const payload: Record<string, any> = { ...webhookExample('push'), before: SHA_A, after: SHA_B, ref: 'refs/heads/main', created: false, deleted: false, forced: true };
    const event = describeEvent('push', payload);
    expect(event).toMatchObject({ kind: 'push', base: { sha: SHA_A }, head: { sha: SHA_B, ref: 'main' }, forced: true, created: false, deleted: false });
    expect(event.owner).toBe(payload['repository'].full_name.split('/')[0]);
    expect(event.defaultBranch).toBe(payload['repository'].default_branch);
    const created = describeEvent('push', { ...payload, before: ZERO, created: false });
    expect(created.created).toBe(true);
    expect(created.base.sha).toBeUndefined();
    const deleted = describeEvent('push', { ...payload, after: ZERO });
    expect(deleted.deleted).toBe(true);
    expect(deleted.head.sha).toBeUndefined();
  });

  it('a merge group: its base and head', () => {
    const payload = webhookExample('merge_group');
    const event = describeEvent('merge_group', payload);
    expect(event).toMatchObject({
      kind: 'merge_group',
      base: { sha: payload['merge_group'].base_sha, ref: payload['merge_group'].base_ref.replace('refs/heads/', '') },
      head: { sha: payload['merge_group'].head_sha },
    });
    expect(event.number).toBeUndefined();
  });

  it('a dispatch or a schedule: the run commit and its branch', () => {
    const payload = webhookExample('workflow_dispatch');
    const event = describeEvent('workflow_dispatch', payload, { GITHUB_SHA: SHA_B });
    expect(event).toMatchObject({ kind: 'workflow_dispatch', base: {}, head: { sha: SHA_B, ref: payload['ref'].replace('refs/heads/', '') } });
    expect(describeEvent('schedule', {}, { GITHUB_SHA: SHA_A }).head).toEqual({ sha: SHA_A });
    expect(describeEvent('issue_comment', {}).kind).toBe('other');
  });
});

describe('readEvent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'event-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the payload file the runner names', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify(webhookExample('pull_request', 'opened')));
    const event = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r' });
    expect(event.kind).toBe('pull_request');
    expect(event.number).toBeGreaterThan(0);
  });

  it('refuses a missing, unreadable or non-object payload, and a run without a repository', () => {
    expect(() => readEvent({})).toThrow(/GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set/);
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toThrow(/missing\.json cannot be read/);
    writeFileSync(join(dir, 'null.json'), 'null');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'null.json') })).toThrow(/is not a JSON object/);
    writeFileSync(join(dir, 'bare.json'), '{}');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'bare.json') })).toThrow(/GITHUB_REPOSITORY is not set/);
  });
});
