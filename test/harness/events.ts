/**
 * Real webhook payloads from @octokit/webhooks-examples, changed only where a case needs it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, any>>;
}

let all: ExampleGroup[] | undefined;

/** A deep copy of the first example of `event` (with `action` when given) that passes `filter`. */
export function webhookExample(
  event: string,
  action?: string,
  filter: (payload: Record<string, any>) => boolean = () => true,
): Record<string, any> {
  all ??= require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[];
  const group = all.find((g) => g.name === event);
  if (!group) throw new Error(`no webhook examples for ${event}`);
  const example = group.examples.find((e) => (action === undefined || e['action'] === action) && filter(e));
  if (!example) throw new Error(`no ${event}${action ? `.${action}` : ''} example matches`);
  return structuredClone(example);
}
