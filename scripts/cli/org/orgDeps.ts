/** What the org commands need from the outside world, in one place so the tests can point them at a fake org. */
import { CvpUsageError } from '../cliSupport';
import type { SessionSource } from './orgAuth';
import { salesforceCliDefaultOrg, salesforceCliSession } from './orgAuth';
import type { OrgClient } from './orgClient';
import { openOrgClient } from './orgClient';
import type { RetryPolicy } from './retry';
import { DEFAULT_RETRY } from './retry';

export interface OrgDeps {
  session: SessionSource;
  /** The org used when --target-org is absent (sf's `target-org` setting). */
  defaultOrg: () => Promise<string | undefined>;
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
  defaultOrg: salesforceCliDefaultOrg,
  retry: DEFAULT_RETRY,
  pollIntervalMs: 2000,
  timeoutMs: 30 * 60 * 1000,
  progress: process.stderr.isTTY,
  today: () => new Date()
};

/** --target-org, or else the Salesforce CLI's default org; neither is a usage error saying how to set one. */
export async function targetOrgOf(value: string | undefined, deps: OrgDeps, command: string): Promise<string> {
  if (value !== undefined && value.trim() !== '') return value;
  const fallback = await deps.defaultOrg();
  if (fallback === undefined) {
    throw new CvpUsageError(`${command}: --target-org is required (or set a default: sf config set target-org=ALIAS)`);
  }
  return fallback;
}

export async function connect(targetOrg: string, deps: OrgDeps): Promise<OrgClient> {
  const session = await deps.session(targetOrg);
  return openOrgClient(session, deps.session, deps.retry);
}
