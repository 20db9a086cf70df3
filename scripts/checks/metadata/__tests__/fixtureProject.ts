import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(__dirname, 'fixtures');
export const VALID_FIXTURE = join(FIXTURES, 'valid');

/**
 * A temporary copy of the valid fixture project with one broken fixture (`fixtures/broken/<name>`) laid over it,
 * so each broken fixture holds only the files that break one rule.
 */
export function brokenProject(name: string): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), `cvp-metadata-${name}-`));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  cpSync(join(FIXTURES, 'broken', name), root, { recursive: true });
  return {
    root,
    dispose: () => {
      rmSync(root, { recursive: true, force: true });
    }
  };
}
