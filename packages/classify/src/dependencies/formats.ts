/** Manifest and lockfile formats, recognised by file name, and their parsers. */
import type { DependencyView } from './model.ts';
import { parseCargoConfig, parseCargoLock, parseCargoManifest } from './cargo.ts';
import { parsePackageJson, parsePackageLock } from './npm.ts';
import { parseGradle, parsePodfile, parsePodfileLock, parseSwiftManifest, parseSwiftResolved, parseVersionCatalog } from './mobile.ts';
import { parsePnpmLock } from './pnpm.ts';
import { parseYarnLock } from './yarn.ts';

const parsers: Readonly<Record<string, (text: string) => DependencyView>> = {
  'Cargo.toml': parseCargoManifest,
  'Cargo.lock': parseCargoLock,
  'package.json': parsePackageJson,
  'package-lock.json': parsePackageLock,
  'npm-shrinkwrap.json': parsePackageLock,
  'pnpm-lock.yaml': parsePnpmLock,
  'yarn.lock': parseYarnLock,
  '.cargo/config.toml': parseCargoConfig,
  '.cargo/config': parseCargoConfig,
  'build.gradle': parseGradle,
  'build.gradle.kts': parseGradle,
  'settings.gradle': parseGradle,
  'settings.gradle.kts': parseGradle,
  'libs.versions.toml': parseVersionCatalog,
  'Package.swift': parseSwiftManifest,
  'Package.resolved': parseSwiftResolved,
  Podfile: parsePodfile,
  'Podfile.lock': parsePodfileLock,
};

export type DependencyParser = (text: string) => DependencyView;

const fileName = new RegExp(`(?:^|/)(${Object.keys(parsers).map((name) => name.replace(/\./g, '\\.')).join('|')})$`);

/** The parser for a manifest or lockfile path; undefined for any other file. */
export function dependencyFormat(path: string): DependencyParser | undefined {
  const name = fileName.exec(path)?.[1];
  return name === undefined ? undefined : parsers[name];
}

export function isDependencyFile(path: string): boolean {
  return fileName.test(path);
}
