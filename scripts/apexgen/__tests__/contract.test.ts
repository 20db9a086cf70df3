import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { API_CONTRACT } from '../contract/apiContract';
import { apexTypeOf, checkContract, emitApexDts, renamedApiFields, tsTypeOf } from '../contract/contract';
import { transpile } from '../transpiler';
import { apiTypesClasses, contractCheck } from '../build';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(__dirname, 'fixtures/contract');
const apiTypes = apiTypesClasses(root)[0];
const dtos = new Set(apiTypes.module.dtos.map((d) => d.tsName));

describe('API contract', () => {
  it('generates the Apex DTO class CVP_ApiTypes from the engine module apiTypes.ts', () => {
    expect(apiTypes.className).toBe('CVP_ApiTypes');
    expect(apiTypes.module.file).toBe('force-app/main/default/lwc/valueEngine/apiTypes.ts');
    expect(apiTypes.source).toContain('public class AccountValueResponse {');
    expect(apiTypes.source).toContain('public List<CVP_ApiTypes.ValueComponentLine> components;');
    expect(apiTypes.source).toContain('public Map<String, String> params;');
  });

  it('keeps every field name of the contract types in Apex, so LWC reads the keys apex.d.ts declares', () => {
    expect(renamedApiFields(apiTypes.module)).toEqual([]);
  });

  it('names a contract field that Apex would rename (broken fixture: a field called override)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apexgen-api-'));
    const file = path.join(dir, 'brokenApi.ts');
    fs.writeFileSync(file, 'export interface Stored {\n  override: string;\n  tier: string;\n}\n');
    const broken = transpile([file], { root: dir })[0];
    expect(renamedApiFields(broken.module)).toEqual(['Stored.override → overrideX']);
  });

  it('declares every type a contract method takes or returns', () => {
    const used = API_CONTRACT.flatMap((m) => [m.returns, ...m.params.map((p) => p.type)]).map(
      (t) => /^List<(.+)>$/.exec(t)?.[1] ?? t
    );
    const unknown = used.filter((t) => !dtos.has(t) && !['Id', 'String', 'Boolean', 'Integer', 'Date'].includes(t));
    expect(unknown).toEqual([]);
  });

  it('types each @salesforce/apex import as a Promise-returning function and a wire adapter', () => {
    const dts = emitApexDts(API_CONTRACT, apiTypes.module);
    expect(dts).toContain("declare module '@salesforce/apex/CustomerValueController.getAccountValue' {");
    expect(dts).toContain(
      'const getAccountValue: CvpApi.ApexMethod<{ accountId: string }, CvpApi.AccountValueResponse>;'
    );
    expect(dts).toContain("((params: Params) => Promise<Result>) &\n    import('lwc').WireAdapterConstructor<");
    expect(dts).toContain(
      'const overrideTier: CvpApi.ApexMethod<{ accountId: string; tier: string; reason: string }, CvpApi.TierOverrideResponse>;'
    );
    expect(dts).toContain('riskSignals: CvpApi.RiskSignal[];');
    expect(dts).toContain('params: Record<string, string>;');
  });

  it('maps contract types to Apex and TypeScript', () => {
    expect(apexTypeOf('List<TierSummary>', dtos)).toBe('List<CVP_ApiTypes.TierSummary>');
    expect(tsTypeOf('List<TierSummary>', dtos)).toBe('CvpApi.TierSummary[]');
    expect(tsTypeOf('Id', dtos)).toBe('string');
    expect(() => tsTypeOf('Blob', dtos)).toThrow('neither a primitive');
  });

  it('passes on controllers that match', () => {
    const result = checkContract(API_CONTRACT, path.join(fixtures, 'matching'), dtos);
    expect(result.problems).toEqual([]);
    expect(result.matched).toEqual([
      'CustomerValueController.getAccountValue',
      'CustomerValueController.getValueHistory',
      'CustomerValueController.overrideTier',
      'PortfolioController.getPortfolioSummary',
      'PortfolioController.getPortfolioHistory',
      'PortfolioController.getPortfolioAccounts',
      'PortfolioController.getPortfolioObjectives'
    ]);
  });

  it('fails on drifted controllers, naming each difference', () => {
    const result = checkContract(API_CONTRACT, path.join(fixtures, 'drifted'), dtos);
    expect(result.problems).toEqual([
      'CustomerValueController.getAccountValue: @AuraEnabled cacheable=false, contract says true',
      'CustomerValueController.getAccountValue: parameters (recordId: String), contract says (accountId: Id)',
      'CustomerValueController.getValueHistory: method missing',
      'CustomerValueController.overrideTier: @AuraEnabled cacheable=true, contract says false',
      'CustomerValueController.overrideTier: returns CVP_ApiTypes.AccountValueResponse, contract says CVP_ApiTypes.TierOverrideResponse',
      'PortfolioController.getPortfolioSummary: method missing',
      'PortfolioController.getPortfolioHistory: method missing',
      'PortfolioController.getPortfolioAccounts: method missing',
      'PortfolioController.getPortfolioObjectives: method missing'
    ]);
  });

  it('reports a controller that does not exist yet as not implemented, without failing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'apexgen-contract-'));
    const result = checkContract(API_CONTRACT, empty, dtos);
    expect(result.problems).toEqual([]);
    // Every controller the contract names, once each, in the contract's order.
    const controllers = [...new Set(API_CONTRACT.map((method) => method.controller))];
    expect(controllers.length).toBeGreaterThanOrEqual(6);
    expect(result.notImplemented).toEqual(controllers);
  });

  it('runs on the real tree (classes/, not generated/)', () => {
    expect(contractCheck(root).problems).toEqual([]);
  });
});
