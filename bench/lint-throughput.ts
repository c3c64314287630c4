/**
 * Lint throughput: the same 10,000 messages through our engine and through @commitlint/lint with
 * an equivalent configuration (the procedure's types, header and body rules), one
 * process, one message at a time, after a warm-up of each.
 */
import lint from '@commitlint/lint';
import createPreset from 'conventional-changelog-conventionalcommits';
import { defaultCommitPolicy } from '@change-actions/policy';
import { lintMessage } from '@change-actions/commit-lint';
import { corpus } from './messages.ts';

const COUNT = 10_000;

export default async function bench(): Promise<void> {
  const messages = corpus(COUNT);
  const preset = await createPreset();
  const rules = {
    'type-enum': [2, 'always', defaultCommitPolicy.types],
    'type-empty': [2, 'never'],
    'type-case': [2, 'always', 'lower-case'],
    'scope-empty': [2, 'always'],
    'subject-empty': [2, 'never'],
    'header-max-length': [1, 'always', 72],
    'body-leading-blank': [2, 'always'],
    'body-empty': [2, 'never'],
    'footer-leading-blank': [2, 'always'],
    // commitlint's trailer-exists starts `git interpret-trailers` per message: left out, so the
    // peer is measured at its fastest.
  } as const;
  const opts = { parserOpts: (preset as { parser: unknown }).parser };

  const ours = () => {
    let invalid = 0;
    for (const m of messages) if (!lintMessage(m, defaultCommitPolicy).valid) invalid++;
    return invalid;
  };
  const theirs = async () => {
    let invalid = 0;
    for (const m of messages) if (!(await lint(m, rules as never, opts as never)).valid) invalid++;
    return invalid;
  };

  ours();
  await theirs();
  const t0 = performance.now();
  const oursInvalid = ours();
  const t1 = performance.now();
  const theirsInvalid = await theirs();
  const t2 = performance.now();

  const oursRate = COUNT / ((t1 - t0) / 1000);
  const theirsRate = COUNT / ((t2 - t1) / 1000);
  process.stdout.write(
    [
      `messages: ${COUNT} (ours finds ${oursInvalid} invalid, commitlint ${theirsInvalid})`,
      `change-actions lintMessage: ${(t1 - t0).toFixed(0)} ms, ${Math.round(oursRate)} messages/s`,
      `@commitlint/lint:           ${(t2 - t1).toFixed(0)} ms, ${Math.round(theirsRate)} messages/s`,
      `ratio: ${(oursRate / theirsRate).toFixed(1)}x commitlint's throughput (target: at least 20x)`,
    ].join('\n') + '\n',
  );
}
