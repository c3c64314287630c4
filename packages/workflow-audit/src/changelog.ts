/**
 * Keep a Changelog (keepachangelog.com, 1.1.0), as the procedure asks for ("Follow Keep a Changelog
 * format; group by Added/Changed/Fixed/Security"): a `# Changelog` title, an optional
 * `## [Unreleased]`, releases as `## [X.Y.Z] - YYYY-MM-DD` newest first, groups as `### Added`
 * (Changed, Deprecated, Removed, Fixed, Security) holding list items, link references last.
 *
 * release-please writes `## [X.Y.Z](<compare url>) (YYYY-MM-DD)`; `toKeepAChangelog` rewrites
 * those headings (the link moves to a reference at the end), since release-please has no setting
 * for the heading's shape.
 */
export const GROUPS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'] as const;
export type Group = (typeof GROUPS)[number];

export interface Release {
  version: string;
  date: string | undefined;
  line: number;
  groups: Partial<Record<Group, string[]>>;
}

export interface ChangelogProblem {
  line: number;
  message: string;
}

export interface Changelog {
  unreleased: Release | undefined;
  releases: Release[];
  problems: ChangelogProblem[];
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const RELEASE = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2})(?: \[YANKED\])?)?$/;
const GROUP = /^### (.+)$/;
const LINK_REFERENCE = /^\[[^\]]+\]: \S+$/;

export function parseChangelog(text: string): Changelog {
  const lines = text.split(/\r?\n/);
  const problems: ChangelogProblem[] = [];
  const releases: Release[] = [];
  let unreleased: Release | undefined;
  let release: Release | undefined;
  let group: Group | undefined;
  let references = false;
  if (lines[0] !== '# Changelog') problems.push({ line: 1, message: 'the first line must be "# Changelog"' });
  lines.forEach((line, index) => {
    const at = index + 1;
    if (index === 0 || line.trim() === '') return;
    if (LINK_REFERENCE.test(line)) {
      references = true;
      return;
    }
    if (references) {
      problems.push({ line: at, message: 'only link references may follow the link references' });
      return;
    }
    if (line.startsWith('## ')) {
      const match = RELEASE.exec(line);
      group = undefined;
      if (!match) {
        problems.push({ line: at, message: 'a release heading is "## [Unreleased]" or "## [X.Y.Z] - YYYY-MM-DD"' });
        release = undefined;
        return;
      }
      const [, version = '', date] = match;
      release = { version, date, line: at, groups: {} };
      if (version === 'Unreleased') {
        if (date !== undefined) problems.push({ line: at, message: '[Unreleased] has no date' });
        if (unreleased !== undefined || releases.length > 0) problems.push({ line: at, message: '[Unreleased] comes first, once' });
        unreleased = release;
        return;
      }
      if (!SEMVER.test(version)) problems.push({ line: at, message: `${version} is not a semantic version X.Y.Z` });
      if (date === undefined) problems.push({ line: at, message: `release ${version} has no date (" - YYYY-MM-DD")` });
      else if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) problems.push({ line: at, message: `${date} is not a calendar date` });
      const previous = releases.at(-1);
      if (previous && compareVersions(version, previous.version) >= 0) problems.push({ line: at, message: `releases are newest first: ${version} comes after ${previous.version}` });
      releases.push(release);
      return;
    }
    const groupMatch = GROUP.exec(line);
    if (groupMatch) {
      const name = groupMatch[1] as Group;
      if (!GROUPS.includes(name)) {
        problems.push({ line: at, message: `"${groupMatch[1]}" is not a Keep a Changelog group (${GROUPS.join(', ')})` });
        group = undefined;
        return;
      }
      if (!release) {
        problems.push({ line: at, message: 'a group belongs under a release heading' });
        return;
      }
      if (release.groups[name]) problems.push({ line: at, message: `${name} appears twice in ${release.version}` });
      release.groups[name] = [];
      group = name;
      return;
    }
    if (/^#+ /.test(line)) {
      problems.push({ line: at, message: 'headings are "## [version]" releases and "### Group" groups only' });
      return;
    }
    if (/^\s*[-*] /.test(line)) {
      if (!release || !group) problems.push({ line: at, message: 'a change belongs under a release and a group' });
      else release.groups[group]?.push(line.replace(/^\s*[-*] /, ''));
      return;
    }
    // Continuation lines of a list item, or prose under the title.
    if (release && !group && !/^\s/.test(line)) problems.push({ line: at, message: 'text under a release belongs in a group' });
  });
  for (const r of [...(unreleased ? [unreleased] : []), ...releases]) {
    if (r.version !== 'Unreleased' && Object.keys(r.groups).length === 0) problems.push({ line: r.line, message: `release ${r.version} lists no changes` });
  }
  return { unreleased, releases, problems };
}

/**
 * Rewrites release-please's output into Keep a Changelog: release headings
 * `## [X.Y.Z](<url>) (YYYY-MM-DD)` become `## [X.Y.Z] - YYYY-MM-DD` with the link as a reference at
 * the end, and its "⚠ BREAKING CHANGES" group becomes items of Changed marked "BREAKING:", one
 * group per name in each release.
 */
export function toKeepAChangelog(text: string): string {
  const links: string[] = [];
  const out: string[] = [];
  // Per release: the group names seen and where each group's items end in `out`.
  let groupEnd = new Map<string, number>();
  let moving: { name: string } | undefined;
  let current: string | undefined;
  let breaking = false;
  for (const line of text.replace(/\n+$/, '').split('\n')) {
    const heading = /^#{2,3} \[([^\]]+)\]\(([^)]+)\) \((\d{4}-\d{2}-\d{2})\)\s*$/.exec(line);
    if (heading || /^## /.test(line)) {
      groupEnd = new Map();
      moving = undefined;
      current = undefined;
      breaking = false;
      if (heading) {
        const [, version, url, date] = heading;
        links.push(`[${version}]: ${url}`);
        out.push(`## [${version}] - ${date}`);
      } else out.push(line);
      continue;
    }
    const group = /^### (.+?)\s*$/.exec(line);
    if (group) {
      breaking = /BREAKING CHANGES/i.test(group[1] ?? '');
      const name = breaking ? 'Changed' : (group[1] ?? '');
      if (groupEnd.has(name)) {
        moving = { name };
        continue;
      }
      moving = undefined;
      current = name;
      out.push(`### ${name}`);
      groupEnd.set(name, out.length);
      continue;
    }
    const item = breaking && /^\s*[-*] /.test(line) ? line.replace(/^(\s*[-*] )/, '$1BREAKING: ') : line;
    if (moving) {
      if (item.trim() === '') continue;
      const at = groupEnd.get(moving.name) ?? out.length;
      out.splice(at, 0, item);
      for (const [name, end] of groupEnd) if (end >= at) groupEnd.set(name, end + 1);
      continue;
    }
    out.push(item);
    if (current !== undefined && item.trim() !== '') groupEnd.set(current, out.length);
  }
  // release-please writes each release above the first heading, so an empty [Unreleased] ends up
  // below it: drop empty ones, and keep one at the top.
  const kept = out.filter((line, index) => {
    if (line !== '## [Unreleased]') return true;
    const next = out.slice(index + 1).find((l) => l.trim() !== '');
    return next !== undefined && !next.startsWith('## ') && !LINK_REFERENCE.test(next);
  });
  if (!kept.includes('## [Unreleased]')) {
    const first = kept.findIndex((l) => l.startsWith('## '));
    if (first >= 0) kept.splice(first, 0, '## [Unreleased]', '');
  }
  const existing = new Set(kept.filter((l) => LINK_REFERENCE.test(l)));
  const added = links.filter((l) => !existing.has(l));
  const body = kept.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '');
  if (added.length === 0) return `${body}\n`;
  const lines = body.split('\n');
  const first = lines.findIndex((l) => LINK_REFERENCE.test(l));
  if (first < 0) return `${body}\n\n${added.join('\n')}\n`;
  lines.splice(first, 0, ...added);
  return `${lines.join('\n')}\n`;
}

function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) return 0;
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return 0;
}
