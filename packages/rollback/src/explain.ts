/** The rollback decision in the shared explainable shape (`@change-actions/result`). */
import { explained, type Explained, type ResultEvidence } from '@change-actions/result';
import type { Breach } from '@change-actions/change-record';
import type { Decision } from './decide.ts';

function breachEvidence(breach: Breach): ResultEvidence {
  const { operator, value, kind } = breach.threshold;
  return { note: `${breach.metric}: ${breach.value ?? 'no value'} ${operator} ${value}${kind === 'relative' ? ' × baseline' : ''} at ${breach.at}` };
}

/**
 * `rollback`: the version failed its trigger and is restored (fail); `page`: a person decides
 * (pending); `none`: nothing is wrong (pass). Each breach the decision rests on is a child.
 */
export function explainDecision(decision: Decision): Explained {
  if (decision.action === 'none') return explained('pass', 'rollback', decision.reason);
  const target = decision.targetVersionId === null ? 'no recorded target' : `target ${decision.targetVersionId}`;
  return explained(
    decision.action === 'rollback' ? 'fail' : 'pending',
    decision.trigger,
    `${decision.action === 'rollback' ? 'roll back' : 'page a person'}: ${decision.reason}`,
    [{ note: `${target}${decision.badVersionId === null ? '' : `, bad version ${decision.badVersionId}`}` }],
    decision.breaches.map((b) => explained('fail', b.trigger, b.reason, [breachEvidence(b)])),
  );
}
