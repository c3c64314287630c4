/**
 * A copy of this repository's tree for the workflow runner (WorkflowRunOptions.root) in which the
 * watch and the rollback, post-deploy-monitor and auto-revert-on-threshold, are small composite
 * stand-ins declaring the interface those actions publish (issues 9 and 10): the deploy workflow
 * and templates are tested for their wiring here, the actions themselves in their own tests. Every
 * other path links to the real tree. When a real action.yml exists, the stand-in must declare only
 * inputs and outputs the real one has (checked in monitorAndRollbackStandIns.test), so the two
 * cannot drift apart.
 *
 * The stand-ins act on environment variables a test sets through WorkflowRunOptions.env:
 * STAND_IN_VERDICT (healthy, breached, inconclusive, failed) and STAND_IN_ROLLBACK (verified or
 * failed); both append the inputs they were given, as JSON lines, to STAND_IN_LOG.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../harness/paths.ts';

const input = (name: string) => `  ${name}:\n    description: see the real action\n    default: ''\n`;
/** env lines carrying every input, and the command that appends them to the log as one JSON line. */
const given = (names: string[]) => names.map((n) => `        GIVEN_${n.replace(/-/g, '_').toUpperCase()}: \${{ inputs.${n} }}\n`).join('');
const log = (names: string[]) =>
  `node -e 'const names = JSON.parse(process.argv[2]); const inputs = Object.fromEntries(names.map((n) => [n, process.env["GIVEN_" + n.replace(/-/g, "_").toUpperCase()] ?? ""])); require("node:fs").appendFileSync(process.env.STAND_IN_LOG, JSON.stringify({ action: process.argv[1], inputs }) + "\\n")' "$ACTION" '${JSON.stringify(names)}'`;
const output = (name: string, step: string) => `  ${name}:\n    description: see the real action\n    value: \${{ steps.${step}.outputs.${name} }}\n`;
export const MONITOR_INPUTS = ['loki-url', 'loki-tenant', 'loki-username', 'loki-password', 'loki-token', 'service', 'environment', 'version-id', 'previous-version-id', 'url', 'health-url', 'smoke-tests', 'policy-path', 'window', 'interval', 'initial-delay', 'dry-run'];
export const MONITOR_OUTPUTS = ['verdict', 'breaches', 'measurements', 'verdict-file'];
export const ROLLBACK_INPUTS = ['verdict-file', 'trigger', 'rollback-plan', 'url', 'health-url', 'working-directory', 'config', 'deployment-id', 'cloudflare-api-token', 'cloudflare-account-id', 'github-token', 'dry-run'];
export const ROLLBACK_OUTPUTS = ['rolled-back', 'target-version-id', 'revert-pr', 'incident', 'time-to-restore-seconds'];

// The scripts read every value from env, as the suite's audit asks.
const MONITOR = `name: post-deploy-monitor (test stand-in)
description: Answers the verdict the test sets in STAND_IN_VERDICT.
inputs:
${MONITOR_INPUTS.map(input).join('')}outputs:
${MONITOR_OUTPUTS.map((o) => output(o, 'watch')).join('')}runs:
  using: composite
  steps:
    - id: watch
      shell: bash
      env:
        ACTION: post-deploy-monitor
        VERSION: \${{ inputs.version-id }}
${given(MONITOR_INPUTS)}      run: |
        ${log(MONITOR_INPUTS)}
        verdict="\${STAND_IN_VERDICT:-healthy}"
        file="$RUNNER_TEMP/monitor-verdict.json"
        printf '{"verdict":"%s","version_id":"%s"}\\n' "$verdict" "$VERSION" > "$file"
        { echo "verdict=$verdict"; echo "breaches=[]"; echo "measurements=[]"; echo "verdict-file=$file"; } >> "$GITHUB_OUTPUT"
        case "$verdict" in breached|failed) exit 1 ;; esac
`;

const ROLLBACK = `name: auto-revert-on-threshold (test stand-in)
description: Rolls back (or fails to) as the test sets in STAND_IN_ROLLBACK.
inputs:
${ROLLBACK_INPUTS.map(input).join('')}outputs:
${ROLLBACK_OUTPUTS.map((o) => output(o, 'rollback')).join('')}runs:
  using: composite
  steps:
    - id: rollback
      shell: bash
      env:
        ACTION: auto-revert-on-threshold
        PLAN: \${{ inputs.rollback-plan }}
${given(ROLLBACK_INPUTS)}      run: |
        ${log(ROLLBACK_INPUTS)}
        target=$(node -e 'console.log(JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).target_version_id ?? "")' "$PLAN")
        if [ "\${STAND_IN_ROLLBACK:-verified}" = verified ]; then
          { echo "rolled-back=true"; echo "target-version-id=$target"; echo "revert-pr=https://github.com/o/r/pull/9"; echo "incident=https://github.com/o/r/issues/8"; echo "time-to-restore-seconds=42"; } >> "$GITHUB_OUTPUT"
        else
          { echo "rolled-back=false"; echo "target-version-id=$target"; echo "revert-pr="; echo "incident="; echo "time-to-restore-seconds="; } >> "$GITHUB_OUTPUT"
          exit 1
        fi
`;


/** A tree linking to this repository's, with the watch and the rollback as stand-ins. */
export function suiteRootWithStandIns(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'suite-root-'));
  for (const entry of readdirSync(repoRoot)) {
    if (entry === 'actions' || entry === '.git') continue;
    symlinkSync(join(repoRoot, entry), join(root, entry));
  }
  mkdirSync(join(root, 'actions'));
  for (const name of readdirSync(join(repoRoot, 'actions'))) {
    if (name === 'post-deploy-monitor' || name === 'auto-revert-on-threshold') continue;
    symlinkSync(join(repoRoot, 'actions', name), join(root, 'actions', name));
  }
  for (const [name, text] of [['post-deploy-monitor', MONITOR], ['auto-revert-on-threshold', ROLLBACK]] as const) {
    mkdirSync(join(root, 'actions', name));
    writeFileSync(join(root, 'actions', name, 'action.yml'), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
