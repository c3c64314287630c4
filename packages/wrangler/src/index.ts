/**
 * The deploy's adapters, shared by every action that deploys, restores or watches a Worker: the
 * real wrangler CLI (found or installed, run without a shell, secrets withheld), one HTTP probe of
 * the live Worker, and the health check and smoke tests built on it. The deploy-verify engine
 * judges every answer; nothing here decides.
 */
export { Wrangler, childEnvironment, locateWrangler, resolveWrangler, type WranglerCall, type WranglerInstall, type WranglerOptions } from './wrangler.ts';
export { probe, type ProbeRequest } from './probe.ts';
export { checkHealth, runSmokeTests, type VerifyOptions } from './verify.ts';
