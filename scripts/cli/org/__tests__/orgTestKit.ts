/** Wiring for the org command tests: a fake org, a session source that "refreshes" like sf, recorded back-off sleeps. */
import type { CliIo } from '../../cliSupport';
import type { OrgSession } from '../orgAuth';
import { runOrgCli } from '../orgCli';
import type { OrgDeps } from '../orgDeps';
import { OrgError } from '../orgErrors';
import { API_VERSION, FakeSalesforce } from './fakeSalesforce';

export interface Kit {
  org: FakeSalesforce;
  deps: OrgDeps;
  /** Back-off waits the retry policy asked for, in order. */
  sleeps: number[];
  /** Sessions handed out: the first login, then each refresh. */
  sessions: number;
  /** When true, a refresh fails as a revoked login does. */
  refreshFails: boolean;
  /** The Salesforce CLI's default org (`sf config set target-org`), if any. */
  defaultOrg: string | undefined;
  /** The --target-org each session was asked for. */
  asked: string[];
  run: (...argv: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;
}

export async function startKit(): Promise<Kit> {
  const org = new FakeSalesforce();
  await org.start();
  const kit: Kit = {
    org,
    sleeps: [],
    sessions: 0,
    refreshFails: false,
    defaultOrg: undefined,
    asked: [],
    deps: undefined as unknown as OrgDeps,
    run: async (...argv) => {
      let stdout = '';
      let stderr = '';
      const io: CliIo = { out: (t) => (stdout += t), err: (t) => (stderr += t) };
      const code = await runOrgCli(argv, io, kit.deps);
      return { code, stdout, stderr };
    }
  };
  kit.deps = {
    defaultOrg: () => Promise.resolve(kit.defaultOrg),
    session: (targetOrg): Promise<OrgSession> => {
      kit.sessions++;
      kit.asked.push(targetOrg);
      if (kit.sessions > 1 && kit.refreshFails) {
        return Promise.reject(new OrgError('expired refresh token', 'NO_LOGIN'));
      }
      return Promise.resolve({
        targetOrg,
        username: 'admin@cvp.example',
        instanceUrl: org.url,
        accessToken: org.token,
        apiVersion: API_VERSION
      });
    },
    retry: {
      attempts: 4,
      baseDelayMs: 100,
      sleep: (ms) => {
        kit.sleeps.push(ms);
        return Promise.resolve();
      }
    },
    pollIntervalMs: 7,
    timeoutMs: 60_000,
    progress: false,
    today: () => new Date('2026-12-07T12:00:00Z')
  };
  return kit;
}
