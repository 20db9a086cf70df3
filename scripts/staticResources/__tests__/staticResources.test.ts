import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleStaticResources, writeStaticResources, type CopiedResource } from '../staticResources';

const projectRoot = join(__dirname, '..', '..', '..');
const resource: CopiedResource = { name: 'library', source: 'package/library.js', target: 'resources/library.js' };

describe('static resources copied from npm packages', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cvp-resources-'));
    mkdirSync(join(root, 'package'));
    mkdirSync(join(root, 'resources'));
    writeFileSync(join(root, 'package', 'library.js'), 'window.Library = 1;');
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('the committed Chart.js resource equals the installed chart.js package', () => {
    expect(staleStaticResources(projectRoot)).toEqual([]);
  });

  it('reports a copy that differs from its package file', () => {
    writeFileSync(join(root, 'resources', 'library.js'), 'window.Library = 0;');
    expect(staleStaticResources(root, [resource])).toEqual(['resources/library.js differs from package/library.js']);
  });

  it('reports a missing copy, and a fresh copy is no longer stale', () => {
    expect(staleStaticResources(root, [resource])).toEqual([
      'resources/library.js is missing (copy of package/library.js)'
    ]);
    writeStaticResources(root, [resource]);
    expect(staleStaticResources(root, [resource])).toEqual([]);
  });
});
