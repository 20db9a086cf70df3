/**
 * Exports of the engine's @lwc-only modules (the what-if…): never transpiled to Apex, so neither golden vectors (the
 * Apex proof's input) nor the proof's random-input arbitraries are required of them; their own unit and property
 * tests hold them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLwcOnlyModule } from '../../../../../../scripts/apexgen/generate';

export function lwcOnlyExports(): Set<string> {
  const dir = join(__dirname, '..');
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  return new Set(
    modules
      .filter((f) => isLwcOnlyModule(join(dir, f)))
      .flatMap((f) => Object.keys(jest.requireActual<Record<string, unknown>>(join(dir, f))))
  );
}
