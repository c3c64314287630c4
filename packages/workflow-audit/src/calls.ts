/**
 * Every `uses:` of the suite's own actions and reusable workflows checked against its target: only
 * inputs (and, for a workflow, secrets) the target declares, every required one present, and
 * literal values of the declared type. What a target declares comes from its file, given by the
 * caller: the check itself is pure.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';

export const SUITE = 'maelstrom/change-actions';

export interface CallProblem {
  file: string;
  line: number;
  uses: string;
  message: string;
}

export interface Call {
  file: string;
  line: number;
  uses: string;
  /** Path inside the suite: actions/<name> or .github/workflows/<name>.yml. */
  target: string;
  kind: 'action' | 'workflow';
}

export interface CallReport {
  checked: Call[];
  /** Calls whose target file is not in the tree (named by the caller as not yet landed). */
  pending: Call[];
  problems: CallProblem[];
}

interface Declared {
  inputs: Map<string, { required: boolean; type: string | undefined }>;
  secrets: Map<string, { required: boolean }> | undefined;
}

/**
 * `files`: caller path → text. `read`: a path inside the suite → its text, or undefined when absent.
 * `pending`: targets allowed to be absent (built elsewhere, not yet in the tree).
 */
export function checkCalls(files: Record<string, string>, read: (path: string) => string | undefined, pending: ReadonlySet<string> = new Set()): CallReport {
  const report: CallReport = { checked: [], pending: [], problems: [] };
  const cache = new Map<string, Declared | string>();
  const declared = (target: string, kind: Call['kind']): Declared | string => {
    const key = `${kind}:${target}`;
    if (!cache.has(key)) cache.set(key, readDeclared(target, kind, read));
    return cache.get(key) as Declared | string;
  };
  for (const [file, text] of Object.entries(files)) {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines });
    if (document.errors.length > 0 || !isMap(document.contents)) {
      report.problems.push({ file, line: 1, uses: '', message: 'not readable YAML' });
      continue;
    }
    for (const site of callSites(document.contents)) {
      const uses = String(site.uses.value);
      const call = target(uses, file);
      if (!call) continue;
      const line = lines.linePos(site.uses.range?.[0] ?? 0).line;
      const record: Call = { file, line, uses, ...call };
      const found = declared(call.target, call.kind);
      if (typeof found === 'string') {
        if (found === 'absent' && pending.has(call.target)) report.pending.push(record);
        else report.problems.push({ file, line, uses, message: found === 'absent' ? `${call.target} does not exist in the suite` : found });
        continue;
      }
      report.checked.push(record);
      const problem = (message: string) => report.problems.push({ file, line, uses, message });
      const given = isMap(site.with) ? site.with : undefined;
      const givenKeys = new Set(given?.items.map((p) => String((p.key as { value?: unknown }).value)) ?? []);
      for (const key of givenKeys) if (!found.inputs.has(key)) problem(`input ${key} is not declared by ${call.target} (it declares ${[...found.inputs.keys()].join(', ') || 'none'})`);
      for (const [name, input] of found.inputs) if (input.required && !givenKeys.has(name)) problem(`required input ${name} of ${call.target} is not given`);
      for (const pair of given?.items ?? []) {
        const name = String((pair.key as { value?: unknown }).value);
        const type = found.inputs.get(name)?.type;
        const value = pair.value as Node | null;
        if (!isScalar(value) || typeof value.value !== 'string' || value.value.includes('${{')) continue;
        if (type === 'boolean') problem(`input ${name} of ${call.target} is a boolean: write true or false, not the string '${value.value}'`);
        if (type === 'number') problem(`input ${name} of ${call.target} is a number, not the string '${value.value}'`);
      }
      if (call.kind === 'workflow') {
        const secrets = site.secrets;
        if (isScalar(secrets) && secrets.value === 'inherit') {
          problem('secrets: inherit: pass the secrets the workflow declares one by one');
          continue;
        }
        const names = new Set(isMap(secrets) ? secrets.items.map((p) => String((p.key as { value?: unknown }).value)) : []);
        const declaredSecrets = found.secrets ?? new Map();
        for (const name of names) if (!declaredSecrets.has(name)) problem(`secret ${name} is not declared by ${call.target} (it declares ${[...declaredSecrets.keys()].join(', ') || 'none'})`);
        for (const [name, secret] of declaredSecrets) if (secret.required && !names.has(name)) problem(`required secret ${name} of ${call.target} is not passed`);
      }
    }
  }
  return report;
}

/** The suite path a `uses:` names, or undefined when it is not the suite's. */
function target(uses: string, file: string): { target: string; kind: Call['kind'] } | undefined {
  let path: string | undefined;
  const remote = new RegExp(`^${SUITE}/(.+)@[^@]+$`, 'i').exec(uses);
  if (remote) path = remote[1];
  // `./` is the suite only in the suite's own workflows (elsewhere it is the caller's repository).
  else if (uses.startsWith('./') && file.startsWith('.github/workflows/')) path = uses.slice(2);
  if (path === undefined) return undefined;
  path = path.replace(/\/$/, '');
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return { target: path, kind: 'workflow' };
  return { target: path, kind: 'action' };
}

function readDeclared(path: string, kind: Call['kind'], read: (path: string) => string | undefined): Declared | string {
  const text = kind === 'workflow' ? read(path) : (read(`${path}/action.yml`) ?? read(`${path}/action.yaml`));
  if (text === undefined) return 'absent';
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isMap(document.contents)) return `${path} is not readable YAML`;
  const root = document.contents;
  const inputs = new Map<string, { required: boolean; type: string | undefined }>();
  let secrets: Declared['secrets'];
  let inputMap: Node | undefined | null;
  if (kind === 'workflow') {
    const on = get(root, 'on');
    const call = isMap(on) ? get(on, 'workflow_call') : undefined;
    if (!isMap(on) || !on.items.some((p) => (p.key as { value?: unknown }).value === 'workflow_call')) return `${path} is not a reusable workflow (no on.workflow_call)`;
    inputMap = isMap(call) ? get(call, 'inputs') : undefined;
    const secretMap = isMap(call) ? get(call, 'secrets') : undefined;
    secrets = new Map();
    if (isMap(secretMap)) for (const pair of secretMap.items) secrets.set(String((pair.key as { value?: unknown }).value), { required: isMap(pair.value) && (get(pair.value, 'required') as { value?: unknown } | undefined)?.value === true });
  } else {
    inputMap = get(root, 'inputs');
  }
  if (isMap(inputMap)) {
    for (const pair of inputMap.items) {
      const spec = pair.value;
      const required = isMap(spec) && (get(spec, 'required') as { value?: unknown } | undefined)?.value === true && get(spec, 'default') === undefined;
      const type = isMap(spec) ? ((get(spec, 'type') as { value?: unknown } | undefined)?.value as string | undefined) : undefined;
      inputs.set(String((pair.key as { value?: unknown }).value), { required, type });
    }
  }
  return { inputs, secrets };
}

interface Site {
  uses: { value: unknown; range?: [number, number, number] };
  with: Node | undefined | null;
  secrets: Node | undefined | null;
}

function callSites(root: YAMLMap): Site[] {
  const sites: Site[] = [];
  const fromSteps = (steps: Node | undefined | null) => {
    if (!isSeq(steps)) return;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = get(step, 'uses');
      if (isScalar(uses)) sites.push({ uses: uses as Site['uses'], with: get(step, 'with'), secrets: undefined });
    }
  };
  const jobs = get(root, 'jobs');
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const job = pair.value;
      if (!isMap(job)) continue;
      const uses = get(job, 'uses');
      if (isScalar(uses)) sites.push({ uses: uses as Site['uses'], with: get(job, 'with'), secrets: get(job, 'secrets') });
      fromSteps(get(job, 'steps'));
    }
  }
  const runs = get(root, 'runs');
  if (isMap(runs)) fromSteps(get(runs, 'steps'));
  return sites;
}

function get(map: YAMLMap, key: string): Node | undefined {
  const value = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value;
  return value === null || value === undefined ? undefined : (value as Node);
}
