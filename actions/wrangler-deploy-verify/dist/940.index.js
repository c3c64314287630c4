"use strict";
exports.id = 940;
exports.ids = [940];
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

/***/ 7940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readContractFile: () => (/* binding */ readContractFile),
/* harmony export */   writeContractFile: () => (/* binding */ writeContractFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41);
/**
 * Reading and writing artifact files. A file that cannot be read is a ContractError naming it,
 * so a step that depends on it fails closed with the reason instead of going on without it.
 */



function readContractFile(contract, path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code ?? (error instanceof Error ? error.message : String(error));
        throw new _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .ContractError */ .Vl(path, [{ file: path, pointer: '', message: `cannot be read (${code}); pass ${contract.producer}` }]);
    }
    return (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(contract, text, path);
}
/**
 * Writes the document whole or not at all (a temporary file renamed into place), so a reader never
 * sees half a file. `transform` sees the final text (the deploy redacts secrets there).
 */
function writeContractFile(contract, path, value, transform = (t) => t) {
    const text = transform((0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .serialize */ .lK)(contract, value));
    // What is written must read back: a transform that broke the document fails the writer, not the reader.
    (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(contract, text, path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
}


/***/ })

};
;