import type { ErrorObject } from 'ajv';

/** The policy schema's validator, compiled ahead of time by scripts/build.mjs. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
