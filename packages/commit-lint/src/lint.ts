/**
 * The commit message rules of the procedure ("Git Commit Messages"):
 *
 *     <type>: <brief description>
 *
 *     <detailed explanation: what changed and why>
 *
 *     Fixes: #issue-number
 *
 * `lintMessage` is a pure function of a message and the commit policy. It never throws on any
 * input and never echoes message text unescaped: findings quote text through `quote`.
 */
import { CommitParser } from 'conventional-commits-parser';
import type { CommitPolicy, CommitRuleId, RuleLevel } from '@change-actions/policy';
import { findTrailerBlock, isGitBlank, type Trailer } from './trailers.ts';

export type FindingRule = CommitRuleId | 'merge-commit' | 'revert-commit' | 'fixup-commit';

export interface Finding {
  rule: FindingRule;
  message: string;
  /** 1-based line in the message the finding points at. */
  line?: number;
}

/** What was linted: a commit, a pull request title, or a pull request body (with its title). */
export type Subject = 'commit' | 'pull-request-title' | 'pull-request-body';

export type SpecialKind = 'merge' | 'revert' | 'fixup';

export interface LintOutcome {
  valid: boolean;
  /** The first line, made safe to show: control characters escaped, at most 200 characters. */
  header: string;
  type?: string;
  breaking: boolean;
  special?: SpecialKind;
  errors: Finding[];
  warnings: Finding[];
  /** Rules that did not apply and why (an exempt merge commit, say): shown, never hidden. */
  notes: Finding[];
  trailers: Trailer[];
}

export interface LintOptions {
  subject?: Subject;
  /** Number of parents, when the message is a commit's: more than one is a merge commit. */
  parents?: number;
}

// The procedure's header, with an optional scope and `!` so that a scope gets its own, clearer
// finding instead of a generic format error.
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: (.*)$/;
const LOOSE_HEADER = /^\s*([A-Za-z][\w-]*)(?:\([^()]*\))?(!)?\s*:\s*(.*)$/;
const MERGE_HEADER = /^Merge (?:pull request #\d+ from |branch '|branches |remote-tracking branch '|commit '|tag '|[0-9a-f]{7,40} into )/;
const REVERT_HEADER = /^Revert "/;
const REVERTS_LINE = /^This reverts commit [0-9a-f]{7,64}\b/m;
const FIXUP_HEADER = /^(fixup|squash|amend)! /;
const FIXES_VALUE = /^(?:(?:[\w.-]+\/[\w.-]+)?#\d+|https:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/issues\/\d+)(?:\s*,\s*(?:(?:[\w.-]+\/[\w.-]+)?#\d+|https:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/issues\/\d+))*$/;
const FIXES_IN_PROSE = /\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?)\s+(?:[\w.-]+\/[\w.-]+)?#(\d+)/i;
// Control characters other than tab and newline, and the bidirectional overrides and isolates
// that make text read differently from how it is stored ("Trojan Source").
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const REPLACEMENT = '\uFFFD';
// Text that shows nothing: white space (U+00A0, U+3000 …), format and default-ignorable characters
// (zero-width space, word joiner, soft hyphen, direction marks, Hangul fillers), controls, and the
// braille blank. A description or body made only of these says nothing.
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Zs}\u2800]/u;

/** Whether the text holds at least one character that shows. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
const QUOTED_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const QUOTED_UNSAFE_ALL = new RegExp(QUOTED_UNSAFE.source, 'gu');

const parser = new CommitParser({
  headerPattern: HEADER,
  headerCorrespondence: ['type', 'scope', 'breaking', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  // References are read from trailers, the way git reads them; the parser's reference scan
  // would take `#123` anywhere in the text for one.
  referenceActions: [],
  issuePrefixes: [],
});

/** Escapes control characters and shortens, so that quoted message text is safe in any report. */
export function quote(text: string, max = 60): string {
  const safe = QUOTED_UNSAFE.test(text)
    ? text.replace(QUOTED_UNSAFE_ALL, (c) => (c === '\t' ? ' ' : `\\u{${c.codePointAt(0)!.toString(16)}}`))
    : text;
  if (safe.length <= max) return safe; // code points never outnumber UTF-16 units
  const chars = Array.from(safe);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : safe;
}

class Report {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];
  readonly notes: Finding[] = [];
  private readonly rules: Record<CommitRuleId, RuleLevel>;
  constructor(rules: Record<CommitRuleId, RuleLevel>) {
    this.rules = rules;
  }

  add(rule: CommitRuleId, message: string, line?: number): void {
    const level = this.rules[rule];
    if (level === 'off') return;
    const finding = line === undefined ? { rule, message } : { rule, message, line };
    (level === 'error' ? this.errors : this.warnings).push(finding);
  }

  special(rule: FindingRule, message: string, as: 'error' | 'note'): void {
    (as === 'error' ? this.errors : this.notes).push({ rule, message, line: 1 });
  }
}

export function lintMessage(raw: string, policy: CommitPolicy, options: LintOptions = {}): LintOutcome {
  const subject = options.subject ?? 'commit';
  const report = new Report(policy.rules);
  const finish = (header: string, extra: Partial<LintOutcome> = {}): LintOutcome => ({
    valid: report.errors.length === 0,
    header: quote(header, 200),
    breaking: false,
    errors: report.errors,
    warnings: report.warnings,
    notes: report.notes,
    trailers: [],
    ...extra,
  });

  // A UTF-16 unit is at most 3 bytes of UTF-8: most messages need no count at all.
  const bytes = raw.length * 3 <= policy.messageMaxBytes ? 0 : utf8Length(raw);
  if (bytes > policy.messageMaxBytes) {
    report.add('message-size', `the message is ${bytes} bytes; at most ${policy.messageMaxBytes} are accepted`);
    if (policy.rules['message-size'] === 'error') return finish(firstLine(raw.slice(0, 1000)));
  }

  // git stores what it was given; CRLF from Windows editors reads the same, so it is normalised.
  const message = raw.includes('\r\n') ? raw.replace(/\r\n/g, '\n') : raw;
  const lines = message.split('\n');
  const header = lines[0] ?? '';

  if (message.includes(REPLACEMENT)) {
    report.add('unsafe-characters', 'the message is not valid UTF-8 (it holds U+FFFD replacement characters)', lineOf(lines, REPLACEMENT));
  }
  const unsafeLine = UNSAFE.test(message) ? lines.findIndex((l) => UNSAFE.test(l)) : -1;
  if (unsafeLine >= 0) {
    const char = UNSAFE.exec(lines[unsafeLine]!)![0];
    report.add(
      'unsafe-characters',
      char === '\u0000'
        ? `line ${unsafeLine + 1} holds a NUL byte (U+0000): \`git log\` stops reading the message there and never shows the rest`
        : `line ${unsafeLine + 1} holds the control or bidirectional character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which hides or reorders text`,
      unsafeLine + 1,
    );
  }

  if (!hasVisibleText(message)) {
    report.add('header-format', 'the message is empty; write `<type>: <brief description>`', 1);
    return finish('');
  }

  const special = subject === 'commit' ? specialKind(header, options.parents) : undefined;
  if (special) {
    const handling = { merge: policy.mergeCommits, revert: policy.revertCommits, fixup: policy.fixupCommits }[special];
    const rule = `${special}-commit` as const;
    if (handling === 'reject') {
      report.special(rule, rejectMessage[special], 'error');
      return finish(header, { special });
    }
    if (handling === 'exempt') {
      if (special === 'revert' && !REVERTS_LINE.test(message)) {
        report.special(rule, 'a revert must keep git\'s line "This reverts commit <sha>." so the reverted change is known', 'error');
      } else {
        report.special(rule, `${special} commit: exempt from the message rules by policy (${rule}s: exempt)`, 'note');
      }
      return finish(header, { special });
    }
  }

  const trailerBlock = findTrailerBlock(lines);
  const outcome: Partial<LintOutcome> = { trailers: trailerBlock.trailers };
  if (special) outcome.special = special;

  if (subject !== 'pull-request-body') {
    Object.assign(outcome, lintHeader(header, policy, report));
  }
  if (subject === 'pull-request-title') return finish(header, outcome);

  lintBody(lines, trailerBlock.start, trailerBlock.trailers, report, subject);
  return finish(header, outcome);
}

/**
 * Whether a message's verdict depends on its number of parents (a two-parent commit is a merge,
 * judged by merge-commits): when it does, a source that does not say (the push payload) cannot
 * give the verdict. Warnings count only when they fail the run.
 */
export function dependsOnParents(message: string, policy: CommitPolicy, failOnWarning = false): boolean {
  const one = lintMessage(message, policy, { parents: 1 });
  const two = lintMessage(message, policy, { parents: 2 });
  const verdict = (o: LintOutcome) => JSON.stringify(failOnWarning ? [o.errors, o.warnings] : o.errors);
  return verdict(one) !== verdict(two);
}

const rejectMessage: Record<SpecialKind, string> = {
  merge: 'merge commits are not accepted by policy (merge-commits: reject); rebase onto the base branch instead',
  revert: 'revert commits are not accepted by policy (revert-commits: reject)',
  fixup: 'fixup!/squash!/amend! commits must be squashed before merge (git rebase -i --autosquash)',
};

function specialKind(header: string, parents: number | undefined): SpecialKind | undefined {
  if ((parents ?? 0) > 1 || MERGE_HEADER.test(header)) return 'merge';
  if (REVERT_HEADER.test(header)) return 'revert';
  if (FIXUP_HEADER.test(header)) return 'fixup';
  return undefined;
}

function lintHeader(header: string, policy: CommitPolicy, report: Report): Partial<LintOutcome> {
  const accepted = policy.types.join(', ');
  const format = `\`<type>: <brief description>\` with a type among ${accepted}`;
  if (HEADER.test(header)) {
    const parsed = parser.parse(header);
    const type = parsed.type ?? '';
    // The parser reads `feat():` as no scope at all; the header itself says a scope was written.
    const scope = HEADER.exec(header)?.[2];
    const breaking = parsed['breaking'] === '!';
    const description = parsed.subject ?? '';
    if (!policy.types.includes(type)) {
      const hint = policy.types.includes(type.toLowerCase()) ? `; write it in lower case: "${type.toLowerCase()}"` : '';
      report.add('type-enum', `type "${quote(type, 30)}" is not accepted${hint}; accepted: ${accepted}`, 1);
    }
    if (scope !== undefined && !hasVisibleText(scope)) {
      report.add(
        'header-format',
        `the header has an empty scope "(${quote(scope, 30)})"; ${policy.allowScope ? 'write a scope between the parentheses or leave them out' : `the procedure's format is ${format}`}`,
        1,
      );
    } else if ((scope !== undefined || breaking) && !policy.allowScope) {
      report.add('header-format', `the header has ${breaking ? 'a "!"' : `a scope "(${quote(scope ?? '', 30)})"`}; the procedure's format is ${format}`, 1);
    }
    if (!hasVisibleText(description)) {
      report.add('description-empty', 'the description after "<type>: " is empty or shows nothing (only spaces or invisible characters)', 1);
    } else if (description !== description.trimStart()) {
      report.add('header-format', 'write exactly one space after the colon', 1);
    }
    checkHeaderLength(header, policy, report);
    return { type, breaking };
  }

  const loose = LOOSE_HEADER.exec(header);
  if (loose) {
    const type = loose[1]!;
    report.add('header-format', `"${quote(header, 40)}" is not ${format}: write the type at the start, then ": " and the description`, 1);
    if (!policy.types.includes(type)) {
      report.add('type-enum', `type "${quote(type, 30)}" is not accepted; accepted: ${accepted}`, 1);
    }
    checkHeaderLength(header, policy, report);
    return { type, breaking: loose[2] === '!' };
  }
  report.add('header-format', `the header "${quote(header, 50)}" is not ${format}`, 1);
  checkHeaderLength(header, policy, report);
  return {};
}

function checkHeaderLength(header: string, policy: CommitPolicy, report: Report): void {
  if (header.length <= policy.headerMaxLength) return; // code points never outnumber UTF-16 units
  const length = Array.from(header).length;
  if (length > policy.headerMaxLength) {
    report.add('header-max-length', `the header is ${length} characters; at most ${policy.headerMaxLength}`, 1);
  }
}

function lintBody(lines: string[], trailerStart: number, trailers: Trailer[], report: Report, subject: Subject): void {
  // Blank as git means it: a line of U+00A0 is text, and git reads it as part of the title.
  if (subject === 'commit' && lines.length > 1 && !isGitBlank(lines[1]!)) {
    report.add('body-leading-blank', 'leave line 2 blank between the header and the body', 2);
  }
  const headerLine = lines[0] ?? '';
  const bodyLines = lines.slice(1, trailerStart);
  const body = bodyLines.join('\n').trim();
  const where = subject === 'pull-request-body' ? 'the pull request body' : 'the body';
  if (!hasVisibleText(body)) {
    const what = trailers.length > 0 ? ' (it holds only trailers)' : body !== '' ? ' (it holds only spaces or invisible characters)' : '';
    report.add(
      'body-required',
      `${where} is empty${what}; explain what changed and why`,
      2,
    );
  } else if (repeats(body, headerLine)) {
    report.add('body-not-header-copy', `${where} repeats the header; explain what changed and why`, 3);
  }

  const fixes = trailers.filter((t) => t.token.toLowerCase() === 'fixes');
  for (const trailer of fixes) {
    if (!FIXES_VALUE.test(trailer.value)) {
      report.add(
        'fixes-trailer-format',
        `"Fixes: ${quote(trailer.value, 40)}" does not name an issue; accepted: #N, owner/repo#N or an issue URL`,
        trailer.line,
      );
    }
  }
  if (fixes.length === 0) {
    const prose = FIXES_IN_PROSE.exec(lines.slice(1).join('\n'));
    report.add(
      'fixes-trailer',
      prose
        ? `no \`Fixes: #N\` trailer; "${quote(prose[0], 40)}" in the text is not one: end the message with a paragraph "Fixes: #${prose[1]}"`
        : 'no `Fixes: #N` trailer names the issue this change resolves',
    );
  }
}

/** Whether the body only repeats the header or its description (case, spaces and dots aside). */
function repeats(body: string, header: string): boolean {
  if (body.length > header.length * 2 + 8) return false; // far longer than any copy could be
  const text = normalise(body);
  return text === normalise(header) || text === normalise(descriptionOf(header));
}

function descriptionOf(header: string): string {
  return HEADER.exec(header)?.[4] ?? header;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s.]+/g, ' ').trim();
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

function lineOf(lines: string[], needle: string): number | undefined {
  const index = lines.findIndex((l) => l.includes(needle));
  return index < 0 ? undefined : index + 1;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
