import type { Validator } from '../contract.ts';

/** The deployment-payload schema's validator, compiled ahead of time by scripts/build.mjs. */
declare const validate: Validator;
export default validate;
