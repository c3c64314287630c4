/**
 * Parsing and validation of `.github/change-policy.yml`. Every problem names the file, the line
 * and column, and what is accepted; nothing invalid is ever replaced by a default silently.
 */
import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { PolicySectionError } from './section.ts';
import { toClassifyPolicy } from './sections/classify.convert.ts';
import type { ClassifyPolicyDocument } from './sections/classify.ts';
import { toCommitPolicy, type RawCommitPolicy } from './sections/commits.ts';
import { toGatePolicy } from './sections/gate.convert.ts';
import type { GatePolicyDocument } from './sections/gate.ts';
import { toMonitorPolicy } from './sections/monitor.convert.ts';
import type { RawMonitorPolicy } from './sections/monitor.ts';
import { toRollbackPolicy } from './sections/rollback.convert.ts';
import type { RollbackPolicyDocument } from './sections/rollback.ts';
import validatePolicy from './generated/validate-policy.js';
import { PolicyError, policySchema, type Policy, type PolicyProblem } from './index.ts';

/** Policy files are small; anything larger is a mistake or an attack on the parser. */
export const POLICY_MAX_BYTES = 256 * 1024;
const MAX_ALIASES = 100;

function validate(value: unknown): ErrorObject[] {
  return validatePolicy(value) ? [] : (validatePolicy.errors ?? []);
}

/**
 * Parses and validates a policy file's text. `file` is only used to name the file in problems.
 * Throws `PolicyError` with every problem found.
 */
export function parsePolicy(text: string, file: string): Policy {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > POLICY_MAX_BYTES) {
    throw new PolicyError([
      { file, pointer: '', message: `the policy is ${bytes} bytes; at most ${POLICY_MAX_BYTES} are accepted` },
    ]);
  }
  if (text.includes('\uFFFD')) {
    throw new PolicyError([{ file, pointer: '', message: 'the policy is not valid UTF-8' }]);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings].map(
    (e): PolicyProblem => ({ file, ...at(e.pos[0]), pointer: '', message: `YAML: ${firstLine(e.message)}` }),
  );
  if (yamlProblems.length > 0) throw new PolicyError(yamlProblems);
  if (doc.contents === null) {
    throw new PolicyError([
      { file, pointer: '', message: 'the policy is empty; write `version: 1`, or delete the file to use the procedure defaults' },
    ]);
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new PolicyError([
      { file, pointer: '', message: `YAML: ${error instanceof Error ? error.message : String(error)} (at most ${MAX_ALIASES} alias expansions)` },
    ]);
  }

  const errors = validate(value);
  if (errors.length > 0) {
    throw new PolicyError(dedupe(errors.map((e) => describe(e, doc, file, at))));
  }
  const raw = value as { version: 1; commits?: RawCommitPolicy; gate?: GatePolicyDocument; monitor?: RawMonitorPolicy; rollback?: RollbackPolicyDocument } & ClassifyPolicyDocument;
  try {
    const classify = toClassifyPolicy({ ...(raw.classify ? { classify: raw.classify } : {}), ...(raw.windows ? { windows: raw.windows } : {}) });
    return {
      version: 1,
      commits: toCommitPolicy(raw.commits),
      classify,
      gate: toGatePolicy(raw.gate),
      monitor: toMonitorPolicy(raw.monitor),
      rollback: toRollbackPolicy(raw.rollback),
    };
  } catch (error) {
    // What the schema cannot check (regular expressions, globs, time zones, hours, dates, slots)
    // the sections check themselves, naming the key at fault.
    if (!(error instanceof PolicySectionError)) throw error;
    const path = error.key.split(/[.[\]]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = doc.getIn(path, true) as Node | undefined;
    throw new PolicyError([{ file, ...at(node?.range?.[0]), pointer: `/${path.join('/')}`, message: error.message }]);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function describe(
  error: ErrorObject,
  doc: Document,
  file: string,
  at: (offset: number | undefined) => { line?: number; column?: number },
): PolicyProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = path.length > 0 ? path.join('.') : 'the policy';
  let node = doc.getIn(path, true) as Node | undefined;
  let message: string;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      node = keyNode(doc, path, key) ?? node;
      const accepted = Object.keys(schemaAt(path)?.properties ?? {});
      message = `${where}: unknown key "${key}"; accepted: ${accepted.join(', ')}`;
      break;
    }
    case 'enum':
      message = `${where}: ${show(valueAt(doc, path))} is not accepted; accepted: ${(error.params.allowedValues as unknown[]).join(', ')}`;
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

function keyNode(doc: Document, path: string[], key: string): Node | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function valueAt(doc: Document, path: string[]): unknown {
  const node = doc.getIn(path, true);
  return isScalar(node) ? node.value : node;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
}

/** The schema of the object at `path`, for listing the keys it accepts. */
function schemaAt(path: string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = policySchema as SchemaNode;
  for (const segment of path) node = node?.properties?.[segment];
  return node;
}

function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
