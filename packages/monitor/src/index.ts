/**
 * monitor: the post-deploy watch as pure functions of plain data, the policy and an explicit
 * time. What to ask each source (queries.ts), what an answer says per version (answers.ts), how
 * one measurement is judged (judge.ts), how the watch goes on or ends and its verdict (watch.ts),
 * what inputs may change (tighten.ts), and the summary's charts and tables (report.ts). No I/O:
 * the action sends the queries and sleeps between intervals.
 */
export * from './queries.ts';
export * from './answers.ts';
export * from './judge.ts';
export * from './watch.ts';
export * from './tighten.ts';
export * from './report.ts';
export { explainWatch } from './explain.ts';
