#!/usr/bin/env node
// `npm run bench`: every benchmark, each printing its figures as ratios against a peer measured
// in the same run on the same machine. Not a test: nothing here passes or fails a build.
const only = process.argv[2];
const benches = {
  'lint-throughput': './lint-throughput.ts',
  'cold-start': './cold-start.ts',
  classify: './classify.ts',
  monitor: './monitor.ts',
  rollback: './rollback.ts',
};
for (const [name, file] of Object.entries(benches)) {
  if (only && only !== name) continue;
  process.stdout.write(`\n== ${name}\n`);
  await (await import(file)).default();
}
