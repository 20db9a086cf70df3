/**
 * Static resources copied from npm packages (today: Chart.js for the customer value panel's trend). The copy is
 * committed so a plain `sf project deploy start` works; `staleStaticResources` (run by a jest test) fails when it
 * no longer equals the installed package, like the generated Apex.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CopiedResource {
  /** Static resource name, as imported with `@salesforce/resourceUrl/<name>`. */
  name: string;
  /** File in the installed package, relative to the project root. */
  source: string;
  /** Committed copy, relative to the project root (its `.resource-meta.xml` sits beside it). */
  target: string;
}

export const COPIED_RESOURCES: readonly CopiedResource[] = [
  {
    name: 'chartjs',
    source: 'node_modules/chart.js/dist/chart.umd.min.js',
    target: 'force-app/main/default/staticresources/chartjs.js'
  }
];

/** One line per copy that is missing or differs from its package file. */
export function staleStaticResources(root: string, resources: readonly CopiedResource[] = COPIED_RESOURCES): string[] {
  const stale: string[] = [];
  for (const resource of resources) {
    const target = join(root, resource.target);
    if (!existsSync(target)) {
      stale.push(`${resource.target} is missing (copy of ${resource.source})`);
    } else if (!readFileSync(target).equals(readFileSync(join(root, resource.source)))) {
      stale.push(`${resource.target} differs from ${resource.source}`);
    }
  }
  return stale;
}

/** Copies each package file to its static resource. */
export function writeStaticResources(root: string, resources: readonly CopiedResource[] = COPIED_RESOURCES): void {
  for (const resource of resources) copyFileSync(join(root, resource.source), join(root, resource.target));
}
