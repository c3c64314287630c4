export { lintMessage, quote, type Finding, type FindingRule, type LintOptions, type LintOutcome, type SpecialKind, type Subject } from './lint.ts';
export { findTrailerBlock, type Trailer, type TrailerBlock } from './trailers.ts';
export { editorMessage } from './editor.ts';
