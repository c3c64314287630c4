/**
 * The file parsers, which need the YAML parser: the smoke test file and the change record.
 * Every problem names the file, the line and column, and what is accepted.
 */
export { FileError, SMOKE_FILE_MAX_BYTES, SMOKE_TESTS_MAX, parseSmokeFile, type FileProblem } from './smoke-file.ts';
