"use strict";
exports.id = 131;
exports.ids = [131];
exports.modules = {

/***/ 41:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vl: () => (/* binding */ ContractError),
/* harmony export */   lK: () => (/* binding */ serialize),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony exports CONTRACT_MAX_BYTES, check */
/** A document that is not a valid artifact of the expected kind and version. */
class ContractError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map((p) => `${p.file}${p.pointer ? ` ${p.pointer}` : ''}: ${p.message}`).join('\n'));
        this.name = 'ContractError';
        this.file = file;
        this.problems = problems;
    }
}
/** Documents are small; anything larger is a mistake or an attack on the parser. */
const CONTRACT_MAX_BYTES = 8 * 1024 * 1024;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Checks an already-parsed value (a GitHub Deployment payload, say) against the contract. */
function check(contract, value, file) {
    const one = (pointer, message) => new ContractError(file, [{ file, pointer, message }]);
    if (!isObject(value))
        throw one('', `is not a ${contract.kind} (${contract.producer}): a JSON object is expected`);
    if (value['kind'] !== contract.kind) {
        throw one('/kind', value['kind'] === undefined
            ? `has no "kind": it is not a ${contract.kind} (${contract.producer})`
            : `is a ${JSON.stringify(value['kind'])}, not a ${contract.kind}; pass ${contract.producer}`);
    }
    if (value['version'] !== contract.version) {
        throw one('/version', `version ${JSON.stringify(value['version'])} of ${contract.kind} is not supported; this reader accepts version ${contract.version}`);
    }
    if (!contract.validate(value)) {
        const problems = dedupe((contract.validate.errors ?? []).map((e) => ({ file, pointer: e.instancePath, message: describe(e, contract.schema) })));
        throw new ContractError(file, problems);
    }
    return value;
}
/** Reads a document's text: JSON only, one object, of the contract's kind and version. */
function parse(contract, text, file) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > CONTRACT_MAX_BYTES) {
        throw new ContractError(file, [{ file, pointer: '', message: `is ${bytes} bytes; a ${contract.kind} is at most ${CONTRACT_MAX_BYTES}` }]);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new ContractError(file, [
            { file, pointer: '', message: `is not JSON (${error instanceof Error ? error.message : String(error)}); pass ${contract.producer}` },
        ]);
    }
    return check(contract, value, file);
}
/**
 * The document as the one writer writes it. A value the schema refuses is a defect of the
 * producer: it throws rather than hand the next action a file its reader would refuse.
 */
function serialize(contract, value, options = {}) {
    check(contract, value, `the ${contract.kind} being written`);
    return options.compact ? JSON.stringify(value) : `${JSON.stringify(value, null, 2)}\n`;
}
function schemaAt(schema, pointer) {
    let node = schema;
    for (const segment of pointer.split('/').slice(1)) {
        node = /^\d+$/.test(segment) ? node?.items : node?.properties?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
}
function describe(error, schema) {
    switch (error.keyword) {
        case 'required':
            return `"${String(error.params.missingProperty)}" is required`;
        case 'additionalProperties': {
            const accepted = Object.keys(schemaAt(schema, error.instancePath)?.properties ?? {});
            return `unknown field "${String(error.params.additionalProperty)}"; accepted: ${accepted.join(', ')}`;
        }
        case 'enum':
            return `is not accepted; accepted: ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `must be ${JSON.stringify(error.params.allowedValue)}`;
        default:
            return error.message ?? 'is not valid';
    }
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.pointer}:${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iG: () => (/* binding */ incidentSchema),
/* harmony export */   jw: () => (/* binding */ changeRecordSchema),
/* harmony export */   vF: () => (/* binding */ rollbackPlanSchema)
/* harmony export */ });
/* unused harmony exports ROLLBACK_MODES, deploymentPayloadSchema, monitorVerdictSchema, schemas */
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4787);
/**
 * The JSON Schemas of every artifact, plain data: scripts/build.mjs publishes each as
 * `schema/<kind>.v<version>.schema.json` and compiles its validator ahead of time, so readers
 * validate without loading a schema compiler.
 */

const BASE = 'https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/change-record/schema';
const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const texts = { type: 'array', items: text };
const count = { type: 'integer', minimum: 0 };
/** An ISO 8601 time as `Date.prototype.toISOString` writes it. */
const timestamp = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' };
function envelope(kind, version, title, description) {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `${BASE}/${kind}.v${version}.schema.json`,
        title,
        description,
        type: 'object',
    };
}
const evidence = {
    type: 'object',
    properties: {
        file: text,
        commit: text,
        line: { type: 'integer', minimum: 0 },
        side: { enum: ['old', 'new'] },
        text,
        note: text,
    },
};
const finding = {
    type: 'object',
    required: ['rule', 'reason', 'evidence'],
    properties: { rule: text, reason: text, evidence: { type: 'array', items: evidence } },
};
/** Where a policy came from: a file at a ref, or the procedure's defaults. */
const policySource = {
    type: 'object',
    required: ['kind', 'path', 'ref'],
    properties: { kind: { enum: ['file', 'defaults'] }, path: text, ref: text },
};
const changeRecordSchema = {
    ...envelope('change-record', 1, 'change record (classify-change record-path)', 'What classify-change decided about one change, why, and under which policy.'),
    additionalProperties: false,
    required: ['kind', 'version', 'repository', 'event', 'base', 'head', 'diffBase', 'gatheredFrom', 'apiCalls', 'policy', 'evaluatedAt', 'files', 'commits', 'record'],
    properties: {
        kind: { const: 'change-record' },
        version: { const: 1 },
        repository: text,
        event: text,
        pullRequest: { type: 'integer', minimum: 1 },
        base: text,
        head: text,
        diffBase: text,
        gatheredFrom: text,
        apiCalls: count,
        policy: policySource,
        evaluatedAt: timestamp,
        files: count,
        commits: count,
        record: {
            type: 'object',
            required: ['changeType', 'securityRelevant', 'special', 'major', 'rollbackSafe', 'rollbackUnsafeReasons', 'window', 'triggers', 'decisions', 'dependencies', 'labels'],
            properties: {
                changeType: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf] },
                severity: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC] },
                securityRelevant: { type: 'boolean' },
                special: { type: 'array', items: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECIAL_KINDS */ .MZ] } },
                major: { type: 'boolean' },
                rollbackSafe: { type: 'boolean' },
                rollbackUnsafeReasons: { type: 'array', items: finding },
                window: {
                    type: 'object',
                    required: ['open', 'rule', 'reason', 'localTime'],
                    properties: { open: { type: 'boolean' }, exempt: { type: 'boolean' }, rule: text, reason: text, localTime: text },
                },
                triggers: {
                    type: 'array',
                    items: { ...finding, required: [...finding.required, 'trigger'], properties: { ...finding.properties, trigger: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .TRIGGER_KINDS */ .V9] } } },
                },
                decisions: {
                    type: 'array',
                    items: { ...finding, required: [...finding.required, 'outcome'], properties: { ...finding.properties, outcome: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf, 'major', 'severity'] } } },
                },
                dependencies: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['ecosystem', 'name', 'change', 'direct', 'dev', 'thirdParty', 'evidence'],
                        properties: {
                            ecosystem: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .ECOSYSTEMS */ .SQ] },
                            name: text,
                            change: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPENDENCY_CHANGES */ .AS] },
                            direct: { type: 'boolean' },
                            dev: { type: 'boolean' },
                            thirdParty: { type: 'boolean' },
                            from: text,
                            to: text,
                            evidence: { type: 'array', items: evidence },
                        },
                    },
                },
                labels: texts,
            },
        },
    },
};
const ROLLBACK_MODES = ['rollback', 'forward-fix-only', 'refused', 'none'];
const rollbackPlanSchema = {
    ...envelope('rollback-plan', 1, 'rollback plan (wrangler-deploy-verify rollback-plan-file)', 'The version to roll back to, recorded before the deploy, and the exact command; read by auto-revert-on-threshold and post-deploy-monitor.'),
    additionalProperties: false,
    required: ['kind', 'version', 'mode', 'worker', 'environment', 'target_version_id', 'target', 'new_version_id', 'recommended', 'trigger', 'command', 'argv', 'working_directory', 'reasons', 'caveats', 'recorded_at'],
    properties: {
        kind: { const: 'rollback-plan' },
        version: { const: 1 },
        mode: { enum: [...ROLLBACK_MODES] },
        worker: nullableText,
        environment: nullableText,
        target_version_id: nullableText,
        target: {
            oneOf: [
                { type: 'null' },
                {
                    type: 'object',
                    required: ['version_id', 'percentage', 'number', 'tag', 'message', 'created_on'],
                    properties: {
                        version_id: text,
                        percentage: { type: 'number', minimum: 0, maximum: 100 },
                        number: { type: ['integer', 'null'] },
                        tag: nullableText,
                        message: nullableText,
                        created_on: nullableText,
                    },
                },
            ],
        },
        new_version_id: nullableText,
        recommended: { type: 'boolean' },
        trigger: nullableText,
        command: nullableText,
        argv: { oneOf: [{ type: 'null' }, texts] },
        working_directory: text,
        reasons: texts,
        caveats: texts,
        recorded_at: timestamp,
    },
};
const deploymentPayloadSchema = {
    ...envelope('deployment-payload', 1, 'GitHub Deployment payload (wrangler-deploy-verify)', 'The payload of every GitHub Deployment the deploy creates: what was deployed, from which change, replacing which version; read by change-metrics.'),
    additionalProperties: false,
    required: ['kind', 'version', 'version_id', 'previous_version_id', 'change_type', 'sha', 'pull_request', 'worker', 'strategy', 'percentage', 'tool'],
    properties: {
        kind: { const: 'deployment-payload' },
        version: { const: 1 },
        version_id: nullableText,
        previous_version_id: nullableText,
        change_type: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf, null] },
        sha: text,
        pull_request: { type: ['integer', 'null'] },
        worker: nullableText,
        strategy: text,
        percentage: { type: 'number', minimum: 0, maximum: 100 },
        tool: { const: 'change-actions/wrangler-deploy-verify' },
    },
};
const nullableNumber = { type: ['number', 'null'] };
const nullableTimestamp = { oneOf: [{ type: 'null' }, timestamp] };
const threshold = _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .thresholdSchema */ .P4;
const breach = {
    type: 'object',
    required: ['metric', 'trigger', 'value', 'threshold', 'baseline', 'samples', 'at', 'reason'],
    properties: {
        metric: text,
        trigger: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLLBACK_TRIGGERS */ .VP] },
        value: nullableNumber,
        threshold,
        baseline: nullableNumber,
        samples: { type: ['integer', 'null'], minimum: 0 },
        /** When the source first saw the breached sample. */
        at: timestamp,
        reason: text,
    },
};
const monitorVerdictSchema = {
    ...envelope('monitor-verdict', 1, 'monitor verdict (post-deploy-monitor verdict-file)', 'How one version did in its first minutes, judged against the rollback triggers and the previous version; every query sent, so an auditor can rerun it.'),
    additionalProperties: false,
    required: ['kind', 'version', 'verdict', 'reason', 'service', 'environment', 'version_id', 'previous_version_id', 'window', 'complete', 'baseline', 'metrics', 'breaches', 'intervals', 'queries', 'policy', 'dry_run', 'recorded_at'],
    properties: {
        kind: { const: 'monitor-verdict' },
        version: { const: 1 },
        verdict: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MONITOR_VERDICTS */ ._U] },
        reason: text,
        service: text,
        environment: nullableText,
        version_id: text,
        previous_version_id: nullableText,
        window: {
            type: 'object',
            required: ['started_at', 'ended_at', 'planned_seconds', 'interval_seconds', 'initial_delay_seconds'],
            properties: {
                started_at: timestamp,
                ended_at: timestamp,
                planned_seconds: count,
                interval_seconds: count,
                initial_delay_seconds: count,
            },
        },
        /** True only when the watch ran its whole window: a watch cut short is not evidence of health. */
        complete: { type: 'boolean' },
        baseline: {
            type: 'object',
            required: ['kind', 'reason'],
            properties: {
                /** `same-minutes`: both versions over the same minutes (gradual deploy); `before-deploy`: the same length of time before; `none`. */
                kind: { enum: ['same-minutes', 'before-deploy', 'none'] },
                reason: text,
            },
        },
        metrics: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'source', 'status', 'threshold', 'value', 'baseline', 'samples', 'min_samples', 'reason'],
                properties: {
                    name: text,
                    source: text,
                    status: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASUREMENT_STATUSES */ .I4] },
                    threshold,
                    value: nullableNumber,
                    baseline: nullableNumber,
                    samples: { type: ['integer', 'null'], minimum: 0 },
                    min_samples: count,
                    reason: text,
                },
            },
        },
        breaches: { type: 'array', items: breach },
        intervals: {
            type: 'array',
            items: {
                type: 'object',
                required: ['at', 'measurements'],
                properties: {
                    at: timestamp,
                    measurements: {
                        type: 'array',
                        items: {
                            type: 'object',
                            required: ['metric', 'status', 'value', 'baseline', 'samples'],
                            properties: { metric: text, status: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASUREMENT_STATUSES */ .I4] }, value: nullableNumber, baseline: nullableNumber, samples: { type: ['integer', 'null'], minimum: 0 } },
                        },
                    },
                },
            },
        },
        queries: {
            type: 'array',
            items: {
                type: 'object',
                required: ['source', 'metric', 'request', 'sent_at', 'outcome'],
                properties: {
                    source: text,
                    metric: text,
                    /** The request as sent (URL with its query string, or the GraphQL document and variables), credentials left out. */
                    request: text,
                    sent_at: timestamp,
                    outcome: text,
                },
            },
        },
        policy: policySource,
        dry_run: { type: 'boolean' },
        recorded_at: timestamp,
    },
};
const incidentSchema = {
    ...envelope('incident', 1, 'incident record (auto-revert-on-threshold)', 'One automatic rollback: why, what was restored and verified, how main was brought back in line, and when; embedded in the incident issue and read by change-metrics.'),
    additionalProperties: false,
    required: ['kind', 'version', 'service', 'environment', 'trigger', 'reason', 'root_cause_sha', 'deployment', 'breaches', 'rollback', 'revert', 'times', 'dry_run', 'recorded_at'],
    properties: {
        kind: { const: 'incident' },
        version: { const: 1 },
        service: text,
        environment: nullableText,
        trigger: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .INCIDENT_TRIGGERS */ .lU] },
        reason: text,
        root_cause_sha: nullableText,
        /** The GitHub login of the root-cause commit's author, when known: closing the incident issue does not acknowledge the freeze when they do it. */
        root_cause_author: nullableText,
        deployment: {
            type: 'object',
            required: ['id', 'version_id', 'previous_version_id'],
            properties: { id: { type: ['integer', 'null'] }, version_id: nullableText, previous_version_id: nullableText },
        },
        breaches: { type: 'array', items: breach },
        rollback: {
            type: 'object',
            required: ['outcome', 'verified', 'target_version_id', 'attempts', 'reason'],
            properties: {
                outcome: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLLBACK_OUTCOMES */ .ht] },
                /** True only when the live deployment was read back at 100 % on the target and its health check answered as the target. */
                verified: { type: 'boolean' },
                target_version_id: nullableText,
                attempts: count,
                reason: text,
            },
        },
        revert: {
            type: 'object',
            required: ['outcome', 'branch', 'pull_request', 'sha', 'reason'],
            properties: {
                outcome: { enum: [..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .REVERT_OUTCOMES */ .pc] },
                branch: nullableText,
                pull_request: { type: ['integer', 'null'] },
                sha: nullableText,
                reason: text,
            },
        },
        times: {
            type: 'object',
            required: ['deployed_at', 'detected_at', 'rollback_started_at', 'restored_at', 'time_to_restore_seconds'],
            properties: {
                deployed_at: nullableTimestamp,
                detected_at: timestamp,
                rollback_started_at: nullableTimestamp,
                restored_at: nullableTimestamp,
                time_to_restore_seconds: nullableNumber,
            },
        },
        issue: { type: ['integer', 'null'] },
        dry_run: { type: 'boolean' },
        recorded_at: timestamp,
    },
};
/** Every published schema, by file name under `schema/`. */
const schemas = {
    'change-record.v1.schema.json': { schema: changeRecordSchema, validator: 'validate-change-record.js' },
    'rollback-plan.v1.schema.json': { schema: rollbackPlanSchema, validator: 'validate-rollback-plan.js' },
    'deployment-payload.v1.schema.json': { schema: deploymentPayloadSchema, validator: 'validate-deployment-payload.js' },
    'monitor-verdict.v1.schema.json': { schema: monitorVerdictSchema, validator: 'validate-monitor-verdict.js' },
    'incident.v1.schema.json': { schema: incidentSchema, validator: 'validate-incident.js' },
};


/***/ })

};
;