export const id = 43;
export const ids = [43];
export const modules = {

/***/ 5906:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 2043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// UNUSED EXPORTS: POLICY_MAX_BYTES

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8293);
// EXTERNAL MODULE: ../policy/src/section.ts
var section = __webpack_require__(9797);
// EXTERNAL MODULE: ../policy/src/sections/classify.convert.ts
var classify_convert = __webpack_require__(9360);
// EXTERNAL MODULE: ../policy/src/sections/commits.ts
var commits = __webpack_require__(7529);
// EXTERNAL MODULE: ../policy/src/sections/gate.convert.ts
var gate_convert = __webpack_require__(2113);
// EXTERNAL MODULE: ../policy/src/sections/monitor.ts
var monitor = __webpack_require__(6529);
;// CONCATENATED MODULE: ../policy/src/sections/monitor.convert.ts
/**
 * The `monitor` section's converter: kebab-case YAML onto the typed section, the procedure's
 * defaults for what is left out, and every check the schema cannot make (durations, a window
 * shorter than its interval, a query without a sample count or a trigger, a metric listed twice),
 * each a PolicySectionError naming the key.
 */


const WINDOW_MAX = 6 * 3600;
function seconds(key, text, fallback, min, max) {
    if (text === undefined)
        return fallback;
    const value = (0,monitor/* durationSeconds */.o8)(text);
    if (value === undefined)
        throw new section/* PolicySectionError */.WE(key, `"${text}" is not a duration; accepted: e.g. 30m, 90s, 1h, 1m30s`);
    if (value < min || value > max)
        throw new section/* PolicySectionError */.WE(key, `${text} is out of range; accepted: ${min} s to ${max} s`);
    return value;
}
/** The typed section: defaults for what is left out, and every check the schema cannot make. */
function toMonitorPolicy(raw) {
    const d = monitor/* defaultMonitorPolicy */.ux;
    if (!raw)
        return d;
    const windowSeconds = seconds('monitor.window', raw.window, d.windowSeconds, 1, WINDOW_MAX);
    const intervalSeconds = seconds('monitor.interval', raw.interval, Math.min(d.intervalSeconds, windowSeconds), 1, 3600);
    if (intervalSeconds > windowSeconds)
        throw new section/* PolicySectionError */.WE('monitor.interval', `${raw.interval ?? `${intervalSeconds}s`} is longer than the window (${windowSeconds} s)`);
    const metrics = raw.metrics?.map((m, i) => {
        const key = `monitor.metrics[${i}]`;
        if (m.template === undefined && m.query === undefined)
            throw new section/* PolicySectionError */.WE(key, `metric ${m.name} names neither a template nor a query; accepted: template (${monitor/* MONITOR_TEMPLATES */.Dl.join(', ')}) or query`);
        if (m.query !== undefined && (m.source === 'loki' || m.source === 'prometheus') && m['samples-query'] === undefined) {
            throw new section/* PolicySectionError */.WE(key, `metric ${m.name} has a query but no samples-query: without the number of samples a measurement can never be told apart from no traffic`);
        }
        if (m.query !== undefined && m.trigger === undefined)
            throw new section/* PolicySectionError */.WE(key, `metric ${m.name} has its own query: name the rollback trigger it measures (trigger: ${monitor/* MONITOR_TRIGGERS */.dH.map((t) => JSON.stringify(t)).join(', ')})`);
        if ((m.source === 'cloudflare' || m.source === 'probes') && m.query !== undefined)
            throw new section/* PolicySectionError */.WE(key, `metric ${m.name}: source ${m.source} takes a template, not a query`);
        if (m.template === 'synthetic' && m.source !== 'probes')
            throw new section/* PolicySectionError */.WE(key, `metric ${m.name}: template synthetic is measured by source probes`);
        if (m.source === 'probes' && m.template !== 'synthetic')
            throw new section/* PolicySectionError */.WE(key, `metric ${m.name}: source probes measures template synthetic only`);
        if (m.source === 'cloudflare' && m.template !== undefined && !monitor/* MONITOR_SOURCE_TEMPLATES */.Nh.cloudflare.includes(m.template)) {
            const why = m.template === 'latency-p95' ? "Cloudflare's workersInvocationsAdaptive has no 95th percentile (its wall-time quantiles are P25, P50, P75, P90, P99, P999)" : "Cloudflare's workersInvocationsAdaptive has no request path or status per request";
            throw new section/* PolicySectionError */.WE(`${key}.template`, `metric ${m.name}: source cloudflare does not measure ${m.template}: ${why}; accepted: ${monitor/* MONITOR_SOURCE_TEMPLATES */.Nh.cloudflare.join(', ')}`);
        }
        if (!Number.isFinite(m.threshold.value))
            throw new section/* PolicySectionError */.WE(`${key}.threshold.value`, 'must be a finite number');
        if (m.threshold.kind === 'relative' && m.threshold.value <= 0)
            throw new section/* PolicySectionError */.WE(`${key}.threshold.value`, 'a relative threshold is a ratio to the baseline and must be above 0');
        const fallbackTrigger = m.threshold.kind === 'relative' && m.template?.startsWith('latency') ? 'performance degradation > 50 %' : m.template === 'error-rate' ? 'error rate > 5 %' : 'critical functionality broken';
        return {
            name: m.name,
            source: m.source,
            ...(m.template === undefined ? {} : { template: m.template }),
            ...(m.query === undefined ? {} : { query: m.query }),
            ...(m['samples-query'] === undefined ? {} : { samplesQuery: m['samples-query'] }),
            threshold: { ...m.threshold },
            minSamples: m['min-samples'] ?? (m.source === 'probes' ? 1 : 50),
            trigger: m.trigger ?? fallbackTrigger,
        };
    });
    const names = new Set();
    for (const [i, m] of (metrics ?? []).entries()) {
        if (names.has(m.name))
            throw new section/* PolicySectionError */.WE(`monitor.metrics[${i}].name`, `metric ${m.name} is listed twice`);
        names.add(m.name);
    }
    return {
        windowSeconds,
        intervalSeconds,
        initialDelaySeconds: seconds('monitor.initial-delay', raw['initial-delay'], d.initialDelaySeconds, 0, 3600),
        failureLimit: raw['failure-limit'] ?? d.failureLimit,
        consecutiveErrorLimit: raw['consecutive-error-limit'] ?? d.consecutiveErrorLimit,
        baseline: raw.baseline ?? d.baseline,
        authRoutes: raw['auth-routes'] ?? d.authRoutes,
        lokiSelector: raw.loki?.selector ?? d.lokiSelector,
        metrics: metrics ?? d.metrics,
    };
}

// EXTERNAL MODULE: ../policy/src/sections/rollback.ts
var rollback = __webpack_require__(3399);
;// CONCATENATED MODULE: ../policy/src/sections/rollback.convert.ts
/**
 * The `rollback` section's converter: the kebab-case YAML onto the typed section, the defaults for
 * what is left out, and the check the schema cannot make (the health check must fit inside the
 * rollback's deadline), naming the key at fault.
 */


function toRollbackPolicy(document) {
    const policy = (0,section/* mergeDefaults */.HF)(rollback/* defaultRollbackPolicy */.g, (0,section/* camelKeys */.RA)(document));
    if (policy.healthTimeoutSeconds >= policy.deadlineSeconds) {
        throw new section/* PolicySectionError */.WE('rollback.health-timeout-seconds', `${policy.healthTimeoutSeconds} leaves no time inside rollback.deadline-seconds (${policy.deadlineSeconds}); make it smaller`);
    }
    return policy;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(5906);
;// CONCATENATED MODULE: ../policy/src/generated/validate-policy.js
// Generated by scripts/build.mjs from policySchema (packages/policy/src/index.ts). Do not edit.

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const validate_policy = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/policy/schema/change-policy.schema.json","title":"change-actions policy (.github/change-policy.yml)","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Policy format version."},"commits":{"type":"object","additionalProperties":false,"description":"How commit messages, pull request titles and bodies are linted.","properties":{"types":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"description":"Accepted change types."},"allow-scope":{"type":"boolean","description":"Accept `type(scope): description` headers."},"header-max-length":{"type":"integer","minimum":20,"maximum":1000},"message-max-bytes":{"type":"integer","minimum":1024,"maximum":1048576},"rules":{"type":"object","additionalProperties":false,"properties":{"header-format":{"enum":["error","warning","off"]},"type-enum":{"enum":["error","warning","off"]},"description-empty":{"enum":["error","warning","off"]},"header-max-length":{"enum":["error","warning","off"]},"body-leading-blank":{"enum":["error","warning","off"]},"body-required":{"enum":["error","warning","off"]},"body-not-header-copy":{"enum":["error","warning","off"]},"fixes-trailer":{"enum":["error","warning","off"]},"fixes-trailer-format":{"enum":["error","warning","off"]},"unsafe-characters":{"enum":["error","warning","off"]},"message-size":{"enum":["error","warning","off"]}}},"merge-commits":{"enum":["exempt","lint","reject"]},"revert-commits":{"enum":["exempt","lint","reject"]},"fixup-commits":{"enum":["exempt","lint","reject"]},"pull-request":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"boolean","description":"Lint the title, which becomes the squash commit header."},"body":{"type":"boolean","description":"Lint the body together with the title as one message."}}}}},"classify":{"type":"object","additionalProperties":false,"description":"How changes are classified (standard, normal, emergency) and which security review triggers fire.","properties":{"emergency":{"type":"object","additionalProperties":false,"description":"Signals of an emergency change.","properties":{"labels":{"type":"array","uniqueItems":true,"description":"Pull request labels (case-insensitive).","items":{"type":"string","minLength":1}},"branch-prefixes":{"type":"array","uniqueItems":true,"description":"Branch name prefixes, e.g. hotfix/.","items":{"type":"string","minLength":1}},"title-markers":{"type":"array","uniqueItems":true,"description":"Title markers, e.g. [emergency] (case-insensitive).","items":{"type":"string","minLength":1}},"severity":{"type":"object","additionalProperties":false,"description":"Where the incident severity P0–P3 is read from.","properties":{"label-prefixes":{"type":"array","uniqueItems":true,"description":"Label prefixes followed by P0–P3, e.g. severity:.","items":{"type":"string","minLength":1}},"title-markers":{"type":"array","uniqueItems":true,"description":"Title markers with {severity} standing for P0–P3, e.g. [{severity}].","items":{"type":"string","pattern":"\\{severity\\}"}},"body-fields":{"type":"array","uniqueItems":true,"description":"Body fields written \"Field: P1\" on a line of their own.","items":{"type":"string","minLength":1}}}}}},"change-types":{"type":"object","additionalProperties":false,"description":"What makes a change normal rather than standard.","properties":{"normal-commit-types":{"type":"array","uniqueItems":true,"description":"Commit types that make a change normal.","items":{"type":"string","enum":["feat","fix","refactor","docs","test","chore","security"]}},"security-commit-types":{"type":"array","uniqueItems":true,"description":"Commit types that make a change security-relevant.","items":{"type":"string","enum":["feat","fix","refactor","docs","test","chore","security"]}},"schema-paths":{"type":"array","uniqueItems":true,"description":"Schema changes (migrations, SQL, schema files): normal.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"commit-type-paths":{"type":"object","additionalProperties":false,"description":"Commit types whose claim is checked against paths: when every commit has one of them, other files make the change normal.","properties":{"feat":{"type":"array","uniqueItems":true,"description":"Paths a feat commit may change.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"fix":{"type":"array","uniqueItems":true,"description":"Paths a fix commit may change.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"refactor":{"type":"array","uniqueItems":true,"description":"Paths a refactor commit may change.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"docs":{"type":"array","uniqueItems":true,"description":"Paths a docs commit may change.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"test":{"type":"array","uniqueItems":true,"description":"Paths a test commit may change.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"chore":{"type":"array","uniqueItems":true,"description":"Paths a chore commit may change.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"security":{"type":"array","uniqueItems":true,"description":"Paths a security commit may change.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}}}},"unlinted-commits":{"type":"string","enum":["normal","ignore"],"description":"A commit without a linted type, or no commits at all."}}},"vendored":{"type":"array","uniqueItems":true,"description":"Vendored folders; sensitive files inside still count.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"content":{"type":"object","additionalProperties":false,"description":"Files whose changed lines the content patterns scan.","properties":{"files":{"type":"array","uniqueItems":true,"description":"Files scanned.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"exclude":{"type":"array","uniqueItems":true,"description":"Files not scanned.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"opaque":{"type":"array","uniqueItems":true,"description":"Compiled code (never readable as lines): any change is unverified.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}}}},"authentication":{"type":"object","additionalProperties":false,"description":"Authentication and authorisation code.","properties":{"paths":{"type":"array","uniqueItems":true,"description":"Paths of authentication code.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"content":{"type":"array","uniqueItems":true,"description":"Changed lines that touch authentication.","items":{"type":"string","minLength":1,"description":"JavaScript regular expression, case-insensitive, matched against each added and removed line"}}}},"cryptography":{"type":"object","additionalProperties":false,"description":"Cryptographic code.","properties":{"paths":{"type":"array","uniqueItems":true,"description":"Paths of cryptographic code and key material.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"content":{"type":"array","uniqueItems":true,"description":"Changed lines that call cryptographic APIs.","items":{"type":"string","minLength":1,"description":"JavaScript regular expression, case-insensitive, matched against each added and removed line"}},"packages":{"type":"array","uniqueItems":true,"description":"Crates and npm packages (@scope/* allowed) whose use, addition, removal or major bump is cryptographic.","items":{"type":"string","minLength":1}}}},"crypto-parameters":{"type":"object","additionalProperties":false,"description":"Cryptographic parameters.","properties":{"content":{"type":"array","uniqueItems":true,"description":"Changed lines with algorithm identifiers, curves, key sizes, iteration counts.","items":{"type":"string","minLength":1,"description":"JavaScript regular expression, case-insensitive, matched against each added and removed line"}}}},"dependencies":{"type":"object","additionalProperties":false,"description":"Third-party dependencies from manifests and lockfiles.","properties":{"new":{"type":"string","enum":["trigger","report"],"description":"A new direct runtime dependency."},"new-dev":{"type":"string","enum":["trigger","report"],"description":"A new direct development dependency."},"new-transitive":{"type":"string","enum":["trigger","report"],"description":"A package new only to a lockfile."},"patches":{"type":"array","uniqueItems":true,"description":"Patches applied to third-party packages (pnpm patchedDependencies, yarn patch:): any change is a change of third-party code.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"unread-manifests":{"type":"array","uniqueItems":true,"description":"Manifests, lockfiles and package manager settings of ecosystems not read: any change is a possible new dependency or source.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}}}},"infrastructure":{"type":"object","additionalProperties":false,"description":"Infrastructure configuration.","properties":{"paths":{"type":"array","uniqueItems":true,"description":"Infrastructure files other than wrangler configuration (KV settings).","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"wrangler":{"type":"array","uniqueItems":true,"description":"wrangler configuration files, compared structurally.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}}}},"access-control":{"type":"object","additionalProperties":false,"description":"Access control changes.","properties":{"paths":{"type":"array","uniqueItems":true,"description":"Access control files other than CODEOWNERS.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"codeowners":{"type":"array","uniqueItems":true,"description":"CODEOWNERS files.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"workflows":{"type":"array","uniqueItems":true,"description":"GitHub workflow files, compared structurally.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}},"trusted-owners":{"type":"array","uniqueItems":true,"description":"Owners whose actions need not be pinned to a commit SHA.","items":{"type":"string","minLength":1}},"workflow-triggers":{"type":"array","uniqueItems":true,"description":"Workflow triggers whose addition is an access control change.","items":{"type":"string","minLength":1}}}},"major":{"type":"object","additionalProperties":false,"description":"What makes a change major.","properties":{"breaking-commits":{"type":"boolean"},"dependency-major-bumps":{"type":"boolean"},"rollback-unsafe":{"type":"boolean"}}},"labels":{"type":"object","additionalProperties":false,"description":"Label names the change record maps to.","properties":{"standard":{"type":"string","minLength":1,"maxLength":50},"normal":{"type":"string","minLength":1,"maxLength":50},"emergency":{"type":"string","minLength":1,"maxLength":50},"security-relevant":{"type":"string","minLength":1,"maxLength":50},"major":{"type":"string","minLength":1,"maxLength":50},"rollback-unsafe":{"type":"string","minLength":1,"maxLength":50},"cryptographic":{"type":"string","minLength":1,"maxLength":50},"infrastructure":{"type":"string","minLength":1,"maxLength":50},"access-control":{"type":"string","minLength":1,"maxLength":50}}}}},"windows":{"type":"object","additionalProperties":false,"description":"Change windows and freezes. Emergencies are exempt, and recorded.","properties":{"time-zone":{"type":"string","minLength":1,"description":"IANA time zone of the windows and recurring freezes, e.g. Europe/London."},"standard":{"type":"object","additionalProperties":false,"description":"When standard changes may go out.","properties":{"days":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"]}},"hours":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$","description":"HH:MM-HH:MM, end exclusive, 24:00 allowed"}}},"normal":{"type":"object","additionalProperties":false,"description":"When normal changes may go out.","properties":{"days":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"]}},"hours":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$","description":"HH:MM-HH:MM, end exclusive, 24:00 allowed"}}},"major":{"type":"object","additionalProperties":false,"description":"When major changes may go out, in addition to their type's window.","properties":{"days":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"]}},"hours":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$","description":"HH:MM-HH:MM, end exclusive, 24:00 allowed"}}},"freezes":{"type":"array","description":"Change freezes.","items":{"oneOf":[{"type":"object","additionalProperties":false,"description":"A one-off freeze between two instants.","properties":{"start":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"ISO 8601 instant with an offset, e.g. 2026-06-01T00:00:00Z."},"end":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"ISO 8601 instant with an offset; the freeze ends before it."},"reason":{"type":"string","minLength":1,"description":"Why the freeze exists; shown in every verdict it closes."},"change-types":{"type":"array","uniqueItems":true,"description":"Change types the freeze applies to (default: standard and normal; emergencies are always exempt).","items":{"type":"string","enum":["standard","normal"]}}},"required":["start","end","reason"]},{"type":"object","additionalProperties":false,"description":"A weekly freeze, e.g. from \"fri 16:00\" to \"mon 08:00\" local time.","properties":{"weekly":{"type":"object","additionalProperties":false,"description":"Weekday and local time the freeze starts and ends (it may wrap around the week).","properties":{"from":{"type":"string","pattern":"^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):[0-5][0-9]$"},"to":{"type":"string","pattern":"^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):[0-5][0-9]$"}},"required":["from","to"]},"reason":{"type":"string","minLength":1,"description":"Why the freeze exists; shown in every verdict it closes."},"change-types":{"type":"array","uniqueItems":true,"description":"Change types the freeze applies to (default: standard and normal; emergencies are always exempt).","items":{"type":"string","enum":["standard","normal"]}}},"required":["weekly","reason"]},{"type":"object","additionalProperties":false,"description":"A yearly freeze of whole local days, e.g. from \"12-24\" to \"01-02\".","properties":{"yearly":{"type":"object","additionalProperties":false,"description":"First and last day (MM-DD, both included; it may wrap around the year).","properties":{"from":{"type":"string","pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},"to":{"type":"string","pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}},"required":["from","to"]},"reason":{"type":"string","minLength":1,"description":"Why the freeze exists; shown in every verdict it closes."},"change-types":{"type":"array","uniqueItems":true,"description":"Change types the freeze applies to (default: standard and normal; emergencies are always exempt).","items":{"type":"string","enum":["standard","normal"]}}},"required":["yearly","reason"]}]}}}},"gate":{"type":"object","additionalProperties":false,"description":"Who must approve a change before it merges: the security-review-gate.","properties":{"roles":{"type":"object","additionalProperties":false,"description":"Who holds the roles the procedure names. A role naming nobody can never approve.","properties":{"security-lead":{"type":"object","additionalProperties":false,"description":"Security Lead: security-relevant and access control changes, security incidents.","properties":{"teams":{"type":"array","uniqueItems":true,"description":"GitHub teams, org/team-slug; only active memberships count, never pending ones.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"users":{"type":"array","description":"Users, by login or (safer: logins can be renamed and taken) by account id, optionally for a slot, as in an on-call rota.","items":{"anyOf":[{"type":"object","additionalProperties":false,"description":"A user named by login, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["login"]},{"type":"object","additionalProperties":false,"description":"A user named by account id, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["id"]}]}}}},"isms-owner":{"type":"object","additionalProperties":false,"description":"ISMS Owner: emergency changes, infrastructure changes, retrospectives.","properties":{"teams":{"type":"array","uniqueItems":true,"description":"GitHub teams, org/team-slug; only active memberships count, never pending ones.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"users":{"type":"array","description":"Users, by login or (safer: logins can be renamed and taken) by account id, optionally for a slot, as in an on-call rota.","items":{"anyOf":[{"type":"object","additionalProperties":false,"description":"A user named by login, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["login"]},{"type":"object","additionalProperties":false,"description":"A user named by account id, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["id"]}]}}}},"on-call":{"type":"object","additionalProperties":false,"description":"On-call engineer: P0 emergency changes, within the slot.","properties":{"teams":{"type":"array","uniqueItems":true,"description":"GitHub teams, org/team-slug; only active memberships count, never pending ones.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"users":{"type":"array","description":"Users, by login or (safer: logins can be renamed and taken) by account id, optionally for a slot, as in an on-call rota.","items":{"anyOf":[{"type":"object","additionalProperties":false,"description":"A user named by login, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["login"]},{"type":"object","additionalProperties":false,"description":"A user named by account id, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["id"]}]}}}},"cryptographer":{"type":"object","additionalProperties":false,"description":"Cryptographer: cryptographic changes, when the policy asks for one.","properties":{"teams":{"type":"array","uniqueItems":true,"description":"GitHub teams, org/team-slug; only active memberships count, never pending ones.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"users":{"type":"array","description":"Users, by login or (safer: logins can be renamed and taken) by account id, optionally for a slot, as in an on-call rota.","items":{"anyOf":[{"type":"object","additionalProperties":false,"description":"A user named by login, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["login"]},{"type":"object","additionalProperties":false,"description":"A user named by account id, optionally holding the role only from one instant until another.","properties":{"login":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},"id":{"type":"integer","minimum":1},"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot starts at this instant."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The slot ends before this instant."}},"required":["id"]}]}}}}}},"code-review":{"type":"object","additionalProperties":false,"description":"Code review approvals.","properties":{"mode":{"type":"string","enum":["approvals","sole-operator"],"description":"sole-operator: a self-review with passing CI is accepted and recorded as a risk."},"required-approvals":{"type":"integer","minimum":1,"maximum":10},"minimum-permission":{"type":"string","enum":["read","triage","write","maintain","admin"],"description":"The least repository permission an approval counts with."},"risk-reference":{"type":"string","minLength":1,"description":"Where the sole-operator risk is accepted (the risk register), cited in the result."}}},"stale-approvals":{"type":"object","additionalProperties":false,"description":"Approvals given on an earlier commit than the head.","properties":{"mode":{"type":"string","enum":["count-only-head","keep-unless-security-relevant"]},"dismiss-stale":{"type":"boolean","description":"Dismiss stale approvals on GitHub too."},"security-paths":{"type":"array","uniqueItems":true,"description":"Paths whose change after an approval makes it stale, besides the files the change record's triggers cite.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}}}},"security-review":{"type":"object","additionalProperties":false,"description":"Security-relevant changes.","properties":{"roles":{"type":"array","uniqueItems":true,"description":"Roles whose approval signs a security-relevant change off.","items":{"type":"string","enum":["security-lead","isms-owner","on-call","cryptographer"]}}}},"threat-model":{"type":"object","additionalProperties":false,"description":"The threat model a security-relevant change needs.","properties":{"heading":{"type":"string","minLength":1,"description":"Heading of the pull request body section, e.g. Threat model for \"## Threat model\"."},"parts":{"type":"array","uniqueItems":true,"description":"Parts the section must have, each a sub-heading or bold label with content.","items":{"type":"string","minLength":1}},"documents":{"type":"array","uniqueItems":true,"description":"Threat model documents; a changed one, or an existing one the body links, also counts.","items":{"type":"string","minLength":1,"pattern":"^[^!]","description":"picomatch glob matched case-insensitively against repository-relative paths; no negation"}}}},"emergency":{"type":"object","additionalProperties":false,"description":"Emergency Change Authorisation and retrospectives.","properties":{"authorisers":{"type":"array","description":"Who may authorise an emergency change, and when.","items":{"type":"object","additionalProperties":false,"description":"A role and the emergencies it may authorise.","properties":{"role":{"type":"string","enum":["security-lead","isms-owner","on-call","cryptographer"]},"when":{"type":"string","enum":["any","security-incident","p0"]}},"required":["role","when"]}},"security-incident-labels":{"type":"array","uniqueItems":true,"description":"Labels that make an emergency a security incident (a security-relevant change is one too).","items":{"type":"string","minLength":1}},"retrospective-hours":{"type":"number","exclusiveMinimum":0,"maximum":8760},"retrospective-approvers":{"type":"array","uniqueItems":true,"description":"Roles that approve a retrospective.","items":{"type":"string","enum":["security-lead","isms-owner","on-call","cryptographer"]}},"escalate-to":{"type":"array","uniqueItems":true,"description":"Roles an overdue retrospective is escalated to.","items":{"type":"string","enum":["security-lead","isms-owner","on-call","cryptographer"]},"minItems":1}}},"infrastructure":{"type":"object","additionalProperties":false,"description":"Infrastructure changes.","properties":{"roles":{"type":"array","uniqueItems":true,"description":"Roles whose approval an infrastructure change needs.","items":{"type":"string","enum":["security-lead","isms-owner","on-call","cryptographer"]}}}},"access-control":{"type":"object","additionalProperties":false,"description":"Access control changes.","properties":{"roles":{"type":"array","uniqueItems":true,"description":"Roles whose approval an access control change needs.","items":{"type":"string","enum":["security-lead","isms-owner","on-call","cryptographer"]}}}},"cryptographic":{"type":"object","additionalProperties":false,"description":"Cryptographic changes: cryptographer review (if available) or thorough self-review.","properties":{"review":{"type":"string","enum":["approval","self-review"]},"roles":{"type":"array","uniqueItems":true,"description":"Roles whose approval a cryptographic change needs, in approval mode.","items":{"type":"string","enum":["security-lead","isms-owner","on-call","cryptographer"]}},"self-review-heading":{"type":"string","minLength":1,"description":"Heading of the body section documenting the self-review, in self-review mode."}}}}},"monitor":{"type":"object","additionalProperties":false,"description":"post-deploy-monitor: the watch of a new version and the rollback triggers it judges.","properties":{"window":{"type":"string","pattern":"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$","minLength":2,"description":"A duration: 30m, 90s, 1h, 1m30s."},"interval":{"type":"string","pattern":"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$","minLength":2,"description":"A duration: 30m, 90s, 1h, 1m30s."},"initial-delay":{"type":"string","pattern":"^(?:0|(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?)$","minLength":1,"description":"A duration: 30m, 90s, 1h, 1m30s."},"failure-limit":{"type":"integer","minimum":0,"maximum":100},"consecutive-error-limit":{"type":"integer","minimum":0,"maximum":100},"baseline":{"enum":["auto","same-minutes","before-deploy","none"]},"auth-routes":{"type":"array","maxItems":50,"items":{"type":"string","pattern":"^/[^\\s*]*(?:/\\*)?$"}},"loki":{"type":"object","additionalProperties":false,"properties":{"selector":{"type":"string","pattern":"^\\{.*\\}$","description":"LogQL stream selector of the Logpush lines."}}},"metrics":{"type":"array","minItems":1,"maxItems":20,"description":"The metrics judged; a list given here replaces the default list whole.","items":{"type":"object","additionalProperties":false,"required":["name","source","threshold"],"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"source":{"enum":["loki","prometheus","cloudflare","probes"]},"template":{"enum":["error-rate","latency-p50","latency-p90","latency-p95","latency-p99","auth-success-rate","synthetic"]},"query":{"type":"string","minLength":1},"samples-query":{"type":"string","minLength":1},"threshold":{"type":"object","additionalProperties":false,"required":["kind","operator","value"],"properties":{"kind":{"enum":["absolute","relative"]},"operator":{"enum":[">",">=","<","<="]},"value":{"type":"number"}}},"min-samples":{"type":"integer","minimum":1,"maximum":1000000},"trigger":{"enum":["error rate > 5 %","critical functionality broken","security issue introduced","performance degradation > 50 %"]}}}}}},"rollback":{"type":"object","additionalProperties":false,"description":"Automatic rollback (auto-revert-on-threshold) and the deploy freeze after it.","properties":{"loop-window-minutes":{"type":"integer","minimum":1,"maximum":10080,"description":"At most one automatic rollback per service and environment in this many minutes; after it, deploys are frozen until a person acknowledges (default 60)."},"direct-push":{"type":"boolean","description":"Push the revert straight to the base branch instead of opening a pull request (default false). Never forced."},"inconclusive":{"enum":["page","rollback"],"description":"What an inconclusive watch does: page a person (default) or roll back."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"Retries of a rollback step that failed in a way a retry can help: network error, 5xx, 429 (default 3)."},"deadline-seconds":{"type":"integer","minimum":30,"maximum":900,"description":"Deadline of the whole rollback, verification included (default 240; the procedure target is 300)."},"health-timeout-seconds":{"type":"integer","minimum":0,"maximum":600,"description":"How long the restored version's health check may take to pass (default 60)."}}}}};
const func2 = Object.prototype.hasOwnProperty;

const func5 = ucs2length["default"] ?? ucs2length;
const pattern0 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const pattern1 = new RegExp("\\{severity\\}", "u");
const pattern2 = new RegExp("^[^!]", "u");
const pattern23 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "u");
const pattern26 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern28 = new RegExp("^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const pattern30 = new RegExp("^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
const pattern32 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern33 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u");
const pattern62 = new RegExp("^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$", "u");
const pattern64 = new RegExp("^(?:0|(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?)$", "u");
const pattern65 = new RegExp("^/[^\\s*]*(?:/\\*)?$", "u");
const pattern66 = new RegExp("^\\{.*\\}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/policy/schema/change-policy.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "version") || (key0 === "commits")) || (key0 === "classify")) || (key0 === "windows")) || (key0 === "gate")) || (key0 === "monitor")) || (key0 === "rollback"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.commits !== undefined){
let data1 = data.commits;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(func2.call(schema11.properties.commits.properties, key1))){
const err3 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.types !== undefined){
let data2 = data1.types;
if(Array.isArray(data2)){
if(data2.length < 1){
const err4 = {instancePath:instancePath+"/commits/types",schemaPath:"#/properties/commits/properties/types/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err5 = {instancePath:instancePath+"/commits/types/" + i0,schemaPath:"#/properties/commits/properties/types/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/commits/types/" + i0,schemaPath:"#/properties/commits/properties/types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath:instancePath+"/commits/types",schemaPath:"#/properties/commits/properties/types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/commits/types",schemaPath:"#/properties/commits/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1["allow-scope"] !== undefined){
if(typeof data1["allow-scope"] !== "boolean"){
const err9 = {instancePath:instancePath+"/commits/allow-scope",schemaPath:"#/properties/commits/properties/allow-scope/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1["header-max-length"] !== undefined){
let data5 = data1["header-max-length"];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/commits/header-max-length",schemaPath:"#/properties/commits/properties/header-max-length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/commits/header-max-length",schemaPath:"#/properties/commits/properties/header-max-length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5 < 20 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/commits/header-max-length",schemaPath:"#/properties/commits/properties/header-max-length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 20},message:"must be >= 20"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data1["message-max-bytes"] !== undefined){
let data6 = data1["message-max-bytes"];
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/commits/message-max-bytes",schemaPath:"#/properties/commits/properties/message-max-bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1048576 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/commits/message-max-bytes",schemaPath:"#/properties/commits/properties/message-max-bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6 < 1024 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/commits/message-max-bytes",schemaPath:"#/properties/commits/properties/message-max-bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data1.rules !== undefined){
let data7 = data1.rules;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(func2.call(schema11.properties.commits.properties.rules.properties, key2))){
const err16 = {instancePath:instancePath+"/commits/rules",schemaPath:"#/properties/commits/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7["header-format"] !== undefined){
let data8 = data7["header-format"];
if(!(((data8 === "error") || (data8 === "warning")) || (data8 === "off"))){
const err17 = {instancePath:instancePath+"/commits/rules/header-format",schemaPath:"#/properties/commits/properties/rules/properties/header-format/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["header-format"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7["type-enum"] !== undefined){
let data9 = data7["type-enum"];
if(!(((data9 === "error") || (data9 === "warning")) || (data9 === "off"))){
const err18 = {instancePath:instancePath+"/commits/rules/type-enum",schemaPath:"#/properties/commits/properties/rules/properties/type-enum/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["type-enum"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7["description-empty"] !== undefined){
let data10 = data7["description-empty"];
if(!(((data10 === "error") || (data10 === "warning")) || (data10 === "off"))){
const err19 = {instancePath:instancePath+"/commits/rules/description-empty",schemaPath:"#/properties/commits/properties/rules/properties/description-empty/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["description-empty"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7["header-max-length"] !== undefined){
let data11 = data7["header-max-length"];
if(!(((data11 === "error") || (data11 === "warning")) || (data11 === "off"))){
const err20 = {instancePath:instancePath+"/commits/rules/header-max-length",schemaPath:"#/properties/commits/properties/rules/properties/header-max-length/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["header-max-length"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7["body-leading-blank"] !== undefined){
let data12 = data7["body-leading-blank"];
if(!(((data12 === "error") || (data12 === "warning")) || (data12 === "off"))){
const err21 = {instancePath:instancePath+"/commits/rules/body-leading-blank",schemaPath:"#/properties/commits/properties/rules/properties/body-leading-blank/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["body-leading-blank"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7["body-required"] !== undefined){
let data13 = data7["body-required"];
if(!(((data13 === "error") || (data13 === "warning")) || (data13 === "off"))){
const err22 = {instancePath:instancePath+"/commits/rules/body-required",schemaPath:"#/properties/commits/properties/rules/properties/body-required/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["body-required"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7["body-not-header-copy"] !== undefined){
let data14 = data7["body-not-header-copy"];
if(!(((data14 === "error") || (data14 === "warning")) || (data14 === "off"))){
const err23 = {instancePath:instancePath+"/commits/rules/body-not-header-copy",schemaPath:"#/properties/commits/properties/rules/properties/body-not-header-copy/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["body-not-header-copy"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7["fixes-trailer"] !== undefined){
let data15 = data7["fixes-trailer"];
if(!(((data15 === "error") || (data15 === "warning")) || (data15 === "off"))){
const err24 = {instancePath:instancePath+"/commits/rules/fixes-trailer",schemaPath:"#/properties/commits/properties/rules/properties/fixes-trailer/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["fixes-trailer"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7["fixes-trailer-format"] !== undefined){
let data16 = data7["fixes-trailer-format"];
if(!(((data16 === "error") || (data16 === "warning")) || (data16 === "off"))){
const err25 = {instancePath:instancePath+"/commits/rules/fixes-trailer-format",schemaPath:"#/properties/commits/properties/rules/properties/fixes-trailer-format/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["fixes-trailer-format"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7["unsafe-characters"] !== undefined){
let data17 = data7["unsafe-characters"];
if(!(((data17 === "error") || (data17 === "warning")) || (data17 === "off"))){
const err26 = {instancePath:instancePath+"/commits/rules/unsafe-characters",schemaPath:"#/properties/commits/properties/rules/properties/unsafe-characters/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["unsafe-characters"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7["message-size"] !== undefined){
let data18 = data7["message-size"];
if(!(((data18 === "error") || (data18 === "warning")) || (data18 === "off"))){
const err27 = {instancePath:instancePath+"/commits/rules/message-size",schemaPath:"#/properties/commits/properties/rules/properties/message-size/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties.rules.properties["message-size"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/commits/rules",schemaPath:"#/properties/commits/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1["merge-commits"] !== undefined){
let data19 = data1["merge-commits"];
if(!(((data19 === "exempt") || (data19 === "lint")) || (data19 === "reject"))){
const err29 = {instancePath:instancePath+"/commits/merge-commits",schemaPath:"#/properties/commits/properties/merge-commits/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties["merge-commits"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1["revert-commits"] !== undefined){
let data20 = data1["revert-commits"];
if(!(((data20 === "exempt") || (data20 === "lint")) || (data20 === "reject"))){
const err30 = {instancePath:instancePath+"/commits/revert-commits",schemaPath:"#/properties/commits/properties/revert-commits/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties["revert-commits"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1["fixup-commits"] !== undefined){
let data21 = data1["fixup-commits"];
if(!(((data21 === "exempt") || (data21 === "lint")) || (data21 === "reject"))){
const err31 = {instancePath:instancePath+"/commits/fixup-commits",schemaPath:"#/properties/commits/properties/fixup-commits/enum",keyword:"enum",params:{allowedValues: schema11.properties.commits.properties["fixup-commits"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data1["pull-request"] !== undefined){
let data22 = data1["pull-request"];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key3 in data22){
if(!((key3 === "title") || (key3 === "body"))){
const err32 = {instancePath:instancePath+"/commits/pull-request",schemaPath:"#/properties/commits/properties/pull-request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data22.title !== undefined){
if(typeof data22.title !== "boolean"){
const err33 = {instancePath:instancePath+"/commits/pull-request/title",schemaPath:"#/properties/commits/properties/pull-request/properties/title/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data22.body !== undefined){
if(typeof data22.body !== "boolean"){
const err34 = {instancePath:instancePath+"/commits/pull-request/body",schemaPath:"#/properties/commits/properties/pull-request/properties/body/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/commits/pull-request",schemaPath:"#/properties/commits/properties/pull-request/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.classify !== undefined){
let data25 = data.classify;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key4 in data25){
if(!(func2.call(schema11.properties.classify.properties, key4))){
const err37 = {instancePath:instancePath+"/classify",schemaPath:"#/properties/classify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data25.emergency !== undefined){
let data26 = data25.emergency;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key5 in data26){
if(!((((key5 === "labels") || (key5 === "branch-prefixes")) || (key5 === "title-markers")) || (key5 === "severity"))){
const err38 = {instancePath:instancePath+"/classify/emergency",schemaPath:"#/properties/classify/properties/emergency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data26.labels !== undefined){
let data27 = data26.labels;
if(Array.isArray(data27)){
const len1 = data27.length;
for(let i2=0; i2<len1; i2++){
let data28 = data27[i2];
if(typeof data28 === "string"){
if(func5(data28) < 1){
const err39 = {instancePath:instancePath+"/classify/emergency/labels/" + i2,schemaPath:"#/properties/classify/properties/emergency/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/classify/emergency/labels/" + i2,schemaPath:"#/properties/classify/properties/emergency/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i3 = data27.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data27[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err41 = {instancePath:instancePath+"/classify/emergency/labels",schemaPath:"#/properties/classify/properties/emergency/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err42 = {instancePath:instancePath+"/classify/emergency/labels",schemaPath:"#/properties/classify/properties/emergency/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data26["branch-prefixes"] !== undefined){
let data29 = data26["branch-prefixes"];
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i4=0; i4<len2; i4++){
let data30 = data29[i4];
if(typeof data30 === "string"){
if(func5(data30) < 1){
const err43 = {instancePath:instancePath+"/classify/emergency/branch-prefixes/" + i4,schemaPath:"#/properties/classify/properties/emergency/properties/branch-prefixes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/classify/emergency/branch-prefixes/" + i4,schemaPath:"#/properties/classify/properties/emergency/properties/branch-prefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
let i5 = data29.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data29[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err45 = {instancePath:instancePath+"/classify/emergency/branch-prefixes",schemaPath:"#/properties/classify/properties/emergency/properties/branch-prefixes/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err46 = {instancePath:instancePath+"/classify/emergency/branch-prefixes",schemaPath:"#/properties/classify/properties/emergency/properties/branch-prefixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data26["title-markers"] !== undefined){
let data31 = data26["title-markers"];
if(Array.isArray(data31)){
const len3 = data31.length;
for(let i6=0; i6<len3; i6++){
let data32 = data31[i6];
if(typeof data32 === "string"){
if(func5(data32) < 1){
const err47 = {instancePath:instancePath+"/classify/emergency/title-markers/" + i6,schemaPath:"#/properties/classify/properties/emergency/properties/title-markers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/classify/emergency/title-markers/" + i6,schemaPath:"#/properties/classify/properties/emergency/properties/title-markers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
let i7 = data31.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data31[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err49 = {instancePath:instancePath+"/classify/emergency/title-markers",schemaPath:"#/properties/classify/properties/emergency/properties/title-markers/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err50 = {instancePath:instancePath+"/classify/emergency/title-markers",schemaPath:"#/properties/classify/properties/emergency/properties/title-markers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data26.severity !== undefined){
let data33 = data26.severity;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key6 in data33){
if(!(((key6 === "label-prefixes") || (key6 === "title-markers")) || (key6 === "body-fields"))){
const err51 = {instancePath:instancePath+"/classify/emergency/severity",schemaPath:"#/properties/classify/properties/emergency/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data33["label-prefixes"] !== undefined){
let data34 = data33["label-prefixes"];
if(Array.isArray(data34)){
const len4 = data34.length;
for(let i8=0; i8<len4; i8++){
let data35 = data34[i8];
if(typeof data35 === "string"){
if(func5(data35) < 1){
const err52 = {instancePath:instancePath+"/classify/emergency/severity/label-prefixes/" + i8,schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/label-prefixes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/classify/emergency/severity/label-prefixes/" + i8,schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/label-prefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i9 = data34.length;
let j4;
if(i9 > 1){
const indices4 = {};
for(;i9--;){
let item4 = data34[i9];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err54 = {instancePath:instancePath+"/classify/emergency/severity/label-prefixes",schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/label-prefixes/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break;
}
indices4[item4] = i9;
}
}
}
else {
const err55 = {instancePath:instancePath+"/classify/emergency/severity/label-prefixes",schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/label-prefixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data33["title-markers"] !== undefined){
let data36 = data33["title-markers"];
if(Array.isArray(data36)){
const len5 = data36.length;
for(let i10=0; i10<len5; i10++){
let data37 = data36[i10];
if(typeof data37 === "string"){
if(!pattern1.test(data37)){
const err56 = {instancePath:instancePath+"/classify/emergency/severity/title-markers/" + i10,schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/title-markers/items/pattern",keyword:"pattern",params:{pattern: "\\{severity\\}"},message:"must match pattern \""+"\\{severity\\}"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/classify/emergency/severity/title-markers/" + i10,schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/title-markers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
let i11 = data36.length;
let j5;
if(i11 > 1){
const indices5 = {};
for(;i11--;){
let item5 = data36[i11];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err58 = {instancePath:instancePath+"/classify/emergency/severity/title-markers",schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/title-markers/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
break;
}
indices5[item5] = i11;
}
}
}
else {
const err59 = {instancePath:instancePath+"/classify/emergency/severity/title-markers",schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/title-markers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data33["body-fields"] !== undefined){
let data38 = data33["body-fields"];
if(Array.isArray(data38)){
const len6 = data38.length;
for(let i12=0; i12<len6; i12++){
let data39 = data38[i12];
if(typeof data39 === "string"){
if(func5(data39) < 1){
const err60 = {instancePath:instancePath+"/classify/emergency/severity/body-fields/" + i12,schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/body-fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/classify/emergency/severity/body-fields/" + i12,schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/body-fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let i13 = data38.length;
let j6;
if(i13 > 1){
const indices6 = {};
for(;i13--;){
let item6 = data38[i13];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err62 = {instancePath:instancePath+"/classify/emergency/severity/body-fields",schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/body-fields/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
break;
}
indices6[item6] = i13;
}
}
}
else {
const err63 = {instancePath:instancePath+"/classify/emergency/severity/body-fields",schemaPath:"#/properties/classify/properties/emergency/properties/severity/properties/body-fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/classify/emergency/severity",schemaPath:"#/properties/classify/properties/emergency/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/classify/emergency",schemaPath:"#/properties/classify/properties/emergency/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data25["change-types"] !== undefined){
let data40 = data25["change-types"];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key7 in data40){
if(!(((((key7 === "normal-commit-types") || (key7 === "security-commit-types")) || (key7 === "schema-paths")) || (key7 === "commit-type-paths")) || (key7 === "unlinted-commits"))){
const err66 = {instancePath:instancePath+"/classify/change-types",schemaPath:"#/properties/classify/properties/change-types/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data40["normal-commit-types"] !== undefined){
let data41 = data40["normal-commit-types"];
if(Array.isArray(data41)){
const len7 = data41.length;
for(let i14=0; i14<len7; i14++){
let data42 = data41[i14];
if(typeof data42 !== "string"){
const err67 = {instancePath:instancePath+"/classify/change-types/normal-commit-types/" + i14,schemaPath:"#/properties/classify/properties/change-types/properties/normal-commit-types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!(((((((data42 === "feat") || (data42 === "fix")) || (data42 === "refactor")) || (data42 === "docs")) || (data42 === "test")) || (data42 === "chore")) || (data42 === "security"))){
const err68 = {instancePath:instancePath+"/classify/change-types/normal-commit-types/" + i14,schemaPath:"#/properties/classify/properties/change-types/properties/normal-commit-types/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.classify.properties["change-types"].properties["normal-commit-types"].items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
let i15 = data41.length;
let j7;
if(i15 > 1){
const indices7 = {};
for(;i15--;){
let item7 = data41[i15];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err69 = {instancePath:instancePath+"/classify/change-types/normal-commit-types",schemaPath:"#/properties/classify/properties/change-types/properties/normal-commit-types/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break;
}
indices7[item7] = i15;
}
}
}
else {
const err70 = {instancePath:instancePath+"/classify/change-types/normal-commit-types",schemaPath:"#/properties/classify/properties/change-types/properties/normal-commit-types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data40["security-commit-types"] !== undefined){
let data43 = data40["security-commit-types"];
if(Array.isArray(data43)){
const len8 = data43.length;
for(let i16=0; i16<len8; i16++){
let data44 = data43[i16];
if(typeof data44 !== "string"){
const err71 = {instancePath:instancePath+"/classify/change-types/security-commit-types/" + i16,schemaPath:"#/properties/classify/properties/change-types/properties/security-commit-types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!(((((((data44 === "feat") || (data44 === "fix")) || (data44 === "refactor")) || (data44 === "docs")) || (data44 === "test")) || (data44 === "chore")) || (data44 === "security"))){
const err72 = {instancePath:instancePath+"/classify/change-types/security-commit-types/" + i16,schemaPath:"#/properties/classify/properties/change-types/properties/security-commit-types/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.classify.properties["change-types"].properties["security-commit-types"].items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
let i17 = data43.length;
let j8;
if(i17 > 1){
const indices8 = {};
for(;i17--;){
let item8 = data43[i17];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err73 = {instancePath:instancePath+"/classify/change-types/security-commit-types",schemaPath:"#/properties/classify/properties/change-types/properties/security-commit-types/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
break;
}
indices8[item8] = i17;
}
}
}
else {
const err74 = {instancePath:instancePath+"/classify/change-types/security-commit-types",schemaPath:"#/properties/classify/properties/change-types/properties/security-commit-types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data40["schema-paths"] !== undefined){
let data45 = data40["schema-paths"];
if(Array.isArray(data45)){
const len9 = data45.length;
for(let i18=0; i18<len9; i18++){
let data46 = data45[i18];
if(typeof data46 === "string"){
if(func5(data46) < 1){
const err75 = {instancePath:instancePath+"/classify/change-types/schema-paths/" + i18,schemaPath:"#/properties/classify/properties/change-types/properties/schema-paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern2.test(data46)){
const err76 = {instancePath:instancePath+"/classify/change-types/schema-paths/" + i18,schemaPath:"#/properties/classify/properties/change-types/properties/schema-paths/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/classify/change-types/schema-paths/" + i18,schemaPath:"#/properties/classify/properties/change-types/properties/schema-paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
let i19 = data45.length;
let j9;
if(i19 > 1){
const indices9 = {};
for(;i19--;){
let item9 = data45[i19];
if(typeof item9 !== "string"){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err78 = {instancePath:instancePath+"/classify/change-types/schema-paths",schemaPath:"#/properties/classify/properties/change-types/properties/schema-paths/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i19+" are identical)"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
break;
}
indices9[item9] = i19;
}
}
}
else {
const err79 = {instancePath:instancePath+"/classify/change-types/schema-paths",schemaPath:"#/properties/classify/properties/change-types/properties/schema-paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data40["commit-type-paths"] !== undefined){
let data47 = data40["commit-type-paths"];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key8 in data47){
if(!(((((((key8 === "feat") || (key8 === "fix")) || (key8 === "refactor")) || (key8 === "docs")) || (key8 === "test")) || (key8 === "chore")) || (key8 === "security"))){
const err80 = {instancePath:instancePath+"/classify/change-types/commit-type-paths",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data47.feat !== undefined){
let data48 = data47.feat;
if(Array.isArray(data48)){
const len10 = data48.length;
for(let i20=0; i20<len10; i20++){
let data49 = data48[i20];
if(typeof data49 === "string"){
if(func5(data49) < 1){
const err81 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/feat/" + i20,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/feat/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern2.test(data49)){
const err82 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/feat/" + i20,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/feat/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/feat/" + i20,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/feat/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
let i21 = data48.length;
let j10;
if(i21 > 1){
const indices10 = {};
for(;i21--;){
let item10 = data48[i21];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err84 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/feat",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/feat/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i21+" are identical)"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
break;
}
indices10[item10] = i21;
}
}
}
else {
const err85 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/feat",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/feat/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data47.fix !== undefined){
let data50 = data47.fix;
if(Array.isArray(data50)){
const len11 = data50.length;
for(let i22=0; i22<len11; i22++){
let data51 = data50[i22];
if(typeof data51 === "string"){
if(func5(data51) < 1){
const err86 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/fix/" + i22,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/fix/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!pattern2.test(data51)){
const err87 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/fix/" + i22,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/fix/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/fix/" + i22,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/fix/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
let i23 = data50.length;
let j11;
if(i23 > 1){
const indices11 = {};
for(;i23--;){
let item11 = data50[i23];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err89 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/fix",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/fix/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i23+" are identical)"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
break;
}
indices11[item11] = i23;
}
}
}
else {
const err90 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/fix",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/fix/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data47.refactor !== undefined){
let data52 = data47.refactor;
if(Array.isArray(data52)){
const len12 = data52.length;
for(let i24=0; i24<len12; i24++){
let data53 = data52[i24];
if(typeof data53 === "string"){
if(func5(data53) < 1){
const err91 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/refactor/" + i24,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/refactor/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!pattern2.test(data53)){
const err92 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/refactor/" + i24,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/refactor/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/refactor/" + i24,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/refactor/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
let i25 = data52.length;
let j12;
if(i25 > 1){
const indices12 = {};
for(;i25--;){
let item12 = data52[i25];
if(typeof item12 !== "string"){
continue;
}
if(typeof indices12[item12] == "number"){
j12 = indices12[item12];
const err94 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/refactor",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/refactor/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i25+" are identical)"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
break;
}
indices12[item12] = i25;
}
}
}
else {
const err95 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/refactor",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/refactor/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data47.docs !== undefined){
let data54 = data47.docs;
if(Array.isArray(data54)){
const len13 = data54.length;
for(let i26=0; i26<len13; i26++){
let data55 = data54[i26];
if(typeof data55 === "string"){
if(func5(data55) < 1){
const err96 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/docs/" + i26,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/docs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!pattern2.test(data55)){
const err97 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/docs/" + i26,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/docs/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/docs/" + i26,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/docs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
let i27 = data54.length;
let j13;
if(i27 > 1){
const indices13 = {};
for(;i27--;){
let item13 = data54[i27];
if(typeof item13 !== "string"){
continue;
}
if(typeof indices13[item13] == "number"){
j13 = indices13[item13];
const err99 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/docs",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/docs/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i27+" are identical)"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
break;
}
indices13[item13] = i27;
}
}
}
else {
const err100 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/docs",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/docs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data47.test !== undefined){
let data56 = data47.test;
if(Array.isArray(data56)){
const len14 = data56.length;
for(let i28=0; i28<len14; i28++){
let data57 = data56[i28];
if(typeof data57 === "string"){
if(func5(data57) < 1){
const err101 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/test/" + i28,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/test/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!pattern2.test(data57)){
const err102 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/test/" + i28,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/test/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/test/" + i28,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/test/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
let i29 = data56.length;
let j14;
if(i29 > 1){
const indices14 = {};
for(;i29--;){
let item14 = data56[i29];
if(typeof item14 !== "string"){
continue;
}
if(typeof indices14[item14] == "number"){
j14 = indices14[item14];
const err104 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/test",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/test/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i29+" are identical)"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
break;
}
indices14[item14] = i29;
}
}
}
else {
const err105 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/test",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/test/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data47.chore !== undefined){
let data58 = data47.chore;
if(Array.isArray(data58)){
const len15 = data58.length;
for(let i30=0; i30<len15; i30++){
let data59 = data58[i30];
if(typeof data59 === "string"){
if(func5(data59) < 1){
const err106 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/chore/" + i30,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/chore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(!pattern2.test(data59)){
const err107 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/chore/" + i30,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/chore/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/chore/" + i30,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/chore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
let i31 = data58.length;
let j15;
if(i31 > 1){
const indices15 = {};
for(;i31--;){
let item15 = data58[i31];
if(typeof item15 !== "string"){
continue;
}
if(typeof indices15[item15] == "number"){
j15 = indices15[item15];
const err109 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/chore",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/chore/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j15},message:"must NOT have duplicate items (items ## "+j15+" and "+i31+" are identical)"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
break;
}
indices15[item15] = i31;
}
}
}
else {
const err110 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/chore",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/chore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data47.security !== undefined){
let data60 = data47.security;
if(Array.isArray(data60)){
const len16 = data60.length;
for(let i32=0; i32<len16; i32++){
let data61 = data60[i32];
if(typeof data61 === "string"){
if(func5(data61) < 1){
const err111 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/security/" + i32,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/security/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(!pattern2.test(data61)){
const err112 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/security/" + i32,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/security/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/security/" + i32,schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/security/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
let i33 = data60.length;
let j16;
if(i33 > 1){
const indices16 = {};
for(;i33--;){
let item16 = data60[i33];
if(typeof item16 !== "string"){
continue;
}
if(typeof indices16[item16] == "number"){
j16 = indices16[item16];
const err114 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/security",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/security/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j16},message:"must NOT have duplicate items (items ## "+j16+" and "+i33+" are identical)"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
break;
}
indices16[item16] = i33;
}
}
}
else {
const err115 = {instancePath:instancePath+"/classify/change-types/commit-type-paths/security",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/properties/security/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/classify/change-types/commit-type-paths",schemaPath:"#/properties/classify/properties/change-types/properties/commit-type-paths/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data40["unlinted-commits"] !== undefined){
let data62 = data40["unlinted-commits"];
if(typeof data62 !== "string"){
const err117 = {instancePath:instancePath+"/classify/change-types/unlinted-commits",schemaPath:"#/properties/classify/properties/change-types/properties/unlinted-commits/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(!((data62 === "normal") || (data62 === "ignore"))){
const err118 = {instancePath:instancePath+"/classify/change-types/unlinted-commits",schemaPath:"#/properties/classify/properties/change-types/properties/unlinted-commits/enum",keyword:"enum",params:{allowedValues: schema11.properties.classify.properties["change-types"].properties["unlinted-commits"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/classify/change-types",schemaPath:"#/properties/classify/properties/change-types/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data25.vendored !== undefined){
let data63 = data25.vendored;
if(Array.isArray(data63)){
const len17 = data63.length;
for(let i34=0; i34<len17; i34++){
let data64 = data63[i34];
if(typeof data64 === "string"){
if(func5(data64) < 1){
const err120 = {instancePath:instancePath+"/classify/vendored/" + i34,schemaPath:"#/properties/classify/properties/vendored/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(!pattern2.test(data64)){
const err121 = {instancePath:instancePath+"/classify/vendored/" + i34,schemaPath:"#/properties/classify/properties/vendored/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/classify/vendored/" + i34,schemaPath:"#/properties/classify/properties/vendored/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
let i35 = data63.length;
let j17;
if(i35 > 1){
const indices17 = {};
for(;i35--;){
let item17 = data63[i35];
if(typeof item17 !== "string"){
continue;
}
if(typeof indices17[item17] == "number"){
j17 = indices17[item17];
const err123 = {instancePath:instancePath+"/classify/vendored",schemaPath:"#/properties/classify/properties/vendored/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j17},message:"must NOT have duplicate items (items ## "+j17+" and "+i35+" are identical)"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
break;
}
indices17[item17] = i35;
}
}
}
else {
const err124 = {instancePath:instancePath+"/classify/vendored",schemaPath:"#/properties/classify/properties/vendored/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data25.content !== undefined){
let data65 = data25.content;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
for(const key9 in data65){
if(!(((key9 === "files") || (key9 === "exclude")) || (key9 === "opaque"))){
const err125 = {instancePath:instancePath+"/classify/content",schemaPath:"#/properties/classify/properties/content/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data65.files !== undefined){
let data66 = data65.files;
if(Array.isArray(data66)){
const len18 = data66.length;
for(let i36=0; i36<len18; i36++){
let data67 = data66[i36];
if(typeof data67 === "string"){
if(func5(data67) < 1){
const err126 = {instancePath:instancePath+"/classify/content/files/" + i36,schemaPath:"#/properties/classify/properties/content/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!pattern2.test(data67)){
const err127 = {instancePath:instancePath+"/classify/content/files/" + i36,schemaPath:"#/properties/classify/properties/content/properties/files/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/classify/content/files/" + i36,schemaPath:"#/properties/classify/properties/content/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
let i37 = data66.length;
let j18;
if(i37 > 1){
const indices18 = {};
for(;i37--;){
let item18 = data66[i37];
if(typeof item18 !== "string"){
continue;
}
if(typeof indices18[item18] == "number"){
j18 = indices18[item18];
const err129 = {instancePath:instancePath+"/classify/content/files",schemaPath:"#/properties/classify/properties/content/properties/files/uniqueItems",keyword:"uniqueItems",params:{i: i37, j: j18},message:"must NOT have duplicate items (items ## "+j18+" and "+i37+" are identical)"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
break;
}
indices18[item18] = i37;
}
}
}
else {
const err130 = {instancePath:instancePath+"/classify/content/files",schemaPath:"#/properties/classify/properties/content/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data65.exclude !== undefined){
let data68 = data65.exclude;
if(Array.isArray(data68)){
const len19 = data68.length;
for(let i38=0; i38<len19; i38++){
let data69 = data68[i38];
if(typeof data69 === "string"){
if(func5(data69) < 1){
const err131 = {instancePath:instancePath+"/classify/content/exclude/" + i38,schemaPath:"#/properties/classify/properties/content/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(!pattern2.test(data69)){
const err132 = {instancePath:instancePath+"/classify/content/exclude/" + i38,schemaPath:"#/properties/classify/properties/content/properties/exclude/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/classify/content/exclude/" + i38,schemaPath:"#/properties/classify/properties/content/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
let i39 = data68.length;
let j19;
if(i39 > 1){
const indices19 = {};
for(;i39--;){
let item19 = data68[i39];
if(typeof item19 !== "string"){
continue;
}
if(typeof indices19[item19] == "number"){
j19 = indices19[item19];
const err134 = {instancePath:instancePath+"/classify/content/exclude",schemaPath:"#/properties/classify/properties/content/properties/exclude/uniqueItems",keyword:"uniqueItems",params:{i: i39, j: j19},message:"must NOT have duplicate items (items ## "+j19+" and "+i39+" are identical)"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
break;
}
indices19[item19] = i39;
}
}
}
else {
const err135 = {instancePath:instancePath+"/classify/content/exclude",schemaPath:"#/properties/classify/properties/content/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data65.opaque !== undefined){
let data70 = data65.opaque;
if(Array.isArray(data70)){
const len20 = data70.length;
for(let i40=0; i40<len20; i40++){
let data71 = data70[i40];
if(typeof data71 === "string"){
if(func5(data71) < 1){
const err136 = {instancePath:instancePath+"/classify/content/opaque/" + i40,schemaPath:"#/properties/classify/properties/content/properties/opaque/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(!pattern2.test(data71)){
const err137 = {instancePath:instancePath+"/classify/content/opaque/" + i40,schemaPath:"#/properties/classify/properties/content/properties/opaque/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/classify/content/opaque/" + i40,schemaPath:"#/properties/classify/properties/content/properties/opaque/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
let i41 = data70.length;
let j20;
if(i41 > 1){
const indices20 = {};
for(;i41--;){
let item20 = data70[i41];
if(typeof item20 !== "string"){
continue;
}
if(typeof indices20[item20] == "number"){
j20 = indices20[item20];
const err139 = {instancePath:instancePath+"/classify/content/opaque",schemaPath:"#/properties/classify/properties/content/properties/opaque/uniqueItems",keyword:"uniqueItems",params:{i: i41, j: j20},message:"must NOT have duplicate items (items ## "+j20+" and "+i41+" are identical)"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
break;
}
indices20[item20] = i41;
}
}
}
else {
const err140 = {instancePath:instancePath+"/classify/content/opaque",schemaPath:"#/properties/classify/properties/content/properties/opaque/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/classify/content",schemaPath:"#/properties/classify/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data25.authentication !== undefined){
let data72 = data25.authentication;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
for(const key10 in data72){
if(!((key10 === "paths") || (key10 === "content"))){
const err142 = {instancePath:instancePath+"/classify/authentication",schemaPath:"#/properties/classify/properties/authentication/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data72.paths !== undefined){
let data73 = data72.paths;
if(Array.isArray(data73)){
const len21 = data73.length;
for(let i42=0; i42<len21; i42++){
let data74 = data73[i42];
if(typeof data74 === "string"){
if(func5(data74) < 1){
const err143 = {instancePath:instancePath+"/classify/authentication/paths/" + i42,schemaPath:"#/properties/classify/properties/authentication/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!pattern2.test(data74)){
const err144 = {instancePath:instancePath+"/classify/authentication/paths/" + i42,schemaPath:"#/properties/classify/properties/authentication/properties/paths/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/classify/authentication/paths/" + i42,schemaPath:"#/properties/classify/properties/authentication/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
let i43 = data73.length;
let j21;
if(i43 > 1){
const indices21 = {};
for(;i43--;){
let item21 = data73[i43];
if(typeof item21 !== "string"){
continue;
}
if(typeof indices21[item21] == "number"){
j21 = indices21[item21];
const err146 = {instancePath:instancePath+"/classify/authentication/paths",schemaPath:"#/properties/classify/properties/authentication/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i43, j: j21},message:"must NOT have duplicate items (items ## "+j21+" and "+i43+" are identical)"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
break;
}
indices21[item21] = i43;
}
}
}
else {
const err147 = {instancePath:instancePath+"/classify/authentication/paths",schemaPath:"#/properties/classify/properties/authentication/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data72.content !== undefined){
let data75 = data72.content;
if(Array.isArray(data75)){
const len22 = data75.length;
for(let i44=0; i44<len22; i44++){
let data76 = data75[i44];
if(typeof data76 === "string"){
if(func5(data76) < 1){
const err148 = {instancePath:instancePath+"/classify/authentication/content/" + i44,schemaPath:"#/properties/classify/properties/authentication/properties/content/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/classify/authentication/content/" + i44,schemaPath:"#/properties/classify/properties/authentication/properties/content/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
let i45 = data75.length;
let j22;
if(i45 > 1){
const indices22 = {};
for(;i45--;){
let item22 = data75[i45];
if(typeof item22 !== "string"){
continue;
}
if(typeof indices22[item22] == "number"){
j22 = indices22[item22];
const err150 = {instancePath:instancePath+"/classify/authentication/content",schemaPath:"#/properties/classify/properties/authentication/properties/content/uniqueItems",keyword:"uniqueItems",params:{i: i45, j: j22},message:"must NOT have duplicate items (items ## "+j22+" and "+i45+" are identical)"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
break;
}
indices22[item22] = i45;
}
}
}
else {
const err151 = {instancePath:instancePath+"/classify/authentication/content",schemaPath:"#/properties/classify/properties/authentication/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/classify/authentication",schemaPath:"#/properties/classify/properties/authentication/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data25.cryptography !== undefined){
let data77 = data25.cryptography;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key11 in data77){
if(!(((key11 === "paths") || (key11 === "content")) || (key11 === "packages"))){
const err153 = {instancePath:instancePath+"/classify/cryptography",schemaPath:"#/properties/classify/properties/cryptography/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data77.paths !== undefined){
let data78 = data77.paths;
if(Array.isArray(data78)){
const len23 = data78.length;
for(let i46=0; i46<len23; i46++){
let data79 = data78[i46];
if(typeof data79 === "string"){
if(func5(data79) < 1){
const err154 = {instancePath:instancePath+"/classify/cryptography/paths/" + i46,schemaPath:"#/properties/classify/properties/cryptography/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!pattern2.test(data79)){
const err155 = {instancePath:instancePath+"/classify/cryptography/paths/" + i46,schemaPath:"#/properties/classify/properties/cryptography/properties/paths/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/classify/cryptography/paths/" + i46,schemaPath:"#/properties/classify/properties/cryptography/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
let i47 = data78.length;
let j23;
if(i47 > 1){
const indices23 = {};
for(;i47--;){
let item23 = data78[i47];
if(typeof item23 !== "string"){
continue;
}
if(typeof indices23[item23] == "number"){
j23 = indices23[item23];
const err157 = {instancePath:instancePath+"/classify/cryptography/paths",schemaPath:"#/properties/classify/properties/cryptography/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i47, j: j23},message:"must NOT have duplicate items (items ## "+j23+" and "+i47+" are identical)"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
break;
}
indices23[item23] = i47;
}
}
}
else {
const err158 = {instancePath:instancePath+"/classify/cryptography/paths",schemaPath:"#/properties/classify/properties/cryptography/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data77.content !== undefined){
let data80 = data77.content;
if(Array.isArray(data80)){
const len24 = data80.length;
for(let i48=0; i48<len24; i48++){
let data81 = data80[i48];
if(typeof data81 === "string"){
if(func5(data81) < 1){
const err159 = {instancePath:instancePath+"/classify/cryptography/content/" + i48,schemaPath:"#/properties/classify/properties/cryptography/properties/content/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/classify/cryptography/content/" + i48,schemaPath:"#/properties/classify/properties/cryptography/properties/content/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
let i49 = data80.length;
let j24;
if(i49 > 1){
const indices24 = {};
for(;i49--;){
let item24 = data80[i49];
if(typeof item24 !== "string"){
continue;
}
if(typeof indices24[item24] == "number"){
j24 = indices24[item24];
const err161 = {instancePath:instancePath+"/classify/cryptography/content",schemaPath:"#/properties/classify/properties/cryptography/properties/content/uniqueItems",keyword:"uniqueItems",params:{i: i49, j: j24},message:"must NOT have duplicate items (items ## "+j24+" and "+i49+" are identical)"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
break;
}
indices24[item24] = i49;
}
}
}
else {
const err162 = {instancePath:instancePath+"/classify/cryptography/content",schemaPath:"#/properties/classify/properties/cryptography/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data77.packages !== undefined){
let data82 = data77.packages;
if(Array.isArray(data82)){
const len25 = data82.length;
for(let i50=0; i50<len25; i50++){
let data83 = data82[i50];
if(typeof data83 === "string"){
if(func5(data83) < 1){
const err163 = {instancePath:instancePath+"/classify/cryptography/packages/" + i50,schemaPath:"#/properties/classify/properties/cryptography/properties/packages/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/classify/cryptography/packages/" + i50,schemaPath:"#/properties/classify/properties/cryptography/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
let i51 = data82.length;
let j25;
if(i51 > 1){
const indices25 = {};
for(;i51--;){
let item25 = data82[i51];
if(typeof item25 !== "string"){
continue;
}
if(typeof indices25[item25] == "number"){
j25 = indices25[item25];
const err165 = {instancePath:instancePath+"/classify/cryptography/packages",schemaPath:"#/properties/classify/properties/cryptography/properties/packages/uniqueItems",keyword:"uniqueItems",params:{i: i51, j: j25},message:"must NOT have duplicate items (items ## "+j25+" and "+i51+" are identical)"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
break;
}
indices25[item25] = i51;
}
}
}
else {
const err166 = {instancePath:instancePath+"/classify/cryptography/packages",schemaPath:"#/properties/classify/properties/cryptography/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/classify/cryptography",schemaPath:"#/properties/classify/properties/cryptography/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data25["crypto-parameters"] !== undefined){
let data84 = data25["crypto-parameters"];
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key12 in data84){
if(!(key12 === "content")){
const err168 = {instancePath:instancePath+"/classify/crypto-parameters",schemaPath:"#/properties/classify/properties/crypto-parameters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data84.content !== undefined){
let data85 = data84.content;
if(Array.isArray(data85)){
const len26 = data85.length;
for(let i52=0; i52<len26; i52++){
let data86 = data85[i52];
if(typeof data86 === "string"){
if(func5(data86) < 1){
const err169 = {instancePath:instancePath+"/classify/crypto-parameters/content/" + i52,schemaPath:"#/properties/classify/properties/crypto-parameters/properties/content/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/classify/crypto-parameters/content/" + i52,schemaPath:"#/properties/classify/properties/crypto-parameters/properties/content/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
let i53 = data85.length;
let j26;
if(i53 > 1){
const indices26 = {};
for(;i53--;){
let item26 = data85[i53];
if(typeof item26 !== "string"){
continue;
}
if(typeof indices26[item26] == "number"){
j26 = indices26[item26];
const err171 = {instancePath:instancePath+"/classify/crypto-parameters/content",schemaPath:"#/properties/classify/properties/crypto-parameters/properties/content/uniqueItems",keyword:"uniqueItems",params:{i: i53, j: j26},message:"must NOT have duplicate items (items ## "+j26+" and "+i53+" are identical)"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
break;
}
indices26[item26] = i53;
}
}
}
else {
const err172 = {instancePath:instancePath+"/classify/crypto-parameters/content",schemaPath:"#/properties/classify/properties/crypto-parameters/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/classify/crypto-parameters",schemaPath:"#/properties/classify/properties/crypto-parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data25.dependencies !== undefined){
let data87 = data25.dependencies;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
for(const key13 in data87){
if(!(((((key13 === "new") || (key13 === "new-dev")) || (key13 === "new-transitive")) || (key13 === "patches")) || (key13 === "unread-manifests"))){
const err174 = {instancePath:instancePath+"/classify/dependencies",schemaPath:"#/properties/classify/properties/dependencies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data87.new !== undefined){
let data88 = data87.new;
if(typeof data88 !== "string"){
const err175 = {instancePath:instancePath+"/classify/dependencies/new",schemaPath:"#/properties/classify/properties/dependencies/properties/new/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(!((data88 === "trigger") || (data88 === "report"))){
const err176 = {instancePath:instancePath+"/classify/dependencies/new",schemaPath:"#/properties/classify/properties/dependencies/properties/new/enum",keyword:"enum",params:{allowedValues: schema11.properties.classify.properties.dependencies.properties.new.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data87["new-dev"] !== undefined){
let data89 = data87["new-dev"];
if(typeof data89 !== "string"){
const err177 = {instancePath:instancePath+"/classify/dependencies/new-dev",schemaPath:"#/properties/classify/properties/dependencies/properties/new-dev/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(!((data89 === "trigger") || (data89 === "report"))){
const err178 = {instancePath:instancePath+"/classify/dependencies/new-dev",schemaPath:"#/properties/classify/properties/dependencies/properties/new-dev/enum",keyword:"enum",params:{allowedValues: schema11.properties.classify.properties.dependencies.properties["new-dev"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data87["new-transitive"] !== undefined){
let data90 = data87["new-transitive"];
if(typeof data90 !== "string"){
const err179 = {instancePath:instancePath+"/classify/dependencies/new-transitive",schemaPath:"#/properties/classify/properties/dependencies/properties/new-transitive/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(!((data90 === "trigger") || (data90 === "report"))){
const err180 = {instancePath:instancePath+"/classify/dependencies/new-transitive",schemaPath:"#/properties/classify/properties/dependencies/properties/new-transitive/enum",keyword:"enum",params:{allowedValues: schema11.properties.classify.properties.dependencies.properties["new-transitive"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data87.patches !== undefined){
let data91 = data87.patches;
if(Array.isArray(data91)){
const len27 = data91.length;
for(let i54=0; i54<len27; i54++){
let data92 = data91[i54];
if(typeof data92 === "string"){
if(func5(data92) < 1){
const err181 = {instancePath:instancePath+"/classify/dependencies/patches/" + i54,schemaPath:"#/properties/classify/properties/dependencies/properties/patches/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(!pattern2.test(data92)){
const err182 = {instancePath:instancePath+"/classify/dependencies/patches/" + i54,schemaPath:"#/properties/classify/properties/dependencies/properties/patches/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/classify/dependencies/patches/" + i54,schemaPath:"#/properties/classify/properties/dependencies/properties/patches/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
let i55 = data91.length;
let j27;
if(i55 > 1){
const indices27 = {};
for(;i55--;){
let item27 = data91[i55];
if(typeof item27 !== "string"){
continue;
}
if(typeof indices27[item27] == "number"){
j27 = indices27[item27];
const err184 = {instancePath:instancePath+"/classify/dependencies/patches",schemaPath:"#/properties/classify/properties/dependencies/properties/patches/uniqueItems",keyword:"uniqueItems",params:{i: i55, j: j27},message:"must NOT have duplicate items (items ## "+j27+" and "+i55+" are identical)"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
break;
}
indices27[item27] = i55;
}
}
}
else {
const err185 = {instancePath:instancePath+"/classify/dependencies/patches",schemaPath:"#/properties/classify/properties/dependencies/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data87["unread-manifests"] !== undefined){
let data93 = data87["unread-manifests"];
if(Array.isArray(data93)){
const len28 = data93.length;
for(let i56=0; i56<len28; i56++){
let data94 = data93[i56];
if(typeof data94 === "string"){
if(func5(data94) < 1){
const err186 = {instancePath:instancePath+"/classify/dependencies/unread-manifests/" + i56,schemaPath:"#/properties/classify/properties/dependencies/properties/unread-manifests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(!pattern2.test(data94)){
const err187 = {instancePath:instancePath+"/classify/dependencies/unread-manifests/" + i56,schemaPath:"#/properties/classify/properties/dependencies/properties/unread-manifests/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/classify/dependencies/unread-manifests/" + i56,schemaPath:"#/properties/classify/properties/dependencies/properties/unread-manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
let i57 = data93.length;
let j28;
if(i57 > 1){
const indices28 = {};
for(;i57--;){
let item28 = data93[i57];
if(typeof item28 !== "string"){
continue;
}
if(typeof indices28[item28] == "number"){
j28 = indices28[item28];
const err189 = {instancePath:instancePath+"/classify/dependencies/unread-manifests",schemaPath:"#/properties/classify/properties/dependencies/properties/unread-manifests/uniqueItems",keyword:"uniqueItems",params:{i: i57, j: j28},message:"must NOT have duplicate items (items ## "+j28+" and "+i57+" are identical)"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
break;
}
indices28[item28] = i57;
}
}
}
else {
const err190 = {instancePath:instancePath+"/classify/dependencies/unread-manifests",schemaPath:"#/properties/classify/properties/dependencies/properties/unread-manifests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/classify/dependencies",schemaPath:"#/properties/classify/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data25.infrastructure !== undefined){
let data95 = data25.infrastructure;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key14 in data95){
if(!((key14 === "paths") || (key14 === "wrangler"))){
const err192 = {instancePath:instancePath+"/classify/infrastructure",schemaPath:"#/properties/classify/properties/infrastructure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data95.paths !== undefined){
let data96 = data95.paths;
if(Array.isArray(data96)){
const len29 = data96.length;
for(let i58=0; i58<len29; i58++){
let data97 = data96[i58];
if(typeof data97 === "string"){
if(func5(data97) < 1){
const err193 = {instancePath:instancePath+"/classify/infrastructure/paths/" + i58,schemaPath:"#/properties/classify/properties/infrastructure/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(!pattern2.test(data97)){
const err194 = {instancePath:instancePath+"/classify/infrastructure/paths/" + i58,schemaPath:"#/properties/classify/properties/infrastructure/properties/paths/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/classify/infrastructure/paths/" + i58,schemaPath:"#/properties/classify/properties/infrastructure/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
let i59 = data96.length;
let j29;
if(i59 > 1){
const indices29 = {};
for(;i59--;){
let item29 = data96[i59];
if(typeof item29 !== "string"){
continue;
}
if(typeof indices29[item29] == "number"){
j29 = indices29[item29];
const err196 = {instancePath:instancePath+"/classify/infrastructure/paths",schemaPath:"#/properties/classify/properties/infrastructure/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i59, j: j29},message:"must NOT have duplicate items (items ## "+j29+" and "+i59+" are identical)"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
break;
}
indices29[item29] = i59;
}
}
}
else {
const err197 = {instancePath:instancePath+"/classify/infrastructure/paths",schemaPath:"#/properties/classify/properties/infrastructure/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data95.wrangler !== undefined){
let data98 = data95.wrangler;
if(Array.isArray(data98)){
const len30 = data98.length;
for(let i60=0; i60<len30; i60++){
let data99 = data98[i60];
if(typeof data99 === "string"){
if(func5(data99) < 1){
const err198 = {instancePath:instancePath+"/classify/infrastructure/wrangler/" + i60,schemaPath:"#/properties/classify/properties/infrastructure/properties/wrangler/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(!pattern2.test(data99)){
const err199 = {instancePath:instancePath+"/classify/infrastructure/wrangler/" + i60,schemaPath:"#/properties/classify/properties/infrastructure/properties/wrangler/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/classify/infrastructure/wrangler/" + i60,schemaPath:"#/properties/classify/properties/infrastructure/properties/wrangler/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
let i61 = data98.length;
let j30;
if(i61 > 1){
const indices30 = {};
for(;i61--;){
let item30 = data98[i61];
if(typeof item30 !== "string"){
continue;
}
if(typeof indices30[item30] == "number"){
j30 = indices30[item30];
const err201 = {instancePath:instancePath+"/classify/infrastructure/wrangler",schemaPath:"#/properties/classify/properties/infrastructure/properties/wrangler/uniqueItems",keyword:"uniqueItems",params:{i: i61, j: j30},message:"must NOT have duplicate items (items ## "+j30+" and "+i61+" are identical)"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
break;
}
indices30[item30] = i61;
}
}
}
else {
const err202 = {instancePath:instancePath+"/classify/infrastructure/wrangler",schemaPath:"#/properties/classify/properties/infrastructure/properties/wrangler/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/classify/infrastructure",schemaPath:"#/properties/classify/properties/infrastructure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data25["access-control"] !== undefined){
let data100 = data25["access-control"];
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key15 in data100){
if(!(((((key15 === "paths") || (key15 === "codeowners")) || (key15 === "workflows")) || (key15 === "trusted-owners")) || (key15 === "workflow-triggers"))){
const err204 = {instancePath:instancePath+"/classify/access-control",schemaPath:"#/properties/classify/properties/access-control/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data100.paths !== undefined){
let data101 = data100.paths;
if(Array.isArray(data101)){
const len31 = data101.length;
for(let i62=0; i62<len31; i62++){
let data102 = data101[i62];
if(typeof data102 === "string"){
if(func5(data102) < 1){
const err205 = {instancePath:instancePath+"/classify/access-control/paths/" + i62,schemaPath:"#/properties/classify/properties/access-control/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(!pattern2.test(data102)){
const err206 = {instancePath:instancePath+"/classify/access-control/paths/" + i62,schemaPath:"#/properties/classify/properties/access-control/properties/paths/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/classify/access-control/paths/" + i62,schemaPath:"#/properties/classify/properties/access-control/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
let i63 = data101.length;
let j31;
if(i63 > 1){
const indices31 = {};
for(;i63--;){
let item31 = data101[i63];
if(typeof item31 !== "string"){
continue;
}
if(typeof indices31[item31] == "number"){
j31 = indices31[item31];
const err208 = {instancePath:instancePath+"/classify/access-control/paths",schemaPath:"#/properties/classify/properties/access-control/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i63, j: j31},message:"must NOT have duplicate items (items ## "+j31+" and "+i63+" are identical)"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
break;
}
indices31[item31] = i63;
}
}
}
else {
const err209 = {instancePath:instancePath+"/classify/access-control/paths",schemaPath:"#/properties/classify/properties/access-control/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data100.codeowners !== undefined){
let data103 = data100.codeowners;
if(Array.isArray(data103)){
const len32 = data103.length;
for(let i64=0; i64<len32; i64++){
let data104 = data103[i64];
if(typeof data104 === "string"){
if(func5(data104) < 1){
const err210 = {instancePath:instancePath+"/classify/access-control/codeowners/" + i64,schemaPath:"#/properties/classify/properties/access-control/properties/codeowners/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(!pattern2.test(data104)){
const err211 = {instancePath:instancePath+"/classify/access-control/codeowners/" + i64,schemaPath:"#/properties/classify/properties/access-control/properties/codeowners/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/classify/access-control/codeowners/" + i64,schemaPath:"#/properties/classify/properties/access-control/properties/codeowners/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
let i65 = data103.length;
let j32;
if(i65 > 1){
const indices32 = {};
for(;i65--;){
let item32 = data103[i65];
if(typeof item32 !== "string"){
continue;
}
if(typeof indices32[item32] == "number"){
j32 = indices32[item32];
const err213 = {instancePath:instancePath+"/classify/access-control/codeowners",schemaPath:"#/properties/classify/properties/access-control/properties/codeowners/uniqueItems",keyword:"uniqueItems",params:{i: i65, j: j32},message:"must NOT have duplicate items (items ## "+j32+" and "+i65+" are identical)"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
break;
}
indices32[item32] = i65;
}
}
}
else {
const err214 = {instancePath:instancePath+"/classify/access-control/codeowners",schemaPath:"#/properties/classify/properties/access-control/properties/codeowners/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data100.workflows !== undefined){
let data105 = data100.workflows;
if(Array.isArray(data105)){
const len33 = data105.length;
for(let i66=0; i66<len33; i66++){
let data106 = data105[i66];
if(typeof data106 === "string"){
if(func5(data106) < 1){
const err215 = {instancePath:instancePath+"/classify/access-control/workflows/" + i66,schemaPath:"#/properties/classify/properties/access-control/properties/workflows/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(!pattern2.test(data106)){
const err216 = {instancePath:instancePath+"/classify/access-control/workflows/" + i66,schemaPath:"#/properties/classify/properties/access-control/properties/workflows/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/classify/access-control/workflows/" + i66,schemaPath:"#/properties/classify/properties/access-control/properties/workflows/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
let i67 = data105.length;
let j33;
if(i67 > 1){
const indices33 = {};
for(;i67--;){
let item33 = data105[i67];
if(typeof item33 !== "string"){
continue;
}
if(typeof indices33[item33] == "number"){
j33 = indices33[item33];
const err218 = {instancePath:instancePath+"/classify/access-control/workflows",schemaPath:"#/properties/classify/properties/access-control/properties/workflows/uniqueItems",keyword:"uniqueItems",params:{i: i67, j: j33},message:"must NOT have duplicate items (items ## "+j33+" and "+i67+" are identical)"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
break;
}
indices33[item33] = i67;
}
}
}
else {
const err219 = {instancePath:instancePath+"/classify/access-control/workflows",schemaPath:"#/properties/classify/properties/access-control/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data100["trusted-owners"] !== undefined){
let data107 = data100["trusted-owners"];
if(Array.isArray(data107)){
const len34 = data107.length;
for(let i68=0; i68<len34; i68++){
let data108 = data107[i68];
if(typeof data108 === "string"){
if(func5(data108) < 1){
const err220 = {instancePath:instancePath+"/classify/access-control/trusted-owners/" + i68,schemaPath:"#/properties/classify/properties/access-control/properties/trusted-owners/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/classify/access-control/trusted-owners/" + i68,schemaPath:"#/properties/classify/properties/access-control/properties/trusted-owners/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
let i69 = data107.length;
let j34;
if(i69 > 1){
const indices34 = {};
for(;i69--;){
let item34 = data107[i69];
if(typeof item34 !== "string"){
continue;
}
if(typeof indices34[item34] == "number"){
j34 = indices34[item34];
const err222 = {instancePath:instancePath+"/classify/access-control/trusted-owners",schemaPath:"#/properties/classify/properties/access-control/properties/trusted-owners/uniqueItems",keyword:"uniqueItems",params:{i: i69, j: j34},message:"must NOT have duplicate items (items ## "+j34+" and "+i69+" are identical)"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
break;
}
indices34[item34] = i69;
}
}
}
else {
const err223 = {instancePath:instancePath+"/classify/access-control/trusted-owners",schemaPath:"#/properties/classify/properties/access-control/properties/trusted-owners/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data100["workflow-triggers"] !== undefined){
let data109 = data100["workflow-triggers"];
if(Array.isArray(data109)){
const len35 = data109.length;
for(let i70=0; i70<len35; i70++){
let data110 = data109[i70];
if(typeof data110 === "string"){
if(func5(data110) < 1){
const err224 = {instancePath:instancePath+"/classify/access-control/workflow-triggers/" + i70,schemaPath:"#/properties/classify/properties/access-control/properties/workflow-triggers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
else {
const err225 = {instancePath:instancePath+"/classify/access-control/workflow-triggers/" + i70,schemaPath:"#/properties/classify/properties/access-control/properties/workflow-triggers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
let i71 = data109.length;
let j35;
if(i71 > 1){
const indices35 = {};
for(;i71--;){
let item35 = data109[i71];
if(typeof item35 !== "string"){
continue;
}
if(typeof indices35[item35] == "number"){
j35 = indices35[item35];
const err226 = {instancePath:instancePath+"/classify/access-control/workflow-triggers",schemaPath:"#/properties/classify/properties/access-control/properties/workflow-triggers/uniqueItems",keyword:"uniqueItems",params:{i: i71, j: j35},message:"must NOT have duplicate items (items ## "+j35+" and "+i71+" are identical)"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
break;
}
indices35[item35] = i71;
}
}
}
else {
const err227 = {instancePath:instancePath+"/classify/access-control/workflow-triggers",schemaPath:"#/properties/classify/properties/access-control/properties/workflow-triggers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
else {
const err228 = {instancePath:instancePath+"/classify/access-control",schemaPath:"#/properties/classify/properties/access-control/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data25.major !== undefined){
let data111 = data25.major;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key16 in data111){
if(!(((key16 === "breaking-commits") || (key16 === "dependency-major-bumps")) || (key16 === "rollback-unsafe"))){
const err229 = {instancePath:instancePath+"/classify/major",schemaPath:"#/properties/classify/properties/major/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data111["breaking-commits"] !== undefined){
if(typeof data111["breaking-commits"] !== "boolean"){
const err230 = {instancePath:instancePath+"/classify/major/breaking-commits",schemaPath:"#/properties/classify/properties/major/properties/breaking-commits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data111["dependency-major-bumps"] !== undefined){
if(typeof data111["dependency-major-bumps"] !== "boolean"){
const err231 = {instancePath:instancePath+"/classify/major/dependency-major-bumps",schemaPath:"#/properties/classify/properties/major/properties/dependency-major-bumps/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data111["rollback-unsafe"] !== undefined){
if(typeof data111["rollback-unsafe"] !== "boolean"){
const err232 = {instancePath:instancePath+"/classify/major/rollback-unsafe",schemaPath:"#/properties/classify/properties/major/properties/rollback-unsafe/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath:instancePath+"/classify/major",schemaPath:"#/properties/classify/properties/major/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data25.labels !== undefined){
let data115 = data25.labels;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key17 in data115){
if(!(func2.call(schema11.properties.classify.properties.labels.properties, key17))){
const err234 = {instancePath:instancePath+"/classify/labels",schemaPath:"#/properties/classify/properties/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data115.standard !== undefined){
let data116 = data115.standard;
if(typeof data116 === "string"){
if(func5(data116) > 50){
const err235 = {instancePath:instancePath+"/classify/labels/standard",schemaPath:"#/properties/classify/properties/labels/properties/standard/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(func5(data116) < 1){
const err236 = {instancePath:instancePath+"/classify/labels/standard",schemaPath:"#/properties/classify/properties/labels/properties/standard/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/classify/labels/standard",schemaPath:"#/properties/classify/properties/labels/properties/standard/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data115.normal !== undefined){
let data117 = data115.normal;
if(typeof data117 === "string"){
if(func5(data117) > 50){
const err238 = {instancePath:instancePath+"/classify/labels/normal",schemaPath:"#/properties/classify/properties/labels/properties/normal/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(func5(data117) < 1){
const err239 = {instancePath:instancePath+"/classify/labels/normal",schemaPath:"#/properties/classify/properties/labels/properties/normal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/classify/labels/normal",schemaPath:"#/properties/classify/properties/labels/properties/normal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data115.emergency !== undefined){
let data118 = data115.emergency;
if(typeof data118 === "string"){
if(func5(data118) > 50){
const err241 = {instancePath:instancePath+"/classify/labels/emergency",schemaPath:"#/properties/classify/properties/labels/properties/emergency/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(func5(data118) < 1){
const err242 = {instancePath:instancePath+"/classify/labels/emergency",schemaPath:"#/properties/classify/properties/labels/properties/emergency/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/classify/labels/emergency",schemaPath:"#/properties/classify/properties/labels/properties/emergency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data115["security-relevant"] !== undefined){
let data119 = data115["security-relevant"];
if(typeof data119 === "string"){
if(func5(data119) > 50){
const err244 = {instancePath:instancePath+"/classify/labels/security-relevant",schemaPath:"#/properties/classify/properties/labels/properties/security-relevant/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(func5(data119) < 1){
const err245 = {instancePath:instancePath+"/classify/labels/security-relevant",schemaPath:"#/properties/classify/properties/labels/properties/security-relevant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/classify/labels/security-relevant",schemaPath:"#/properties/classify/properties/labels/properties/security-relevant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data115.major !== undefined){
let data120 = data115.major;
if(typeof data120 === "string"){
if(func5(data120) > 50){
const err247 = {instancePath:instancePath+"/classify/labels/major",schemaPath:"#/properties/classify/properties/labels/properties/major/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(func5(data120) < 1){
const err248 = {instancePath:instancePath+"/classify/labels/major",schemaPath:"#/properties/classify/properties/labels/properties/major/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/classify/labels/major",schemaPath:"#/properties/classify/properties/labels/properties/major/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data115["rollback-unsafe"] !== undefined){
let data121 = data115["rollback-unsafe"];
if(typeof data121 === "string"){
if(func5(data121) > 50){
const err250 = {instancePath:instancePath+"/classify/labels/rollback-unsafe",schemaPath:"#/properties/classify/properties/labels/properties/rollback-unsafe/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(func5(data121) < 1){
const err251 = {instancePath:instancePath+"/classify/labels/rollback-unsafe",schemaPath:"#/properties/classify/properties/labels/properties/rollback-unsafe/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/classify/labels/rollback-unsafe",schemaPath:"#/properties/classify/properties/labels/properties/rollback-unsafe/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data115.cryptographic !== undefined){
let data122 = data115.cryptographic;
if(typeof data122 === "string"){
if(func5(data122) > 50){
const err253 = {instancePath:instancePath+"/classify/labels/cryptographic",schemaPath:"#/properties/classify/properties/labels/properties/cryptographic/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(func5(data122) < 1){
const err254 = {instancePath:instancePath+"/classify/labels/cryptographic",schemaPath:"#/properties/classify/properties/labels/properties/cryptographic/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/classify/labels/cryptographic",schemaPath:"#/properties/classify/properties/labels/properties/cryptographic/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data115.infrastructure !== undefined){
let data123 = data115.infrastructure;
if(typeof data123 === "string"){
if(func5(data123) > 50){
const err256 = {instancePath:instancePath+"/classify/labels/infrastructure",schemaPath:"#/properties/classify/properties/labels/properties/infrastructure/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(func5(data123) < 1){
const err257 = {instancePath:instancePath+"/classify/labels/infrastructure",schemaPath:"#/properties/classify/properties/labels/properties/infrastructure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/classify/labels/infrastructure",schemaPath:"#/properties/classify/properties/labels/properties/infrastructure/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data115["access-control"] !== undefined){
let data124 = data115["access-control"];
if(typeof data124 === "string"){
if(func5(data124) > 50){
const err259 = {instancePath:instancePath+"/classify/labels/access-control",schemaPath:"#/properties/classify/properties/labels/properties/access-control/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if(func5(data124) < 1){
const err260 = {instancePath:instancePath+"/classify/labels/access-control",schemaPath:"#/properties/classify/properties/labels/properties/access-control/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/classify/labels/access-control",schemaPath:"#/properties/classify/properties/labels/properties/access-control/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
}
else {
const err262 = {instancePath:instancePath+"/classify/labels",schemaPath:"#/properties/classify/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
else {
const err263 = {instancePath:instancePath+"/classify",schemaPath:"#/properties/classify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data.windows !== undefined){
let data125 = data.windows;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
for(const key18 in data125){
if(!(((((key18 === "time-zone") || (key18 === "standard")) || (key18 === "normal")) || (key18 === "major")) || (key18 === "freezes"))){
const err264 = {instancePath:instancePath+"/windows",schemaPath:"#/properties/windows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data125["time-zone"] !== undefined){
let data126 = data125["time-zone"];
if(typeof data126 === "string"){
if(func5(data126) < 1){
const err265 = {instancePath:instancePath+"/windows/time-zone",schemaPath:"#/properties/windows/properties/time-zone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
else {
const err266 = {instancePath:instancePath+"/windows/time-zone",schemaPath:"#/properties/windows/properties/time-zone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data125.standard !== undefined){
let data127 = data125.standard;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
for(const key19 in data127){
if(!((key19 === "days") || (key19 === "hours"))){
const err267 = {instancePath:instancePath+"/windows/standard",schemaPath:"#/properties/windows/properties/standard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data127.days !== undefined){
let data128 = data127.days;
if(Array.isArray(data128)){
const len36 = data128.length;
for(let i72=0; i72<len36; i72++){
let data129 = data128[i72];
if(typeof data129 !== "string"){
const err268 = {instancePath:instancePath+"/windows/standard/days/" + i72,schemaPath:"#/properties/windows/properties/standard/properties/days/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(!(((((((data129 === "mon") || (data129 === "tue")) || (data129 === "wed")) || (data129 === "thu")) || (data129 === "fri")) || (data129 === "sat")) || (data129 === "sun"))){
const err269 = {instancePath:instancePath+"/windows/standard/days/" + i72,schemaPath:"#/properties/windows/properties/standard/properties/days/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.windows.properties.standard.properties.days.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
let i73 = data128.length;
let j36;
if(i73 > 1){
const indices36 = {};
for(;i73--;){
let item36 = data128[i73];
if(typeof item36 !== "string"){
continue;
}
if(typeof indices36[item36] == "number"){
j36 = indices36[item36];
const err270 = {instancePath:instancePath+"/windows/standard/days",schemaPath:"#/properties/windows/properties/standard/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i73, j: j36},message:"must NOT have duplicate items (items ## "+j36+" and "+i73+" are identical)"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
break;
}
indices36[item36] = i73;
}
}
}
else {
const err271 = {instancePath:instancePath+"/windows/standard/days",schemaPath:"#/properties/windows/properties/standard/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data127.hours !== undefined){
let data130 = data127.hours;
if(typeof data130 === "string"){
if(!pattern23.test(data130)){
const err272 = {instancePath:instancePath+"/windows/standard/hours",schemaPath:"#/properties/windows/properties/standard/properties/hours/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\""};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
else {
const err273 = {instancePath:instancePath+"/windows/standard/hours",schemaPath:"#/properties/windows/properties/standard/properties/hours/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
else {
const err274 = {instancePath:instancePath+"/windows/standard",schemaPath:"#/properties/windows/properties/standard/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data125.normal !== undefined){
let data131 = data125.normal;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
for(const key20 in data131){
if(!((key20 === "days") || (key20 === "hours"))){
const err275 = {instancePath:instancePath+"/windows/normal",schemaPath:"#/properties/windows/properties/normal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data131.days !== undefined){
let data132 = data131.days;
if(Array.isArray(data132)){
const len37 = data132.length;
for(let i74=0; i74<len37; i74++){
let data133 = data132[i74];
if(typeof data133 !== "string"){
const err276 = {instancePath:instancePath+"/windows/normal/days/" + i74,schemaPath:"#/properties/windows/properties/normal/properties/days/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(!(((((((data133 === "mon") || (data133 === "tue")) || (data133 === "wed")) || (data133 === "thu")) || (data133 === "fri")) || (data133 === "sat")) || (data133 === "sun"))){
const err277 = {instancePath:instancePath+"/windows/normal/days/" + i74,schemaPath:"#/properties/windows/properties/normal/properties/days/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.windows.properties.normal.properties.days.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
let i75 = data132.length;
let j37;
if(i75 > 1){
const indices37 = {};
for(;i75--;){
let item37 = data132[i75];
if(typeof item37 !== "string"){
continue;
}
if(typeof indices37[item37] == "number"){
j37 = indices37[item37];
const err278 = {instancePath:instancePath+"/windows/normal/days",schemaPath:"#/properties/windows/properties/normal/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i75, j: j37},message:"must NOT have duplicate items (items ## "+j37+" and "+i75+" are identical)"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
break;
}
indices37[item37] = i75;
}
}
}
else {
const err279 = {instancePath:instancePath+"/windows/normal/days",schemaPath:"#/properties/windows/properties/normal/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data131.hours !== undefined){
let data134 = data131.hours;
if(typeof data134 === "string"){
if(!pattern23.test(data134)){
const err280 = {instancePath:instancePath+"/windows/normal/hours",schemaPath:"#/properties/windows/properties/normal/properties/hours/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\""};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/windows/normal/hours",schemaPath:"#/properties/windows/properties/normal/properties/hours/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
else {
const err282 = {instancePath:instancePath+"/windows/normal",schemaPath:"#/properties/windows/properties/normal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data125.major !== undefined){
let data135 = data125.major;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
for(const key21 in data135){
if(!((key21 === "days") || (key21 === "hours"))){
const err283 = {instancePath:instancePath+"/windows/major",schemaPath:"#/properties/windows/properties/major/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data135.days !== undefined){
let data136 = data135.days;
if(Array.isArray(data136)){
const len38 = data136.length;
for(let i76=0; i76<len38; i76++){
let data137 = data136[i76];
if(typeof data137 !== "string"){
const err284 = {instancePath:instancePath+"/windows/major/days/" + i76,schemaPath:"#/properties/windows/properties/major/properties/days/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!(((((((data137 === "mon") || (data137 === "tue")) || (data137 === "wed")) || (data137 === "thu")) || (data137 === "fri")) || (data137 === "sat")) || (data137 === "sun"))){
const err285 = {instancePath:instancePath+"/windows/major/days/" + i76,schemaPath:"#/properties/windows/properties/major/properties/days/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.windows.properties.major.properties.days.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
let i77 = data136.length;
let j38;
if(i77 > 1){
const indices38 = {};
for(;i77--;){
let item38 = data136[i77];
if(typeof item38 !== "string"){
continue;
}
if(typeof indices38[item38] == "number"){
j38 = indices38[item38];
const err286 = {instancePath:instancePath+"/windows/major/days",schemaPath:"#/properties/windows/properties/major/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i77, j: j38},message:"must NOT have duplicate items (items ## "+j38+" and "+i77+" are identical)"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
break;
}
indices38[item38] = i77;
}
}
}
else {
const err287 = {instancePath:instancePath+"/windows/major/days",schemaPath:"#/properties/windows/properties/major/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data135.hours !== undefined){
let data138 = data135.hours;
if(typeof data138 === "string"){
if(!pattern23.test(data138)){
const err288 = {instancePath:instancePath+"/windows/major/hours",schemaPath:"#/properties/windows/properties/major/properties/hours/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\""};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
else {
const err289 = {instancePath:instancePath+"/windows/major/hours",schemaPath:"#/properties/windows/properties/major/properties/hours/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
}
else {
const err290 = {instancePath:instancePath+"/windows/major",schemaPath:"#/properties/windows/properties/major/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data125.freezes !== undefined){
let data139 = data125.freezes;
if(Array.isArray(data139)){
const len39 = data139.length;
for(let i78=0; i78<len39; i78++){
let data140 = data139[i78];
const _errs289 = errors;
let valid141 = false;
let passing0 = null;
const _errs290 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.start === undefined){
const err291 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if(data140.end === undefined){
const err292 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
if(data140.reason === undefined){
const err293 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
for(const key22 in data140){
if(!((((key22 === "start") || (key22 === "end")) || (key22 === "reason")) || (key22 === "change-types"))){
const err294 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data140.start !== undefined){
let data141 = data140.start;
if(typeof data141 === "string"){
if(!pattern26.test(data141)){
const err295 = {instancePath:instancePath+"/windows/freezes/" + i78+"/start",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
else {
const err296 = {instancePath:instancePath+"/windows/freezes/" + i78+"/start",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data140.end !== undefined){
let data142 = data140.end;
if(typeof data142 === "string"){
if(!pattern26.test(data142)){
const err297 = {instancePath:instancePath+"/windows/freezes/" + i78+"/end",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/end/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
else {
const err298 = {instancePath:instancePath+"/windows/freezes/" + i78+"/end",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data140.reason !== undefined){
let data143 = data140.reason;
if(typeof data143 === "string"){
if(func5(data143) < 1){
const err299 = {instancePath:instancePath+"/windows/freezes/" + i78+"/reason",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
else {
const err300 = {instancePath:instancePath+"/windows/freezes/" + i78+"/reason",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data140["change-types"] !== undefined){
let data144 = data140["change-types"];
if(Array.isArray(data144)){
const len40 = data144.length;
for(let i79=0; i79<len40; i79++){
let data145 = data144[i79];
if(typeof data145 !== "string"){
const err301 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types/" + i79,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/change-types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(!((data145 === "standard") || (data145 === "normal"))){
const err302 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types/" + i79,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/change-types/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.windows.properties.freezes.items.oneOf[0].properties["change-types"].items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
let i80 = data144.length;
let j39;
if(i80 > 1){
const indices39 = {};
for(;i80--;){
let item39 = data144[i80];
if(typeof item39 !== "string"){
continue;
}
if(typeof indices39[item39] == "number"){
j39 = indices39[item39];
const err303 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/change-types/uniqueItems",keyword:"uniqueItems",params:{i: i80, j: j39},message:"must NOT have duplicate items (items ## "+j39+" and "+i80+" are identical)"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
break;
}
indices39[item39] = i80;
}
}
}
else {
const err304 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/properties/change-types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
else {
const err305 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
var _valid0 = _errs290 === errors;
if(_valid0){
valid141 = true;
passing0 = 0;
}
const _errs303 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.weekly === undefined){
const err306 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "weekly"},message:"must have required property '"+"weekly"+"'"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(data140.reason === undefined){
const err307 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
for(const key23 in data140){
if(!(((key23 === "weekly") || (key23 === "reason")) || (key23 === "change-types"))){
const err308 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data140.weekly !== undefined){
let data146 = data140.weekly;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.from === undefined){
const err309 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if(data146.to === undefined){
const err310 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
for(const key24 in data146){
if(!((key24 === "from") || (key24 === "to"))){
const err311 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data146.from !== undefined){
let data147 = data146.from;
if(typeof data147 === "string"){
if(!pattern28.test(data147)){
const err312 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly/from",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/properties/from/pattern",keyword:"pattern",params:{pattern: "^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly/from",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data146.to !== undefined){
let data148 = data146.to;
if(typeof data148 === "string"){
if(!pattern28.test(data148)){
const err314 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly/to",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/properties/to/pattern",keyword:"pattern",params:{pattern: "^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
else {
const err315 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly/to",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
}
else {
const err316 = {instancePath:instancePath+"/windows/freezes/" + i78+"/weekly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/weekly/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data140.reason !== undefined){
let data149 = data140.reason;
if(typeof data149 === "string"){
if(func5(data149) < 1){
const err317 = {instancePath:instancePath+"/windows/freezes/" + i78+"/reason",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
else {
const err318 = {instancePath:instancePath+"/windows/freezes/" + i78+"/reason",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data140["change-types"] !== undefined){
let data150 = data140["change-types"];
if(Array.isArray(data150)){
const len41 = data150.length;
for(let i81=0; i81<len41; i81++){
let data151 = data150[i81];
if(typeof data151 !== "string"){
const err319 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types/" + i81,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/change-types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(!((data151 === "standard") || (data151 === "normal"))){
const err320 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types/" + i81,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/change-types/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.windows.properties.freezes.items.oneOf[1].properties["change-types"].items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
let i82 = data150.length;
let j40;
if(i82 > 1){
const indices40 = {};
for(;i82--;){
let item40 = data150[i82];
if(typeof item40 !== "string"){
continue;
}
if(typeof indices40[item40] == "number"){
j40 = indices40[item40];
const err321 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/change-types/uniqueItems",keyword:"uniqueItems",params:{i: i82, j: j40},message:"must NOT have duplicate items (items ## "+j40+" and "+i82+" are identical)"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
break;
}
indices40[item40] = i82;
}
}
}
else {
const err322 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/properties/change-types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
}
else {
const err323 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
var _valid0 = _errs303 === errors;
if(_valid0 && valid141){
valid141 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid141 = true;
passing0 = 1;
}
const _errs319 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.yearly === undefined){
const err324 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/required",keyword:"required",params:{missingProperty: "yearly"},message:"must have required property '"+"yearly"+"'"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
if(data140.reason === undefined){
const err325 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
for(const key25 in data140){
if(!(((key25 === "yearly") || (key25 === "reason")) || (key25 === "change-types"))){
const err326 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data140.yearly !== undefined){
let data152 = data140.yearly;
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
if(data152.from === undefined){
const err327 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(data152.to === undefined){
const err328 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
for(const key26 in data152){
if(!((key26 === "from") || (key26 === "to"))){
const err329 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data152.from !== undefined){
let data153 = data152.from;
if(typeof data153 === "string"){
if(!pattern30.test(data153)){
const err330 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly/from",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/properties/from/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
else {
const err331 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly/from",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data152.to !== undefined){
let data154 = data152.to;
if(typeof data154 === "string"){
if(!pattern30.test(data154)){
const err332 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly/to",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/properties/to/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly/to",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
}
else {
const err334 = {instancePath:instancePath+"/windows/freezes/" + i78+"/yearly",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/yearly/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data140.reason !== undefined){
let data155 = data140.reason;
if(typeof data155 === "string"){
if(func5(data155) < 1){
const err335 = {instancePath:instancePath+"/windows/freezes/" + i78+"/reason",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
else {
const err336 = {instancePath:instancePath+"/windows/freezes/" + i78+"/reason",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
if(data140["change-types"] !== undefined){
let data156 = data140["change-types"];
if(Array.isArray(data156)){
const len42 = data156.length;
for(let i83=0; i83<len42; i83++){
let data157 = data156[i83];
if(typeof data157 !== "string"){
const err337 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types/" + i83,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/change-types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(!((data157 === "standard") || (data157 === "normal"))){
const err338 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types/" + i83,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/change-types/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.windows.properties.freezes.items.oneOf[2].properties["change-types"].items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
let i84 = data156.length;
let j41;
if(i84 > 1){
const indices41 = {};
for(;i84--;){
let item41 = data156[i84];
if(typeof item41 !== "string"){
continue;
}
if(typeof indices41[item41] == "number"){
j41 = indices41[item41];
const err339 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/change-types/uniqueItems",keyword:"uniqueItems",params:{i: i84, j: j41},message:"must NOT have duplicate items (items ## "+j41+" and "+i84+" are identical)"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
break;
}
indices41[item41] = i84;
}
}
}
else {
const err340 = {instancePath:instancePath+"/windows/freezes/" + i78+"/change-types",schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/properties/change-types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
}
else {
const err341 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
var _valid0 = _errs319 === errors;
if(_valid0 && valid141){
valid141 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid141 = true;
passing0 = 2;
}
}
}
if(!valid141){
const err342 = {instancePath:instancePath+"/windows/freezes/" + i78,schemaPath:"#/properties/windows/properties/freezes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
else {
errors = _errs289;
if(vErrors !== null){
if(_errs289){
vErrors.length = _errs289;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err343 = {instancePath:instancePath+"/windows/freezes",schemaPath:"#/properties/windows/properties/freezes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
}
else {
const err344 = {instancePath:instancePath+"/windows",schemaPath:"#/properties/windows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
if(data.gate !== undefined){
let data158 = data.gate;
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
for(const key27 in data158){
if(!(func2.call(schema11.properties.gate.properties, key27))){
const err345 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data158.roles !== undefined){
let data159 = data158.roles;
if(data159 && typeof data159 == "object" && !Array.isArray(data159)){
for(const key28 in data159){
if(!((((key28 === "security-lead") || (key28 === "isms-owner")) || (key28 === "on-call")) || (key28 === "cryptographer"))){
const err346 = {instancePath:instancePath+"/gate/roles",schemaPath:"#/properties/gate/properties/roles/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data159["security-lead"] !== undefined){
let data160 = data159["security-lead"];
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
for(const key29 in data160){
if(!((key29 === "teams") || (key29 === "users"))){
const err347 = {instancePath:instancePath+"/gate/roles/security-lead",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data160.teams !== undefined){
let data161 = data160.teams;
if(Array.isArray(data161)){
const len43 = data161.length;
for(let i85=0; i85<len43; i85++){
let data162 = data161[i85];
if(typeof data162 === "string"){
if(!pattern32.test(data162)){
const err348 = {instancePath:instancePath+"/gate/roles/security-lead/teams/" + i85,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
else {
const err349 = {instancePath:instancePath+"/gate/roles/security-lead/teams/" + i85,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
let i86 = data161.length;
let j42;
if(i86 > 1){
const indices42 = {};
for(;i86--;){
let item42 = data161[i86];
if(typeof item42 !== "string"){
continue;
}
if(typeof indices42[item42] == "number"){
j42 = indices42[item42];
const err350 = {instancePath:instancePath+"/gate/roles/security-lead/teams",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i86, j: j42},message:"must NOT have duplicate items (items ## "+j42+" and "+i86+" are identical)"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
break;
}
indices42[item42] = i86;
}
}
}
else {
const err351 = {instancePath:instancePath+"/gate/roles/security-lead/teams",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data160.users !== undefined){
let data163 = data160.users;
if(Array.isArray(data163)){
const len44 = data163.length;
for(let i87=0; i87<len44; i87++){
let data164 = data163[i87];
const _errs351 = errors;
let valid164 = false;
const _errs352 = errors;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
if(data164.login === undefined){
const err352 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
for(const key30 in data164){
if(!((((key30 === "login") || (key30 === "id")) || (key30 === "from")) || (key30 === "until"))){
const err353 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data164.login !== undefined){
let data165 = data164.login;
if(typeof data165 === "string"){
if(!pattern33.test(data165)){
const err354 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/login",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
else {
const err355 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/login",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data164.id !== undefined){
let data166 = data164.id;
if(!(((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166))) && (isFinite(data166)))){
const err356 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/id",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
if((typeof data166 == "number") && (isFinite(data166))){
if(data166 < 1 || isNaN(data166)){
const err357 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/id",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
if(data164.from !== undefined){
let data167 = data164.from;
if(typeof data167 === "string"){
if(!pattern26.test(data167)){
const err358 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/from",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
else {
const err359 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/from",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data164.until !== undefined){
let data168 = data164.until;
if(typeof data168 === "string"){
if(!pattern26.test(data168)){
const err360 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/until",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/until",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
}
else {
const err362 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
var _valid1 = _errs352 === errors;
valid164 = valid164 || _valid1;
if(!valid164){
const _errs363 = errors;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
if(data164.id === undefined){
const err363 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
for(const key31 in data164){
if(!((((key31 === "login") || (key31 === "id")) || (key31 === "from")) || (key31 === "until"))){
const err364 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data164.login !== undefined){
let data169 = data164.login;
if(typeof data169 === "string"){
if(!pattern33.test(data169)){
const err365 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/login",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
else {
const err366 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/login",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data164.id !== undefined){
let data170 = data164.id;
if(!(((typeof data170 == "number") && (!(data170 % 1) && !isNaN(data170))) && (isFinite(data170)))){
const err367 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/id",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
if((typeof data170 == "number") && (isFinite(data170))){
if(data170 < 1 || isNaN(data170)){
const err368 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/id",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
if(data164.from !== undefined){
let data171 = data164.from;
if(typeof data171 === "string"){
if(!pattern26.test(data171)){
const err369 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/from",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
else {
const err370 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/from",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
if(data164.until !== undefined){
let data172 = data164.until;
if(typeof data172 === "string"){
if(!pattern26.test(data172)){
const err371 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/until",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
else {
const err372 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87+"/until",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
}
else {
const err373 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
var _valid1 = _errs363 === errors;
valid164 = valid164 || _valid1;
}
if(!valid164){
const err374 = {instancePath:instancePath+"/gate/roles/security-lead/users/" + i87,schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
else {
errors = _errs351;
if(vErrors !== null){
if(_errs351){
vErrors.length = _errs351;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err375 = {instancePath:instancePath+"/gate/roles/security-lead/users",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
}
else {
const err376 = {instancePath:instancePath+"/gate/roles/security-lead",schemaPath:"#/properties/gate/properties/roles/properties/security-lead/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data159["isms-owner"] !== undefined){
let data173 = data159["isms-owner"];
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
for(const key32 in data173){
if(!((key32 === "teams") || (key32 === "users"))){
const err377 = {instancePath:instancePath+"/gate/roles/isms-owner",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data173.teams !== undefined){
let data174 = data173.teams;
if(Array.isArray(data174)){
const len45 = data174.length;
for(let i88=0; i88<len45; i88++){
let data175 = data174[i88];
if(typeof data175 === "string"){
if(!pattern32.test(data175)){
const err378 = {instancePath:instancePath+"/gate/roles/isms-owner/teams/" + i88,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
else {
const err379 = {instancePath:instancePath+"/gate/roles/isms-owner/teams/" + i88,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
let i89 = data174.length;
let j43;
if(i89 > 1){
const indices43 = {};
for(;i89--;){
let item43 = data174[i89];
if(typeof item43 !== "string"){
continue;
}
if(typeof indices43[item43] == "number"){
j43 = indices43[item43];
const err380 = {instancePath:instancePath+"/gate/roles/isms-owner/teams",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i89, j: j43},message:"must NOT have duplicate items (items ## "+j43+" and "+i89+" are identical)"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
break;
}
indices43[item43] = i89;
}
}
}
else {
const err381 = {instancePath:instancePath+"/gate/roles/isms-owner/teams",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data173.users !== undefined){
let data176 = data173.users;
if(Array.isArray(data176)){
const len46 = data176.length;
for(let i90=0; i90<len46; i90++){
let data177 = data176[i90];
const _errs384 = errors;
let valid173 = false;
const _errs385 = errors;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
if(data177.login === undefined){
const err382 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
for(const key33 in data177){
if(!((((key33 === "login") || (key33 === "id")) || (key33 === "from")) || (key33 === "until"))){
const err383 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data177.login !== undefined){
let data178 = data177.login;
if(typeof data178 === "string"){
if(!pattern33.test(data178)){
const err384 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/login",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
else {
const err385 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/login",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data177.id !== undefined){
let data179 = data177.id;
if(!(((typeof data179 == "number") && (!(data179 % 1) && !isNaN(data179))) && (isFinite(data179)))){
const err386 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/id",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if((typeof data179 == "number") && (isFinite(data179))){
if(data179 < 1 || isNaN(data179)){
const err387 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/id",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
}
if(data177.from !== undefined){
let data180 = data177.from;
if(typeof data180 === "string"){
if(!pattern26.test(data180)){
const err388 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/from",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
else {
const err389 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/from",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data177.until !== undefined){
let data181 = data177.until;
if(typeof data181 === "string"){
if(!pattern26.test(data181)){
const err390 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/until",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
else {
const err391 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/until",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
else {
const err392 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
var _valid2 = _errs385 === errors;
valid173 = valid173 || _valid2;
if(!valid173){
const _errs396 = errors;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
if(data177.id === undefined){
const err393 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
for(const key34 in data177){
if(!((((key34 === "login") || (key34 === "id")) || (key34 === "from")) || (key34 === "until"))){
const err394 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data177.login !== undefined){
let data182 = data177.login;
if(typeof data182 === "string"){
if(!pattern33.test(data182)){
const err395 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/login",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
else {
const err396 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/login",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data177.id !== undefined){
let data183 = data177.id;
if(!(((typeof data183 == "number") && (!(data183 % 1) && !isNaN(data183))) && (isFinite(data183)))){
const err397 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/id",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
if((typeof data183 == "number") && (isFinite(data183))){
if(data183 < 1 || isNaN(data183)){
const err398 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/id",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
}
if(data177.from !== undefined){
let data184 = data177.from;
if(typeof data184 === "string"){
if(!pattern26.test(data184)){
const err399 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/from",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
else {
const err400 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/from",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data177.until !== undefined){
let data185 = data177.until;
if(typeof data185 === "string"){
if(!pattern26.test(data185)){
const err401 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/until",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
else {
const err402 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90+"/until",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
}
else {
const err403 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
var _valid2 = _errs396 === errors;
valid173 = valid173 || _valid2;
}
if(!valid173){
const err404 = {instancePath:instancePath+"/gate/roles/isms-owner/users/" + i90,schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
else {
errors = _errs384;
if(vErrors !== null){
if(_errs384){
vErrors.length = _errs384;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err405 = {instancePath:instancePath+"/gate/roles/isms-owner/users",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
}
else {
const err406 = {instancePath:instancePath+"/gate/roles/isms-owner",schemaPath:"#/properties/gate/properties/roles/properties/isms-owner/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data159["on-call"] !== undefined){
let data186 = data159["on-call"];
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
for(const key35 in data186){
if(!((key35 === "teams") || (key35 === "users"))){
const err407 = {instancePath:instancePath+"/gate/roles/on-call",schemaPath:"#/properties/gate/properties/roles/properties/on-call/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data186.teams !== undefined){
let data187 = data186.teams;
if(Array.isArray(data187)){
const len47 = data187.length;
for(let i91=0; i91<len47; i91++){
let data188 = data187[i91];
if(typeof data188 === "string"){
if(!pattern32.test(data188)){
const err408 = {instancePath:instancePath+"/gate/roles/on-call/teams/" + i91,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
else {
const err409 = {instancePath:instancePath+"/gate/roles/on-call/teams/" + i91,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
let i92 = data187.length;
let j44;
if(i92 > 1){
const indices44 = {};
for(;i92--;){
let item44 = data187[i92];
if(typeof item44 !== "string"){
continue;
}
if(typeof indices44[item44] == "number"){
j44 = indices44[item44];
const err410 = {instancePath:instancePath+"/gate/roles/on-call/teams",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i92, j: j44},message:"must NOT have duplicate items (items ## "+j44+" and "+i92+" are identical)"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
break;
}
indices44[item44] = i92;
}
}
}
else {
const err411 = {instancePath:instancePath+"/gate/roles/on-call/teams",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data186.users !== undefined){
let data189 = data186.users;
if(Array.isArray(data189)){
const len48 = data189.length;
for(let i93=0; i93<len48; i93++){
let data190 = data189[i93];
const _errs417 = errors;
let valid182 = false;
const _errs418 = errors;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
if(data190.login === undefined){
const err412 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
for(const key36 in data190){
if(!((((key36 === "login") || (key36 === "id")) || (key36 === "from")) || (key36 === "until"))){
const err413 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data190.login !== undefined){
let data191 = data190.login;
if(typeof data191 === "string"){
if(!pattern33.test(data191)){
const err414 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/login",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
else {
const err415 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/login",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
if(data190.id !== undefined){
let data192 = data190.id;
if(!(((typeof data192 == "number") && (!(data192 % 1) && !isNaN(data192))) && (isFinite(data192)))){
const err416 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/id",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if((typeof data192 == "number") && (isFinite(data192))){
if(data192 < 1 || isNaN(data192)){
const err417 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/id",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
}
if(data190.from !== undefined){
let data193 = data190.from;
if(typeof data193 === "string"){
if(!pattern26.test(data193)){
const err418 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/from",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
else {
const err419 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/from",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data190.until !== undefined){
let data194 = data190.until;
if(typeof data194 === "string"){
if(!pattern26.test(data194)){
const err420 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/until",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
else {
const err421 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/until",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
}
else {
const err422 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
var _valid3 = _errs418 === errors;
valid182 = valid182 || _valid3;
if(!valid182){
const _errs429 = errors;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
if(data190.id === undefined){
const err423 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
for(const key37 in data190){
if(!((((key37 === "login") || (key37 === "id")) || (key37 === "from")) || (key37 === "until"))){
const err424 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data190.login !== undefined){
let data195 = data190.login;
if(typeof data195 === "string"){
if(!pattern33.test(data195)){
const err425 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/login",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
else {
const err426 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/login",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
if(data190.id !== undefined){
let data196 = data190.id;
if(!(((typeof data196 == "number") && (!(data196 % 1) && !isNaN(data196))) && (isFinite(data196)))){
const err427 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/id",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
if((typeof data196 == "number") && (isFinite(data196))){
if(data196 < 1 || isNaN(data196)){
const err428 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/id",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
}
if(data190.from !== undefined){
let data197 = data190.from;
if(typeof data197 === "string"){
if(!pattern26.test(data197)){
const err429 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/from",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
else {
const err430 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/from",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data190.until !== undefined){
let data198 = data190.until;
if(typeof data198 === "string"){
if(!pattern26.test(data198)){
const err431 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/until",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
else {
const err432 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93+"/until",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
}
else {
const err433 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
var _valid3 = _errs429 === errors;
valid182 = valid182 || _valid3;
}
if(!valid182){
const err434 = {instancePath:instancePath+"/gate/roles/on-call/users/" + i93,schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
else {
errors = _errs417;
if(vErrors !== null){
if(_errs417){
vErrors.length = _errs417;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err435 = {instancePath:instancePath+"/gate/roles/on-call/users",schemaPath:"#/properties/gate/properties/roles/properties/on-call/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
}
else {
const err436 = {instancePath:instancePath+"/gate/roles/on-call",schemaPath:"#/properties/gate/properties/roles/properties/on-call/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data159.cryptographer !== undefined){
let data199 = data159.cryptographer;
if(data199 && typeof data199 == "object" && !Array.isArray(data199)){
for(const key38 in data199){
if(!((key38 === "teams") || (key38 === "users"))){
const err437 = {instancePath:instancePath+"/gate/roles/cryptographer",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data199.teams !== undefined){
let data200 = data199.teams;
if(Array.isArray(data200)){
const len49 = data200.length;
for(let i94=0; i94<len49; i94++){
let data201 = data200[i94];
if(typeof data201 === "string"){
if(!pattern32.test(data201)){
const err438 = {instancePath:instancePath+"/gate/roles/cryptographer/teams/" + i94,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
else {
const err439 = {instancePath:instancePath+"/gate/roles/cryptographer/teams/" + i94,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
let i95 = data200.length;
let j45;
if(i95 > 1){
const indices45 = {};
for(;i95--;){
let item45 = data200[i95];
if(typeof item45 !== "string"){
continue;
}
if(typeof indices45[item45] == "number"){
j45 = indices45[item45];
const err440 = {instancePath:instancePath+"/gate/roles/cryptographer/teams",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i95, j: j45},message:"must NOT have duplicate items (items ## "+j45+" and "+i95+" are identical)"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
break;
}
indices45[item45] = i95;
}
}
}
else {
const err441 = {instancePath:instancePath+"/gate/roles/cryptographer/teams",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
if(data199.users !== undefined){
let data202 = data199.users;
if(Array.isArray(data202)){
const len50 = data202.length;
for(let i96=0; i96<len50; i96++){
let data203 = data202[i96];
const _errs450 = errors;
let valid191 = false;
const _errs451 = errors;
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.login === undefined){
const err442 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
for(const key39 in data203){
if(!((((key39 === "login") || (key39 === "id")) || (key39 === "from")) || (key39 === "until"))){
const err443 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data203.login !== undefined){
let data204 = data203.login;
if(typeof data204 === "string"){
if(!pattern33.test(data204)){
const err444 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/login",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
else {
const err445 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/login",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data203.id !== undefined){
let data205 = data203.id;
if(!(((typeof data205 == "number") && (!(data205 % 1) && !isNaN(data205))) && (isFinite(data205)))){
const err446 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/id",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
if((typeof data205 == "number") && (isFinite(data205))){
if(data205 < 1 || isNaN(data205)){
const err447 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/id",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
}
if(data203.from !== undefined){
let data206 = data203.from;
if(typeof data206 === "string"){
if(!pattern26.test(data206)){
const err448 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/from",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
else {
const err449 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/from",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
if(data203.until !== undefined){
let data207 = data203.until;
if(typeof data207 === "string"){
if(!pattern26.test(data207)){
const err450 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/until",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
else {
const err451 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/until",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
}
else {
const err452 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
var _valid4 = _errs451 === errors;
valid191 = valid191 || _valid4;
if(!valid191){
const _errs462 = errors;
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.id === undefined){
const err453 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
for(const key40 in data203){
if(!((((key40 === "login") || (key40 === "id")) || (key40 === "from")) || (key40 === "until"))){
const err454 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
if(data203.login !== undefined){
let data208 = data203.login;
if(typeof data208 === "string"){
if(!pattern33.test(data208)){
const err455 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/login",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\""};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
else {
const err456 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/login",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
if(data203.id !== undefined){
let data209 = data203.id;
if(!(((typeof data209 == "number") && (!(data209 % 1) && !isNaN(data209))) && (isFinite(data209)))){
const err457 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/id",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
if((typeof data209 == "number") && (isFinite(data209))){
if(data209 < 1 || isNaN(data209)){
const err458 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/id",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
}
if(data203.from !== undefined){
let data210 = data203.from;
if(typeof data210 === "string"){
if(!pattern26.test(data210)){
const err459 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/from",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
else {
const err460 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/from",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data203.until !== undefined){
let data211 = data203.until;
if(typeof data211 === "string"){
if(!pattern26.test(data211)){
const err461 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/until",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
else {
const err462 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96+"/until",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
}
else {
const err463 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
var _valid4 = _errs462 === errors;
valid191 = valid191 || _valid4;
}
if(!valid191){
const err464 = {instancePath:instancePath+"/gate/roles/cryptographer/users/" + i96,schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
else {
errors = _errs450;
if(vErrors !== null){
if(_errs450){
vErrors.length = _errs450;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err465 = {instancePath:instancePath+"/gate/roles/cryptographer/users",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
}
else {
const err466 = {instancePath:instancePath+"/gate/roles/cryptographer",schemaPath:"#/properties/gate/properties/roles/properties/cryptographer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
}
else {
const err467 = {instancePath:instancePath+"/gate/roles",schemaPath:"#/properties/gate/properties/roles/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
if(data158["code-review"] !== undefined){
let data212 = data158["code-review"];
if(data212 && typeof data212 == "object" && !Array.isArray(data212)){
for(const key41 in data212){
if(!((((key41 === "mode") || (key41 === "required-approvals")) || (key41 === "minimum-permission")) || (key41 === "risk-reference"))){
const err468 = {instancePath:instancePath+"/gate/code-review",schemaPath:"#/properties/gate/properties/code-review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data212.mode !== undefined){
let data213 = data212.mode;
if(typeof data213 !== "string"){
const err469 = {instancePath:instancePath+"/gate/code-review/mode",schemaPath:"#/properties/gate/properties/code-review/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
if(!((data213 === "approvals") || (data213 === "sole-operator"))){
const err470 = {instancePath:instancePath+"/gate/code-review/mode",schemaPath:"#/properties/gate/properties/code-review/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties["code-review"].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
if(data212["required-approvals"] !== undefined){
let data214 = data212["required-approvals"];
if(!(((typeof data214 == "number") && (!(data214 % 1) && !isNaN(data214))) && (isFinite(data214)))){
const err471 = {instancePath:instancePath+"/gate/code-review/required-approvals",schemaPath:"#/properties/gate/properties/code-review/properties/required-approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
if((typeof data214 == "number") && (isFinite(data214))){
if(data214 > 10 || isNaN(data214)){
const err472 = {instancePath:instancePath+"/gate/code-review/required-approvals",schemaPath:"#/properties/gate/properties/code-review/properties/required-approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
if(data214 < 1 || isNaN(data214)){
const err473 = {instancePath:instancePath+"/gate/code-review/required-approvals",schemaPath:"#/properties/gate/properties/code-review/properties/required-approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
}
if(data212["minimum-permission"] !== undefined){
let data215 = data212["minimum-permission"];
if(typeof data215 !== "string"){
const err474 = {instancePath:instancePath+"/gate/code-review/minimum-permission",schemaPath:"#/properties/gate/properties/code-review/properties/minimum-permission/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
if(!(((((data215 === "read") || (data215 === "triage")) || (data215 === "write")) || (data215 === "maintain")) || (data215 === "admin"))){
const err475 = {instancePath:instancePath+"/gate/code-review/minimum-permission",schemaPath:"#/properties/gate/properties/code-review/properties/minimum-permission/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties["code-review"].properties["minimum-permission"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data212["risk-reference"] !== undefined){
let data216 = data212["risk-reference"];
if(typeof data216 === "string"){
if(func5(data216) < 1){
const err476 = {instancePath:instancePath+"/gate/code-review/risk-reference",schemaPath:"#/properties/gate/properties/code-review/properties/risk-reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
else {
const err477 = {instancePath:instancePath+"/gate/code-review/risk-reference",schemaPath:"#/properties/gate/properties/code-review/properties/risk-reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
}
else {
const err478 = {instancePath:instancePath+"/gate/code-review",schemaPath:"#/properties/gate/properties/code-review/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
if(data158["stale-approvals"] !== undefined){
let data217 = data158["stale-approvals"];
if(data217 && typeof data217 == "object" && !Array.isArray(data217)){
for(const key42 in data217){
if(!(((key42 === "mode") || (key42 === "dismiss-stale")) || (key42 === "security-paths"))){
const err479 = {instancePath:instancePath+"/gate/stale-approvals",schemaPath:"#/properties/gate/properties/stale-approvals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
if(data217.mode !== undefined){
let data218 = data217.mode;
if(typeof data218 !== "string"){
const err480 = {instancePath:instancePath+"/gate/stale-approvals/mode",schemaPath:"#/properties/gate/properties/stale-approvals/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(!((data218 === "count-only-head") || (data218 === "keep-unless-security-relevant"))){
const err481 = {instancePath:instancePath+"/gate/stale-approvals/mode",schemaPath:"#/properties/gate/properties/stale-approvals/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties["stale-approvals"].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
if(data217["dismiss-stale"] !== undefined){
if(typeof data217["dismiss-stale"] !== "boolean"){
const err482 = {instancePath:instancePath+"/gate/stale-approvals/dismiss-stale",schemaPath:"#/properties/gate/properties/stale-approvals/properties/dismiss-stale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
if(data217["security-paths"] !== undefined){
let data220 = data217["security-paths"];
if(Array.isArray(data220)){
const len51 = data220.length;
for(let i97=0; i97<len51; i97++){
let data221 = data220[i97];
if(typeof data221 === "string"){
if(func5(data221) < 1){
const err483 = {instancePath:instancePath+"/gate/stale-approvals/security-paths/" + i97,schemaPath:"#/properties/gate/properties/stale-approvals/properties/security-paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
if(!pattern2.test(data221)){
const err484 = {instancePath:instancePath+"/gate/stale-approvals/security-paths/" + i97,schemaPath:"#/properties/gate/properties/stale-approvals/properties/security-paths/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
else {
const err485 = {instancePath:instancePath+"/gate/stale-approvals/security-paths/" + i97,schemaPath:"#/properties/gate/properties/stale-approvals/properties/security-paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
let i98 = data220.length;
let j46;
if(i98 > 1){
const indices46 = {};
for(;i98--;){
let item46 = data220[i98];
if(typeof item46 !== "string"){
continue;
}
if(typeof indices46[item46] == "number"){
j46 = indices46[item46];
const err486 = {instancePath:instancePath+"/gate/stale-approvals/security-paths",schemaPath:"#/properties/gate/properties/stale-approvals/properties/security-paths/uniqueItems",keyword:"uniqueItems",params:{i: i98, j: j46},message:"must NOT have duplicate items (items ## "+j46+" and "+i98+" are identical)"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
break;
}
indices46[item46] = i98;
}
}
}
else {
const err487 = {instancePath:instancePath+"/gate/stale-approvals/security-paths",schemaPath:"#/properties/gate/properties/stale-approvals/properties/security-paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
}
else {
const err488 = {instancePath:instancePath+"/gate/stale-approvals",schemaPath:"#/properties/gate/properties/stale-approvals/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
if(data158["security-review"] !== undefined){
let data222 = data158["security-review"];
if(data222 && typeof data222 == "object" && !Array.isArray(data222)){
for(const key43 in data222){
if(!(key43 === "roles")){
const err489 = {instancePath:instancePath+"/gate/security-review",schemaPath:"#/properties/gate/properties/security-review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
if(data222.roles !== undefined){
let data223 = data222.roles;
if(Array.isArray(data223)){
const len52 = data223.length;
for(let i99=0; i99<len52; i99++){
let data224 = data223[i99];
if(typeof data224 !== "string"){
const err490 = {instancePath:instancePath+"/gate/security-review/roles/" + i99,schemaPath:"#/properties/gate/properties/security-review/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
if(!((((data224 === "security-lead") || (data224 === "isms-owner")) || (data224 === "on-call")) || (data224 === "cryptographer"))){
const err491 = {instancePath:instancePath+"/gate/security-review/roles/" + i99,schemaPath:"#/properties/gate/properties/security-review/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties["security-review"].properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
let i100 = data223.length;
let j47;
if(i100 > 1){
const indices47 = {};
for(;i100--;){
let item47 = data223[i100];
if(typeof item47 !== "string"){
continue;
}
if(typeof indices47[item47] == "number"){
j47 = indices47[item47];
const err492 = {instancePath:instancePath+"/gate/security-review/roles",schemaPath:"#/properties/gate/properties/security-review/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i100, j: j47},message:"must NOT have duplicate items (items ## "+j47+" and "+i100+" are identical)"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
break;
}
indices47[item47] = i100;
}
}
}
else {
const err493 = {instancePath:instancePath+"/gate/security-review/roles",schemaPath:"#/properties/gate/properties/security-review/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
}
else {
const err494 = {instancePath:instancePath+"/gate/security-review",schemaPath:"#/properties/gate/properties/security-review/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
if(data158["threat-model"] !== undefined){
let data225 = data158["threat-model"];
if(data225 && typeof data225 == "object" && !Array.isArray(data225)){
for(const key44 in data225){
if(!(((key44 === "heading") || (key44 === "parts")) || (key44 === "documents"))){
const err495 = {instancePath:instancePath+"/gate/threat-model",schemaPath:"#/properties/gate/properties/threat-model/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
if(data225.heading !== undefined){
let data226 = data225.heading;
if(typeof data226 === "string"){
if(func5(data226) < 1){
const err496 = {instancePath:instancePath+"/gate/threat-model/heading",schemaPath:"#/properties/gate/properties/threat-model/properties/heading/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
else {
const err497 = {instancePath:instancePath+"/gate/threat-model/heading",schemaPath:"#/properties/gate/properties/threat-model/properties/heading/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
if(data225.parts !== undefined){
let data227 = data225.parts;
if(Array.isArray(data227)){
const len53 = data227.length;
for(let i101=0; i101<len53; i101++){
let data228 = data227[i101];
if(typeof data228 === "string"){
if(func5(data228) < 1){
const err498 = {instancePath:instancePath+"/gate/threat-model/parts/" + i101,schemaPath:"#/properties/gate/properties/threat-model/properties/parts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
else {
const err499 = {instancePath:instancePath+"/gate/threat-model/parts/" + i101,schemaPath:"#/properties/gate/properties/threat-model/properties/parts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
let i102 = data227.length;
let j48;
if(i102 > 1){
const indices48 = {};
for(;i102--;){
let item48 = data227[i102];
if(typeof item48 !== "string"){
continue;
}
if(typeof indices48[item48] == "number"){
j48 = indices48[item48];
const err500 = {instancePath:instancePath+"/gate/threat-model/parts",schemaPath:"#/properties/gate/properties/threat-model/properties/parts/uniqueItems",keyword:"uniqueItems",params:{i: i102, j: j48},message:"must NOT have duplicate items (items ## "+j48+" and "+i102+" are identical)"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
break;
}
indices48[item48] = i102;
}
}
}
else {
const err501 = {instancePath:instancePath+"/gate/threat-model/parts",schemaPath:"#/properties/gate/properties/threat-model/properties/parts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
if(data225.documents !== undefined){
let data229 = data225.documents;
if(Array.isArray(data229)){
const len54 = data229.length;
for(let i103=0; i103<len54; i103++){
let data230 = data229[i103];
if(typeof data230 === "string"){
if(func5(data230) < 1){
const err502 = {instancePath:instancePath+"/gate/threat-model/documents/" + i103,schemaPath:"#/properties/gate/properties/threat-model/properties/documents/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
if(!pattern2.test(data230)){
const err503 = {instancePath:instancePath+"/gate/threat-model/documents/" + i103,schemaPath:"#/properties/gate/properties/threat-model/properties/documents/items/pattern",keyword:"pattern",params:{pattern: "^[^!]"},message:"must match pattern \""+"^[^!]"+"\""};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
else {
const err504 = {instancePath:instancePath+"/gate/threat-model/documents/" + i103,schemaPath:"#/properties/gate/properties/threat-model/properties/documents/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
let i104 = data229.length;
let j49;
if(i104 > 1){
const indices49 = {};
for(;i104--;){
let item49 = data229[i104];
if(typeof item49 !== "string"){
continue;
}
if(typeof indices49[item49] == "number"){
j49 = indices49[item49];
const err505 = {instancePath:instancePath+"/gate/threat-model/documents",schemaPath:"#/properties/gate/properties/threat-model/properties/documents/uniqueItems",keyword:"uniqueItems",params:{i: i104, j: j49},message:"must NOT have duplicate items (items ## "+j49+" and "+i104+" are identical)"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
break;
}
indices49[item49] = i104;
}
}
}
else {
const err506 = {instancePath:instancePath+"/gate/threat-model/documents",schemaPath:"#/properties/gate/properties/threat-model/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
}
else {
const err507 = {instancePath:instancePath+"/gate/threat-model",schemaPath:"#/properties/gate/properties/threat-model/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
if(data158.emergency !== undefined){
let data231 = data158.emergency;
if(data231 && typeof data231 == "object" && !Array.isArray(data231)){
for(const key45 in data231){
if(!(((((key45 === "authorisers") || (key45 === "security-incident-labels")) || (key45 === "retrospective-hours")) || (key45 === "retrospective-approvers")) || (key45 === "escalate-to"))){
const err508 = {instancePath:instancePath+"/gate/emergency",schemaPath:"#/properties/gate/properties/emergency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
if(data231.authorisers !== undefined){
let data232 = data231.authorisers;
if(Array.isArray(data232)){
const len55 = data232.length;
for(let i105=0; i105<len55; i105++){
let data233 = data232[i105];
if(data233 && typeof data233 == "object" && !Array.isArray(data233)){
if(data233.role === undefined){
const err509 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105,schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
if(data233.when === undefined){
const err510 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105,schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
for(const key46 in data233){
if(!((key46 === "role") || (key46 === "when"))){
const err511 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105,schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
if(data233.role !== undefined){
let data234 = data233.role;
if(typeof data234 !== "string"){
const err512 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105+"/role",schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
if(!((((data234 === "security-lead") || (data234 === "isms-owner")) || (data234 === "on-call")) || (data234 === "cryptographer"))){
const err513 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105+"/role",schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.emergency.properties.authorisers.items.properties.role.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
if(data233.when !== undefined){
let data235 = data233.when;
if(typeof data235 !== "string"){
const err514 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105+"/when",schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/properties/when/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
if(!(((data235 === "any") || (data235 === "security-incident")) || (data235 === "p0"))){
const err515 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105+"/when",schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/properties/when/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.emergency.properties.authorisers.items.properties.when.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
}
else {
const err516 = {instancePath:instancePath+"/gate/emergency/authorisers/" + i105,schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
}
else {
const err517 = {instancePath:instancePath+"/gate/emergency/authorisers",schemaPath:"#/properties/gate/properties/emergency/properties/authorisers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
if(data231["security-incident-labels"] !== undefined){
let data236 = data231["security-incident-labels"];
if(Array.isArray(data236)){
const len56 = data236.length;
for(let i106=0; i106<len56; i106++){
let data237 = data236[i106];
if(typeof data237 === "string"){
if(func5(data237) < 1){
const err518 = {instancePath:instancePath+"/gate/emergency/security-incident-labels/" + i106,schemaPath:"#/properties/gate/properties/emergency/properties/security-incident-labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
else {
const err519 = {instancePath:instancePath+"/gate/emergency/security-incident-labels/" + i106,schemaPath:"#/properties/gate/properties/emergency/properties/security-incident-labels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
let i107 = data236.length;
let j50;
if(i107 > 1){
const indices50 = {};
for(;i107--;){
let item50 = data236[i107];
if(typeof item50 !== "string"){
continue;
}
if(typeof indices50[item50] == "number"){
j50 = indices50[item50];
const err520 = {instancePath:instancePath+"/gate/emergency/security-incident-labels",schemaPath:"#/properties/gate/properties/emergency/properties/security-incident-labels/uniqueItems",keyword:"uniqueItems",params:{i: i107, j: j50},message:"must NOT have duplicate items (items ## "+j50+" and "+i107+" are identical)"};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
break;
}
indices50[item50] = i107;
}
}
}
else {
const err521 = {instancePath:instancePath+"/gate/emergency/security-incident-labels",schemaPath:"#/properties/gate/properties/emergency/properties/security-incident-labels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
if(data231["retrospective-hours"] !== undefined){
let data238 = data231["retrospective-hours"];
if((typeof data238 == "number") && (isFinite(data238))){
if(data238 > 8760 || isNaN(data238)){
const err522 = {instancePath:instancePath+"/gate/emergency/retrospective-hours",schemaPath:"#/properties/gate/properties/emergency/properties/retrospective-hours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
if(data238 <= 0 || isNaN(data238)){
const err523 = {instancePath:instancePath+"/gate/emergency/retrospective-hours",schemaPath:"#/properties/gate/properties/emergency/properties/retrospective-hours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
else {
const err524 = {instancePath:instancePath+"/gate/emergency/retrospective-hours",schemaPath:"#/properties/gate/properties/emergency/properties/retrospective-hours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
if(data231["retrospective-approvers"] !== undefined){
let data239 = data231["retrospective-approvers"];
if(Array.isArray(data239)){
const len57 = data239.length;
for(let i108=0; i108<len57; i108++){
let data240 = data239[i108];
if(typeof data240 !== "string"){
const err525 = {instancePath:instancePath+"/gate/emergency/retrospective-approvers/" + i108,schemaPath:"#/properties/gate/properties/emergency/properties/retrospective-approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
if(!((((data240 === "security-lead") || (data240 === "isms-owner")) || (data240 === "on-call")) || (data240 === "cryptographer"))){
const err526 = {instancePath:instancePath+"/gate/emergency/retrospective-approvers/" + i108,schemaPath:"#/properties/gate/properties/emergency/properties/retrospective-approvers/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.emergency.properties["retrospective-approvers"].items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
let i109 = data239.length;
let j51;
if(i109 > 1){
const indices51 = {};
for(;i109--;){
let item51 = data239[i109];
if(typeof item51 !== "string"){
continue;
}
if(typeof indices51[item51] == "number"){
j51 = indices51[item51];
const err527 = {instancePath:instancePath+"/gate/emergency/retrospective-approvers",schemaPath:"#/properties/gate/properties/emergency/properties/retrospective-approvers/uniqueItems",keyword:"uniqueItems",params:{i: i109, j: j51},message:"must NOT have duplicate items (items ## "+j51+" and "+i109+" are identical)"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
break;
}
indices51[item51] = i109;
}
}
}
else {
const err528 = {instancePath:instancePath+"/gate/emergency/retrospective-approvers",schemaPath:"#/properties/gate/properties/emergency/properties/retrospective-approvers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
if(data231["escalate-to"] !== undefined){
let data241 = data231["escalate-to"];
if(Array.isArray(data241)){
if(data241.length < 1){
const err529 = {instancePath:instancePath+"/gate/emergency/escalate-to",schemaPath:"#/properties/gate/properties/emergency/properties/escalate-to/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
const len58 = data241.length;
for(let i110=0; i110<len58; i110++){
let data242 = data241[i110];
if(typeof data242 !== "string"){
const err530 = {instancePath:instancePath+"/gate/emergency/escalate-to/" + i110,schemaPath:"#/properties/gate/properties/emergency/properties/escalate-to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
if(!((((data242 === "security-lead") || (data242 === "isms-owner")) || (data242 === "on-call")) || (data242 === "cryptographer"))){
const err531 = {instancePath:instancePath+"/gate/emergency/escalate-to/" + i110,schemaPath:"#/properties/gate/properties/emergency/properties/escalate-to/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.emergency.properties["escalate-to"].items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
let i111 = data241.length;
let j52;
if(i111 > 1){
const indices52 = {};
for(;i111--;){
let item52 = data241[i111];
if(typeof item52 !== "string"){
continue;
}
if(typeof indices52[item52] == "number"){
j52 = indices52[item52];
const err532 = {instancePath:instancePath+"/gate/emergency/escalate-to",schemaPath:"#/properties/gate/properties/emergency/properties/escalate-to/uniqueItems",keyword:"uniqueItems",params:{i: i111, j: j52},message:"must NOT have duplicate items (items ## "+j52+" and "+i111+" are identical)"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
break;
}
indices52[item52] = i111;
}
}
}
else {
const err533 = {instancePath:instancePath+"/gate/emergency/escalate-to",schemaPath:"#/properties/gate/properties/emergency/properties/escalate-to/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
}
else {
const err534 = {instancePath:instancePath+"/gate/emergency",schemaPath:"#/properties/gate/properties/emergency/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
if(data158.infrastructure !== undefined){
let data243 = data158.infrastructure;
if(data243 && typeof data243 == "object" && !Array.isArray(data243)){
for(const key47 in data243){
if(!(key47 === "roles")){
const err535 = {instancePath:instancePath+"/gate/infrastructure",schemaPath:"#/properties/gate/properties/infrastructure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data243.roles !== undefined){
let data244 = data243.roles;
if(Array.isArray(data244)){
const len59 = data244.length;
for(let i112=0; i112<len59; i112++){
let data245 = data244[i112];
if(typeof data245 !== "string"){
const err536 = {instancePath:instancePath+"/gate/infrastructure/roles/" + i112,schemaPath:"#/properties/gate/properties/infrastructure/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
if(!((((data245 === "security-lead") || (data245 === "isms-owner")) || (data245 === "on-call")) || (data245 === "cryptographer"))){
const err537 = {instancePath:instancePath+"/gate/infrastructure/roles/" + i112,schemaPath:"#/properties/gate/properties/infrastructure/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.infrastructure.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
let i113 = data244.length;
let j53;
if(i113 > 1){
const indices53 = {};
for(;i113--;){
let item53 = data244[i113];
if(typeof item53 !== "string"){
continue;
}
if(typeof indices53[item53] == "number"){
j53 = indices53[item53];
const err538 = {instancePath:instancePath+"/gate/infrastructure/roles",schemaPath:"#/properties/gate/properties/infrastructure/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i113, j: j53},message:"must NOT have duplicate items (items ## "+j53+" and "+i113+" are identical)"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
break;
}
indices53[item53] = i113;
}
}
}
else {
const err539 = {instancePath:instancePath+"/gate/infrastructure/roles",schemaPath:"#/properties/gate/properties/infrastructure/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
}
else {
const err540 = {instancePath:instancePath+"/gate/infrastructure",schemaPath:"#/properties/gate/properties/infrastructure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
if(data158["access-control"] !== undefined){
let data246 = data158["access-control"];
if(data246 && typeof data246 == "object" && !Array.isArray(data246)){
for(const key48 in data246){
if(!(key48 === "roles")){
const err541 = {instancePath:instancePath+"/gate/access-control",schemaPath:"#/properties/gate/properties/access-control/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
if(data246.roles !== undefined){
let data247 = data246.roles;
if(Array.isArray(data247)){
const len60 = data247.length;
for(let i114=0; i114<len60; i114++){
let data248 = data247[i114];
if(typeof data248 !== "string"){
const err542 = {instancePath:instancePath+"/gate/access-control/roles/" + i114,schemaPath:"#/properties/gate/properties/access-control/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
if(!((((data248 === "security-lead") || (data248 === "isms-owner")) || (data248 === "on-call")) || (data248 === "cryptographer"))){
const err543 = {instancePath:instancePath+"/gate/access-control/roles/" + i114,schemaPath:"#/properties/gate/properties/access-control/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties["access-control"].properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
}
let i115 = data247.length;
let j54;
if(i115 > 1){
const indices54 = {};
for(;i115--;){
let item54 = data247[i115];
if(typeof item54 !== "string"){
continue;
}
if(typeof indices54[item54] == "number"){
j54 = indices54[item54];
const err544 = {instancePath:instancePath+"/gate/access-control/roles",schemaPath:"#/properties/gate/properties/access-control/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i115, j: j54},message:"must NOT have duplicate items (items ## "+j54+" and "+i115+" are identical)"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
break;
}
indices54[item54] = i115;
}
}
}
else {
const err545 = {instancePath:instancePath+"/gate/access-control/roles",schemaPath:"#/properties/gate/properties/access-control/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
}
else {
const err546 = {instancePath:instancePath+"/gate/access-control",schemaPath:"#/properties/gate/properties/access-control/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
if(data158.cryptographic !== undefined){
let data249 = data158.cryptographic;
if(data249 && typeof data249 == "object" && !Array.isArray(data249)){
for(const key49 in data249){
if(!(((key49 === "review") || (key49 === "roles")) || (key49 === "self-review-heading"))){
const err547 = {instancePath:instancePath+"/gate/cryptographic",schemaPath:"#/properties/gate/properties/cryptographic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data249.review !== undefined){
let data250 = data249.review;
if(typeof data250 !== "string"){
const err548 = {instancePath:instancePath+"/gate/cryptographic/review",schemaPath:"#/properties/gate/properties/cryptographic/properties/review/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
if(!((data250 === "approval") || (data250 === "self-review"))){
const err549 = {instancePath:instancePath+"/gate/cryptographic/review",schemaPath:"#/properties/gate/properties/cryptographic/properties/review/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.cryptographic.properties.review.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
if(data249.roles !== undefined){
let data251 = data249.roles;
if(Array.isArray(data251)){
const len61 = data251.length;
for(let i116=0; i116<len61; i116++){
let data252 = data251[i116];
if(typeof data252 !== "string"){
const err550 = {instancePath:instancePath+"/gate/cryptographic/roles/" + i116,schemaPath:"#/properties/gate/properties/cryptographic/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
if(!((((data252 === "security-lead") || (data252 === "isms-owner")) || (data252 === "on-call")) || (data252 === "cryptographer"))){
const err551 = {instancePath:instancePath+"/gate/cryptographic/roles/" + i116,schemaPath:"#/properties/gate/properties/cryptographic/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.cryptographic.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
let i117 = data251.length;
let j55;
if(i117 > 1){
const indices55 = {};
for(;i117--;){
let item55 = data251[i117];
if(typeof item55 !== "string"){
continue;
}
if(typeof indices55[item55] == "number"){
j55 = indices55[item55];
const err552 = {instancePath:instancePath+"/gate/cryptographic/roles",schemaPath:"#/properties/gate/properties/cryptographic/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i117, j: j55},message:"must NOT have duplicate items (items ## "+j55+" and "+i117+" are identical)"};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
break;
}
indices55[item55] = i117;
}
}
}
else {
const err553 = {instancePath:instancePath+"/gate/cryptographic/roles",schemaPath:"#/properties/gate/properties/cryptographic/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
if(data249["self-review-heading"] !== undefined){
let data253 = data249["self-review-heading"];
if(typeof data253 === "string"){
if(func5(data253) < 1){
const err554 = {instancePath:instancePath+"/gate/cryptographic/self-review-heading",schemaPath:"#/properties/gate/properties/cryptographic/properties/self-review-heading/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
else {
const err555 = {instancePath:instancePath+"/gate/cryptographic/self-review-heading",schemaPath:"#/properties/gate/properties/cryptographic/properties/self-review-heading/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
}
else {
const err556 = {instancePath:instancePath+"/gate/cryptographic",schemaPath:"#/properties/gate/properties/cryptographic/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
}
else {
const err557 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
if(data.monitor !== undefined){
let data254 = data.monitor;
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
for(const key50 in data254){
if(!(func2.call(schema11.properties.monitor.properties, key50))){
const err558 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
}
if(data254.window !== undefined){
let data255 = data254.window;
if(typeof data255 === "string"){
if(func5(data255) < 2){
const err559 = {instancePath:instancePath+"/monitor/window",schemaPath:"#/properties/monitor/properties/window/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
if(!pattern62.test(data255)){
const err560 = {instancePath:instancePath+"/monitor/window",schemaPath:"#/properties/monitor/properties/window/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
else {
const err561 = {instancePath:instancePath+"/monitor/window",schemaPath:"#/properties/monitor/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
if(data254.interval !== undefined){
let data256 = data254.interval;
if(typeof data256 === "string"){
if(func5(data256) < 2){
const err562 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/properties/monitor/properties/interval/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
if(!pattern62.test(data256)){
const err563 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/properties/monitor/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
else {
const err564 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/properties/monitor/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
if(data254["initial-delay"] !== undefined){
let data257 = data254["initial-delay"];
if(typeof data257 === "string"){
if(func5(data257) < 1){
const err565 = {instancePath:instancePath+"/monitor/initial-delay",schemaPath:"#/properties/monitor/properties/initial-delay/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
if(!pattern64.test(data257)){
const err566 = {instancePath:instancePath+"/monitor/initial-delay",schemaPath:"#/properties/monitor/properties/initial-delay/pattern",keyword:"pattern",params:{pattern: "^(?:0|(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?)$"},message:"must match pattern \""+"^(?:0|(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?)$"+"\""};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
else {
const err567 = {instancePath:instancePath+"/monitor/initial-delay",schemaPath:"#/properties/monitor/properties/initial-delay/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
if(data254["failure-limit"] !== undefined){
let data258 = data254["failure-limit"];
if(!(((typeof data258 == "number") && (!(data258 % 1) && !isNaN(data258))) && (isFinite(data258)))){
const err568 = {instancePath:instancePath+"/monitor/failure-limit",schemaPath:"#/properties/monitor/properties/failure-limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
if((typeof data258 == "number") && (isFinite(data258))){
if(data258 > 100 || isNaN(data258)){
const err569 = {instancePath:instancePath+"/monitor/failure-limit",schemaPath:"#/properties/monitor/properties/failure-limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
if(data258 < 0 || isNaN(data258)){
const err570 = {instancePath:instancePath+"/monitor/failure-limit",schemaPath:"#/properties/monitor/properties/failure-limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
}
if(data254["consecutive-error-limit"] !== undefined){
let data259 = data254["consecutive-error-limit"];
if(!(((typeof data259 == "number") && (!(data259 % 1) && !isNaN(data259))) && (isFinite(data259)))){
const err571 = {instancePath:instancePath+"/monitor/consecutive-error-limit",schemaPath:"#/properties/monitor/properties/consecutive-error-limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
if((typeof data259 == "number") && (isFinite(data259))){
if(data259 > 100 || isNaN(data259)){
const err572 = {instancePath:instancePath+"/monitor/consecutive-error-limit",schemaPath:"#/properties/monitor/properties/consecutive-error-limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
if(data259 < 0 || isNaN(data259)){
const err573 = {instancePath:instancePath+"/monitor/consecutive-error-limit",schemaPath:"#/properties/monitor/properties/consecutive-error-limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
}
if(data254.baseline !== undefined){
let data260 = data254.baseline;
if(!((((data260 === "auto") || (data260 === "same-minutes")) || (data260 === "before-deploy")) || (data260 === "none"))){
const err574 = {instancePath:instancePath+"/monitor/baseline",schemaPath:"#/properties/monitor/properties/baseline/enum",keyword:"enum",params:{allowedValues: schema11.properties.monitor.properties.baseline.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
if(data254["auth-routes"] !== undefined){
let data261 = data254["auth-routes"];
if(Array.isArray(data261)){
if(data261.length > 50){
const err575 = {instancePath:instancePath+"/monitor/auth-routes",schemaPath:"#/properties/monitor/properties/auth-routes/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
const len62 = data261.length;
for(let i118=0; i118<len62; i118++){
let data262 = data261[i118];
if(typeof data262 === "string"){
if(!pattern65.test(data262)){
const err576 = {instancePath:instancePath+"/monitor/auth-routes/" + i118,schemaPath:"#/properties/monitor/properties/auth-routes/items/pattern",keyword:"pattern",params:{pattern: "^/[^\\s*]*(?:/\\*)?$"},message:"must match pattern \""+"^/[^\\s*]*(?:/\\*)?$"+"\""};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
else {
const err577 = {instancePath:instancePath+"/monitor/auth-routes/" + i118,schemaPath:"#/properties/monitor/properties/auth-routes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
}
else {
const err578 = {instancePath:instancePath+"/monitor/auth-routes",schemaPath:"#/properties/monitor/properties/auth-routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data254.loki !== undefined){
let data263 = data254.loki;
if(data263 && typeof data263 == "object" && !Array.isArray(data263)){
for(const key51 in data263){
if(!(key51 === "selector")){
const err579 = {instancePath:instancePath+"/monitor/loki",schemaPath:"#/properties/monitor/properties/loki/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
if(data263.selector !== undefined){
let data264 = data263.selector;
if(typeof data264 === "string"){
if(!pattern66.test(data264)){
const err580 = {instancePath:instancePath+"/monitor/loki/selector",schemaPath:"#/properties/monitor/properties/loki/properties/selector/pattern",keyword:"pattern",params:{pattern: "^\\{.*\\}$"},message:"must match pattern \""+"^\\{.*\\}$"+"\""};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
else {
const err581 = {instancePath:instancePath+"/monitor/loki/selector",schemaPath:"#/properties/monitor/properties/loki/properties/selector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
}
else {
const err582 = {instancePath:instancePath+"/monitor/loki",schemaPath:"#/properties/monitor/properties/loki/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
}
if(data254.metrics !== undefined){
let data265 = data254.metrics;
if(Array.isArray(data265)){
if(data265.length > 20){
const err583 = {instancePath:instancePath+"/monitor/metrics",schemaPath:"#/properties/monitor/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
if(data265.length < 1){
const err584 = {instancePath:instancePath+"/monitor/metrics",schemaPath:"#/properties/monitor/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
const len63 = data265.length;
for(let i119=0; i119<len63; i119++){
let data266 = data265[i119];
if(data266 && typeof data266 == "object" && !Array.isArray(data266)){
if(data266.name === undefined){
const err585 = {instancePath:instancePath+"/monitor/metrics/" + i119,schemaPath:"#/properties/monitor/properties/metrics/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
if(data266.source === undefined){
const err586 = {instancePath:instancePath+"/monitor/metrics/" + i119,schemaPath:"#/properties/monitor/properties/metrics/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
if(data266.threshold === undefined){
const err587 = {instancePath:instancePath+"/monitor/metrics/" + i119,schemaPath:"#/properties/monitor/properties/metrics/items/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
for(const key52 in data266){
if(!((((((((key52 === "name") || (key52 === "source")) || (key52 === "template")) || (key52 === "query")) || (key52 === "samples-query")) || (key52 === "threshold")) || (key52 === "min-samples")) || (key52 === "trigger"))){
const err588 = {instancePath:instancePath+"/monitor/metrics/" + i119,schemaPath:"#/properties/monitor/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
}
if(data266.name !== undefined){
let data267 = data266.name;
if(typeof data267 === "string"){
if(!pattern0.test(data267)){
const err589 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/name",schemaPath:"#/properties/monitor/properties/metrics/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
}
else {
const err590 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/name",schemaPath:"#/properties/monitor/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
if(data266.source !== undefined){
let data268 = data266.source;
if(!((((data268 === "loki") || (data268 === "prometheus")) || (data268 === "cloudflare")) || (data268 === "probes"))){
const err591 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/source",schemaPath:"#/properties/monitor/properties/metrics/items/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.properties.monitor.properties.metrics.items.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
if(data266.template !== undefined){
let data269 = data266.template;
if(!(((((((data269 === "error-rate") || (data269 === "latency-p50")) || (data269 === "latency-p90")) || (data269 === "latency-p95")) || (data269 === "latency-p99")) || (data269 === "auth-success-rate")) || (data269 === "synthetic"))){
const err592 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/template",schemaPath:"#/properties/monitor/properties/metrics/items/properties/template/enum",keyword:"enum",params:{allowedValues: schema11.properties.monitor.properties.metrics.items.properties.template.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
if(data266.query !== undefined){
let data270 = data266.query;
if(typeof data270 === "string"){
if(func5(data270) < 1){
const err593 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/query",schemaPath:"#/properties/monitor/properties/metrics/items/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
else {
const err594 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/query",schemaPath:"#/properties/monitor/properties/metrics/items/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
if(data266["samples-query"] !== undefined){
let data271 = data266["samples-query"];
if(typeof data271 === "string"){
if(func5(data271) < 1){
const err595 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/samples-query",schemaPath:"#/properties/monitor/properties/metrics/items/properties/samples-query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
}
else {
const err596 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/samples-query",schemaPath:"#/properties/monitor/properties/metrics/items/properties/samples-query/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
}
if(data266.threshold !== undefined){
let data272 = data266.threshold;
if(data272 && typeof data272 == "object" && !Array.isArray(data272)){
if(data272.kind === undefined){
const err597 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
if(data272.operator === undefined){
const err598 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
if(data272.value === undefined){
const err599 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
for(const key53 in data272){
if(!(((key53 === "kind") || (key53 === "operator")) || (key53 === "value"))){
const err600 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
if(data272.kind !== undefined){
let data273 = data272.kind;
if(!((data273 === "absolute") || (data273 === "relative"))){
const err601 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold/kind",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.monitor.properties.metrics.items.properties.threshold.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
}
if(data272.operator !== undefined){
let data274 = data272.operator;
if(!((((data274 === ">") || (data274 === ">=")) || (data274 === "<")) || (data274 === "<="))){
const err602 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold/operator",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/properties/operator/enum",keyword:"enum",params:{allowedValues: schema11.properties.monitor.properties.metrics.items.properties.threshold.properties.operator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
}
if(data272.value !== undefined){
let data275 = data272.value;
if(!((typeof data275 == "number") && (isFinite(data275)))){
const err603 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold/value",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
}
else {
const err604 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/threshold",schemaPath:"#/properties/monitor/properties/metrics/items/properties/threshold/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
if(data266["min-samples"] !== undefined){
let data276 = data266["min-samples"];
if(!(((typeof data276 == "number") && (!(data276 % 1) && !isNaN(data276))) && (isFinite(data276)))){
const err605 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/min-samples",schemaPath:"#/properties/monitor/properties/metrics/items/properties/min-samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
if((typeof data276 == "number") && (isFinite(data276))){
if(data276 > 1000000 || isNaN(data276)){
const err606 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/min-samples",schemaPath:"#/properties/monitor/properties/metrics/items/properties/min-samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
if(data276 < 1 || isNaN(data276)){
const err607 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/min-samples",schemaPath:"#/properties/monitor/properties/metrics/items/properties/min-samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
}
}
if(data266.trigger !== undefined){
let data277 = data266.trigger;
if(!((((data277 === "error rate > 5 %") || (data277 === "critical functionality broken")) || (data277 === "security issue introduced")) || (data277 === "performance degradation > 50 %"))){
const err608 = {instancePath:instancePath+"/monitor/metrics/" + i119+"/trigger",schemaPath:"#/properties/monitor/properties/metrics/items/properties/trigger/enum",keyword:"enum",params:{allowedValues: schema11.properties.monitor.properties.metrics.items.properties.trigger.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
}
}
else {
const err609 = {instancePath:instancePath+"/monitor/metrics/" + i119,schemaPath:"#/properties/monitor/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
}
else {
const err610 = {instancePath:instancePath+"/monitor/metrics",schemaPath:"#/properties/monitor/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
}
else {
const err611 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
}
if(data.rollback !== undefined){
let data278 = data.rollback;
if(data278 && typeof data278 == "object" && !Array.isArray(data278)){
for(const key54 in data278){
if(!((((((key54 === "loop-window-minutes") || (key54 === "direct-push")) || (key54 === "inconclusive")) || (key54 === "retries")) || (key54 === "deadline-seconds")) || (key54 === "health-timeout-seconds"))){
const err612 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
}
if(data278["loop-window-minutes"] !== undefined){
let data279 = data278["loop-window-minutes"];
if(!(((typeof data279 == "number") && (!(data279 % 1) && !isNaN(data279))) && (isFinite(data279)))){
const err613 = {instancePath:instancePath+"/rollback/loop-window-minutes",schemaPath:"#/properties/rollback/properties/loop-window-minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
if((typeof data279 == "number") && (isFinite(data279))){
if(data279 > 10080 || isNaN(data279)){
const err614 = {instancePath:instancePath+"/rollback/loop-window-minutes",schemaPath:"#/properties/rollback/properties/loop-window-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10080},message:"must be <= 10080"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
if(data279 < 1 || isNaN(data279)){
const err615 = {instancePath:instancePath+"/rollback/loop-window-minutes",schemaPath:"#/properties/rollback/properties/loop-window-minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
}
}
if(data278["direct-push"] !== undefined){
if(typeof data278["direct-push"] !== "boolean"){
const err616 = {instancePath:instancePath+"/rollback/direct-push",schemaPath:"#/properties/rollback/properties/direct-push/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
if(data278.inconclusive !== undefined){
let data281 = data278.inconclusive;
if(!((data281 === "page") || (data281 === "rollback"))){
const err617 = {instancePath:instancePath+"/rollback/inconclusive",schemaPath:"#/properties/rollback/properties/inconclusive/enum",keyword:"enum",params:{allowedValues: schema11.properties.rollback.properties.inconclusive.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
}
if(data278.retries !== undefined){
let data282 = data278.retries;
if(!(((typeof data282 == "number") && (!(data282 % 1) && !isNaN(data282))) && (isFinite(data282)))){
const err618 = {instancePath:instancePath+"/rollback/retries",schemaPath:"#/properties/rollback/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
if((typeof data282 == "number") && (isFinite(data282))){
if(data282 > 10 || isNaN(data282)){
const err619 = {instancePath:instancePath+"/rollback/retries",schemaPath:"#/properties/rollback/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
if(data282 < 0 || isNaN(data282)){
const err620 = {instancePath:instancePath+"/rollback/retries",schemaPath:"#/properties/rollback/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
}
if(data278["deadline-seconds"] !== undefined){
let data283 = data278["deadline-seconds"];
if(!(((typeof data283 == "number") && (!(data283 % 1) && !isNaN(data283))) && (isFinite(data283)))){
const err621 = {instancePath:instancePath+"/rollback/deadline-seconds",schemaPath:"#/properties/rollback/properties/deadline-seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
if((typeof data283 == "number") && (isFinite(data283))){
if(data283 > 900 || isNaN(data283)){
const err622 = {instancePath:instancePath+"/rollback/deadline-seconds",schemaPath:"#/properties/rollback/properties/deadline-seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 900},message:"must be <= 900"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
if(data283 < 30 || isNaN(data283)){
const err623 = {instancePath:instancePath+"/rollback/deadline-seconds",schemaPath:"#/properties/rollback/properties/deadline-seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 30},message:"must be >= 30"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
}
if(data278["health-timeout-seconds"] !== undefined){
let data284 = data278["health-timeout-seconds"];
if(!(((typeof data284 == "number") && (!(data284 % 1) && !isNaN(data284))) && (isFinite(data284)))){
const err624 = {instancePath:instancePath+"/rollback/health-timeout-seconds",schemaPath:"#/properties/rollback/properties/health-timeout-seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
if((typeof data284 == "number") && (isFinite(data284))){
if(data284 > 600 || isNaN(data284)){
const err625 = {instancePath:instancePath+"/rollback/health-timeout-seconds",schemaPath:"#/properties/rollback/properties/health-timeout-seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
if(data284 < 0 || isNaN(data284)){
const err626 = {instancePath:instancePath+"/rollback/health-timeout-seconds",schemaPath:"#/properties/rollback/properties/health-timeout-seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
}
}
else {
const err627 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
}
else {
const err628 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

// EXTERNAL MODULE: ../policy/src/index.ts + 2 modules
var src = __webpack_require__(1442);
;// CONCATENATED MODULE: ../policy/src/parse.ts









/** Policy files are small; anything larger is a mistake or an attack on the parser. */
const POLICY_MAX_BYTES = 256 * 1024;
const MAX_ALIASES = 100;
function parse_validate(value) {
    return validate_policy(value) ? [] : (validate_policy.errors ?? []);
}
/**
 * Parses and validates a policy file's text. `file` is only used to name the file in problems.
 * Throws `PolicyError` with every problem found.
 */
function parsePolicy(text, file) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > POLICY_MAX_BYTES) {
        throw new src/* PolicyError */.pn([
            { file, pointer: '', message: `the policy is ${bytes} bytes; at most ${POLICY_MAX_BYTES} are accepted` },
        ]);
    }
    if (text.includes('\uFFFD')) {
        throw new src/* PolicyError */.pn([{ file, pointer: '', message: 'the policy is not valid UTF-8' }]);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
    const at = (offset) => {
        if (offset === undefined)
            return {};
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => ({ file, ...at(e.pos[0]), pointer: '', message: `YAML: ${firstLine(e.message)}` }));
    if (yamlProblems.length > 0)
        throw new src/* PolicyError */.pn(yamlProblems);
    if (doc.contents === null) {
        throw new src/* PolicyError */.pn([
            { file, pointer: '', message: 'the policy is empty; write `version: 1`, or delete the file to use the procedure defaults' },
        ]);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        throw new src/* PolicyError */.pn([
            { file, pointer: '', message: `YAML: ${error instanceof Error ? error.message : String(error)} (at most ${MAX_ALIASES} alias expansions)` },
        ]);
    }
    const errors = parse_validate(value);
    if (errors.length > 0) {
        throw new src/* PolicyError */.pn(dedupe(errors.map((e) => describe(e, doc, file, at))));
    }
    const raw = value;
    try {
        const classify = (0,classify_convert/* toClassifyPolicy */.gZ)({ ...(raw.classify ? { classify: raw.classify } : {}), ...(raw.windows ? { windows: raw.windows } : {}) });
        return {
            version: 1,
            commits: (0,commits/* toCommitPolicy */.pB)(raw.commits),
            classify,
            gate: (0,gate_convert/* toGatePolicy */.Z)(raw.gate),
            monitor: toMonitorPolicy(raw.monitor),
            rollback: toRollbackPolicy(raw.rollback),
        };
    }
    catch (error) {
        // What the schema cannot check (regular expressions, globs, time zones, hours, dates, slots)
        // the sections check themselves, naming the key at fault.
        if (!(error instanceof section/* PolicySectionError */.WE))
            throw error;
        const path = error.key.split(/[.[\]]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const node = doc.getIn(path, true);
        throw new src/* PolicyError */.pn([{ file, ...at(node?.range?.[0]), pointer: `/${path.join('/')}`, message: error.message }]);
    }
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
function describe(error, doc, file, at) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const where = path.length > 0 ? path.join('.') : 'the policy';
    let node = doc.getIn(path, true);
    let message;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            node = keyNode(doc, path, key) ?? node;
            const accepted = Object.keys(schemaAt(path)?.properties ?? {});
            message = `${where}: unknown key "${key}"; accepted: ${accepted.join(', ')}`;
            break;
        }
        case 'enum':
            message = `${where}: ${show(valueAt(doc, path))} is not accepted; accepted: ${error.params.allowedValues.join(', ')}`;
            break;
        case 'const':
            message = `${where}: must be ${JSON.stringify(error.params.allowedValue)}`;
            break;
        case 'required':
            message = `${where}: "${String(error.params.missingProperty)}" is required`;
            break;
        default:
            message = `${where}: ${error.message ?? 'is not valid'}`;
    }
    return { file, ...at(node?.range?.[0]), pointer: error.instancePath, message };
}
function keyNode(doc, path, key) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    const pair = parent.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
}
function valueAt(doc, path) {
    const node = doc.getIn(path, true);
    return (0,dist/* isScalar */.jn)(node) ? node.value : node;
}
function show(value) {
    return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}
/** The schema of the object at `path`, for listing the keys it accepts. */
function schemaAt(path) {
    let node = src/* policySchema */.wh;
    for (const segment of path)
        node = node?.properties?.[segment];
    return node;
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.line}:${p.column}:${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ })

};
