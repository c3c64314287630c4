/**
 * Reading and writing artifact files. A file that cannot be read is a ContractError naming it,
 * so a step that depends on it fails closed with the reason instead of going on without it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ContractError, parse, serialize, type Contract } from './contract.ts';

export function readContractFile<T>(contract: Contract<T>, path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new ContractError(path, [{ file: path, pointer: '', message: `cannot be read (${code}); pass ${contract.producer}` }]);
  }
  return parse(contract, text, path);
}

/**
 * Writes the document whole or not at all (a temporary file renamed into place), so a reader never
 * sees half a file. `transform` sees the final text (the deploy redacts secrets there).
 */
export function writeContractFile<T>(contract: Contract<T>, path: string, value: T, transform: (text: string) => string = (t) => t): void {
  const text = transform(serialize(contract, value));
  // What is written must read back: a transform that broke the document fails the writer, not the reader.
  parse(contract, text, path);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
