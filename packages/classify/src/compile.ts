/**
 * A policy compiled for matching: every glob and pattern becomes one combined matcher per rule
 * category, built once per policy object and cached, so that classifying a change never builds a
 * regular expression per path. Compiling is also where a policy is checked beyond its schema.
 */
import type { ClassifyPolicy } from '@change-actions/policy';
import { checkLabels } from '@change-actions/policy/convert';
import { compileEmergency, type CompiledEmergency } from './emergency.ts';
import { globSet, regexSet, unionOf, type PatternSet } from './matcher.ts';
import { contentRules } from './content.ts';
import { pathRules } from './paths.ts';
import type { CommitType } from './snapshot.ts';
import { escapeRegExp } from './text.ts';
import { compileWindows, type CompiledWindows } from './windows.ts';

export interface CompiledPolicy {
  policy: ClassifyPolicy;
  emergency: CompiledEmergency;
  paths: {
    /** The union of the path rules' categories, for clearing most paths with one test. */
    sensitive: PatternSet;
    /** wrangler configuration, workflows and CODEOWNERS: the files compared structurally. */
    structural: PatternSet;
    authentication: PatternSet;
    cryptography: PatternSet;
    infrastructure: PatternSet;
    wrangler: PatternSet;
    accessControl: PatternSet;
    codeowners: PatternSet;
    workflows: PatternSet;
    schema: PatternSet;
    vendored: PatternSet;
    contentFiles: PatternSet;
    contentExclude: PatternSet;
    opaque: PatternSet;
    dependencyPatches: PatternSet;
    unreadManifests: PatternSet;
    commitTypes: ReadonlyMap<CommitType, PatternSet>;
  };
  content: {
    /** The union of the content rules' categories, for clearing most lines with one test. */
    any: PatternSet;
    authentication: PatternSet;
    cryptography: PatternSet;
    cryptoPackageImports: PatternSet;
    cryptoParameters: PatternSet;
  };
  /** Names of cryptographic packages, for dependency changes. */
  cryptoPackages: PatternSet;
  windows: CompiledWindows;
}

const cache = new WeakMap<ClassifyPolicy, CompiledPolicy>();

/** Compiles (once per policy object) and checks a policy; throws `ClassifyPolicyError`. */
export function compilePolicy(policy: ClassifyPolicy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  checkLabels(policy);
  const key = (name: string) => `classify.${name}`;
  const paths = {
    authentication: globSet(policy.authentication.paths, key('authentication.paths')),
    cryptography: globSet(policy.cryptography.paths, key('cryptography.paths')),
    infrastructure: globSet(policy.infrastructure.paths, key('infrastructure.paths')),
    wrangler: globSet(policy.infrastructure.wrangler, key('infrastructure.wrangler')),
    accessControl: globSet(policy.accessControl.paths, key('access-control.paths')),
    codeowners: globSet(policy.accessControl.codeowners, key('access-control.codeowners')),
    workflows: globSet(policy.accessControl.workflows, key('access-control.workflows')),
    schema: globSet(policy.changeTypes.schemaPaths, key('change-types.schema-paths')),
    vendored: globSet(policy.vendored, key('vendored')),
    contentFiles: globSet(policy.content.files, key('content.files')),
    contentExclude: globSet(policy.content.exclude, key('content.exclude')),
    opaque: globSet(policy.content.opaque, key('content.opaque')),
    dependencyPatches: globSet(policy.dependencies.patches, key('dependencies.patches')),
    unreadManifests: globSet(policy.dependencies.unreadManifests, key('dependencies.unread-manifests')),
    commitTypes: new Map(
      Object.entries(policy.changeTypes.commitTypePaths).map(([type, globs]) => [
        type as CommitType,
        globSet(globs, key(`change-types.commit-type-paths.${type}`)),
      ]),
    ),
  };
  const content = {
    authentication: regexSet(policy.authentication.content, key('authentication.content')),
    cryptography: regexSet(policy.cryptography.content, key('cryptography.content')),
    cryptoPackageImports: packageImports(policy.cryptography.packages),
    cryptoParameters: regexSet(policy.cryptoParameters.content, key('crypto-parameters.content')),
  };
  const compiled: CompiledPolicy = {
    policy,
    emergency: compileEmergency(policy.emergency),
    paths: {
      ...paths,
      sensitive: unionOf(pathRules.map((rule) => paths[rule.category])),
      structural: unionOf([paths.wrangler, paths.workflows, paths.codeowners]),
    },
    content: { ...content, any: unionOf(contentRules.map((rule) => content[rule.category])) },
    cryptoPackages: globSet(policy.cryptography.packages, key('cryptography.packages')),
    windows: compileWindows(policy.windows),
  };
  cache.set(policy, compiled);
  return compiled;
}

/**
 * Source lines that use a cryptographic package: Rust paths and `extern crate` (`ring::`,
 * `use sha2;`, crate names with `_` for `-`) and JavaScript imports and requires.
 */
function packageImports(packages: readonly string[]): PatternSet {
  const crates = packages.filter((name) => /^[\w-]+$/.test(name)).map((name) => escapeRegExp(name.replace(/-/g, '_')));
  const modules = packages.map((name) => escapeRegExp(name).replace(/\\\*/g, '[^/\'"]+'));
  const patterns = [
    ...(crates.length > 0
      ? [{ label: 'Rust use of a listed crate', source: `\\b(?<!\\w::)(?:${crates.join('|')})(?:::|\\s*;)` }]
      : []),
    ...(modules.length > 0
      ? [
          {
            label: 'import of a listed package',
            source: `\\b(?:from|import|require)\\s*\\(?\\s*['"](?:${modules.join('|')})(?:/[^'"]*)?['"]`,
          },
        ]
      : []),
  ];
  return regexSet(
    patterns.map((p) => p.source),
    'classify.cryptography.packages',
    patterns.map((p) => p.label),
  );
}
