/**
 * The job summary a reviewer reads in ten seconds (what was deployed, is it the one answering,
 * is it healthy, how to roll back) and the closing lines of the log. Text from answers, files and
 * wrangler is escaped; the whole summary is redacted before it is written.
 */
import * as core from '@actions/core';
import { coreLogger as log, html } from '@change-actions/action-kit';
import {
  short,
  tallySmoke,
  type HealthOutcome,
  type LiveDeployment,
  type Readiness,
  type Redactor,
  type RollbackPlan,
  type SmokeResult,
  type TrafficShare,
  type Verdict,
} from '@change-actions/deploy-verify';
import type { Strategy } from './settings.ts';

export interface Report {
  /** The Worker's name, or the URL when it is not known. */
  subject: string;
  environment: string;
  strategy: Strategy;
  percentage: number;
  changeType?: string | undefined;
  pullRequest?: number | undefined;
  sha?: string | undefined;
  wrangler?: string | undefined;
  readiness?: Readiness | undefined;
  deploy?: { ok: boolean; versionId?: string | undefined; problem?: string | undefined; split?: TrafficShare[] | undefined } | undefined;
  live?: LiveDeployment | { problem: string } | undefined;
  liveMismatch?: string | undefined;
  health?: HealthOutcome | undefined;
  smoke: SmokeResult[];
  smokeFile?: string | undefined;
  verdict: Verdict;
  plan: RollbackPlan;
  githubDeploymentId?: number | undefined;
  url?: string | undefined;
}

const code = (text: string) => `<code>${html(text)}</code>`;
const split = (s: readonly TrafficShare[]) => s.map((v) => `${code(short(v.versionId))} ${v.percentage} %`).join(', ');
/** How the new version (first in the split) serves: alone, or beside the version serving before. */
const served = (s: readonly TrafficShare[]) =>
  s.length > 1 ? `at ${s[0]!.percentage} % of traffic; ${code(short(s[1]!.versionId))} keeps ${s[1]!.percentage} %` : 'at 100 % of traffic';

function heading(r: Report): string {
  const name = html(r.subject);
  if (r.readiness?.decision === 'refused') return `⛔ ${name}: deploy refused, Cloudflare could not roll it back`;
  if (r.verdict.healthy) {
    const version = r.deploy?.versionId ?? r.plan.new_version_id;
    const share = r.strategy === 'gradual' ? ` at ${r.percentage} %` : '';
    return `✅ ${name}: version ${html(short(version ?? ''))} is live${share} and healthy`;
  }
  const back = r.plan.recommended && r.plan.target_version_id ? `: roll back to ${html(short(r.plan.target_version_id))}` : '';
  return `❌ ${name}: ${html(r.verdict.headline)}${back}`;
}

export async function writeSummary(r: Report, redactor: Redactor): Promise<void> {
  const s = core.summary;
  s.addHeading(heading(r), 2);
  const facts = [
    `environment <b>${html(r.environment)}</b>`,
    `strategy ${html(r.strategy)}${r.strategy === 'gradual' ? ` (${r.percentage} %)` : ''}`,
    ...(r.changeType || r.strategy !== 'verify' ? [`${html(r.changeType ?? 'unclassified')} change`] : []),
    ...(r.pullRequest === undefined ? [] : [`PR #${r.pullRequest}`]),
    ...(r.sha ? [`commit ${code(r.sha.slice(0, 12))}`] : []),
    ...(r.wrangler ? [`wrangler ${html(r.wrangler)}`] : []),
    ...(r.githubDeploymentId === undefined ? [] : [`GitHub Deployment ${r.githubDeploymentId}`]),
  ];
  s.addRaw(`<p>${facts.join(' · ')}</p>`, true);

  const rows: string[][] = [];
  if (r.readiness) {
    const t = r.readiness.target;
    rows.push([
      'Rollback target',
      t ? '📌' : '—',
      t
        ? `${code(t.versionId)}, ${t.percentage} % of traffic before the deploy${t.tag ? `, tag ${code(t.tag.slice(0, 40))}` : ''}`
        : html(r.readiness.reasons[0] ?? 'none'),
    ]);
  }
  if (r.readiness?.decision === 'refused') {
    rows.push(['Deploy', '⛔ refused', html(r.readiness.reasons.join('; '))]);
  } else if (r.deploy) {
    rows.push([
      'Deploy',
      r.deploy.ok ? '✅' : '❌',
      r.deploy.ok ? `version ${code(r.deploy.versionId ?? '')} ${served(r.deploy.split ?? [])}` : html(r.deploy.problem ?? 'failed'),
    ]);
  }
  if (r.live) {
    rows.push(
      'problem' in r.live
        ? ['Live deployment', '⚠️', `not confirmed: ${html(r.live.problem)}`]
        : [
            'Live deployment',
            r.liveMismatch ? '❌' : '✅',
            r.liveMismatch ? html(r.liveMismatch) : `read back from Cloudflare: ${split(r.live.versions)} (deployment ${code(short(r.live.id))})`,
          ],
    );
  }
  if (r.health) {
    rows.push(['Health', r.health.healthy ? '✅' : '❌', `${code(r.health.url)}: ${html(r.health.summary)}`]);
  } else if (r.deploy?.ok || r.strategy === 'verify') {
    rows.push(['Health', '❌', 'not checked']);
  }
  const tally = tallySmoke(r.smoke);
  if (r.smoke.length > 0) {
    const verdict =
      tally.failed > 0
        ? `❌ ${tally.failed} of ${tally.total} failed${tally.criticalFailed ? ` (${tally.criticalFailed} critical)` : ''}`
        : tally.skipped > 0
          ? `⏭ ${tally.skipped} skipped`
          : `✅ ${tally.passed} of ${tally.total} passed`;
    const skipped = r.smoke.find((x) => x.outcome === 'skipped')?.skipped;
    rows.push(['Smoke tests', verdict, `${r.smokeFile ? code(r.smokeFile) : ''}${skipped ? ` not run: ${html(skipped)}` : ''}`]);
  } else if (r.readiness?.decision !== 'refused') {
    rows.push(['Smoke tests', '—', 'none configured (input smoke-tests)']);
  }
  rows.push(['Rollback', rollbackVerdict(r.plan), rollbackDetail(r.plan)]);
  s.addTable([
    [
      { data: 'Step', header: true },
      { data: 'Result', header: true },
      { data: 'Detail', header: true },
    ],
    ...rows,
  ]);

  const failed = r.smoke.filter((x) => x.outcome === 'failed');
  if (failed.length > 0) {
    s.addTable([
      [
        { data: 'Smoke test', header: true },
        { data: 'Request', header: true },
        { data: 'Findings', header: true },
      ],
      ...failed.map((x) => [
        `${x.critical ? '🔴 critical ' : ''}${html(x.name)}`,
        `${code(`${x.method} ${x.path}`)} → ${x.status ?? 'no answer'}${x.latency_ms === null ? '' : ` in ${x.latency_ms} ms`}`,
        x.findings.map((f) => html(f.message)).join('<br>'),
      ]),
    ]);
  }
  if (!r.verdict.healthy && r.verdict.reasons.length > 0 && r.readiness?.decision !== 'refused') {
    s.addRaw(`<p><b>Why:</b> ${r.verdict.reasons.map(html).join('<br>')}</p>`, true);
  }
  const details = [
    ...(r.plan.command ? [`<p>Run the command in ${code(r.plan.working_directory)} with the deploy's Cloudflare credentials; the plan is also in the <code>rollback-plan</code> output.</p>`] : []),
    ...(r.plan.caveats.length > 0 ? [`<ul>${r.plan.caveats.map((c) => `<li>${html(c)}</li>`).join('')}</ul>`] : []),
  ];
  if (details.length > 0) s.addRaw(`<details><summary>Rollback plan</summary>${details.join('')}</details>`, true);

  // The runner masks the log, not the summary: redact all of it before it is written.
  const text = s.stringify();
  s.emptyBuffer();
  s.addRaw(redactor.redact(text));
  await s.write();
}

function rollbackVerdict(plan: RollbackPlan): string {
  switch (plan.mode) {
    case 'rollback':
      return plan.recommended ? '🔙 recommended now' : 'ready';
    case 'forward-fix-only':
      return 'forward-fix-only';
    case 'refused':
      return '⛔ not possible';
    case 'none':
      return '—';
  }
}

function rollbackDetail(plan: RollbackPlan): string {
  const trigger = plan.trigger ? `trigger: ${html(plan.trigger)}. ` : '';
  if (plan.mode === 'rollback' && plan.command) return `${trigger}${code(plan.command)}`;
  return `${trigger}${html(plan.reasons.join('; '))}`;
}

/** The closing lines of the log: the verdict and, when it helps, the command to roll back. */
export function logVerdict(r: Report, redactor: Redactor): void {
  const lines = [`Verdict: ${r.verdict.healthy ? 'healthy' : r.verdict.headline}`, ...r.verdict.reasons.map((x) => `  - ${x}`)];
  if (r.plan.command) lines.push(`Rollback${r.plan.recommended ? ' (recommended now)' : ''}: ${r.plan.command}`);
  else if (r.plan.mode !== 'rollback') lines.push(`Rollback: ${r.plan.mode}${r.plan.reasons.length ? ` (${r.plan.reasons.join('; ')})` : ''}`);
  for (const line of lines) log.info(redactor.redact(line));
}
