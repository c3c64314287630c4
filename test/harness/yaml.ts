/** The YAML parser, for tests outside the test package. */
export { parse as parseYaml } from 'yaml';
