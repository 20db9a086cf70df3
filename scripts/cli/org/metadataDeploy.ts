/** A Metadata API deploy (SOAP `deploy`, then `checkDeployStatus` until done) through jsforce, with our retry policy. */
import type { OrgClient } from './orgClient';
import type { OrgDeps } from './orgDeps';
import { OrgError } from './orgErrors';
import { withRetry } from './retry';

export interface DeployOutcome {
  id: string;
  status: string;
  componentsDeployed: number;
  failures: { fullName: string; problem: string }[];
}

interface ComponentFailure {
  fullName?: string;
  problem?: string;
}

function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export async function deployAndWait(client: OrgClient, zip: Buffer, deps: OrgDeps): Promise<DeployOutcome> {
  const started = await withRetry(
    async () => await client.connection.metadata.deploy(zip, { rollbackOnError: true, singlePackage: true }),
    client.retry
  );
  const deadline = Date.now() + deps.timeoutMs;
  for (;;) {
    const result = await withRetry(() => client.connection.metadata.checkDeployStatus(started.id, true), client.retry);
    if (result.done) {
      const details = result.details as { componentFailures?: ComponentFailure | ComponentFailure[] } | undefined;
      return {
        id: started.id,
        status: result.status,
        componentsDeployed: result.numberComponentsDeployed,
        failures: asList(details?.componentFailures).map((f) => ({
          fullName: f.fullName ?? '?',
          problem: f.problem ?? '?'
        }))
      };
    }
    if (Date.now() > deadline) {
      throw new OrgError(
        `deploy ${started.id} still ${result.status} after ${deps.timeoutMs / 1000} s`,
        'TIMEOUT',
        'Setup → Deployment Status shows it'
      );
    }
    await client.retry.sleep(deps.pollIntervalMs);
  }
}
