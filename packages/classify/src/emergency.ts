/** Emergency signals (label, branch prefix, title marker) and the incident severity. */
import type { EmergencyPolicy } from '@change-actions/policy';
import type { Decision, Evidence, Severity } from './record.ts';
import type { ChangeSnapshot } from './snapshot.ts';
import { clip, escapeRegExp } from './text.ts';

/** The emergency policy with every comparison prepared: lower-cased, or compiled to expressions. */
export interface CompiledEmergency {
  labels: ReadonlySet<string>;
  branchPrefixes: readonly string[];
  titleMarkers: readonly string[];
  severityLabel: RegExp | undefined;
  severityTitle: RegExp | undefined;
  severityBody: RegExp | undefined;
}

const severityGroup = '(P[0-3])';

export function compileEmergency(policy: EmergencyPolicy): CompiledEmergency {
  const alternation = (items: readonly string[], toSource: (item: string) => string) =>
    items.length === 0 ? undefined : items.map(toSource).join('|');
  const labels = alternation(policy.severity.labelPrefixes, (prefix) => `^${escapeRegExp(prefix)}\\s*${severityGroup}$`);
  const title = alternation(policy.severity.titleMarkers, (marker) =>
    marker.split('{severity}').map(escapeRegExp).join(severityGroup),
  );
  const body = alternation(policy.severity.bodyFields, (field) => `^\\s*${escapeRegExp(field)}\\s*:\\s*${severityGroup}\\b`);
  const lower = (items: readonly string[]) => items.map((item) => item.toLowerCase());
  return {
    labels: new Set(lower(policy.labels)),
    branchPrefixes: lower(policy.branchPrefixes),
    titleMarkers: lower(policy.titleMarkers),
    severityLabel: labels === undefined ? undefined : new RegExp(labels, 'i'),
    severityTitle: title === undefined ? undefined : new RegExp(title, 'gi'),
    severityBody: body === undefined ? undefined : new RegExp(body, 'gim'),
  };
}

/** One decision per emergency signal; empty when the change is not an emergency. */
export function emergencySignals(compiled: CompiledEmergency, snapshot: ChangeSnapshot): Decision[] {
  const decisions: Decision[] = [];
  const signal = (rule: string, reason: string, evidence: Evidence) =>
    decisions.push({ outcome: 'emergency', rule, reason, evidence: [evidence] });

  for (const label of snapshot.labels) {
    if (compiled.labels.has(label.toLowerCase())) {
      signal('emergency.labels', `label "${label}" marks an emergency change`, { text: label, note: 'label' });
    }
  }
  const branch = snapshot.branch.toLowerCase();
  const prefix = compiled.branchPrefixes.find((p) => branch.startsWith(p));
  if (prefix !== undefined) {
    signal('emergency.branch-prefixes', `branch "${snapshot.branch}" starts with "${prefix}"`, { text: snapshot.branch, note: 'branch' });
  }
  const title = snapshot.title.toLowerCase();
  const marker = compiled.titleMarkers.find((m) => title.includes(m));
  if (marker !== undefined) {
    signal('emergency.title-markers', `title contains "${marker}"`, { text: clip(snapshot.title), note: 'title' });
  }
  return decisions;
}

/** The severity of an emergency: the most urgent one given, with a decision that says where it came from. */
export function emergencySeverity(compiled: CompiledEmergency, snapshot: ChangeSnapshot): { severity?: Severity; decision: Decision } {
  const found: Array<{ severity: Severity; evidence: Evidence }> = [];
  for (const label of snapshot.labels) {
    const match = compiled.severityLabel?.exec(label.trim());
    if (match) found.push({ severity: severityOf(match), evidence: { text: label, note: 'label' } });
  }
  for (const match of compiled.severityTitle ? snapshot.title.matchAll(compiled.severityTitle) : []) {
    found.push({ severity: severityOf(match), evidence: { text: clip(snapshot.title), note: 'title' } });
  }
  for (const match of compiled.severityBody ? snapshot.body.matchAll(compiled.severityBody) : []) {
    found.push({ severity: severityOf(match), evidence: { text: clip(match[0]), note: 'body' } });
  }
  if (found.length === 0) {
    return {
      decision: {
        outcome: 'severity',
        rule: 'emergency.severity',
        reason: 'no severity given for this emergency (a severity label, title marker or body field with P0–P3)',
        evidence: [],
      },
    };
  }
  const levels = [...new Set(found.map((f) => f.severity))].sort();
  const severity = levels[0] as Severity;
  return {
    severity,
    decision: {
      outcome: 'severity',
      rule: 'emergency.severity',
      reason:
        levels.length === 1
          ? `severity ${severity}`
          : `severity ${severity}, the most urgent of the conflicting severities given (${levels.join(', ')})`,
      evidence: found.map((f) => f.evidence),
    },
  };
}

function severityOf(match: RegExpMatchArray): Severity {
  // Exactly one alternative's group took part in the match.
  return (match.slice(1).find((group) => group !== undefined) ?? '').toUpperCase() as Severity;
}
