/**
 * The parts of a change record (written by classify-change, `record-path`) that a deploy needs:
 * the change type and whether Cloudflare could roll the change back. JSON or YAML; the keys may
 * be written camelCase (the record file), kebab-case (the action outputs) or snake_case.
 * Other keys are ignored: the record holds much more than a deploy reads.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { CHANGE_TYPES, type ChangeRecordFacts, type ChangeType } from './change-types.ts';
import { FileError, parseYamlFile } from './smoke-file.ts';

const NAMES = {
  changeType: ['changeType', 'change-type', 'change_type'],
  rollbackSafe: ['rollbackSafe', 'rollback-safe', 'rollback_safe'],
  reasons: ['rollbackUnsafeReasons', 'rollback-unsafe-reasons', 'rollback_unsafe_reasons'],
};

export function parseChangeRecord(text: string, file: string): ChangeRecordFacts {
  const { root, at } = parseYamlFile(text, file, 'change record');
  if (!isMap(root)) {
    at.add(root, 'the change record must be a JSON object (the record-path file of classify-change)');
    throw new FileError(at.problems);
  }
  const facts: ChangeRecordFacts = { rollbackUnsafeReasons: [] };
  for (const pair of root.items as Pair<unknown, unknown>[]) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string') continue;
    const node = (pair.value as Node | null) ?? null;
    const value = node === null ? null : isScalar(node) ? node.value : node.toJSON();
    if (NAMES.changeType.includes(key)) {
      if (typeof value === 'string' && (CHANGE_TYPES as readonly string[]).includes(value)) facts.changeType = value as ChangeType;
      else at.add(node ?? (pair.key as Node), `${key}: ${JSON.stringify(value)} is not accepted; accepted: ${CHANGE_TYPES.join(', ')}`);
    } else if (NAMES.rollbackSafe.includes(key)) {
      if (typeof value === 'boolean') facts.rollbackSafe = value;
      else at.add(node ?? (pair.key as Node), `${key}: ${JSON.stringify(value)} is not accepted; accepted: true, false`);
    } else if (NAMES.reasons.includes(key)) {
      if (!isSeq(node)) {
        at.add(node ?? (pair.key as Node), `${key}: must be a list of reasons (text, or objects with a reason)`);
        continue;
      }
      for (const item of node.items as Node[]) {
        const reason = isScalar(item) ? item.value : (item.toJSON() as { reason?: unknown; rule?: unknown } | null)?.reason;
        if (typeof reason === 'string' && reason.trim() !== '') facts.rollbackUnsafeReasons.push(reason.trim());
        else at.add(item, `${key}: each reason must be text, or an object with a "reason"`);
      }
    }
  }
  if (at.problems.length > 0) throw new FileError(at.problems);
  return facts;
}
