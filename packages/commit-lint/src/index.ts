export { dependsOnParents, hasVisibleText, lintMessage, quote, type Finding, type FindingRule, type LintOptions, type LintOutcome, type SpecialKind, type Subject } from './lint.ts';
export { explainLint } from './explain.ts';
export { findTrailerBlock, gitTrim, isGitBlank, type Trailer, type TrailerBlock } from './trailers.ts';
export { cleanMessage, editorMessage, type CleanupMode, type CleanupOptions } from './editor.ts';
