/** CODEOWNERS compared entry by entry: who must review which paths is an access control change. */
import { fileEvidence } from './evidence.ts';
import { sideText } from './paths.ts';
import type { Evidence, Trigger } from './record.ts';
import type { ChangedFile } from './snapshot.ts';
import { clip } from './text.ts';

interface Entry {
  owners: string;
  line: number;
  text: string;
}

function entries(text: string): Map<string, Entry> {
  const map = new Map<string, Entry>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const [pattern = '', ...owners] = line.split(/\s+/);
    map.set(pattern, { owners: owners.join(' '), line: index + 1, text: clip(raw) });
  });
  return map;
}

/** One trigger per changed CODEOWNERS file, with the entries that changed as evidence. */
export function codeownersTrigger(file: ChangedFile, isCodeowners: (path: string) => boolean): Trigger {
  const [before, after] = [sideText(file, 'before', isCodeowners), sideText(file, 'after', isCodeowners)];
  const evidence: Evidence[] = [];
  if (before !== undefined && after !== undefined) {
    const [old, current] = [entries(before ?? ''), entries(after ?? '')];
    for (const [pattern, entry] of current) {
      const previous = old.get(pattern);
      if (previous?.owners === entry.owners) continue;
      const note = previous === undefined ? 'entry added' : `owners were ${previous.owners || '(none)'}`;
      evidence.push({ file: file.path, line: entry.line, side: 'new', text: entry.text, note });
    }
    for (const [pattern, entry] of old) {
      if (!current.has(pattern)) evidence.push({ file: file.path, line: entry.line, side: 'old', text: entry.text, note: 'entry removed' });
    }
  }
  const what = evidence.length === 0 ? 'changed' : `changed: ${evidence.length} ownership ${evidence.length === 1 ? 'entry' : 'entries'}`;
  return {
    trigger: 'access-control',
    rule: 'access-control.codeowners',
    reason: `${file.path} ${what}; code owners decide who must review which paths`,
    evidence: evidence.length === 0 ? [fileEvidence(file)] : evidence,
  };
}
