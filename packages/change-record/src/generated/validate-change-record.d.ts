import type { Validator } from '../contract.ts';

/** The change-record schema's validator, compiled ahead of time by scripts/build.mjs. */
declare const validate: Validator;
export default validate;
