"use strict";
exports.id = 299;
exports.ids = [299];
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

/***/ 1299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ContractError: () => (/* reexport */ contract/* ContractError */.Vl),
  changeRecordContract: () => (/* reexport */ changeRecordContract),
  deployFacts: () => (/* reexport */ deployFacts),
  rollbackPlanContract: () => (/* reexport */ rollbackPlanContract),
  serialize: () => (/* reexport */ contract/* serialize */.lK)
});

// UNUSED EXPORTS: CHANGE_TYPES, CONTRACT_MAX_BYTES, DEPENDENCY_CHANGES, ECOSYSTEMS, INCIDENT_LABEL, INCIDENT_TRIGGERS, MEASUREMENT_STATUSES, MONITOR_VERDICTS, REVERT_OUTCOMES, ROLLBACK_MODES, ROLLBACK_OUTCOMES, ROLLBACK_TRIGGERS, SEVERITIES, SPECIAL_KINDS, TRIGGER_KINDS, check, deploymentPayloadContract, embedIncident, extractIncident, incidentContract, monitorVerdictContract, parse, provesHealth, rollbackTarget

// EXTERNAL MODULE: ../../packages/change-record/src/contract.ts
var contract = __webpack_require__(41);
;// CONCATENATED MODULE: ../../packages/change-record/src/generated/validate-change-record.js
// Generated by scripts/build.mjs from the change-record schema (packages/change-record/src/schemas.ts). Do not edit.

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const validate_change_record = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/change-record/schema/change-record.v1.schema.json","title":"change record (classify-change record-path)","description":"What classify-change decided about one change, why, and under which policy.","type":"object","additionalProperties":false,"required":["kind","version","repository","event","base","head","diffBase","gatheredFrom","apiCalls","policy","evaluatedAt","files","commits","record"],"properties":{"kind":{"const":"change-record"},"version":{"const":1},"repository":{"type":"string"},"event":{"type":"string"},"pullRequest":{"type":"integer","minimum":1},"base":{"type":"string"},"head":{"type":"string"},"diffBase":{"type":"string"},"gatheredFrom":{"type":"string"},"apiCalls":{"type":"integer","minimum":0},"policy":{"type":"object","required":["kind","path","ref"],"properties":{"kind":{"enum":["file","defaults"]},"path":{"type":"string"},"ref":{"type":"string"}}},"evaluatedAt":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},"files":{"type":"integer","minimum":0},"commits":{"type":"integer","minimum":0},"record":{"type":"object","required":["changeType","securityRelevant","special","major","rollbackSafe","rollbackUnsafeReasons","window","triggers","decisions","dependencies","labels"],"properties":{"changeType":{"enum":["standard","normal","emergency"]},"severity":{"enum":["P0","P1","P2","P3"]},"securityRelevant":{"type":"boolean"},"special":{"type":"array","items":{"enum":["cryptographic","infrastructure","access-control"]}},"major":{"type":"boolean"},"rollbackSafe":{"type":"boolean"},"rollbackUnsafeReasons":{"type":"array","items":{"type":"object","required":["rule","reason","evidence"],"properties":{"rule":{"type":"string"},"reason":{"type":"string"},"evidence":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"commit":{"type":"string"},"line":{"type":"integer","minimum":0},"side":{"enum":["old","new"]},"text":{"type":"string"},"note":{"type":"string"}}}}}}},"window":{"type":"object","required":["open","rule","reason","localTime"],"properties":{"open":{"type":"boolean"},"exempt":{"type":"boolean"},"rule":{"type":"string"},"reason":{"type":"string"},"localTime":{"type":"string"}}},"triggers":{"type":"array","items":{"type":"object","required":["rule","reason","evidence","trigger"],"properties":{"rule":{"type":"string"},"reason":{"type":"string"},"evidence":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"commit":{"type":"string"},"line":{"type":"integer","minimum":0},"side":{"enum":["old","new"]},"text":{"type":"string"},"note":{"type":"string"}}}},"trigger":{"enum":["authentication","cryptography","crypto-parameters","third-party-dependency","infrastructure","access-control","security-commit","unverified"]}}}},"decisions":{"type":"array","items":{"type":"object","required":["rule","reason","evidence","outcome"],"properties":{"rule":{"type":"string"},"reason":{"type":"string"},"evidence":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"commit":{"type":"string"},"line":{"type":"integer","minimum":0},"side":{"enum":["old","new"]},"text":{"type":"string"},"note":{"type":"string"}}}},"outcome":{"enum":["standard","normal","emergency","major","severity"]}}}},"dependencies":{"type":"array","items":{"type":"object","required":["ecosystem","name","change","direct","dev","thirdParty","evidence"],"properties":{"ecosystem":{"enum":["cargo","npm","gradle","swift","cocoapods"]},"name":{"type":"string"},"change":{"enum":["added","removed","bumped","major-bump","source-changed","moved"]},"direct":{"type":"boolean"},"dev":{"type":"boolean"},"thirdParty":{"type":"boolean"},"from":{"type":"string"},"to":{"type":"string"},"evidence":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"commit":{"type":"string"},"line":{"type":"integer","minimum":0},"side":{"enum":["old","new"]},"text":{"type":"string"},"note":{"type":"string"}}}}}}},"labels":{"type":"array","items":{"type":"string"}}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/change-record/schema/change-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repository === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.event === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.base === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.head === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.diffBase === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "diffBase"},message:"must have required property '"+"diffBase"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.gatheredFrom === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gatheredFrom"},message:"must have required property '"+"gatheredFrom"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.apiCalls === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiCalls"},message:"must have required property '"+"apiCalls"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.policy === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.evaluatedAt === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evaluatedAt"},message:"must have required property '"+"evaluatedAt"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.files === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.commits === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commits"},message:"must have required property '"+"commits"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.record === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.kind !== undefined){
if("change-record" !== data.kind){
const err15 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "change-record"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err16 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.repository !== undefined){
if(typeof data.repository !== "string"){
const err17 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.event !== undefined){
if(typeof data.event !== "string"){
const err18 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.pullRequest !== undefined){
let data4 = data.pullRequest;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err19 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.base !== undefined){
if(typeof data.base !== "string"){
const err21 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.head !== undefined){
if(typeof data.head !== "string"){
const err22 = {instancePath:instancePath+"/head",schemaPath:"#/properties/head/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.diffBase !== undefined){
if(typeof data.diffBase !== "string"){
const err23 = {instancePath:instancePath+"/diffBase",schemaPath:"#/properties/diffBase/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.gatheredFrom !== undefined){
if(typeof data.gatheredFrom !== "string"){
const err24 = {instancePath:instancePath+"/gatheredFrom",schemaPath:"#/properties/gatheredFrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.apiCalls !== undefined){
let data9 = data.apiCalls;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/apiCalls",schemaPath:"#/properties/apiCalls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/apiCalls",schemaPath:"#/properties/apiCalls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.policy !== undefined){
let data10 = data.policy;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.kind === undefined){
const err27 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.path === undefined){
const err28 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.ref === undefined){
const err29 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data10.kind !== undefined){
let data11 = data10.kind;
if(!((data11 === "file") || (data11 === "defaults"))){
const err30 = {instancePath:instancePath+"/policy/kind",schemaPath:"#/properties/policy/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.policy.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.path !== undefined){
if(typeof data10.path !== "string"){
const err31 = {instancePath:instancePath+"/policy/path",schemaPath:"#/properties/policy/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.ref !== undefined){
if(typeof data10.ref !== "string"){
const err32 = {instancePath:instancePath+"/policy/ref",schemaPath:"#/properties/policy/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.evaluatedAt !== undefined){
let data14 = data.evaluatedAt;
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err34 = {instancePath:instancePath+"/evaluatedAt",schemaPath:"#/properties/evaluatedAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/evaluatedAt",schemaPath:"#/properties/evaluatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.files !== undefined){
let data15 = data.files;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err36 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err37 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.commits !== undefined){
let data16 = data.commits;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err38 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err39 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.record !== undefined){
let data17 = data.record;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.changeType === undefined){
const err40 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "changeType"},message:"must have required property '"+"changeType"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data17.securityRelevant === undefined){
const err41 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "securityRelevant"},message:"must have required property '"+"securityRelevant"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data17.special === undefined){
const err42 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "special"},message:"must have required property '"+"special"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data17.major === undefined){
const err43 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "major"},message:"must have required property '"+"major"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data17.rollbackSafe === undefined){
const err44 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "rollbackSafe"},message:"must have required property '"+"rollbackSafe"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data17.rollbackUnsafeReasons === undefined){
const err45 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "rollbackUnsafeReasons"},message:"must have required property '"+"rollbackUnsafeReasons"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17.window === undefined){
const err46 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data17.triggers === undefined){
const err47 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "triggers"},message:"must have required property '"+"triggers"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data17.decisions === undefined){
const err48 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "decisions"},message:"must have required property '"+"decisions"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data17.dependencies === undefined){
const err49 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "dependencies"},message:"must have required property '"+"dependencies"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data17.labels === undefined){
const err50 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/required",keyword:"required",params:{missingProperty: "labels"},message:"must have required property '"+"labels"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data17.changeType !== undefined){
let data18 = data17.changeType;
if(!(((data18 === "standard") || (data18 === "normal")) || (data18 === "emergency"))){
const err51 = {instancePath:instancePath+"/record/changeType",schemaPath:"#/properties/record/properties/changeType/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.changeType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.severity !== undefined){
let data19 = data17.severity;
if(!((((data19 === "P0") || (data19 === "P1")) || (data19 === "P2")) || (data19 === "P3"))){
const err52 = {instancePath:instancePath+"/record/severity",schemaPath:"#/properties/record/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data17.securityRelevant !== undefined){
if(typeof data17.securityRelevant !== "boolean"){
const err53 = {instancePath:instancePath+"/record/securityRelevant",schemaPath:"#/properties/record/properties/securityRelevant/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.special !== undefined){
let data21 = data17.special;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(!(((data22 === "cryptographic") || (data22 === "infrastructure")) || (data22 === "access-control"))){
const err54 = {instancePath:instancePath+"/record/special/" + i0,schemaPath:"#/properties/record/properties/special/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.special.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/record/special",schemaPath:"#/properties/record/properties/special/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data17.major !== undefined){
if(typeof data17.major !== "boolean"){
const err56 = {instancePath:instancePath+"/record/major",schemaPath:"#/properties/record/properties/major/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data17.rollbackSafe !== undefined){
if(typeof data17.rollbackSafe !== "boolean"){
const err57 = {instancePath:instancePath+"/record/rollbackSafe",schemaPath:"#/properties/record/properties/rollbackSafe/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data17.rollbackUnsafeReasons !== undefined){
let data25 = data17.rollbackUnsafeReasons;
if(Array.isArray(data25)){
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
let data26 = data25[i1];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.rule === undefined){
const err58 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1,schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data26.reason === undefined){
const err59 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1,schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data26.evidence === undefined){
const err60 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1,schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data26.rule !== undefined){
if(typeof data26.rule !== "string"){
const err61 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/rule",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data26.reason !== undefined){
if(typeof data26.reason !== "string"){
const err62 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/reason",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data26.evidence !== undefined){
let data29 = data26.evidence;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
let data30 = data29[i2];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.file !== undefined){
if(typeof data30.file !== "string"){
const err63 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2+"/file",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data30.commit !== undefined){
if(typeof data30.commit !== "string"){
const err64 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2+"/commit",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data30.line !== undefined){
let data33 = data30.line;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err65 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2+"/line",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err66 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2+"/line",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data30.side !== undefined){
let data34 = data30.side;
if(!((data34 === "old") || (data34 === "new"))){
const err67 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2+"/side",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/properties/side/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.rollbackUnsafeReasons.items.properties.evidence.items.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data30.text !== undefined){
if(typeof data30.text !== "string"){
const err68 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2+"/text",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data30.note !== undefined){
if(typeof data30.note !== "string"){
const err69 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2+"/note",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence/" + i2,schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1+"/evidence",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/record/rollbackUnsafeReasons/" + i1,schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/record/rollbackUnsafeReasons",schemaPath:"#/properties/record/properties/rollbackUnsafeReasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data17.window !== undefined){
let data37 = data17.window;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.open === undefined){
const err74 = {instancePath:instancePath+"/record/window",schemaPath:"#/properties/record/properties/window/required",keyword:"required",params:{missingProperty: "open"},message:"must have required property '"+"open"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data37.rule === undefined){
const err75 = {instancePath:instancePath+"/record/window",schemaPath:"#/properties/record/properties/window/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data37.reason === undefined){
const err76 = {instancePath:instancePath+"/record/window",schemaPath:"#/properties/record/properties/window/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data37.localTime === undefined){
const err77 = {instancePath:instancePath+"/record/window",schemaPath:"#/properties/record/properties/window/required",keyword:"required",params:{missingProperty: "localTime"},message:"must have required property '"+"localTime"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data37.open !== undefined){
if(typeof data37.open !== "boolean"){
const err78 = {instancePath:instancePath+"/record/window/open",schemaPath:"#/properties/record/properties/window/properties/open/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data37.exempt !== undefined){
if(typeof data37.exempt !== "boolean"){
const err79 = {instancePath:instancePath+"/record/window/exempt",schemaPath:"#/properties/record/properties/window/properties/exempt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data37.rule !== undefined){
if(typeof data37.rule !== "string"){
const err80 = {instancePath:instancePath+"/record/window/rule",schemaPath:"#/properties/record/properties/window/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data37.reason !== undefined){
if(typeof data37.reason !== "string"){
const err81 = {instancePath:instancePath+"/record/window/reason",schemaPath:"#/properties/record/properties/window/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data37.localTime !== undefined){
if(typeof data37.localTime !== "string"){
const err82 = {instancePath:instancePath+"/record/window/localTime",schemaPath:"#/properties/record/properties/window/properties/localTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/record/window",schemaPath:"#/properties/record/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data17.triggers !== undefined){
let data43 = data17.triggers;
if(Array.isArray(data43)){
const len3 = data43.length;
for(let i3=0; i3<len3; i3++){
let data44 = data43[i3];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.rule === undefined){
const err84 = {instancePath:instancePath+"/record/triggers/" + i3,schemaPath:"#/properties/record/properties/triggers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data44.reason === undefined){
const err85 = {instancePath:instancePath+"/record/triggers/" + i3,schemaPath:"#/properties/record/properties/triggers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data44.evidence === undefined){
const err86 = {instancePath:instancePath+"/record/triggers/" + i3,schemaPath:"#/properties/record/properties/triggers/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data44.trigger === undefined){
const err87 = {instancePath:instancePath+"/record/triggers/" + i3,schemaPath:"#/properties/record/properties/triggers/items/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data44.rule !== undefined){
if(typeof data44.rule !== "string"){
const err88 = {instancePath:instancePath+"/record/triggers/" + i3+"/rule",schemaPath:"#/properties/record/properties/triggers/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data44.reason !== undefined){
if(typeof data44.reason !== "string"){
const err89 = {instancePath:instancePath+"/record/triggers/" + i3+"/reason",schemaPath:"#/properties/record/properties/triggers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data44.evidence !== undefined){
let data47 = data44.evidence;
if(Array.isArray(data47)){
const len4 = data47.length;
for(let i4=0; i4<len4; i4++){
let data48 = data47[i4];
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.file !== undefined){
if(typeof data48.file !== "string"){
const err90 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4+"/file",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data48.commit !== undefined){
if(typeof data48.commit !== "string"){
const err91 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4+"/commit",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data48.line !== undefined){
let data51 = data48.line;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err92 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4+"/line",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err93 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4+"/line",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
if(data48.side !== undefined){
let data52 = data48.side;
if(!((data52 === "old") || (data52 === "new"))){
const err94 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4+"/side",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/properties/side/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.triggers.items.properties.evidence.items.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data48.text !== undefined){
if(typeof data48.text !== "string"){
const err95 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4+"/text",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data48.note !== undefined){
if(typeof data48.note !== "string"){
const err96 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4+"/note",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence/" + i4,schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/record/triggers/" + i3+"/evidence",schemaPath:"#/properties/record/properties/triggers/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data44.trigger !== undefined){
let data55 = data44.trigger;
if(!((((((((data55 === "authentication") || (data55 === "cryptography")) || (data55 === "crypto-parameters")) || (data55 === "third-party-dependency")) || (data55 === "infrastructure")) || (data55 === "access-control")) || (data55 === "security-commit")) || (data55 === "unverified"))){
const err99 = {instancePath:instancePath+"/record/triggers/" + i3+"/trigger",schemaPath:"#/properties/record/properties/triggers/items/properties/trigger/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.triggers.items.properties.trigger.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/record/triggers/" + i3,schemaPath:"#/properties/record/properties/triggers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/record/triggers",schemaPath:"#/properties/record/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data17.decisions !== undefined){
let data56 = data17.decisions;
if(Array.isArray(data56)){
const len5 = data56.length;
for(let i5=0; i5<len5; i5++){
let data57 = data56[i5];
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.rule === undefined){
const err102 = {instancePath:instancePath+"/record/decisions/" + i5,schemaPath:"#/properties/record/properties/decisions/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data57.reason === undefined){
const err103 = {instancePath:instancePath+"/record/decisions/" + i5,schemaPath:"#/properties/record/properties/decisions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data57.evidence === undefined){
const err104 = {instancePath:instancePath+"/record/decisions/" + i5,schemaPath:"#/properties/record/properties/decisions/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data57.outcome === undefined){
const err105 = {instancePath:instancePath+"/record/decisions/" + i5,schemaPath:"#/properties/record/properties/decisions/items/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data57.rule !== undefined){
if(typeof data57.rule !== "string"){
const err106 = {instancePath:instancePath+"/record/decisions/" + i5+"/rule",schemaPath:"#/properties/record/properties/decisions/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data57.reason !== undefined){
if(typeof data57.reason !== "string"){
const err107 = {instancePath:instancePath+"/record/decisions/" + i5+"/reason",schemaPath:"#/properties/record/properties/decisions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data57.evidence !== undefined){
let data60 = data57.evidence;
if(Array.isArray(data60)){
const len6 = data60.length;
for(let i6=0; i6<len6; i6++){
let data61 = data60[i6];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.file !== undefined){
if(typeof data61.file !== "string"){
const err108 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6+"/file",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data61.commit !== undefined){
if(typeof data61.commit !== "string"){
const err109 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6+"/commit",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data61.line !== undefined){
let data64 = data61.line;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err110 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6+"/line",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
const err111 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6+"/line",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data61.side !== undefined){
let data65 = data61.side;
if(!((data65 === "old") || (data65 === "new"))){
const err112 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6+"/side",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/properties/side/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.decisions.items.properties.evidence.items.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data61.text !== undefined){
if(typeof data61.text !== "string"){
const err113 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6+"/text",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data61.note !== undefined){
if(typeof data61.note !== "string"){
const err114 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6+"/note",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence/" + i6,schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err116 = {instancePath:instancePath+"/record/decisions/" + i5+"/evidence",schemaPath:"#/properties/record/properties/decisions/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data57.outcome !== undefined){
let data68 = data57.outcome;
if(!(((((data68 === "standard") || (data68 === "normal")) || (data68 === "emergency")) || (data68 === "major")) || (data68 === "severity"))){
const err117 = {instancePath:instancePath+"/record/decisions/" + i5+"/outcome",schemaPath:"#/properties/record/properties/decisions/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.decisions.items.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/record/decisions/" + i5,schemaPath:"#/properties/record/properties/decisions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err119 = {instancePath:instancePath+"/record/decisions",schemaPath:"#/properties/record/properties/decisions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data17.dependencies !== undefined){
let data69 = data17.dependencies;
if(Array.isArray(data69)){
const len7 = data69.length;
for(let i7=0; i7<len7; i7++){
let data70 = data69[i7];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.ecosystem === undefined){
const err120 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "ecosystem"},message:"must have required property '"+"ecosystem"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data70.name === undefined){
const err121 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data70.change === undefined){
const err122 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data70.direct === undefined){
const err123 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "direct"},message:"must have required property '"+"direct"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data70.dev === undefined){
const err124 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "dev"},message:"must have required property '"+"dev"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data70.thirdParty === undefined){
const err125 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "thirdParty"},message:"must have required property '"+"thirdParty"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data70.evidence === undefined){
const err126 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data70.ecosystem !== undefined){
let data71 = data70.ecosystem;
if(!(((((data71 === "cargo") || (data71 === "npm")) || (data71 === "gradle")) || (data71 === "swift")) || (data71 === "cocoapods"))){
const err127 = {instancePath:instancePath+"/record/dependencies/" + i7+"/ecosystem",schemaPath:"#/properties/record/properties/dependencies/items/properties/ecosystem/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.dependencies.items.properties.ecosystem.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data70.name !== undefined){
if(typeof data70.name !== "string"){
const err128 = {instancePath:instancePath+"/record/dependencies/" + i7+"/name",schemaPath:"#/properties/record/properties/dependencies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data70.change !== undefined){
let data73 = data70.change;
if(!((((((data73 === "added") || (data73 === "removed")) || (data73 === "bumped")) || (data73 === "major-bump")) || (data73 === "source-changed")) || (data73 === "moved"))){
const err129 = {instancePath:instancePath+"/record/dependencies/" + i7+"/change",schemaPath:"#/properties/record/properties/dependencies/items/properties/change/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.dependencies.items.properties.change.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data70.direct !== undefined){
if(typeof data70.direct !== "boolean"){
const err130 = {instancePath:instancePath+"/record/dependencies/" + i7+"/direct",schemaPath:"#/properties/record/properties/dependencies/items/properties/direct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data70.dev !== undefined){
if(typeof data70.dev !== "boolean"){
const err131 = {instancePath:instancePath+"/record/dependencies/" + i7+"/dev",schemaPath:"#/properties/record/properties/dependencies/items/properties/dev/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data70.thirdParty !== undefined){
if(typeof data70.thirdParty !== "boolean"){
const err132 = {instancePath:instancePath+"/record/dependencies/" + i7+"/thirdParty",schemaPath:"#/properties/record/properties/dependencies/items/properties/thirdParty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data70.from !== undefined){
if(typeof data70.from !== "string"){
const err133 = {instancePath:instancePath+"/record/dependencies/" + i7+"/from",schemaPath:"#/properties/record/properties/dependencies/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data70.to !== undefined){
if(typeof data70.to !== "string"){
const err134 = {instancePath:instancePath+"/record/dependencies/" + i7+"/to",schemaPath:"#/properties/record/properties/dependencies/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data70.evidence !== undefined){
let data79 = data70.evidence;
if(Array.isArray(data79)){
const len8 = data79.length;
for(let i8=0; i8<len8; i8++){
let data80 = data79[i8];
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(data80.file !== undefined){
if(typeof data80.file !== "string"){
const err135 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8+"/file",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data80.commit !== undefined){
if(typeof data80.commit !== "string"){
const err136 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8+"/commit",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data80.line !== undefined){
let data83 = data80.line;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err137 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8+"/line",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 0 || isNaN(data83)){
const err138 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8+"/line",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
if(data80.side !== undefined){
let data84 = data80.side;
if(!((data84 === "old") || (data84 === "new"))){
const err139 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8+"/side",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/properties/side/enum",keyword:"enum",params:{allowedValues: schema11.properties.record.properties.dependencies.items.properties.evidence.items.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data80.text !== undefined){
if(typeof data80.text !== "string"){
const err140 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8+"/text",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data80.note !== undefined){
if(typeof data80.note !== "string"){
const err141 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8+"/note",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence/" + i8,schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/record/dependencies/" + i7+"/evidence",schemaPath:"#/properties/record/properties/dependencies/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/record/dependencies/" + i7,schemaPath:"#/properties/record/properties/dependencies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/record/dependencies",schemaPath:"#/properties/record/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data17.labels !== undefined){
let data87 = data17.labels;
if(Array.isArray(data87)){
const len9 = data87.length;
for(let i9=0; i9<len9; i9++){
if(typeof data87[i9] !== "string"){
const err146 = {instancePath:instancePath+"/record/labels/" + i9,schemaPath:"#/properties/record/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/record/labels",schemaPath:"#/properties/record/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

// EXTERNAL MODULE: ../../packages/change-record/src/vocabulary.ts
var vocabulary = __webpack_require__(4787);
;// CONCATENATED MODULE: ../../packages/change-record/src/schemas.ts
/**
 * The JSON Schemas of every artifact, plain data: scripts/build.mjs publishes each as
 * `schema/<kind>.v<version>.schema.json` and compiles its validator ahead of time, so readers
 * validate without loading a schema compiler.
 */

const BASE = 'https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/change-record/schema';
const schemas_text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const texts = { type: 'array', items: schemas_text };
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
        file: schemas_text,
        commit: schemas_text,
        line: { type: 'integer', minimum: 0 },
        side: { enum: ['old', 'new'] },
        text: schemas_text,
        note: schemas_text,
    },
};
const finding = {
    type: 'object',
    required: ['rule', 'reason', 'evidence'],
    properties: { rule: schemas_text, reason: schemas_text, evidence: { type: 'array', items: evidence } },
};
/** Where a policy came from: a file at a ref, or the procedure's defaults. */
const policySource = {
    type: 'object',
    required: ['kind', 'path', 'ref'],
    properties: { kind: { enum: ['file', 'defaults'] }, path: schemas_text, ref: schemas_text },
};
const changeRecordSchema = {
    ...envelope('change-record', 1, 'change record (classify-change record-path)', 'What classify-change decided about one change, why, and under which policy.'),
    additionalProperties: false,
    required: ['kind', 'version', 'repository', 'event', 'base', 'head', 'diffBase', 'gatheredFrom', 'apiCalls', 'policy', 'evaluatedAt', 'files', 'commits', 'record'],
    properties: {
        kind: { const: 'change-record' },
        version: { const: 1 },
        repository: schemas_text,
        event: schemas_text,
        pullRequest: { type: 'integer', minimum: 1 },
        base: schemas_text,
        head: schemas_text,
        diffBase: schemas_text,
        gatheredFrom: schemas_text,
        apiCalls: count,
        policy: policySource,
        evaluatedAt: timestamp,
        files: count,
        commits: count,
        record: {
            type: 'object',
            required: ['changeType', 'securityRelevant', 'special', 'major', 'rollbackSafe', 'rollbackUnsafeReasons', 'window', 'triggers', 'decisions', 'dependencies', 'labels'],
            properties: {
                changeType: { enum: [...vocabulary/* CHANGE_TYPES */.pf] },
                severity: { enum: [...vocabulary/* SEVERITIES */.oC] },
                securityRelevant: { type: 'boolean' },
                special: { type: 'array', items: { enum: [...vocabulary/* SPECIAL_KINDS */.MZ] } },
                major: { type: 'boolean' },
                rollbackSafe: { type: 'boolean' },
                rollbackUnsafeReasons: { type: 'array', items: finding },
                window: {
                    type: 'object',
                    required: ['open', 'rule', 'reason', 'localTime'],
                    properties: { open: { type: 'boolean' }, exempt: { type: 'boolean' }, rule: schemas_text, reason: schemas_text, localTime: schemas_text },
                },
                triggers: {
                    type: 'array',
                    items: { ...finding, required: [...finding.required, 'trigger'], properties: { ...finding.properties, trigger: { enum: [...vocabulary/* TRIGGER_KINDS */.V9] } } },
                },
                decisions: {
                    type: 'array',
                    items: { ...finding, required: [...finding.required, 'outcome'], properties: { ...finding.properties, outcome: { enum: [...vocabulary/* CHANGE_TYPES */.pf, 'major', 'severity'] } } },
                },
                dependencies: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['ecosystem', 'name', 'change', 'direct', 'dev', 'thirdParty', 'evidence'],
                        properties: {
                            ecosystem: { enum: [...vocabulary/* ECOSYSTEMS */.SQ] },
                            name: schemas_text,
                            change: { enum: [...vocabulary/* DEPENDENCY_CHANGES */.AS] },
                            direct: { type: 'boolean' },
                            dev: { type: 'boolean' },
                            thirdParty: { type: 'boolean' },
                            from: schemas_text,
                            to: schemas_text,
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
                        version_id: schemas_text,
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
        working_directory: schemas_text,
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
        change_type: { enum: [...vocabulary/* CHANGE_TYPES */.pf, null] },
        sha: schemas_text,
        pull_request: { type: ['integer', 'null'] },
        worker: nullableText,
        strategy: schemas_text,
        percentage: { type: 'number', minimum: 0, maximum: 100 },
        tool: { const: 'change-actions/wrangler-deploy-verify' },
    },
};
const nullableNumber = { type: ['number', 'null'] };
const nullableTimestamp = { oneOf: [{ type: 'null' }, timestamp] };
const threshold = {
    type: 'object',
    required: ['kind', 'operator', 'value'],
    properties: {
        /** `absolute`: the value itself; `relative`: the value against the baseline, as a ratio (1.5 = 50 % worse). */
        kind: { enum: ['absolute', 'relative'] },
        operator: { enum: ['>', '>=', '<', '<='] },
        value: { type: 'number' },
    },
};
const breach = {
    type: 'object',
    required: ['metric', 'trigger', 'value', 'threshold', 'baseline', 'samples', 'at', 'reason'],
    properties: {
        metric: schemas_text,
        trigger: { enum: [...vocabulary/* ROLLBACK_TRIGGERS */.VP] },
        value: nullableNumber,
        threshold,
        baseline: nullableNumber,
        samples: { type: ['integer', 'null'], minimum: 0 },
        /** When the source first saw the breached sample. */
        at: timestamp,
        reason: schemas_text,
    },
};
const monitorVerdictSchema = {
    ...envelope('monitor-verdict', 1, 'monitor verdict (post-deploy-monitor verdict-file)', 'How one version did in its first minutes, judged against the rollback triggers and the previous version; every query sent, so an auditor can rerun it.'),
    additionalProperties: false,
    required: ['kind', 'version', 'verdict', 'reason', 'service', 'environment', 'version_id', 'previous_version_id', 'window', 'complete', 'baseline', 'metrics', 'breaches', 'intervals', 'queries', 'policy', 'dry_run', 'recorded_at'],
    properties: {
        kind: { const: 'monitor-verdict' },
        version: { const: 1 },
        verdict: { enum: [...vocabulary/* MONITOR_VERDICTS */._U] },
        reason: schemas_text,
        service: schemas_text,
        environment: nullableText,
        version_id: schemas_text,
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
                reason: schemas_text,
            },
        },
        metrics: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'source', 'status', 'threshold', 'value', 'baseline', 'samples', 'min_samples', 'reason'],
                properties: {
                    name: schemas_text,
                    source: schemas_text,
                    status: { enum: [...vocabulary/* MEASUREMENT_STATUSES */.I4] },
                    threshold,
                    value: nullableNumber,
                    baseline: nullableNumber,
                    samples: { type: ['integer', 'null'], minimum: 0 },
                    min_samples: count,
                    reason: schemas_text,
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
                            properties: { metric: schemas_text, status: { enum: [...vocabulary/* MEASUREMENT_STATUSES */.I4] }, value: nullableNumber, baseline: nullableNumber, samples: { type: ['integer', 'null'], minimum: 0 } },
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
                    source: schemas_text,
                    metric: schemas_text,
                    /** The request as sent (URL with its query string, or the GraphQL document and variables), credentials left out. */
                    request: schemas_text,
                    sent_at: timestamp,
                    outcome: schemas_text,
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
        service: schemas_text,
        environment: nullableText,
        trigger: { enum: [...vocabulary/* INCIDENT_TRIGGERS */.lU] },
        reason: schemas_text,
        root_cause_sha: nullableText,
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
                outcome: { enum: [...vocabulary/* ROLLBACK_OUTCOMES */.ht] },
                /** True only when the live deployment was read back at 100 % on the target and its health check answered as the target. */
                verified: { type: 'boolean' },
                target_version_id: nullableText,
                attempts: count,
                reason: schemas_text,
            },
        },
        revert: {
            type: 'object',
            required: ['outcome', 'branch', 'pull_request', 'sha', 'reason'],
            properties: {
                outcome: { enum: [...vocabulary/* REVERT_OUTCOMES */.pc] },
                branch: nullableText,
                pull_request: { type: ['integer', 'null'] },
                sha: nullableText,
                reason: schemas_text,
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

;// CONCATENATED MODULE: ../../packages/change-record/src/change-record.ts




const changeRecordContract = {
    kind: 'change-record',
    version: 1,
    producer: 'the record-path file of classify-change',
    schema: changeRecordSchema,
    validate: validate_change_record,
};
function deployFacts(document) {
    const { record } = document;
    return {
        changeType: record.changeType,
        // A record that lists reasons against rollback is not rollback-safe, whatever the flag says.
        rollbackSafe: record.rollbackSafe && record.rollbackUnsafeReasons.length === 0,
        rollbackUnsafeReasons: record.rollbackUnsafeReasons.map((f) => f.reason),
        securityRelevant: record.securityRelevant,
    };
}

;// CONCATENATED MODULE: ../../packages/change-record/src/generated/validate-rollback-plan.js
// Generated by scripts/build.mjs from the rollback-plan schema (packages/change-record/src/schemas.ts). Do not edit.

const validate_rollback_plan_validate = (/* unused pure expression or super */ null && (validate_rollback_plan_validate10));
/* harmony default export */ const validate_rollback_plan = (validate_rollback_plan_validate10);
const validate_rollback_plan_schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/change-record/schema/rollback-plan.v1.schema.json","title":"rollback plan (wrangler-deploy-verify rollback-plan-file)","description":"The version to roll back to, recorded before the deploy, and the exact command; read by auto-revert-on-threshold and post-deploy-monitor.","type":"object","additionalProperties":false,"required":["kind","version","mode","worker","environment","target_version_id","target","new_version_id","recommended","trigger","command","argv","working_directory","reasons","caveats","recorded_at"],"properties":{"kind":{"const":"rollback-plan"},"version":{"const":1},"mode":{"enum":["rollback","forward-fix-only","refused","none"]},"worker":{"type":["string","null"]},"environment":{"type":["string","null"]},"target_version_id":{"type":["string","null"]},"target":{"oneOf":[{"type":"null"},{"type":"object","required":["version_id","percentage","number","tag","message","created_on"],"properties":{"version_id":{"type":"string"},"percentage":{"type":"number","minimum":0,"maximum":100},"number":{"type":["integer","null"]},"tag":{"type":["string","null"]},"message":{"type":["string","null"]},"created_on":{"type":["string","null"]}}}]},"new_version_id":{"type":["string","null"]},"recommended":{"type":"boolean"},"trigger":{"type":["string","null"]},"command":{"type":["string","null"]},"argv":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"}}]},"working_directory":{"type":"string"},"reasons":{"type":"array","items":{"type":"string"}},"caveats":{"type":"array","items":{"type":"string"}},"recorded_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"}}};
const validate_rollback_plan_func2 = Object.prototype.hasOwnProperty;
const validate_rollback_plan_pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");

function validate_rollback_plan_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/maelstrom/change-actions/v1/packages/change-record/schema/rollback-plan.v1.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.mode === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.worker === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "worker"},message:"must have required property '"+"worker"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.environment === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.target_version_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_version_id"},message:"must have required property '"+"target_version_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.target === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.new_version_id === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "new_version_id"},message:"must have required property '"+"new_version_id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.recommended === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recommended"},message:"must have required property '"+"recommended"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.trigger === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.command === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.argv === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "argv"},message:"must have required property '"+"argv"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.working_directory === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "working_directory"},message:"must have required property '"+"working_directory"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.reasons === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.caveats === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caveats"},message:"must have required property '"+"caveats"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.recorded_at === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key0 in data){
if(!(validate_rollback_plan_func2.call(validate_rollback_plan_schema11.properties, key0))){
const err16 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.kind !== undefined){
if("rollback-plan" !== data.kind){
const err17 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "rollback-plan"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err18 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.mode !== undefined){
let data2 = data.mode;
if(!((((data2 === "rollback") || (data2 === "forward-fix-only")) || (data2 === "refused")) || (data2 === "none"))){
const err19 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: validate_rollback_plan_schema11.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.worker !== undefined){
let data3 = data.worker;
if((typeof data3 !== "string") && (data3 !== null)){
const err20 = {instancePath:instancePath+"/worker",schemaPath:"#/properties/worker/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.worker.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.environment !== undefined){
let data4 = data.environment;
if((typeof data4 !== "string") && (data4 !== null)){
const err21 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.environment.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.target_version_id !== undefined){
let data5 = data.target_version_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err22 = {instancePath:instancePath+"/target_version_id",schemaPath:"#/properties/target_version_id/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.target_version_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.target !== undefined){
let data6 = data.target;
const _errs12 = errors;
let valid1 = false;
let passing0 = null;
const _errs13 = errors;
if(data6 !== null){
const err23 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs15 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.version_id === undefined){
const err24 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/1/required",keyword:"required",params:{missingProperty: "version_id"},message:"must have required property '"+"version_id"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6.percentage === undefined){
const err25 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/1/required",keyword:"required",params:{missingProperty: "percentage"},message:"must have required property '"+"percentage"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.number === undefined){
const err26 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/1/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.tag === undefined){
const err27 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/1/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data6.message === undefined){
const err28 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/1/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data6.created_on === undefined){
const err29 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/1/required",keyword:"required",params:{missingProperty: "created_on"},message:"must have required property '"+"created_on"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data6.version_id !== undefined){
if(typeof data6.version_id !== "string"){
const err30 = {instancePath:instancePath+"/target/version_id",schemaPath:"#/properties/target/oneOf/1/properties/version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.percentage !== undefined){
let data8 = data6.percentage;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100 || isNaN(data8)){
const err31 = {instancePath:instancePath+"/target/percentage",schemaPath:"#/properties/target/oneOf/1/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err32 = {instancePath:instancePath+"/target/percentage",schemaPath:"#/properties/target/oneOf/1/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/target/percentage",schemaPath:"#/properties/target/oneOf/1/properties/percentage/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.number !== undefined){
let data9 = data6.number;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err34 = {instancePath:instancePath+"/target/number",schemaPath:"#/properties/target/oneOf/1/properties/number/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.target.oneOf[1].properties.number.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.tag !== undefined){
let data10 = data6.tag;
if((typeof data10 !== "string") && (data10 !== null)){
const err35 = {instancePath:instancePath+"/target/tag",schemaPath:"#/properties/target/oneOf/1/properties/tag/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.target.oneOf[1].properties.tag.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.message !== undefined){
let data11 = data6.message;
if((typeof data11 !== "string") && (data11 !== null)){
const err36 = {instancePath:instancePath+"/target/message",schemaPath:"#/properties/target/oneOf/1/properties/message/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.target.oneOf[1].properties.message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data6.created_on !== undefined){
let data12 = data6.created_on;
if((typeof data12 !== "string") && (data12 !== null)){
const err37 = {instancePath:instancePath+"/target/created_on",schemaPath:"#/properties/target/oneOf/1/properties/created_on/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.target.oneOf[1].properties.created_on.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err39 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.new_version_id !== undefined){
let data13 = data.new_version_id;
if((typeof data13 !== "string") && (data13 !== null)){
const err40 = {instancePath:instancePath+"/new_version_id",schemaPath:"#/properties/new_version_id/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.new_version_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.recommended !== undefined){
if(typeof data.recommended !== "boolean"){
const err41 = {instancePath:instancePath+"/recommended",schemaPath:"#/properties/recommended/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.trigger !== undefined){
let data15 = data.trigger;
if((typeof data15 !== "string") && (data15 !== null)){
const err42 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.trigger.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.command !== undefined){
let data16 = data.command;
if((typeof data16 !== "string") && (data16 !== null)){
const err43 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: validate_rollback_plan_schema11.properties.command.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.argv !== undefined){
let data17 = data.argv;
const _errs38 = errors;
let valid3 = false;
let passing1 = null;
const _errs39 = errors;
if(data17 !== null){
const err44 = {instancePath:instancePath+"/argv",schemaPath:"#/properties/argv/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid1 = _errs39 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs41 = errors;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
if(typeof data17[i0] !== "string"){
const err45 = {instancePath:instancePath+"/argv/" + i0,schemaPath:"#/properties/argv/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/argv",schemaPath:"#/properties/argv/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid1 = _errs41 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err47 = {instancePath:instancePath+"/argv",schemaPath:"#/properties/argv/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data.working_directory !== undefined){
if(typeof data.working_directory !== "string"){
const err48 = {instancePath:instancePath+"/working_directory",schemaPath:"#/properties/working_directory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.reasons !== undefined){
let data20 = data.reasons;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
if(typeof data20[i1] !== "string"){
const err49 = {instancePath:instancePath+"/reasons/" + i1,schemaPath:"#/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.caveats !== undefined){
let data22 = data.caveats;
if(Array.isArray(data22)){
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
if(typeof data22[i2] !== "string"){
const err51 = {instancePath:instancePath+"/caveats/" + i2,schemaPath:"#/properties/caveats/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/caveats",schemaPath:"#/properties/caveats/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.recorded_at !== undefined){
let data24 = data.recorded_at;
if(typeof data24 === "string"){
if(!validate_rollback_plan_pattern0.test(data24)){
const err53 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate_rollback_plan_validate10.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ../../packages/change-record/src/rollback-plan.ts



const rollbackPlanContract = {
    kind: 'rollback-plan',
    version: 1,
    producer: 'the rollback-plan-file of wrangler-deploy-verify',
    schema: rollbackPlanSchema,
    validate: validate_rollback_plan,
};
/**
 * The version a rollback may restore, or the reason there is none. Only a plan in `rollback` mode
 * with a recorded target names one: every other mode, or a plan without a target, is a refusal.
 */
function rollbackTarget(plan) {
    if (plan.mode !== 'rollback')
        return { refused: `the rollback plan's mode is ${plan.mode}: ${plan.reasons.join(' ') || 'no rollback was prepared'}` };
    if (!plan.target || !plan.target_version_id || plan.target.version_id !== plan.target_version_id) {
        return { refused: 'the rollback plan names no consistent target version' };
    }
    return { versionId: plan.target_version_id };
}

;// CONCATENATED MODULE: ../../packages/change-record/src/index.ts
/**
 * The contract between actions: every file or output one action hands to another or to an
 * auditor. Each artifact has a `kind`, a `version`, a JSON Schema published under `schema/`, one
 * writer (`serialize`, or `writeContractFile` from `./files`) and one validating reader (`parse`,
 * `check`, or `readContractFile`). No action declares another action's shapes: they import them
 * from here.
 *
 * | artifact | written by | read by |
 * | --- | --- | --- |
 * | change-record | classify-change | wrangler-deploy-verify, security-review-gate's auditors, change-metrics |
 * | rollback-plan | wrangler-deploy-verify | post-deploy-monitor, auto-revert-on-threshold |
 * | deployment-payload | wrangler-deploy-verify (GitHub Deployment) | change-metrics |
 * | monitor-verdict | post-deploy-monitor | auto-revert-on-threshold, auditors |
 * | incident | auto-revert-on-threshold (file and incident issue) | change-metrics, auditors |
 */








/***/ })

};
;