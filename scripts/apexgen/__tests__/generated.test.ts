/** The committed generated Apex passes Salesforce's parser (Prettier's Apex plugin) and PMD with zero violations. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPmd } from '../../checks/pmd/pmdWrapper';
import { API_VERSION, defaultPaths } from '../generate';

const root = path.resolve(__dirname, '../../..');
const outDir = defaultPaths(root).outDir;
const classes = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((f) => f.endsWith('.cls')) : [];
// The project's one PMD ruleset (npm run check:apex uses it too).
const ruleset = path.join(root, 'scripts/checks/pmd/ruleset.xml');

describe('generated Apex', () => {
  jest.setTimeout(120_000);

  it('exists, one -meta.xml per class at API 66.0, each class saying it is generated and from where', () => {
    expect(classes.length).toBeGreaterThan(0);
    for (const c of classes) {
      expect(fs.readFileSync(path.join(outDir, `${c}-meta.xml`), 'utf8')).toContain(
        `<apiVersion>${API_VERSION}</apiVersion>`
      );
      expect(fs.readFileSync(path.join(outDir, c), 'utf8')).toMatch(/^\/\/ GENERATED FILE — DO NOT EDIT\. Source: /);
    }
  });

  it("passes Salesforce's parser and is formatted (prettier --check)", () => {
    const result = spawnSync(
      path.join(root, 'node_modules/.bin/prettier'),
      ['--check', outDir, path.join(root, 'types/lwc/apex.d.ts')],
      {
        cwd: root,
        encoding: 'utf8'
      }
    );
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it('has zero PMD violations (security, performance, best practices, error-prone)', () => {
    const results = runPmd(
      ruleset,
      classes.map((c) => path.join(outDir, c))
    );
    expect(results.processingErrors).toEqual([]);
    expect(
      results.violations.map((v) => `${path.basename(v.codeLocation.file)}:${v.codeLocation.startLine} ${v.rule}`)
    ).toEqual([]);
  });
});
