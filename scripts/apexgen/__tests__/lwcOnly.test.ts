import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultPaths, engineFiles, isLwcOnlyModule } from '../generate';

describe('LWC-only engine modules', () => {
  it('leaves the modules marked @lwc-only out of the transpiled engine, and only those', () => {
    const files = engineFiles(defaultPaths(path.resolve(__dirname, '../../..')).engineDir).map((f) => path.basename(f));
    expect(files).not.toContain('whatIf.ts');
    expect(files).toContain('config.ts');
    expect(files).toContain('evaluation.ts');
  });

  it('reads the marker in the opening comment only', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lwc-only-'));
    const write = (name: string, text: string): string => {
      fs.writeFileSync(path.join(folder, name), text);
      return path.join(folder, name);
    };
    expect(isLwcOnlyModule(write('a.ts', '/**\n * @lwc-only — browser only.\n */\nexport const a = 1;\n'))).toBe(true);
    expect(isLwcOnlyModule(write('b.ts', '/**\n * A module.\n */\nexport const b = 1;\n'))).toBe(false);
    expect(isLwcOnlyModule(write('c.ts', "export const c = '@lwc-only';\n"))).toBe(false);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
