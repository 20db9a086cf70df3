/** What the org commands need from the outside world, in one place so the tests can point them at a fake org. */
import type { SessionSource } from './orgAuth';
import { salesforceCliSession } from './orgAuth';
import type { OrgClient } from './orgClient';
import { openOrgClient } from './orgClient';
import type { RetryPolicy } from './retry';
import { DEFAULT_RETRY } from './retry';

export interface OrgDeps {
  session: SessionSource;
  retry: RetryPolicy;
  /** Bulk job and deploy polling. */
  pollIntervalMs: number;
  timeoutMs: number;
  /** Draw progress bars (stderr is a terminal). */
  progress: boolean;
  /** Today, for queries relative to it (churn window). */
  today: () => Date;
}

export const DEFAULT_DEPS: OrgDeps = {
  session: salesforceCliSession,
  retry: DEFAULT_RETRY,
  pollIntervalMs: 2000,
  timeoutMs: 30 * 60 * 1000,
  progress: process.stderr.isTTY,
  today: () => new Date()
};

export async function connect(targetOrg: string, deps: OrgDeps): Promise<OrgClient> {
  const session = await deps.session(targetOrg);
  return openOrgClient(session, deps.session, deps.retry);
}
