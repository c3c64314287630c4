/**
 * The sections' converters and checks and the policy's glob compiler: what the policy parser and
 * the engines need beyond the typed sections and defaults of `./index.ts`. Kept out of that entry,
 * which every action loads, so that a run which never reads a policy file never loads picomatch.
 */
export * from './glob.ts';
export * from './sections/classify.convert.ts';
export * from './sections/gate.convert.ts';
export * from './sections/monitor.convert.ts';
export * from './sections/rollback.convert.ts';
export * from './sections/windows.convert.ts';
