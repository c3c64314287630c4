"use strict";
exports.id = 811;
exports.ids = [811];
exports.modules = {

/***/ 7811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1007);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5316);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2008);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(545);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6404);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2935);
/**
 * The GitHub REST client of every action: `getOctokit` from `@actions/github` (core, REST endpoint
 * methods, pagination, GITHUB_API_URL, proxy support through @actions/http-client) with the retry
 * and throttling plugins. Retries are bounded, every attempt has its own timeout, and all of it
 * sits inside the run's deadline. The throttling plugin owns rate limits (403/429 with a
 * rate-limit answer); the retry plugin owns server errors; neither retries the other's.
 *
 * `@actions/github` loads undici and @actions/http-client when it is imported: actions import
 * this module only when a run needs the API.
 */






/**
 * Base of the retry and rate-limit waits, in milliseconds (Octokit's default is 1000: 1 s, 4 s, 9 s
 * for server errors, and `retry-after` seconds for rate limits). Tests shorten it.
 */
function retryBaseMs() {
    const value = Number(process.env['CHANGE_ACTIONS_RETRY_BASE_MS'] ?? '1000');
    return Number.isFinite(value) && value >= 0 ? value : 1000;
}
async function createGitHubClient(options) {
    const { token, deadline } = options;
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('input token is empty; pass ${{ github.token }} or a token with read access');
    const attemptTimeoutMs = options.attemptTimeoutMs ?? 30_000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const base = retryBaseMs();
    // @actions/github's fetch: undici with the runner's proxy settings (HTTPS_PROXY, NO_PROXY).
    const baseFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
    const timedFetch = async (input, init) => {
        deadline.check('calling the GitHub API');
        const attempt = AbortSignal.timeout(Math.min(attemptTimeoutMs, deadline.remainingMs()));
        const signals = [attempt, deadline.signal, ...(init?.signal ? [init.signal] : [])];
        try {
            return await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
        }
        catch (error) {
            if (attempt.aborted || deadline.signal.aborted) {
                throw new Error(`GitHub API did not answer within ${Math.round(attemptTimeoutMs / 1000)} s`, { cause: error });
            }
            throw error;
        }
    };
    const mayWait = (kind) => (retryAfter, request, _o, retryCount) => {
        const waitMs = retryAfter * base;
        const allowed = retryCount < rateLimitRetries && waitMs < deadline.remainingMs();
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${allowed ? `waiting ${retryAfter} s, then trying again` : 'not waiting (too many tries or past the deadline)'}`);
        return allowed;
    };
    const octokitOptions = {
        baseUrl: (process.env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'maelstrom-change-actions',
        request: { fetch: timedFetch },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: 3, retryAfterBaseValue: base },
        throttle: {
            onRateLimit: mayWait('primary'),
            onSecondaryRateLimit: mayWait('secondary'),
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
        },
    };
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, octokitOptions, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    // No retry once the deadline has passed: each would fail at once, but a write's retries still
    // queue a second apart in the throttler's write queue, which every client of the process shares.
    // The retry plugin reads `retries` at each failure.
    client.hook.wrap('request', (request, options) => {
        const perRequest = { ...options.request };
        Object.defineProperty(perRequest, 'retries', { get: () => (deadline.remainingMs() > 0 ? undefined : 0), enumerable: true, configurable: true });
        options.request = perRequest;
        return request(options);
    });
    // Octokit hands back a JSON answer it cannot parse as a string; a truncated list must not pass
    // for an answer.
    client.hook.after('request', (response, request) => {
        const type = String(response.headers['content-type'] ?? '');
        if (type.includes('json') && typeof response.data === 'string') {
            throw new Error(`GitHub API answered ${request.method} ${request.url} with a body that is not valid JSON`);
        }
    });
    return client;
}


/***/ })

};
;