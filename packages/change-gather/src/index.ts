export { COMPARE_FILES_MAX, PULL_COMMITS_MAX, PULL_FILES_MAX, compareCommits, describeChange, gatherChange, type ChangeRef, type GatherContext, type GatheredChange } from './gather.ts';
export { patchLines, type PatchLines } from './patch.ts';
