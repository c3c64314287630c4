/**
 * JSON Schema fragment of the `classify` section of `.github/change-policy.yml` (the `windows`
 * fragment is in `./windows.ts`).
 */
import { commitTypes } from './classify.ts';
import { globsSchema, list, nonEmpty, object } from './schema-parts.ts';
import { windowsSchema } from './windows.ts';

const globs = globsSchema;
const patterns = (description: string) =>
  list(description, { type: 'string', minLength: 1, description: 'JavaScript regular expression, case-insensitive, matched against each added and removed line' });
const level = (description: string) => ({ type: 'string', enum: ['trigger', 'report'], description });
const commitTypeList = (description: string) => list(description, { type: 'string', enum: [...commitTypes] });
const label = { type: 'string', minLength: 1, maxLength: 50 };

/** Schema fragment of the `classify` section. */
export const classifySchema = object('How changes are classified (standard, normal, emergency) and which security review triggers fire.', {
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
    opaque: globs('Compiled code (never readable as lines): any change is unverified.'),
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
    patches: globs('Patches applied to third-party packages (pnpm patchedDependencies, yarn patch:): any change is a change of third-party code.'),
    'unread-manifests': globs('Manifests, lockfiles and package manager settings of ecosystems not read: any change is a possible new dependency or source.'),
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

/** Schema of `{ classify, windows }`; embed `properties.classify` and `properties.windows` in the policy file's schema. */
export const classifyPolicySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'change-actions classify and windows sections',
  type: 'object',
  additionalProperties: false,
  properties: { classify: classifySchema, windows: windowsSchema },
};
