/**
 * `--target-org <alias|username>` as `sf` resolves it: the Salesforce CLI's own library (@salesforce/core, installed
 * with the pinned @salesforce/cli) reads the login `sf org login web` stored, refreshes its access token, and gives it
 * to us in memory. No password or token is ever read from a file of ours or from the command line.
 */
import { OrgError } from './orgErrors';

export interface OrgSession {
  /** What the user typed: an alias or a username. */
  targetOrg: string;
  username: string;
  instanceUrl: string;
  accessToken: string;
  /** The org's newest API version, e.g. "62.0". */
  apiVersion: string;
}

/** Opens a session for the org, and again with a fresh access token after INVALID_SESSION_ID. */
export type SessionSource = (targetOrg: string) => Promise<OrgSession>;

function loginFix(targetOrg: string): string {
  return `sf org login web --alias ${targetOrg} (then run the command again)`;
}

/** The Salesforce CLI's default org (`sf config set target-org=ALIAS`), as sf uses it when --target-org is absent. */
export async function salesforceCliDefaultOrg(): Promise<string | undefined> {
  try {
    const core = await import('@salesforce/core');
    const config = await core.ConfigAggregator.create();
    const value = config.getPropertyValue('target-org');
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The Salesforce CLI's stored login for `targetOrg`, with a freshly refreshed access token. */
export const salesforceCliSession: SessionSource = async (targetOrg) => {
  let core: typeof import('@salesforce/core');
  try {
    core = await import('@salesforce/core');
  } catch {
    throw new OrgError('the Salesforce CLI is not installed here', 'NO_SF_CLI', 'npm ci (it installs @salesforce/cli)');
  }
  try {
    const org = await core.Org.create({ aliasOrUsername: targetOrg });
    await org.refreshAuth();
    const connection = org.getConnection();
    const accessToken = connection.accessToken;
    if (accessToken === undefined || accessToken === null) throw new Error('no access token stored');
    return {
      targetOrg,
      username: org.getUsername() ?? targetOrg,
      instanceUrl: connection.instanceUrl,
      accessToken,
      apiVersion: await org.retrieveMaxApiVersion()
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new OrgError(`--target-org ${targetOrg}: ${message}`, 'NO_LOGIN', loginFix(targetOrg));
  }
};
