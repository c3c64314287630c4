"use strict";
exports.id = 480;
exports.ids = [480];
exports.modules = {

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PULL_COMMITS_MAX: () => (/* reexport */ PULL_COMMITS_MAX),
  compareCommits: () => (/* reexport */ compareCommits)
});

// UNUSED EXPORTS: COMPARE_FILES_MAX, PULL_FILES_MAX, describeChange, gatherChange, patchLines

;// CONCATENATED MODULE: ../../packages/change-gather/src/gather.ts
/**
 * Gathers the snapshot of a change that the classify engine judges: commits, changed files with
 * their added and removed lines, and the full text of the few files the engine reads
 * structurally. Local git when the checkout holds both ends (no API caps, no requests spent),
 * else the REST API with every page. A change the API cannot list in full fails closed.
 */




/** A progress line in the log (what core.info writes), without loading @actions/core: the `change` command reads changes too. */
function progress(line) {
    process.stderr.write(`${line}\n`);
}
/** "List pull request files" stops here. */
const PULL_FILES_MAX = 3000;
/** "List commits on a pull request" stops here. */
const PULL_COMMITS_MAX = 250;
/** "Compare two commits" lists at most this many files. */
const COMPARE_FILES_MAX = 300;
/** Reads base, head and the pull request's facts from the event (action-kit's reader); inputs base/head override. */
function describeChange(eventName, payload, range) {
    const event = describeEvent(eventName, payload);
    const split = (message) => {
        const [title = '', ...rest] = (message ?? '').split('\n');
        return { title, body: rest.join('\n').trim() };
    };
    const fromCommit = split(String(payload['head_commit']?.['message'] ?? ''));
    if (range) {
        return { event: 'workflow_dispatch', base: range.base, head: range.head, branch: String(payload['ref'] ?? '').replace(/^refs\/heads\//, ''), labels: [], ...fromCommit };
    }
    const ends = () => {
        if (event.base.sha === undefined || event.head.sha === undefined)
            throw new UserError(`the ${eventName} event names no base or no head commit: there is no change to classify`);
        return { base: event.base.sha, head: event.head.sha };
    };
    switch (event.kind) {
        case 'pull_request': {
            const pr = payload['pull_request'];
            return {
                event: 'pull_request',
                ...ends(),
                branch: event.head.ref ?? '',
                title: pr.title ?? '',
                body: pr.body ?? '',
                labels: (pr.labels ?? []).map((l) => l.name),
                pullRequest: { number: event.number ?? pr.number, changedFiles: pr.changed_files ?? 0, commits: pr.commits ?? 0 },
            };
        }
        case 'push': {
            if (event.deleted || event.head.sha === undefined) {
                throw new UserError('the push deleted a branch or tag: there is no change to classify');
            }
            return {
                event: 'push',
                base: event.created || event.base.sha === undefined ? (event.defaultBranch ?? 'main') : event.base.sha,
                head: event.head.sha,
                branch: event.head.ref ?? '',
                labels: [],
                ...fromCommit,
            };
        }
        case 'merge_group':
            return { event: 'merge_group', ...ends(), branch: event.head.ref ?? '', ...split(event.headCommitMessage), labels: [] };
        default:
            throw new UserError(`event "${eventName}" names no change; accepted: pull_request, pull_request_target, push, merge_group, or any event with inputs base and head`);
    }
}
/** The change as the classify engine needs it. `needsContent` picks the files read in full. */
async function gatherChange(ctx, ref, commitPolicy, needsContent) {
    const baseRev = /^[0-9a-f]{40,64}$/.test(ref.base) ? ref.base : `refs/remotes/origin/${ref.base}`;
    const local = (await ctx.git.present([baseRev, ref.head])).size === 2;
    const read = local ? await fromGit(ctx.git, baseRev, ref, needsContent) : await fromApi(ctx, ref, needsContent);
    const commits = read.commits.map((c) => header(c.sha, c.message, commitPolicy));
    return {
        snapshot: { event: ref.event, labels: ref.labels, branch: ref.branch, title: ref.title, body: ref.body, commits, files: read.files },
        via: local ? 'local git' : 'REST API',
        diffBase: read.diffBase,
    };
}
function header(sha, message, policy) {
    const outcome = lintMessage(message, policy);
    const type = outcome.type && policy.types.includes(outcome.type) ? outcome.type : undefined;
    const breaking = outcome.breaking || /^BREAKING[ -]CHANGE:/m.test(message);
    return { sha, header: outcome.header, breaking, ...(type ? { type } : {}) };
}
const STATUS = {
    A: 'added',
    M: 'modified',
    D: 'removed',
    R: 'renamed',
    C: 'copied',
    T: 'modified',
};
async function fromGit(git, baseRev, ref, needsContent) {
    // A pull request's (and a new branch's) diff starts where it left its base.
    const diffBase = ref.event === 'push' && /^[0-9a-f]{40,64}$/.test(ref.base) ? ref.base : await git.mergeBase(baseRev, ref.head);
    const [commits, diff] = await Promise.all([git.commits(ref.head, [baseRev]), git.diff(diffBase, ref.head)]);
    if (diff.entries.length > 1000)
        progress(`read ${diff.entries.length} changed files from local git`);
    const files = diff.entries.map((entry) => gitFile(entry, diff.patches.get(entry.path) ?? []));
    await decodeOtherEncodings(git, diff.entries, files);
    await fillContent(files, needsContent, async (specs) => {
        const objects = specs.map(([rev, path]) => `${rev === 'base' ? diffBase : ref.head}:${path}`);
        const blobs = await git.blobs(objects);
        const candidates = blobs.flatMap((text, i) => (text !== undefined && NOT_UTF8.test(text) ? [i] : []));
        if (candidates.length === 0)
            return blobs;
        // Read again as bytes: UTF-16 and UTF-32 decoded, anything else not given (unreadable).
        const bytes = await git.blobBytes(candidates.map((i) => objects[i]));
        candidates.forEach((index, i) => {
            const raw = bytes[i];
            blobs[index] = raw === undefined ? undefined : decodeText(raw)?.text;
        });
        return blobs;
    });
    return { commits: commits.map((c) => ({ sha: c.sha, message: c.message })), files, diffBase };
}
/** What git's patch shows for a file that is not UTF-8 text: NUL bytes, or bytes UTF-8 cannot decode. */
const NOT_UTF8 = /[\0\uFFFD]/;
/**
 * Files whose patch lines are not UTF-8 text (a NUL byte, an invalid sequence), read again from
 * their blobs: text in UTF-16 or UTF-32 (by its byte order mark) is decoded and diffed, so its
 * lines are scanned like any other; what stays undecodable is marked binary (unverified where
 * the policy scans it).
 */
async function decodeOtherEncodings(git, entries, files) {
    const blob = (id, mode) => (NO_BLOB.test(id) || mode === SUBMODULE ? undefined : id);
    const candidates = files.flatMap((file, i) => {
        const entry = entries[i];
        if (file.symlink === true || file.submodule === true)
            return [];
        if (![...(file.additions ?? []), ...(file.deletions ?? [])].some((line) => NOT_UTF8.test(line.text)))
            return [];
        return [{ index: i, before: blob(entry.oldBlob, entry.oldMode), after: blob(entry.newBlob, entry.newMode) }];
    });
    if (candidates.length === 0)
        return;
    const ids = candidates.flatMap((c) => [c.before, c.after].filter((id) => id !== undefined));
    const read = await git.blobBytes(ids);
    const byId = new Map(ids.map((id, i) => [id, read[i]]));
    for (const { index, before, after } of candidates) {
        const file = files[index];
        const text = (id) => (id === undefined ? { text: undefined } : decodeBlob(byId.get(id)));
        const [old, current] = [text(before), text(after)];
        const lines = old === undefined || current === undefined ? undefined : textLines(old.text, current.text);
        files[index] = lines === undefined ? { ...file, binary: true } : { ...file, binary: false, ...lines };
    }
}
function decodeBlob(bytes) {
    return bytes === undefined ? undefined : decodeText(bytes);
}
const SYMLINK = '120000';
const SUBMODULE = '160000';
const NO_BLOB = /^0+$/;
/**
 * One changed path from git's raw record and its patch sections (two for a type change: the old
 * kind's removal and the new kind's addition). A file with a NUL byte is read as text and marked
 * binary here (`decodeOtherEncodings` reads it again); a section without hunks where the blobs differ (over git's size limit) leaves
 * the diff incomplete, which the engine treats as unverified.
 */
function gitFile(entry, sections) {
    const lines = sections.map((section) => patchLines(section));
    const additions = lines.flatMap((l) => l.additions);
    const deletions = lines.flatMap((l) => l.deletions);
    const hunks = sections.some((section) => /^@@ /m.test(section));
    const empty = (blob) => NO_BLOB.test(blob) || blob === EMPTY_BLOB;
    const readable = hunks || entry.oldBlob === entry.newBlob || (empty(entry.oldBlob) && empty(entry.newBlob));
    const binary = [...additions, ...deletions].some((line) => line.text.includes('\0'));
    const modes = [entry.oldMode, entry.newMode];
    return {
        path: entry.path,
        ...(entry.previousPath ? { previousPath: entry.previousPath } : {}),
        status: STATUS[entry.status] ?? 'modified',
        binary,
        additions,
        deletions,
        ...(readable ? {} : { diffTruncated: true }),
        ...(modes.includes(SYMLINK) ? { symlink: true } : {}),
        ...(modes.includes(SUBMODULE) ? { submodule: true } : {}),
    };
}
/** git's id of the empty blob: an empty file added or removed has no hunk to show. */
const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
async function fromApi(ctx, ref, needsContent) {
    const github = await ctx.github();
    const { owner, repo } = ctx;
    const fetchMore = 'Check out with fetch-depth: 0 (actions/checkout) so the change is read from local git.';
    let commits;
    let files;
    let diffBase;
    if (ref.pullRequest) {
        const { number, changedFiles, commits: commitCount } = ref.pullRequest;
        if (changedFiles > PULL_FILES_MAX) {
            throw new UserError(`pull request #${number} changes ${changedFiles} files; the API lists at most ${PULL_FILES_MAX}, and the checkout does not hold both ends. ${fetchMore}`);
        }
        if (commitCount > PULL_COMMITS_MAX) {
            throw new UserError(`pull request #${number} has ${commitCount} commits; the API lists at most ${PULL_COMMITS_MAX}, and the checkout does not hold both ends. ${fetchMore}`);
        }
        let pages = 0;
        const listed = await github.paginate(github.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 }, (response) => {
            if (++pages % 10 === 0)
                progress(`pull request files: ${pages * 100} of ${changedFiles}`);
            return response.data;
        });
        if (listed.length < changedFiles) {
            throw new Error(`the API listed ${listed.length} of the ${changedFiles} files of pull request #${number}; nothing can be said of the rest. ${fetchMore}`);
        }
        files = listed.map((f) => apiFile(f));
        commits = (await github.paginate(github.rest.pulls.listCommits, { owner, repo, pull_number: number, per_page: 100 })).map((c) => ({ sha: c.sha, message: c.commit.message }));
        diffBase = ref.base;
        if (files.some((f) => needsContent([f.path]).length > 0 || (f.previousPath && needsContent([f.previousPath]).length > 0))) {
            // The pull request's diff starts at the merge base, which the payload does not name.
            const { data } = await github.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${ref.base}...${ref.head}`, per_page: 1 });
            diffBase = data.merge_base_commit.sha;
        }
    }
    else {
        const compared = await compareCommits(github, owner, repo, ref.base, ref.head);
        if (compared.files.length >= COMPARE_FILES_MAX) {
            throw new UserError(`the comparison ${ref.base.slice(0, 12)}...${ref.head.slice(0, 12)} lists ${compared.files.length} files, the most the API gives; more may have changed. ${fetchMore}`);
        }
        files = compared.files.map((f) => apiFile(f));
        commits = compared.commits;
        diffBase = compared.mergeBase;
    }
    await fillContent(files, needsContent, (specs) => Promise.all(specs.map(([rev, path]) => fetchText(github, owner, repo, path, rev === 'base' ? diffBase : ref.head))));
    return { commits, files, diffBase };
}
/**
 * Every page of "Compare two commits" for base...head: the commits (oldest first, all of them or
 * an error), the files of the first page (the API lists at most 300) and the merge base.
 */
async function compareCommits(github, owner, repo, base, head) {
    const commits = [];
    let files = [];
    let mergeBase = base;
    let total = Infinity;
    for (let page = 1; commits.length < total; page++) {
        const { data } = await github.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 100, page });
        total = data.total_commits;
        mergeBase = data.merge_base_commit.sha;
        if (page === 1)
            files = data.files ?? [];
        if (data.commits.length === 0)
            break;
        commits.push(...data.commits.map((c) => ({ sha: c.sha, message: c.commit.message, parents: c.parents.length, committedAt: c.commit.committer?.date ?? null })));
        if (page % 10 === 0)
            progress(`compare ${base.slice(0, 12)}...${head.slice(0, 12)}: ${commits.length} of ${total} commits`);
    }
    if (commits.length !== total) {
        throw new Error(`the compare API gave ${commits.length} of ${total} commits between ${base.slice(0, 12)} and ${head.slice(0, 12)}; nothing can be said of the rest. Check out with fetch-depth: 0.`);
    }
    return { commits, files, mergeBase };
}
function apiFile(f) {
    const status = f.status === 'changed' ? 'modified' : f.status === 'unchanged' ? 'modified' : f.status;
    const base = { path: f.filename, status, ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) };
    if (f.patch !== undefined)
        return { ...base, binary: false, ...patchLines(f.patch) };
    // GitHub leaves out the patch of binary files and of diffs too large to show.
    if (f.changes > 0)
        return { ...base, binary: false, diffTruncated: true };
    return { ...base, binary: status !== 'renamed' };
}
async function fetchText(github, owner, repo, path, ref) {
    try {
        const { data } = await github.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } });
        return typeof data === 'string' ? data : undefined;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
/** Reads before/after texts of the files the engine asks for, in one batch. */
async function fillContent(files, needsContent, read) {
    const wanted = new Set(needsContent(files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path]))));
    const specs = [];
    const targets = [];
    for (const file of files) {
        if (file.binary || !(wanted.has(file.path) || (file.previousPath && wanted.has(file.previousPath))))
            continue;
        if (file.status !== 'added' && file.status !== 'copied') {
            specs.push(['base', file.previousPath ?? file.path]);
            targets.push([file, 'before']);
        }
        if (file.status !== 'removed') {
            specs.push(['head', file.path]);
            targets.push([file, 'after']);
        }
    }
    const texts = await read(specs);
    targets.forEach(([file, side], i) => {
        const text = texts[i];
        if (text !== undefined)
            file[side] = text;
    });
}

;// CONCATENATED MODULE: ../../packages/change-gather/src/index.ts




/***/ })

};
;