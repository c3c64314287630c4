"use strict";
exports.id = 168;
exports.ids = [168];
exports.modules = {

/***/ 1168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSmokeFile: () => (/* reexport */ parseSmokeFile)
});

// UNUSED EXPORTS: FileError, SMOKE_FILE_MAX_BYTES, SMOKE_TESTS_MAX

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8293);
// EXTERNAL MODULE: ../../packages/deploy-verify/src/json-path.ts
var json_path = __webpack_require__(3064);
// EXTERNAL MODULE: ../../packages/deploy-verify/src/smoke.ts
var smoke = __webpack_require__(9031);
;// CONCATENATED MODULE: ../../packages/deploy-verify/src/smoke-file.ts
/**
 * The smoke test file (YAML or JSON, which is YAML too):
 *
 *     version: 1
 *     defaults:                      # optional, for every test
 *       headers: { accept: application/json }
 *       latency-ms: 1000
 *     tests:
 *       - name: sign-in page answers
 *         path: /login
 *         critical: true             # failure = "critical functionality broken"
 *         expect:
 *           status: 200              # or a list: [200, 204]
 *           headers: { cache-control: no-store }        # exact values
 *           headers-match: { content-type: ^text/html }  # regular expressions
 *           json:                    # JSON paths, equal values
 *             status: ok
 *             items[0].id: 7         # (quote such a key inside { }: "items[0].id": 7)
 *           json-match: { build.sha: "^[0-9a-f]{40}$" }   # patterns quoted: [ ] { } are YAML
 *           json-present: [user.id]
 *           body-contains: Sign in
 *           latency-ms: 500
 *
 * Every problem names the file, the line and column, and what is accepted; nothing invalid is
 * replaced by a default.
 */



const SMOKE_FILE_MAX_BYTES = 256 * 1024;
const SMOKE_TESTS_MAX = 50;
const MAX_ALIASES = 100;
const LATENCY_MAX_MS = 600_000;
/** A file (smoke tests, change record) that cannot be used, with every problem found. */
class FileError extends Error {
    problems;
    constructor(problems) {
        super(problems.map((p) => `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.message}`).join('\n'));
        this.name = 'FileError';
        this.problems = problems;
    }
}
/** A parsed YAML document with the means to say where a node is. */
class Located {
    file;
    problems = [];
    lines;
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    /** Line and column of a node, when it has a place in the text. */
    position(node) {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return {};
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    add(node, message) {
        this.problems.push({ file: this.file, ...this.position(node), message });
    }
    /** The map's entries by key; problems for keys that are not plain text or not accepted. */
    entries(map, where, accepted) {
        const result = new Map();
        for (const pair of map.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key) || typeof pair.key.value !== 'string') {
                this.add(map, `${where}: keys must be text`);
                continue;
            }
            const name = pair.key.value;
            if (!accepted.includes(name)) {
                this.add(pair.key, `${where}: unknown key "${name}"; accepted: ${accepted.join(', ')}`);
                continue;
            }
            result.set(name, { key: pair.key, value: pair.value ?? null });
        }
        return result;
    }
}
/** Parses YAML (or JSON) text into its document root, or throws FileError with the syntax problems. */
function parseYamlFile(text, file, what) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > SMOKE_FILE_MAX_BYTES) {
        throw new FileError([{ file, message: `the ${what} is ${bytes} bytes; at most ${SMOKE_FILE_MAX_BYTES} are accepted` }]);
    }
    if (text.includes('\uFFFD'))
        throw new FileError([{ file, message: `the ${what} is not valid UTF-8` }]);
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, strict: true, prettyErrors: false });
    const at = new Located(file, lines);
    for (const e of [...doc.errors, ...doc.warnings]) {
        const { line, col } = lines.linePos(e.pos[0]);
        at.problems.push({ file, line, column: col, message: `YAML: ${e.message.split('\n')[0] ?? e.message}` });
    }
    if (at.problems.length > 0)
        throw new FileError(at.problems);
    try {
        // Expands every alias once under a cap, so that later reads of any part are bounded too.
        doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        throw new FileError([{ file, message: `YAML: ${error instanceof Error ? error.message : String(error)} (at most ${MAX_ALIASES} alias expansions)` }]);
    }
    return { root: doc.contents ?? null, at };
}
function plain(node) {
    if (node === null)
        return null;
    return (0,dist/* isScalar */.jn)(node) ? node.value : node.toJSON();
}
const describe = (node) => {
    const value = plain(node);
    const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};
function parseSmokeFile(text, file) {
    const { root, at } = parseYamlFile(text, file, 'smoke test file');
    if (!(0,dist/* isMap */.jh)(root)) {
        at.add(root, 'the smoke test file must be a mapping with `version: 1` and `tests:` (a list of requests)');
        throw new FileError(at.problems);
    }
    const top = at.entries(root, 'the file', ['version', 'defaults', 'tests']);
    const version = top.get('version');
    if (!version)
        at.add(root, 'the file: "version" is required; write `version: 1`');
    else if (plain(version.value) !== 1)
        at.add(version.value ?? version.key, `version: ${describe(version.value)} is not accepted; accepted: 1`);
    const defaults = readDefaults(at, top.get('defaults')?.value ?? null);
    const testsEntry = top.get('tests');
    const tests = [];
    if (!testsEntry) {
        at.add(root, 'the file: "tests" is required: a list of requests, each with a name and a path');
    }
    else if (!(0,dist/* isSeq */.oP)(testsEntry.value) || testsEntry.value.items.length === 0) {
        at.add(testsEntry.value ?? testsEntry.key, 'tests: must be a list of at least one test');
    }
    else if (testsEntry.value.items.length > SMOKE_TESTS_MAX) {
        at.add(testsEntry.value, `tests: ${testsEntry.value.items.length} tests; at most ${SMOKE_TESTS_MAX} are accepted`);
    }
    else {
        const names = new Set();
        testsEntry.value.items.forEach((item, i) => {
            const test = readTest(at, item, `tests[${i}]`, defaults);
            if (!test)
                return;
            if (names.has(test.name))
                at.add(item, `tests[${i}].name: "${test.name}" is used by an earlier test; names must be unique`);
            names.add(test.name);
            tests.push(test);
        });
    }
    if (at.problems.length > 0)
        throw new FileError(at.problems);
    return { file, tests };
}
const FLAG_KEYS = ['critical', 'check-version', 'follow-redirects'];
function readDefaults(at, node) {
    const defaults = { headers: {}, critical: false, checkVersion: false, followRedirects: false };
    if (node === null)
        return defaults;
    if (!(0,dist/* isMap */.jh)(node)) {
        at.add(node, 'defaults: must be a mapping (headers, latency-ms, critical, check-version, follow-redirects)');
        return defaults;
    }
    const entries = at.entries(node, 'defaults', ['headers', 'latency-ms', ...FLAG_KEYS]);
    const headers = entries.get('headers');
    if (headers)
        defaults.headers = readHeaders(at, headers.value, 'defaults.headers');
    const latency = entries.get('latency-ms');
    if (latency) {
        const ms = readLatency(at, latency.value, 'defaults.latency-ms');
        if (ms !== undefined)
            defaults.latencyMs = ms;
    }
    defaults.critical = readFlag(at, entries.get('critical')?.value, 'defaults.critical') ?? false;
    defaults.checkVersion = readFlag(at, entries.get('check-version')?.value, 'defaults.check-version') ?? false;
    defaults.followRedirects = readFlag(at, entries.get('follow-redirects')?.value, 'defaults.follow-redirects') ?? false;
    return defaults;
}
const TEST_KEYS = ['name', 'method', 'path', 'headers', 'body', 'expect', ...FLAG_KEYS];
const EXPECT_KEYS = ['status', 'headers', 'headers-match', 'json', 'json-match', 'json-present', 'body-contains', 'latency-ms'];
function readTest(at, node, where, defaults) {
    if (!(0,dist/* isMap */.jh)(node)) {
        at.add(node, `${where}: must be a mapping with at least name and path`);
        return undefined;
    }
    const before = at.problems.length;
    const e = at.entries(node, where, TEST_KEYS);
    const nameEntry = e.get('name');
    const name = plain(nameEntry?.value ?? null);
    if (!nameEntry)
        at.add(node, `${where}: "name" is required`);
    // Names reach the log and the summary: no control characters (a newline could start a workflow command).
    else if (typeof name !== 'string' || name.trim() === '' || name.length > 100 || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name)) {
        at.add(nameEntry.value ?? nameEntry.key, `${where}.name: must be text of 1 to 100 characters, without control characters`);
    }
    const methodEntry = e.get('method');
    let method = 'GET';
    if (methodEntry) {
        const value = plain(methodEntry.value);
        const upper = typeof value === 'string' ? value.toUpperCase() : '';
        if (smoke/* SMOKE_METHODS */.lb.includes(upper))
            method = upper;
        else
            at.add(methodEntry.value ?? methodEntry.key, `${where}.method: ${describe(methodEntry.value)} is not accepted; accepted: ${smoke/* SMOKE_METHODS */.lb.join(', ')}`);
    }
    const pathEntry = e.get('path');
    const path = plain(pathEntry?.value ?? null);
    if (!pathEntry)
        at.add(node, `${where}: "path" is required, e.g. path: /health`);
    else if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || /[\s#]/.test(path)) {
        at.add(pathEntry.value ?? pathEntry.key, `${where}.path: ${describe(pathEntry.value)} is not accepted; accepted: a path below the deployment URL starting with one /, with an optional query, e.g. /v1/status?full=1`);
    }
    const headers = { ...defaults.headers };
    const headersEntry = e.get('headers');
    if (headersEntry)
        Object.assign(headers, readHeaders(at, headersEntry.value, `${where}.headers`));
    let body;
    const bodyEntry = e.get('body');
    if (bodyEntry) {
        const value = plain(bodyEntry.value);
        if (method === 'GET' || method === 'HEAD')
            at.add(bodyEntry.key, `${where}.body: a ${method} request has no body; use POST, PUT, PATCH or DELETE`);
        else if (typeof value === 'string')
            body = value;
        else if (value !== null && typeof value === 'object') {
            body = JSON.stringify(value);
            if (!Object.keys(headers).includes('content-type'))
                headers['content-type'] = 'application/json';
        }
        else
            at.add(bodyEntry.value ?? bodyEntry.key, `${where}.body: must be text, or a mapping or list sent as JSON`);
    }
    const expect = readExpect(at, e.get('expect')?.value ?? null, `${where}.expect`, defaults);
    const critical = readFlag(at, e.get('critical')?.value, `${where}.critical`) ?? defaults.critical;
    const checkVersion = readFlag(at, e.get('check-version')?.value, `${where}.check-version`) ?? defaults.checkVersion;
    const followRedirects = readFlag(at, e.get('follow-redirects')?.value, `${where}.follow-redirects`) ?? defaults.followRedirects;
    if (at.problems.length > before || typeof name !== 'string' || typeof path !== 'string')
        return undefined;
    const { line } = at.position(node);
    return {
        name: name.trim(),
        method,
        path,
        headers,
        ...(body === undefined ? {} : { body }),
        expect,
        critical,
        checkVersion,
        followRedirects,
        ...(line === undefined ? {} : { line }),
    };
}
function readExpect(at, node, where, defaults) {
    const expect = { status: [200] };
    if (defaults.latencyMs !== undefined)
        expect.latencyMs = defaults.latencyMs;
    if (node === null)
        return expect;
    if (!(0,dist/* isMap */.jh)(node)) {
        at.add(node, `${where}: must be a mapping; accepted keys: ${EXPECT_KEYS.join(', ')}`);
        return expect;
    }
    const e = at.entries(node, where, EXPECT_KEYS);
    const status = e.get('status');
    if (status) {
        const value = plain(status.value);
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 0 || !list.every((s) => Number.isInteger(s) && s >= 100 && s <= 599)) {
            at.add(status.value ?? status.key, `${where}.status: ${describe(status.value)} is not accepted; accepted: a status from 100 to 599, or a list of them`);
        }
        else
            expect.status = list;
    }
    const headers = [];
    for (const [name, value] of Object.entries(readHeaders(at, e.get('headers')?.value ?? null, `${where}.headers`))) {
        headers.push({ name, equals: value });
    }
    const nodes = new Map();
    const patterns = readHeaders(at, e.get('headers-match')?.value ?? null, `${where}.headers-match`, nodes);
    for (const [name, source] of Object.entries(patterns)) {
        const re = regex(at, nodes.get(name) ?? null, `${where}.headers-match.${name}`, source);
        if (re)
            headers.push({ name, matches: re });
    }
    if (headers.length > 0)
        expect.headers = headers;
    const json = [];
    const jsonEntry = e.get('json');
    if (jsonEntry) {
        for (const { path, segments, value } of readPathMap(at, jsonEntry.value, `${where}.json`))
            json.push({ path, segments, equals: plain(value) });
    }
    const matchEntry = e.get('json-match');
    if (matchEntry) {
        for (const { path, segments, value } of readPathMap(at, matchEntry.value, `${where}.json-match`)) {
            const source = plain(value);
            if (typeof source !== 'string') {
                at.add(value, `${where}.json-match.${path}: must be a regular expression as text`);
                continue;
            }
            const re = regex(at, value, `${where}.json-match.${path}`, source);
            if (re)
                json.push({ path, segments, matches: re });
        }
    }
    const present = e.get('json-present');
    if (present) {
        if (!(0,dist/* isSeq */.oP)(present.value))
            at.add(present.value ?? present.key, `${where}.json-present: must be a list of JSON paths, e.g. [user.id]`);
        else {
            for (const item of present.value.items) {
                const path = plain(item);
                const segments = typeof path === 'string' ? (0,json_path/* parseJsonPath */.Hf)(path) : 'a JSON path must be text';
                if (typeof segments === 'string' || typeof path !== 'string')
                    at.add(item, `${where}.json-present: ${segments}`);
                else
                    json.push({ path, segments, present: true });
            }
        }
    }
    if (json.length > 0)
        expect.json = json;
    const contains = e.get('body-contains');
    if (contains) {
        const value = plain(contains.value);
        if (typeof value !== 'string' || value === '')
            at.add(contains.value ?? contains.key, `${where}.body-contains: must be non-empty text`);
        else
            expect.bodyContains = value;
    }
    const latency = e.get('latency-ms');
    if (latency) {
        const ms = readLatency(at, latency.value, `${where}.latency-ms`);
        if (ms !== undefined)
            expect.latencyMs = ms;
    }
    return expect;
}
function readFlag(at, node, where) {
    if (node === undefined)
        return undefined;
    const value = plain(node);
    if (typeof value === 'boolean')
        return value;
    at.add(node, `${where}: ${describe(node)} is not accepted; accepted: true, false`);
    return undefined;
}
function readLatency(at, node, where) {
    const value = plain(node);
    if (Number.isInteger(value) && value >= 1 && value <= LATENCY_MAX_MS)
        return value;
    at.add(node, `${where}: ${describe(node)} is not accepted; accepted: whole milliseconds from 1 to ${LATENCY_MAX_MS}`);
    return undefined;
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A mapping of header names (lower-cased, checked) to text; `nodes` gets each value's node. */
function readHeaders(at, node, where, nodes) {
    const result = {};
    if (node === null)
        return result;
    if (!(0,dist/* isMap */.jh)(node)) {
        at.add(node, `${where}: must be a mapping of header names to text`);
        return result;
    }
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
        const value = (0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : undefined;
        if (typeof key !== 'string' || !HEADER_NAME.test(key)) {
            at.add(pair.key, `${where}: ${describe(pair.key)} is not a header name`);
            continue;
        }
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            at.add(pair.value ?? pair.key, `${where}.${key}: must be text`);
            continue;
        }
        result[key.toLowerCase()] = String(value);
        nodes?.set(key.toLowerCase(), pair.value ?? null);
    }
    return result;
}
function readPathMap(at, node, where) {
    const result = [];
    if (!(0,dist/* isMap */.jh)(node)) {
        at.add(node, `${where}: must be a mapping of JSON paths (e.g. status, items[0].id) to values`);
        return result;
    }
    for (const pair of node.items) {
        const path = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
        const segments = typeof path === 'string' ? (0,json_path/* parseJsonPath */.Hf)(path) : 'a JSON path must be text';
        if (typeof segments === 'string' || typeof path !== 'string') {
            at.add(pair.key, `${where}: ${segments}`);
            continue;
        }
        result.push({ path, segments, value: pair.value ?? null });
    }
    return result;
}
function regex(at, node, where, source) {
    try {
        return new RegExp(source);
    }
    catch (error) {
        at.add(node, `${where}: not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ../../packages/deploy-verify/src/parse.ts
/**
 * The file parsers, which need the YAML parser: the smoke test file and the change record.
 * Every problem names the file, the line and column, and what is accepted.
 */



/***/ })

};
;