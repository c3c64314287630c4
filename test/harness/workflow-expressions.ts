/**
 * `${{ }}` evaluation for the workflow runner with GitHub's own expression engine
 * (`@actions/expressions`), over plain JavaScript contexts, and the conversion of the workflow
 * parser's template tokens to plain values.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';

/** The contexts an expression may read (github, env, steps, ...), as plain JSON-like values. */
export type Contexts = Record<string, unknown>;

/** What the status functions answer where the expression is evaluated. */
export interface Status {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

export interface Scope {
  contexts: Contexts;
  status?: Status;
  /** For hashFiles(): the workspace whose files it hashes. */
  workspace?: string;
  /** Where the expression comes from, for error messages, e.g. `deploy.yml: jobs.deploy.steps[2].with.x`. */
  where?: string;
}

export class ExpressionFailure extends Error {
  override name = 'ExpressionFailure';
}

const CONTEXT_NAMES = ['github', 'env', 'vars', 'secrets', 'inputs', 'needs', 'matrix', 'strategy', 'steps', 'runner', 'job', 'jobs'];

function functions(scope: Scope): Map<string, FunctionDefinition> {
  const status = scope.status ?? { success: true, failure: false, cancelled: false };
  const fn = (name: string, minArgs: number, maxArgs: number, call: (...args: data.ExpressionData[]) => data.ExpressionData): [string, FunctionDefinition] => [
    name.toLowerCase(),
    { name, minArgs, maxArgs, call },
  ];
  return new Map([
    fn('success', 0, 0, () => new data.BooleanData(status.success && !status.cancelled)),
    fn('failure', 0, 0, () => new data.BooleanData(status.failure)),
    fn('cancelled', 0, 0, () => new data.BooleanData(status.cancelled)),
    fn('always', 0, 0, () => new data.BooleanData(true)),
    fn('hashFiles', 1, 255, (...patterns) => new data.StringData(hashFiles(scope.workspace, patterns.map((p) => p.coerceString())))),
  ]);
}

/** hashFiles(): the SHA-256 of the SHA-256 of each matched file, in path order; '' when none match. */
function hashFiles(workspace: string | undefined, patterns: string[]): string {
  if (workspace === undefined) throw new ExpressionFailure('hashFiles() is only available in steps');
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files = [...new Set(include.flatMap((p) => globSync(p, { cwd: workspace, exclude })))]
    .filter((f) => statSync(join(workspace, f)).isFile())
    .sort();
  if (files.length === 0) return '';
  const outer = createHash('sha256');
  for (const f of files) outer.update(createHash('sha256').update(readFileSync(join(workspace, f))).digest());
  return outer.digest('hex');
}

/** Plain values as the engine's data (dictionaries are case-insensitive, as on GitHub). */
export function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** The engine's data as plain values. */
export function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

/** Evaluates one expression (without `${{ }}`) with GitHub's parser and evaluator. */
export function evaluateExpression(expression: string, scope: Scope): data.ExpressionData {
  try {
    const tokens = new Lexer(expression).lex().tokens;
    const fns = functions(scope);
    const tree = new Parser(tokens, CONTEXT_NAMES, [...fns.values()]).parse();
    const contexts = new data.Dictionary(
      ...CONTEXT_NAMES.map((name) => ({ key: name, value: toData(scope.contexts[name] ?? {}) })),
    );
    return new Evaluator(tree, contexts, fns).evaluate();
  } catch (error) {
    if (error instanceof ExpressionFailure) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ExpressionFailure(`${scope.where ? `${scope.where}: ` : ''}\${{ ${expression} }}: ${message}`);
  }
}

/** Truthiness as `if:` reads it. */
export function isTruthy(value: data.ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (value as data.BooleanData).value;
    case data.Kind.Number: {
      const n = value.number();
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return value.coerceString() !== '';
    default:
      return true;
  }
}

/** A value as the runner hands it to an input or an environment variable. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** A template token as plain values, every expression in it evaluated. */
export function evaluateToken(token: TemplateToken | undefined, scope: Scope): unknown {
  if (token === undefined) return undefined;
  if (isBasicExpression(token)) return fromData(evaluateExpression(token.expression, scope));
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isMapping(token)) {
    const result: Record<string, unknown> = {};
    for (const { key, value } of token) result[asString(evaluateToken(key, scope))] = evaluateToken(value, scope);
    return result;
  }
  if (isSequence(token)) return [...token].map((item) => evaluateToken(item, scope));
  if (token.isExpression) throw new ExpressionFailure(`${scope.where ?? 'workflow'}: \${{ insert }} is not supported`);
  return null;
}

/** A token evaluated to the string the runner would pass on. */
export function evaluateString(token: TemplateToken | undefined, scope: Scope): string {
  return asString(evaluateToken(token, scope));
}

/** A condition token (already wrapped in success() && (...) by the parser where needed). */
export function evaluateCondition(token: TemplateToken | undefined, scope: Scope): boolean {
  if (token === undefined) return scope.status?.success ?? true;
  if (isBasicExpression(token)) return isTruthy(evaluateExpression(token.expression, scope));
  return isTruthy(toData(evaluateToken(token, scope)));
}

/** A plain string with `${{ }}` in it (an action.yml default, say), each expression evaluated. */
export function evaluateTemplateString(text: string, scope: Scope): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => asString(fromData(evaluateExpression(expression.trim(), scope))));
}
