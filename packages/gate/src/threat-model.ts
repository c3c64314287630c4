/**
 * Body sections checked structurally: a `## Threat model` section (or the cryptographic
 * self-review section) must hold each required part as a sub-heading or bold label WITH content.
 * Headings, template comments and placeholders alone are not a threat model.
 *
 * The Markdown read is GitHub's where it matters: ATX headings, fenced code (never headings),
 * HTML comments (hidden, so never content). Setext headings are not recognised.
 */
import { compileGate } from './compile.ts';
import type { GatePolicy } from '@change-actions/policy';

interface Line {
  text: string;
  heading?: { level: number; title: string };
}

export interface SectionCheck {
  found: boolean;
  /** Required parts missing or without content in the most complete section; `content` when the section is empty. */
  missing: string[];
}

/** Checks the body for a section titled `heading` with every part in `parts` filled in. */
export function checkSection(body: string, heading: string, parts: readonly string[]): SectionCheck {
  const sections = sectionsTitled(lines(body), normalise(heading));
  if (sections.length === 0) return { found: false, missing: [...parts] };
  const missing = sections.map((section) => {
    if (parts.length === 0) return section.some((line) => line.heading === undefined && meaningful(line.text)) ? [] : ['content'];
    const filled = filledParts(section, parts);
    return parts.filter((part) => !filled.has(partKey(part)));
  });
  return { found: true, missing: missing.reduce((best, next) => (next.length < best.length ? next : best)) };
}

/**
 * Checks a threat model document the way the body's section is checked: a `Threat model` section
 * in it when it has one, else the whole document, must hold every part with content. A document of
 * headings only, or an empty one, is not a threat model.
 */
export function checkDocument(text: string, heading: string, parts: readonly string[]): SectionCheck {
  const inner = checkSection(text, heading, parts);
  if (inner.found && inner.missing.length === 0) return inner;
  const all = lines(text);
  if (parts.length === 0) return { found: true, missing: all.some((line) => line.heading === undefined && meaningful(line.text)) ? [] : ['content'] };
  const filled = filledParts(all, parts);
  return { found: true, missing: parts.filter((part) => !filled.has(partKey(part))) };
}

/**
 * The threat model documents the body links to, as repository paths: links to files of this
 * repository (`https://github.com/owner/name/blob/ref/path`) or relative paths, matching the
 * policy's document globs. The action checks which of them exist at the head commit.
 */
export function threatModelLinks(policy: GatePolicy, body: string, repository: string): string[] {
  const { documents } = compileGate(policy);
  const visible = withoutComments(body);
  // Nothing after the target is required, so each match ends where it stops: linear in the body.
  const targets = [
    ...[...visible.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((match) => match[1] ?? ''),
    ...[...visible.matchAll(/https?:\/\/[^\s)<>\]"'`]+/g)].map((match) => match[0]),
  ];
  const paths = targets.map((target) => repositoryPath(target, repository)).filter((path) => path !== undefined && documents(path));
  return [...new Set(paths as string[])];
}

/** Every document the threat model rule reads: those the body links and those the change adds or edits. */
export function threatModelDocuments(policy: GatePolicy, body: string, repository: string, files: ReadonlyArray<{ path: string; status: string }>): string[] {
  const { documents } = compileGate(policy);
  const changed = files.filter((file) => file.status !== 'removed' && documents(file.path)).map((file) => file.path);
  return [...new Set([...threatModelLinks(policy, body, repository), ...changed])];
}

function repositoryPath(target: string, repository: string): string | undefined {
  const clean = target.replace(/[#?].*$/, '');
  const blob = /^https?:\/\/github\.com\/([^/]+\/[^/]+)\/(?:blob|tree|raw)\/[^/]+\/(.+)$/i.exec(clean);
  let path: string;
  if (blob) {
    if ((blob[1] ?? '').toLowerCase() !== repository.toLowerCase()) return undefined;
    path = blob[2] ?? '';
  } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(clean)) {
    return undefined;
  } else {
    path = clean.replace(/^(?:\.?\/)+/, '');
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') ? path : undefined;
}

function withoutComments(body: string): string {
  // An unclosed comment hides the rest of the body on GitHub.
  return body.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

function lines(body: string): Line[] {
  let fence: string | undefined;
  return withoutComments(body)
    .split(/\r\n|\r|\n/)
    .map((text): Line => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
      if (fence !== undefined) {
        const closes = marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(text);
        if (closes) fence = undefined;
        return { text };
      }
      if (marker !== undefined) {
        fence = marker;
        return { text };
      }
      const opening = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(text);
      return opening ? { text, heading: { level: (opening[1] ?? '').length, title: headingTitle(text.slice(opening[0].length)) } } : { text };
    });
}

/** The title of an ATX heading, without its optional closing `#`s; by hand, as a regular expression for it backtracks badly on long lines. */
function headingTitle(rest: string): string {
  const title = rest.trim();
  let end = title.length;
  while (end > 0 && title[end - 1] === '#') end--;
  const closed = end === 0 || title[end - 1] === ' ' || title[end - 1] === '\t';
  return normalise(closed ? title.slice(0, end) : title);
}

function sectionsTitled(all: readonly Line[], title: string): Line[][] {
  const sections: Line[][] = [];
  for (let start = 0; start < all.length; start++) {
    const heading = all[start]?.heading;
    if (heading?.title !== title) continue;
    let end = start + 1;
    while (end < all.length && !((all[end]?.heading?.level ?? Infinity) <= heading.level)) end++;
    sections.push(all.slice(start + 1, end));
    start = end - 1;
  }
  return sections;
}

/**
 * The parts with content. A part runs from its sub-heading or bold label to the next part, or to
 * the next heading (for a sub-heading part: the next one at its level or above, so deeper headings
 * inside it are part of it). Text on the label's own line counts as content.
 */
function filledParts(section: readonly Line[], parts: readonly string[]): Set<string> {
  const wanted = new Set(parts.map(partKey));
  const filled = tableParts(section, wanted);
  let current: { part: string; level?: number } | undefined;
  for (const line of section) {
    const mark = partMark(line, wanted);
    if (mark !== undefined) {
      current = mark;
      if (meaningful(mark.rest)) filled.add(mark.part);
    } else if (line.heading !== undefined) {
      if (current?.level === undefined || line.heading.level <= current.level) current = undefined;
    } else if (current !== undefined && meaningful(line.text) && !isTableDelimiter(line.text)) {
      filled.add(current.part);
    }
  }
  return filled;
}

function cells(text: string): string[] | undefined {
  if (!text.includes('|')) return undefined;
  const trimmed = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function isTableDelimiter(text: string): boolean {
  const row = cells(text);
  return row !== undefined && row.length > 0 && row.every((cell) => /^:?-{1,}:?$/.test(cell));
}

/**
 * Parts filled in a Markdown table (GitHub's pipe tables): a column headed by the part with
 * content in a row (`| Asset | Threat | Mitigation |`), or a row labelled by the part in its first
 * cell with content in another (`| Threats | replay of a token |`).
 */
function tableParts(section: readonly Line[], wanted: ReadonlySet<string>): Set<string> {
  const filled = new Set<string>();
  for (let index = 0; index + 1 < section.length; index++) {
    const header = cells(section[index]?.text ?? '');
    if (header === undefined || section[index]?.heading !== undefined || !isTableDelimiter(section[index + 1]?.text ?? '')) continue;
    const columns = header.map((cell) => partKey(cell));
    let row = index + 2;
    for (; row < section.length; row++) {
      const values = section[row]?.heading === undefined ? cells(section[row]?.text ?? '') : undefined;
      if (values === undefined) break;
      values.forEach((value, column) => {
        const part = columns[column];
        if (part !== undefined && wanted.has(part) && meaningful(value)) filled.add(part);
      });
      const label = partKey(values[0] ?? '');
      if (wanted.has(label) && values.slice(1).some((value) => meaningful(value))) filled.add(label);
    }
    // A two-column table whose header row is itself a part and its content.
    const label = columns[0];
    if (label !== undefined && wanted.has(label) && header.slice(1).some((value) => meaningful(value))) filled.add(label);
    index = row - 1;
  }
  return filled;
}

function partMark(line: Line, wanted: ReadonlySet<string>): { part: string; level?: number; rest: string } | undefined {
  if (line.heading !== undefined) {
    const part = partKey(line.heading.title);
    return wanted.has(part) ? { part, level: line.heading.level, rest: '' } : undefined;
  }
  const label = /^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__)(.+?)\1(.*)$/.exec(line.text);
  if (!label) return undefined;
  const part = partKey(label[2] ?? '');
  return wanted.has(part) ? { part, rest: (label[3] ?? '').replace(/^\s*:/, '') } : undefined;
}

function normalise(title: string): string {
  return title.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').toLowerCase();
}

/** Part names compare case-insensitively and ignore a plural s: "Threat" is "Threats". */
function partKey(name: string): string {
  return normalise(name).replace(/s$/, '');
}

const PLACEHOLDER = /^(?:todo|tbd|tba|n\/?a|none|nothing|\.\.\.|…|<[^>]*>|\[[^\]]*\])\.?$/i;

/** A line that says something: not blank, not only markup, not a template placeholder. */
function meaningful(text: string): boolean {
  const content = text
    .replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, '')
    .replace(/[*_`|]/g, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(content) && !PLACEHOLDER.test(content);
}
