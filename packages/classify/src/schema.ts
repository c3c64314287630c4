/**
 * JSON Schema (draft-07, like the policy file's own schema) of the `classify` and `windows` sections
 * of `.github/change-policy.yml`. No `$ref`, so each section can be embedded in the policy file's
 * schema as it is; `additionalProperties: false` everywhere, so a misspelt key is an error.
 */
import { commitTypes } from './snapshot.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const time = '([01][0-9]|2[0-3]):[0-5][0-9]';
const instant = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$' };
const weekTime = { type: 'string', pattern: `^(${weekdays.join('|')}) ${time}$` };
const monthDay = { type: 'string', pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' };

function object(description: string, properties: Record<string, unknown>, required: string[] = []) {
  return { type: 'object', additionalProperties: false, description, properties, ...(required.length > 0 ? { required } : {}) };
}

function list(description: string, items: Record<string, unknown>) {
  return { type: 'array', uniqueItems: true, description, items };
}

const nonEmpty = { type: 'string', minLength: 1 };
const globs = (description: string) =>
  list(description, { type: 'string', minLength: 1, pattern: '^[^!]', description: 'picomatch glob matched case-insensitively against repository-relative paths; no negation' });
const patterns = (description: string) =>
  list(description, { type: 'string', minLength: 1, description: 'JavaScript regular expression, case-insensitive, matched against each added and removed line' });
const level = (description: string) => ({ type: 'string', enum: ['trigger', 'report'], description });
const commitTypeList = (description: string) => list(description, { type: 'string', enum: [...commitTypes] });
const label = { type: 'string', minLength: 1, maxLength: 50 };
const timeWindow = (description: string) =>
  object(description, {
    days: { type: 'array', uniqueItems: true, items: { type: 'string', enum: weekdays } },
    hours: { type: 'string', pattern: `^${time}-(${time}|24:00)$`, description: 'HH:MM-HH:MM, end exclusive, 24:00 allowed' },
  });
const freezeBase = {
  reason: { ...nonEmpty, description: 'Why the freeze exists; shown in every verdict it closes.' },
  'change-types': list('Change types the freeze applies to (default: standard and normal; emergencies are always exempt).', {
    type: 'string',
    enum: ['standard', 'normal'],
  }),
};

const classifySection = object('How changes are classified (standard, normal, emergency) and which security review triggers fire.', {
  emergency: object('Signals of an emergency change.', {
    labels: list('Pull request labels (case-insensitive).', nonEmpty),
    'branch-prefixes': list('Branch name prefixes, e.g. hotfix/.', nonEmpty),
    'title-markers': list('Title markers, e.g. [emergency] (case-insensitive).', nonEmpty),
    severity: object('Where the incident severity P0–P3 is read from.', {
      'label-prefixes': list('Label prefixes followed by P0–P3, e.g. severity:.', nonEmpty),
      'title-markers': list('Title markers with {severity} standing for P0–P3, e.g. [{severity}].', {
        type: 'string',
        pattern: '\\{severity\\}',
      }),
      'body-fields': list('Body fields written "Field: P1" on a line of their own.', nonEmpty),
    }),
  }),
  'change-types': object('What makes a change normal rather than standard.', {
    'normal-commit-types': commitTypeList('Commit types that make a change normal.'),
    'security-commit-types': commitTypeList('Commit types that make a change security-relevant.'),
    'schema-paths': globs('Schema changes (migrations, SQL, schema files): normal.'),
    'commit-type-paths': object(
      'Commit types whose claim is checked against paths: when every commit has one of them, other files make the change normal.',
      Object.fromEntries(commitTypes.map((type) => [type, globs(`Paths a ${type} commit may change.`)])),
    ),
    'unlinted-commits': { type: 'string', enum: ['normal', 'ignore'], description: 'A commit without a linted type, or no commits at all.' },
  }),
  vendored: globs('Vendored folders; sensitive files inside still count.'),
  content: object('Files whose changed lines the content patterns scan.', {
    files: globs('Files scanned.'),
    exclude: globs('Files not scanned.'),
  }),
  authentication: object('Authentication and authorisation code.', {
    paths: globs('Paths of authentication code.'),
    content: patterns('Changed lines that touch authentication.'),
  }),
  cryptography: object('Cryptographic code.', {
    paths: globs('Paths of cryptographic code and key material.'),
    content: patterns('Changed lines that call cryptographic APIs.'),
    packages: list('Crates and npm packages (@scope/* allowed) whose use, addition, removal or major bump is cryptographic.', nonEmpty),
  }),
  'crypto-parameters': object('Cryptographic parameters.', {
    content: patterns('Changed lines with algorithm identifiers, curves, key sizes, iteration counts.'),
  }),
  dependencies: object('Third-party dependencies from manifests and lockfiles.', {
    new: level('A new direct runtime dependency.'),
    'new-dev': level('A new direct development dependency.'),
    'new-transitive': level('A package new only to a lockfile.'),
  }),
  infrastructure: object('Infrastructure configuration.', {
    paths: globs('Infrastructure files other than wrangler configuration (KV settings).'),
    wrangler: globs('wrangler configuration files, compared structurally.'),
  }),
  'access-control': object('Access control changes.', {
    paths: globs('Access control files other than CODEOWNERS.'),
    codeowners: globs('CODEOWNERS files.'),
    workflows: globs('GitHub workflow files, compared structurally.'),
    'trusted-owners': list('Owners whose actions need not be pinned to a commit SHA.', nonEmpty),
    'workflow-triggers': list('Workflow triggers whose addition is an access control change.', nonEmpty),
  }),
  major: object('What makes a change major.', {
    'breaking-commits': { type: 'boolean' },
    'dependency-major-bumps': { type: 'boolean' },
    'rollback-unsafe': { type: 'boolean' },
  }),
  labels: object('Label names the change record maps to.', {
    standard: label,
    normal: label,
    emergency: label,
    'security-relevant': label,
    major: label,
    'rollback-unsafe': label,
    cryptographic: label,
    infrastructure: label,
    'access-control': label,
  }),
});

const windowsSection = object('Change windows and freezes. Emergencies are exempt, and recorded.', {
  'time-zone': { ...nonEmpty, description: 'IANA time zone of the windows and recurring freezes, e.g. Europe/London.' },
  standard: timeWindow('When standard changes may go out.'),
  normal: timeWindow('When normal changes may go out.'),
  major: timeWindow('When major changes may go out, in addition to their type\'s window.'),
  freezes: {
    type: 'array',
    description: 'Change freezes.',
    items: {
      oneOf: [
        object('A one-off freeze between two instants.', {
          start: { ...instant, description: 'ISO 8601 instant with an offset, e.g. 2026-06-01T00:00:00Z.' },
          end: { ...instant, description: 'ISO 8601 instant with an offset; the freeze ends before it.' },
          ...freezeBase,
        }, ['start', 'end', 'reason']),
        object('A weekly freeze, e.g. from "fri 16:00" to "mon 08:00" local time.', {
          weekly: object('Weekday and local time the freeze starts and ends (it may wrap around the week).', { from: weekTime, to: weekTime }, ['from', 'to']),
          ...freezeBase,
        }, ['weekly', 'reason']),
        object('A yearly freeze of whole local days, e.g. from "12-24" to "01-02".', {
          yearly: object('First and last day (MM-DD, both included; it may wrap around the year).', { from: monthDay, to: monthDay }, ['from', 'to']),
          ...freezeBase,
        }, ['yearly', 'reason']),
      ],
    },
  },
});

/** Schema of `{ classify, windows }`; embed `properties.classify` and `properties.windows` in the policy file's schema. */
export const classifyPolicySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'change-actions classify and windows sections',
  type: 'object',
  additionalProperties: false,
  properties: { classify: classifySection, windows: windowsSection },
};
