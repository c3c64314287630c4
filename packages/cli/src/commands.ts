/**
 * The `change` command's subcommands, each over an engine of the suite: what CI decides, decided
 * on a developer's machine from local git and files. Each returns its exit code.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Git, describePolicySource } from '@change-actions/action-kit';
import { gatherChange } from '@change-actions/change-gather';
import { ContractError, changeRecordContract, check, rollbackPlanContract, rollbackTarget, type ChangeRecord } from '@change-actions/change-record';
import { readContractFile } from '@change-actions/change-record/files';
import { classify, filesNeedingContent } from '@change-actions/classify';
import { lintMessage, type LintOutcome } from '@change-actions/commit-lint';
import { evaluateGate, type GateResult, type PullRequestSnapshot } from '@change-actions/gate';
import { commitMsgHook } from '@change-actions/lint-commit-action/commit-msg';
import { computeMetrics, formatDuration, parseExport, reviewMarkdown, type Keys } from '@change-actions/metrics';
import { PolicyError } from '@change-actions/policy';
import { EXIT, InputError, paint, plain, printJson, type Io } from './io.ts';
import { policyAt, policyFile, resolveRange, topLevel } from './repo.ts';

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); pass ${what}`);
  }
}

function readJson(file: string, what: string): unknown {
  const text = readText(file, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: is not JSON (${(error as Error).message}); pass ${what}`);
  }
}

function findings(out: Io, outcome: LintOutcome): string[] {
  return [
    ...outcome.errors.map((f) => `  ${paint(out, 'red', 'error  ')} ${f.rule}${f.line ? ` (line ${f.line})` : ''}: ${plain(f.message)}`),
    ...outcome.warnings.map((f) => `  ${paint(out, 'yellow', 'warning')} ${f.rule}${f.line ? ` (line ${f.line})` : ''}: ${plain(f.message)}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// lint

/** One message file, exactly as the commit-msg hook judges it (the same function). */
export async function lintFile(out: Io, file: string, options: { hook?: boolean }): Promise<number> {
  if (!existsSync(file)) throw new InputError(`${file}: no such message file; pass a file holding a commit message (e.g. .git/COMMIT_EDITMSG)`);
  let verdict: { outcome: LintOutcome; message: string } | undefined;
  const lines: string[] = [];
  const code = await commitMsgHook(file, (text) => lines.push(text), (outcome, message) => (verdict = { outcome, message }));
  if (options.hook) {
    for (const text of lines) out.err(text.trimEnd());
    return code;
  }
  if (!verdict) {
    for (const text of lines) out.err(text.trimEnd());
    return EXIT.unusable;
  }
  const { outcome } = verdict;
  if (out.json) {
    printJson(out, { valid: outcome.valid, header: outcome.header, errors: outcome.errors, warnings: outcome.warnings });
  } else {
    out.out(`${outcome.valid ? paint(out, 'green', 'valid  ') : paint(out, 'red', 'invalid')} ${plain(outcome.header)}`);
    for (const line of findings(out, outcome)) out.out(line);
  }
  return code;
}

/** Every commit of a range, as lint-commit judges them in CI: the policy from the range's base. */
export async function lintRange(out: Io, range: string): Promise<number> {
  const { base, head } = resolveRange(range);
  const { policy, source } = await policyAt(base);
  const commits = await new Git(process.cwd()).commits(head, [base]);
  const results = commits.map((c) => ({ sha: c.sha, outcome: lintMessage(c.message, policy.commits, { subject: 'commit', parents: c.parents.length }) }));
  const invalid = results.filter((r) => !r.outcome.valid).length;
  if (out.json) {
    printJson(out, { range: { base, head }, policy: source, commits: results.map((r) => ({ sha: r.sha, valid: r.outcome.valid, header: r.outcome.header, errors: r.outcome.errors, warnings: r.outcome.warnings })), invalid });
  } else {
    out.out(paint(out, 'dim', `policy: ${describePolicySource(source)}`));
    for (const r of results) {
      out.out(`${r.outcome.valid ? paint(out, 'green', 'valid  ') : paint(out, 'red', 'invalid')} ${r.sha.slice(0, 12)} ${plain(r.outcome.header)}`);
      for (const line of findings(out, r.outcome)) out.out(line);
    }
    out.out(`${results.length} commits, ${invalid} invalid`);
  }
  return invalid > 0 ? EXIT.negative : EXIT.ok;
}

const HOOK_MARK = '# installed by change install-hook';

/** Installs this command as the repository's commit-msg hook (git's hooks path, core.hooksPath honoured). */
export function installHook(out: Io, options: { force?: boolean }, self: string): number {
  const top = topLevel();
  // git's hooks folder: core.hooksPath when set; a relative answer is relative to the top.
  const hooks = resolve(top, execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd: top, encoding: 'utf8' }).trim());
  const file = join(hooks, 'commit-msg');
  if (existsSync(file) && !readFileSync(file, 'utf8').includes(HOOK_MARK) && !options.force) {
    out.err(`${file} exists and was not installed by change; keep it, or run change install-hook --force to replace it`);
    return EXIT.negative;
  }
  mkdirSync(dirname(file), { recursive: true });
  const bin = isAbsolute(self) ? self : resolve(self);
  writeFileSync(file, `#!/bin/sh\n${HOOK_MARK}: the verdict lint-commit reaches in CI, before the commit is made\nexec "${process.execPath}" "${bin}" lint --hook "$1"\n`);
  chmodSync(file, 0o755);
  if (out.json) printJson(out, { installed: file, command: bin });
  else out.out(`installed ${file}`);
  return EXIT.ok;
}

// ---------------------------------------------------------------------------------------------
// classify

export async function classifyRange(out: Io, range: string, options: { pullRequest?: boolean; title?: string; body?: string; label?: string[]; now?: string }): Promise<number> {
  const { base, head } = resolveRange(range);
  const now = options.now ? new Date(options.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new InputError(`--now "${options.now}" is not an ISO 8601 instant`);
  const { policy, source } = await policyAt(base);
  const top = topLevel();
  const git = new Git(top);
  const [subject = '', ...rest] = (await git.commits(head, [base])).at(-1)?.message.split('\n') ?? [];
  const ref = {
    event: options.pullRequest ? ('pull_request' as const) : ('push' as const),
    base,
    head,
    branch: '',
    title: options.title ?? subject,
    body: options.body ?? rest.join('\n').trim(),
    labels: options.label ?? [],
  };
  const gathered = await gatherChange({ owner: 'local', repo: 'local', git, github: () => Promise.reject(new Error('the change command reads only local git')) }, ref, policy.commits, (paths) => filesNeedingContent(policy.classify, paths));
  const record = classify(policy.classify, gathered.snapshot, now);
  if (out.json) {
    printJson(out, { range: { base, head }, policy: source, files: gathered.snapshot.files.length, commits: gathered.snapshot.commits.length, record });
    return EXIT.ok;
  }
  out.out(paint(out, 'dim', `policy: ${describePolicySource(source)}; ${gathered.snapshot.files.length} files, ${gathered.snapshot.commits.length} commits`));
  out.out(`${paint(out, 'bold', record.changeType)}${record.severity ? ` (${record.severity})` : ''}${record.securityRelevant ? paint(out, 'yellow', ', security-relevant') : ''}${record.major ? ', major' : ''}${record.special.length ? `, special: ${record.special.join(', ')}` : ''}`);
  out.out(`rollback-safe: ${record.rollbackSafe ? 'yes' : paint(out, 'red', 'no')}; window: ${record.window.open ? 'open' : paint(out, 'red', 'closed')}${record.window.exempt ? ' (exempt)' : ''}, ${plain(record.window.reason)}`);
  for (const d of record.decisions) out.out(`  ${d.outcome}: ${plain(d.reason)} [${d.rule}]`);
  for (const t of record.triggers) out.out(`  ${paint(out, 'yellow', t.trigger)}: ${plain(t.reason)} [${t.rule}]${t.evidence[0]?.file ? ` ${plain(t.evidence[0].file)}${t.evidence[0].line ? `:${t.evidence[0].line}` : ''}` : ''}`);
  for (const r of record.rollbackUnsafeReasons) out.out(`  ${paint(out, 'red', 'not rollback-safe')}: ${plain(r.reason)} [${r.rule}]`);
  return EXIT.ok;
}

// ---------------------------------------------------------------------------------------------
// policy validate

export async function validatePolicy(out: Io, file: string | undefined): Promise<number> {
  try {
    const { policy, source } = await policyFile(file);
    if (out.json) printJson(out, { valid: true, source, policy });
    else out.out(`${paint(out, 'green', 'valid')} ${source}: commit types ${policy.commits.types.join(', ')}; ${Object.keys(policy.gate.roles ?? {}).length} gate roles`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    if (out.json) printJson(out, { valid: false, problems: error.problems });
    else for (const p of error.problems) out.out(`${paint(out, 'red', 'invalid')} ${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${plain(p.message)}`);
    return EXIT.negative;
  }
}

// ---------------------------------------------------------------------------------------------
// gate simulate

interface GateSnapshotFile {
  record: unknown;
  pullRequest: PullRequestSnapshot;
  now?: string;
}

/** What a rule still needs, in words: "what would it take to pass". */
function toPass(result: GateResult): string[] {
  return result.rules
    .filter((r) => r.status !== 'approved' && r.status !== 'skipped')
    .map((r) => {
      const n = r.needed;
      const wants = n
        ? [n.approvals ? `${n.approvals} more approval${n.approvals > 1 ? 's' : ''}${n.from?.length ? ` from ${n.from.join(' or ')}` : ''}` : '', n.parts?.length ? `the threat model's ${n.parts.join(', ')}` : ''].filter(Boolean).join('; ')
        : '';
      return `${r.rule} (${r.status}): ${r.reason}${wants ? ` → still needed: ${wants}` : ''}`;
    });
}

export async function simulateGate(out: Io, file: string, options: { policy?: string }): Promise<number> {
  const data = readJson(file, 'a gate snapshot: { "record": <change record>, "pullRequest": <pull request snapshot>, "now": <ISO 8601> }') as GateSnapshotFile;
  if (typeof data !== 'object' || data === null || typeof data.pullRequest !== 'object' || data.pullRequest === null) {
    throw new InputError(`${file} /pullRequest: a pull request snapshot is required`);
  }
  let record: ChangeRecord;
  const raw = data.record as { kind?: unknown; record?: unknown } | undefined;
  if (raw && raw.kind === 'change-record') {
    try {
      record = check(changeRecordContract, raw, `${file} /record`).record;
    } catch (error) {
      throw new InputError((error as ContractError).message);
    }
  } else if (raw && typeof raw === 'object') {
    record = raw as unknown as ChangeRecord;
  } else {
    throw new InputError(`${file} /record: a change record (classify-change's record-path file, or its record) is required`);
  }
  const now = data.now ? new Date(data.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new InputError(`${file} /now: "${data.now}" is not an ISO 8601 instant`);
  const { policy, source } = await policyFile(options.policy);
  const result = evaluateGate(policy.gate, record, data.pullRequest, now);
  const needs = toPass(result);
  if (out.json) printJson(out, { status: result.status, summary: result.summary, policy: source, rules: result.rules, toPass: needs, ...(result.retrospective ? { retrospective: result.retrospective } : {}) });
  else {
    const colour = result.status === 'approved' ? 'green' : result.status === 'pending' ? 'yellow' : 'red';
    out.out(`${paint(out, colour, result.status)}: ${plain(result.summary)} ${paint(out, 'dim', `(policy: ${source})`)}`);
    for (const r of result.rules) out.out(`  ${r.status.padEnd(8)} ${r.rule}: ${plain(r.reason)}`);
    if (needs.length > 0) {
      out.out('what it would take to pass:');
      for (const n of needs) out.out(`  - ${plain(n)}`);
    }
  }
  return result.status === 'approved' ? EXIT.ok : EXIT.negative;
}

// ---------------------------------------------------------------------------------------------
// metrics

function keysLine(name: string, k: Keys): string {
  const rate = k.changeFailureRate === null ? 'n/a' : `${(k.changeFailureRate * 100).toFixed(1)} %`;
  return `${name.padEnd(22)} ${String(k.deployments).padStart(5)} deploys ${String(k.deploymentsPerWeek).padStart(6)}/week  lead ${formatDuration(k.leadTime.medianSeconds).padStart(7)}  fail ${rate.padStart(7)}  recovery ${formatDuration(k.recovery.meanSeconds).padStart(7)}`;
}

export function metrics(out: Io, file: string, options: { markdown?: boolean }): number {
  let exported;
  try {
    exported = parseExport(readText(file, "the export-file of change-metrics"), file);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const report = computeMetrics(exported);
  if (out.json) printJson(out, report);
  else if (options.markdown) out.out(reviewMarkdown(report, exported.source));
  else {
    const o = report.overall;
    const mark = (s: string) => (s === 'met' ? paint(out, 'green', 'met') : s === 'missed' ? paint(out, 'red', 'missed') : paint(out, 'dim', 'no data'));
    out.out(paint(out, 'bold', `${report.period.start.slice(0, 10)} to ${report.period.end.slice(0, 10)}, ${report.environment}, ${report.repositories.length} repositories`));
    out.out(keysLine('all', o));
    out.out(`change failure rate < ${report.targets.changeFailureRate * 100} %: ${mark(o.targets.changeFailureRate.status)} (${plain(o.targets.changeFailureRate.reason)})`);
    out.out(`recovery < ${formatDuration(report.targets.recoverySeconds)}: ${mark(o.targets.recovery.status)} (${plain(o.targets.recovery.reason)})`);
    out.out(`emergency changes: ${report.emergency.deployments} (${report.emergency.failed} failed); rollbacks: ${report.rollbacks.automatic} automatic (${report.rollbacks.verified} verified), ${report.rollbacks.reverts} reverts`);
    for (const [name, k] of Object.entries(report.byService)) out.out(keysLine(plain(name), k));
    for (const [name, k] of Object.entries(report.byChangeType)) if (k.deployments > 0) out.out(keysLine(name, k));
    if (report.skipped.length > 0) out.out(paint(out, 'yellow', `${report.skipped.length} skipped (not ours or unreadable): see --json`));
  }
  return EXIT.ok;
}

// ---------------------------------------------------------------------------------------------
// rollback-plan

export function rollbackPlan(out: Io, file: string): number {
  let plan;
  try {
    plan = readContractFile(rollbackPlanContract, file);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const target = rollbackTarget(plan);
  if (out.json) printJson(out, { plan, target });
  else {
    out.out(`${paint(out, 'bold', `rollback plan for ${plain(plan.worker ?? 'the Worker')}`)}${plan.environment ? ` (${plain(plan.environment)})` : ''}: mode ${plan.mode}${plan.recommended ? paint(out, 'red', `, rollback recommended (${plain(plan.trigger ?? 'no trigger named')})`) : ''}`);
    if ('versionId' in target) {
      out.out(`restores version ${target.versionId}${plan.target?.created_on ? ` (created ${plan.target.created_on})` : ''}, replacing ${plan.new_version_id ?? 'the current version'}`);
      if (plan.command) out.out(`run in ${plain(plan.working_directory)}:\n  ${plain(plan.command)}`);
    } else out.out(paint(out, 'red', `no rollback: ${plain(target.refused)}`));
    for (const r of plan.reasons) out.out(`  reason: ${plain(r)}`);
    for (const c of plan.caveats) out.out(`  caveat: ${plain(c)}`);
  }
  return 'versionId' in target ? EXIT.ok : EXIT.negative;
}
