/**
 * The `classify` section of the change policy: the typed classification policy and its defaults,
 * which are the procedure as written. The YAML shape (kebab-case keys under `classify:` and
 * `windows:`) is mapped onto this by `toClassifyPolicy` in `./classify.convert.ts`; its schema
 * fragment is in `./classify.schema.ts`.
 *
 * Globs are the policy's one glob dialect (`../glob.ts`): picomatch globs matched against
 * repository-relative paths, case-insensitively and including dot files, so `src/Auth/Login.ts`
 * and `.github/...` are not missed. Content patterns are JavaScript regular expressions matched
 * case-insensitively against single added and removed lines.
 */
import type { Kebab, Sparse } from '../section.ts';
import { defaultWindowsPolicy, type WindowsPolicy, type WindowsPolicyDocument } from './windows.ts';


/** The commit types of the procedure's "Git Commit Messages" section. */
export const commitTypes = ['feat', 'fix', 'refactor', 'docs', 'test', 'chore', 'security'] as const;
export type CommitType = (typeof commitTypes)[number];

/** `trigger`: the finding is a security review trigger; `report`: it is only listed in the record. */
export type FindingLevel = 'trigger' | 'report';

export interface EmergencyPolicy {
  /** Labels that mark an emergency change (compared case-insensitively). */
  labels: readonly string[];
  /** Branch name prefixes that mark an emergency change, e.g. `hotfix/`. */
  branchPrefixes: readonly string[];
  /** Title markers that mark an emergency change, e.g. `[emergency]` (case-insensitive). */
  titleMarkers: readonly string[];
  severity: {
    /** A label made of one of these prefixes and P0–P3, e.g. `severity:P0`. */
    labelPrefixes: readonly string[];
    /** Title markers in which `{severity}` stands for P0–P3, e.g. `[{severity}]`. */
    titleMarkers: readonly string[];
    /** Body fields, written `Field: P1` on a line of their own. */
    bodyFields: readonly string[];
  };
}

export interface ChangeTypePolicy {
  /** Commit types that make a change normal (new features, refactoring). */
  normalCommitTypes: readonly CommitType[];
  /** Commit types that make a change security-relevant. */
  securityCommitTypes: readonly CommitType[];
  /** Schema changes: migrations, SQL, schema files. Any of these makes a change normal. */
  schemaPaths: readonly string[];
  /**
   * Commit types whose claim can be checked against paths: when every commit has one of these
   * types, files outside their paths make the change normal (a `docs:` commit that edits code).
   */
  commitTypePaths: Readonly<Partial<Record<CommitType, readonly string[]>>>;
  /** What a commit with no linted type (or a change with no commits) means. */
  unlintedCommits: 'normal' | 'ignore';
}

export interface ClassifyPolicy {
  emergency: EmergencyPolicy;
  changeTypes: ChangeTypePolicy;
  /** Folders of third-party code kept in the repository; sensitive files there still count. */
  vendored: readonly string[];
  /** Files whose added and removed lines are scanned by the content patterns below. */
  /** `opaque`: compiled code, whose change can never be read as lines. */
  content: { files: readonly string[]; exclude: readonly string[]; opaque: readonly string[] };
  authentication: { paths: readonly string[]; content: readonly string[] };
  cryptography: {
    paths: readonly string[];
    content: readonly string[];
    /** Crates and npm packages (`@scope/*` allowed) whose import, addition, removal or major bump is a cryptographic change. */
    packages: readonly string[];
  };
  cryptoParameters: { content: readonly string[] };
  dependencies: {
    /** A new direct third-party dependency (runtime). */
    new: FindingLevel;
    /** A new direct third-party dependency used only in development. */
    newDev: FindingLevel;
    /** A package that appears only in a lockfile (transitive). */
    newTransitive: FindingLevel;
    /** Patches applied to third-party packages: any change to one changes third-party code. */
    patches: readonly string[];
    /**
     * Manifests, lockfiles and package manager settings of ecosystems the classifier does not
     * read: any change to one is a possible new dependency or switched source, to be reviewed.
     */
    unreadManifests: readonly string[];
  };
  infrastructure: {
    /** Infrastructure files other than wrangler configuration (KV settings and the like). */
    paths: readonly string[];
    /** wrangler configuration files, compared structurally. */
    wrangler: readonly string[];
  };
  accessControl: {
    /** Access control files other than CODEOWNERS: repository settings, rulesets. */
    paths: readonly string[];
    /** CODEOWNERS files, compared entry by entry. */
    codeowners: readonly string[];
    /** GitHub workflow files, compared structurally. */
    workflows: readonly string[];
    /** Owners whose actions need not be pinned to a commit SHA (the repository's own owner). */
    trustedOwners: readonly string[];
    /** Workflow triggers that run with write access on untrusted input. */
    workflowTriggers: readonly string[];
  };
  /** What makes a change major. */
  major: { breakingCommits: boolean; dependencyMajorBumps: boolean; rollbackUnsafe: boolean };
  /** Label names the record maps to. */
  labels: {
    standard: string;
    normal: string;
    emergency: string;
    securityRelevant: string;
    major: string;
    rollbackUnsafe: string;
    cryptographic: string;
    infrastructure: string;
    accessControl: string;
  };
  windows: WindowsPolicy;
}

/** Images, fonts, audio, video, documents and archives: binary by nature, and not code. */
const mediaFiles = 'png,jpg,jpeg,gif,webp,avif,ico,icns,bmp,tif,tiff,psd,heic,woff,woff2,ttf,otf,eot,mp3,mp4,m4a,aac,mov,webm,ogg,wav,flac,pdf,zip,gz,tgz,bz2,xz,7z,br,zst';
const code = '{rs,ts,tsx,mts,cts,js,jsx,mjs,cjs}';

export const defaultClassifyPolicy: ClassifyPolicy = deepFreeze({
  emergency: {
    labels: ['emergency'],
    branchPrefixes: ['hotfix/', 'emergency/'],
    titleMarkers: ['[emergency]', '[hotfix]'],
    severity: {
      labelPrefixes: ['severity:', 'severity/'],
      titleMarkers: ['[{severity}]'],
      bodyFields: ['Severity'],
    },
  },
  changeTypes: {
    normalCommitTypes: ['feat', 'refactor'],
    securityCommitTypes: ['security'],
    schemaPaths: ['**/migrations/**', '**/*.sql', '**/schema.{prisma,graphql,gql,sql,json}', '**/schema/**'],
    commitTypePaths: {
      docs: ['**/*.{md,mdx,rst,adoc,txt}', '**/docs/**', '**/LICENSE*', '**/CHANGELOG*'],
      test: ['**/test/**', '**/tests/**', '**/__tests__/**', '**/*.{test,spec}.*', '**/*_test.{rs,go}', '**/fixtures/**'],
    },
    unlintedCommits: 'normal',
  },
  vendored: ['**/vendor/**', '**/third_party/**', '**/third-party/**', '**/node_modules/**'],
  content: {
    // Every file but prose and media: authorisation and transport security live in pages
    // (.astro, .svelte, .vue, .html), headers files (_headers, _redirects), app manifests
    // (AndroidManifest.xml, network security config, Info.plist), .env files and configuration of
    // every kind as much as in code, and a list of extensions misses the next one.
    files: ['**'],
    // Not .txt: wrangler's default module rules load **/*.txt into the Worker as text. The
    // licence and changelog names only bare or with a prose extension: src/license.ts is code.
    exclude: [
      '**/*.{md,markdown,rst,adoc}',
      '**/{LICENSE,LICENCE,COPYING,NOTICE,AUTHORS,CHANGELOG}{,.md,.markdown,.rst,.adoc,.txt}',
      `**/*.{${mediaFiles}}`,
    ],
    opaque: ['**/*.{wasm,node,so,dylib,dll,exe,jar,class,a,o}'],
  },
  authentication: {
    // Authorisation lives in middleware, guards, role and permission checks, allow and deny lists,
    // CSRF and CORS handling and sessions as often as in files named auth.
    paths: [
      '**/auth/**',
      '**/authn/**',
      '**/authz/**',
      '**/*auth*.{rs,ts,tsx,js,mjs,cjs}',
      '**/middleware/**',
      '**/middlewares/**',
      `**/*middleware*.${code}`,
      `**/*{guard,permission,rbac,acl,role,access-control,access_control,policy,policies}*.${code}`,
      `**/*{csrf,xsrf,cors,ip-restriction,ip_restriction,allowlist,denylist,blocklist,whitelist,blacklist,firewall}*.${code}`,
      '**/guards/**',
      '**/permissions/**',
      '**/session*',
      '**/jwt*',
      '**/oauth*',
      '**/login*',
      '**/*password*',
      '**/*credential*',
      '**/*{api-key,api_key,apikey}*',
    ],
    // No `\\b` before a name: `is_authorized(` and `isAdmin` have no word boundary inside them.
    content: [
      '\\bauthorization\\b',
      '\\bbearer\\s',
      '\\b(?:x-api-key|www-authenticate)\\b',
      'jwt',
      'verify\\w*\\s*\\(',
      '(?:authenticat|authori[sz]|login|logout|signin|signout)\\w*\\s*\\(',
      'auth(?!ors?\\b)\\w*\\s*\\(',
      'unauthori[sz]ed|forbidden|\\b40[13]\\b',
      '(?:has|check|require|ensure|assert|is|can|verify|must)_?(?:role|permission|perm|scope|access|admin|owner|member|privilege|superuser|staff)',
      '(?:roles?|permissions?|scopes?|privileges?)\\s*(?:[=!]==?|\\.\\s*(?:includes|contains|has|some|every|iter)\\b)',
      '\\b(?:admin|superuser)\\b',
      '\\b(?:guard|guards|middleware|can_?activate)\\b',
      '\\.(?:use|layer|route_layer|wrap|wrap_fn)\\s*\\(',
      '(?:allow|deny|block|white|black|safe)[_-]?lists?\\b|\\bip[_-]?(?:allow|deny|restrict|filter|range|whitelist|blacklist)|iprestriction|\\bcidr\\b',
      '(?:allowed|blocked|denied|trusted|banned)_?(?:ips?|addresses|origins?|hosts?|cidrs?|networks?|users?|emails?|domains?)\\b',
      '\\b(?:cf-connecting-ip|x-forwarded-for|x-real-ip|true-client-ip)\\b',
      'csrf|xsrf',
      '\\baccess-control-allow-|allow_?(?:origin|credentials|headers|methods)|\\bcors\\b|\\bcredentials\\s*[:=]',
      '\\bsessions?\\b|session_?(?:id|token|key|cookie|store|secret)',
      '(?:get|set|delete|signed)_?cookie|\\bcookies?\\b|\\b(?:set-cookie|httponly|samesite)\\b',
      'password|passwd|api_?key|access_?token|refresh_?token|client_?secret',
      // Switches that turn a check off, in code, configuration and .env files alike.
      '(?:require|enforce|skip|disable|bypass|allow)_?(?:login|logins|auth\\w*|mfa|2fa|otp|csrf|https|tls|ssl|signature|verification)',
      // Security headers (Cloudflare Pages _headers, middleware) and transport security of the
      // mobile app: cleartext traffic, user-installed trust anchors, App Transport Security,
      // exported components and permissions.
      '\\b(?:content-security-policy|strict-transport-security|x-frame-options|x-content-type-options|referrer-policy|permissions-policy|cross-origin-(?:opener|embedder|resource)-policy)\\b',
      'cleartext_?traffic|trust-anchors|<certificates\\b|<pin-set\\b|domain-config|NSAppTransportSecurity|NSAllows\\w*Loads|NSExceptionAllowsInsecureHTTPLoads|NSExceptionMinimumTLSVersion',
      'android:(?:exported|permission|networkSecurityConfig|debuggable|allowBackup)|<uses-permission\\b|<permission\\b',
    ],
  },
  cryptography: {
    paths: [
      '**/crypto/**',
      '**/provii-crypto/**',
      '**/*crypto*.{rs,ts,tsx,js,mjs,cjs}',
      '**/*{cipher,signing,encrypt,decrypt}*.{rs,ts,tsx,js,mjs,cjs}',
      '**/*.{pem,key,p12,pfx,jwk,jwks}',
    ],
    content: [
      '\\bcrypto\\.(?:subtle|getRandomValues)\\b',
      '\\bsubtle\\.(?:encrypt|decrypt|sign|verify|digest|generateKey|deriveKey|deriveBits|importKey|exportKey|wrapKey|unwrapKey)\\b',
      '\\b(?<=[\'"](?:node:)?)crypto[\'"]',
      '\\b(?:createHash|createHmac|createCipheriv|createDecipheriv|createSign|createVerify|generateKeyPair(?:Sync)?|randomBytes|pbkdf2(?:Sync)?|scrypt(?:Sync)?|hkdf(?:Sync)?|timingSafeEqual)\\s*\\(',
    ],
    packages: [
      'ring', 'rustls', 'rustls-webpki', 'webpki', 'openssl', 'ed25519-dalek', 'x25519-dalek',
      'curve25519-dalek', 'p256', 'p384', 'k256', 'ecdsa', 'rsa', 'sha1', 'sha2', 'sha3', 'blake2',
      'blake3', 'hmac', 'hkdf', 'pbkdf2', 'argon2', 'scrypt', 'bcrypt', 'aes', 'aes-gcm',
      'chacha20poly1305', 'rand', 'rand_core', 'getrandom', 'zeroize', 'bls12_381', 'jsonwebtoken',
      'jose', 'tweetnacl', 'node-forge', 'crypto-js', 'bcryptjs', '@noble/*', '@scure/*', '@peculiar/*',
    ],
  },
  cryptoParameters: {
    content: [
      '\\b(?:ES|RS|PS|HS)(?:256|384|512)\\b',
      '\\b(?:EdDSA|Ed25519|Ed448|X25519|X448)\\b',
      '\\bP-(?:256|384|521)\\b|\\bsecp(?:256|384|521)[kr]1\\b|\\bprime256v1\\b',
      '\\bAES-?(?:GCM|CBC|CTR|KW|128|192|256)',
      '\\bSHA-?(?:1|224|256|384|512)\\b',
      '\\bRSA-(?:OAEP|PSS)\\b|\\bRSASSA-PKCS1-v1_5\\b',
      '\\b(?:pbkdf2|argon2(?:id|i|d)?|scrypt|bcrypt|hkdf)\\b',
      '\\b(?:modulus_?length|public_?exponent|key_?(?:size|length|len|bits)|iterations?|rounds|salt_?(?:length|len|size)|memory_?cost|time_?cost|parallelism|[mtp]_?cost|named_?curve|(?:tag|iv|nonce)_?(?:length|len|size))\\b\\s*[:=]',
    ],
  },
  dependencies: {
    new: 'trigger',
    newDev: 'trigger',
    newTransitive: 'report',
    patches: ['**/patches/**', '**/.yarn/patches/**', '**/*.{patch,diff}'],
    unreadManifests: [
      // Dart and Flutter, Go, Python, Deno, Bun, Ruby, PHP, JVM builds other than Gradle, .NET,
      // Nix, Carthage: read by none of the parsers, so never "nothing found".
      '**/pubspec.{yaml,yml,lock}',
      '**/pubspec_overrides.yaml',
      '**/go.{mod,sum,work,work.sum}',
      '**/pyproject.toml',
      '**/*{requirements,constraints}*.{txt,in}',
      '**/requirements/**/*.{txt,in}',
      '**/environment.{yml,yaml}',
      '**/{Pipfile,Pipfile.lock,poetry.lock,pdm.lock,uv.lock,setup.py,setup.cfg}',
      '**/deno.{json,jsonc,lock}',
      '**/import_map.json',
      '**/bun.{lock,lockb}',
      '**/{Gemfile,Gemfile.lock,gems.rb,gems.locked}',
      '**/*.gemspec',
      '**/composer.{json,lock}',
      '**/pom.xml',
      '**/*.sbt',
      '**/*.{csproj,fsproj,vbproj}',
      '**/{packages.config,packages.lock.json,Directory.Packages.props,Directory.Build.props,Directory.Build.targets,nuget.config}',
      '**/*.nix',
      '**/flake.lock',
      '**/Cartfile{,.resolved}',
      // Xcode's Swift package references; pnpm's other manifest formats.
      '**/*.pbxproj',
      '**/package.{yaml,json5}',
    ],
  },
  infrastructure: {
    // .wrangler/deploy/config.json redirects wrangler to another configuration file.
    paths: ['**/kv/**', '**/*kv*.{json,jsonc,toml,yaml,yml}', '**/*.{tf,tfvars}', '**/.wrangler/deploy/config.json'],
    wrangler: ['**/wrangler.{toml,json,jsonc}', '**/wrangler.*.{toml,json,jsonc}', '**/wrangler*.{toml,json,jsonc}.*'],
  },
  accessControl: {
    // Who must approve what (the change policy, CODEOWNERS), what runs with the repository's
    // token (workflows, composite actions) and where code is fetched from (submodules, registry
    // configuration): any change to these, a deletion included, is an access control change.
    paths: [
      '.github/settings.yml',
      '.github/rulesets/**',
      '.github/change-policy.yml',
      '.github/workflows/**',
      '**/action.{yml,yaml}',
      '.gitmodules',
      '**/.npmrc',
      '**/bunfig.toml',
      '**/.bunfig.toml',
      '**/.pypirc',
      '**/pip.conf',
      '**/.condarc',
      '**/.gemrc',
      '**/.bundle/config',
      '**/.yarn/plugins/**',
      '**/.yarn/releases/**',
      '.github/dependabot.{yml,yaml}',
      '{,.github/}renovate.json{,5}',
      '**/.renovaterc{,.json,.json5}',
      '**/.yarnrc',
      '**/.yarnrc.yml',
      '**/.pnpmfile.cjs',
      '**/pnpm-workspace.yaml',
      '**/.cargo/config',
      '**/.cargo/config.toml',
      '**/gradle/wrapper/gradle-wrapper.properties',
      '**/settings.gradle{,.kts}',
      '**/init.gradle{,.kts}',
    ],
    codeowners: ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS'],
    workflows: ['.github/workflows/*.{yml,yaml}'],
    trustedOwners: [],
    workflowTriggers: ['pull_request_target', 'workflow_run'],
  },
  major: { breakingCommits: true, dependencyMajorBumps: true, rollbackUnsafe: true },
  labels: {
    standard: 'change:standard',
    normal: 'change:normal',
    emergency: 'change:emergency',
    securityRelevant: 'security-review',
    major: 'change:major',
    rollbackUnsafe: 'rollback-unsafe',
    cryptographic: 'special:cryptographic',
    infrastructure: 'special:infrastructure',
    accessControl: 'special:access-control',
  },
  windows: defaultWindowsPolicy,
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The `classify` and `windows` sections as written in the policy file. */
export interface ClassifyPolicyDocument {
  classify?: Sparse<Kebab<Omit<ClassifyPolicy, 'windows'>>>;
  windows?: WindowsPolicyDocument;
}
