import { defaultMonitorPolicy, type MonitorPolicy } from '@change-actions/policy';
import { parsePolicy } from '@change-actions/policy/parse';

export { defaultMonitorPolicy };

export function parsePolicyForTest(text: string): MonitorPolicy {
  return parsePolicy(text, '.github/change-policy.yml').monitor;
}
