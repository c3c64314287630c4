/**
 * How the `change` command speaks: results on stdout (text, or JSON with --json), problems on
 * stderr, colour only on a terminal and never with NO_COLOR, and three exit codes.
 */

/** 0: done, and the verdict is positive. 1: done, and the verdict is negative. 2: could not run. */
export const EXIT = { ok: 0, negative: 1, unusable: 2 } as const;

/** A problem with what the command was given: the message names the file, field or argument. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface Io {
  json: boolean;
  colour: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** https://no-color.org: present and not empty disables colour; so does a pipe or a dumb terminal. */
export function colourWanted(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

export function io(options: { json?: boolean; color?: boolean }): Io {
  return {
    json: options.json === true,
    colour: options.color !== false && colourWanted(process.stdout),
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  };
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

export function paint(out: Io, colour: keyof typeof CODES, text: string): string {
  return out.colour ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/** Text from files and commits is printed as text: control characters would drive the terminal. */
export function plain(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function printJson(out: Io, value: unknown): void {
  out.out(JSON.stringify(value, null, 2));
}
