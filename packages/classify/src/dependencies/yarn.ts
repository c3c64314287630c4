/** yarn.lock: the classic (v1) format and the YAML format of yarn 2 and later ("berry"). */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { originOf, type DependencySource, type DependencyView, type LockedPackage } from './model.ts';
import { specSource } from './npm.ts';

export function parseYarnLock(text: string): DependencyView {
  return { declared: [], locked: /^__metadata:/m.test(text) ? berry(text) : classic(text) };
}

/** `"@scope/name@^1.0.0", name@npm:^1.0.0` → `@scope/name`. */
function nameOf(descriptors: string): string {
  const first = (descriptors.split(',')[0] ?? '').trim().replace(/^"|"$/g, '');
  const at = first.indexOf('@', 1);
  return at < 0 ? first : first.slice(0, at);
}

/** The protocol after the name in a descriptor or resolution, e.g. `npm:`, `workspace:`. */
function protocolSource(reference: string): DependencySource {
  const source = specSource(reference.slice(reference.indexOf('@', 1) + 1));
  return source === 'url' && /github|gitlab|bitbucket/.test(reference) ? 'git' : source;
}

function berry(text: string): LockedPackage[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const error = document.errors[0];
  if (error !== undefined) throw new Error(error.message);
  if (!isMap(document.contents)) throw new Error('the lockfile is not a YAML mapping');
  return document.contents.items.flatMap((pair): LockedPackage[] => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === '__metadata' || !isMap(pair.value)) return [];
    const version = pair.value.get('version');
    const resolution = String(pair.value.get('resolution') ?? key);
    const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    return [
      {
        ecosystem: 'npm',
        name: nameOf(resolution),
        version: String(version ?? ''),
        source: protocolSource(resolution),
        origin: protocolSource(resolution) === 'registry' ? '' : originOf(resolution.slice(resolution.indexOf('@', 1) + 1)),
        line: lineCounter.linePos(offset).line,
      },
    ];
  });
}

function classic(text: string): LockedPackage[] {
  const packages: LockedPackage[] = [];
  let current: LockedPackage | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.endsWith(':')) throw new Error(`line ${index + 1} is not an entry header`);
      const descriptors = line.slice(0, -1);
      current = { ecosystem: 'npm', name: nameOf(descriptors), version: '', source: protocolSource(descriptors.split(',')[0] ?? ''), line: index + 1 };
      packages.push(current);
      return;
    }
    const field = /^\s+(version|resolved)\s+"?([^"]*)"?$/.exec(line);
    if (current === undefined) throw new Error(`line ${index + 1} is outside an entry`);
    if (field?.[1] === 'version') current.version = field[2] ?? '';
    if (field?.[1] === 'resolved' && current.source === 'registry') current.source = resolvedSource(field[2] ?? '');
    if (field?.[1] === 'resolved') current.origin = originOf(field[2]);
  });
  const incomplete = packages.find((entry) => entry.version === '');
  if (incomplete !== undefined) throw new Error(`entry ${incomplete.name} on line ${incomplete.line} has no version`);
  return packages;
}

function resolvedSource(resolved: string): DependencySource {
  if (/^git|codeload\.github\.com|\.git#/.test(resolved)) return 'git';
  return resolved.startsWith('file:') ? 'path' : 'registry';
}
