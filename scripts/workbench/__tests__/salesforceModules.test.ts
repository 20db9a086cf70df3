import { join } from 'node:path';
import { componentNameOf, salesforceModules, tagOf, virtualModuleSource } from '../salesforceModules';

const options = {
  lwcFolder: join(__dirname, '..', '..', '..', 'force-app', 'main', 'default', 'lwc'),
  clientFolder: '/client',
  labelNames: new Set(['Tier_D1_Name']),
  shellComponents: ['c-value-badge']
};

type Resolve = (this: { error: (message: string) => never }, source: string) => unknown;

function resolve(source: string): unknown {
  const hook = salesforceModules(options).resolveId as unknown as Resolve;
  return hook.call(
    {
      error: (message: string) => {
        throw new Error(message);
      }
    },
    source
  );
}

describe('platform modules for the workbench build', () => {
  it('turns an Apex import into a call of the local client for that controller and method', () => {
    const id = resolve('@salesforce/apex/CustomerValueController.getAccountValue');
    expect(virtualModuleSource(String(id), options)).toContain(
      'apexMethod("CustomerValueController", "getAccountValue")'
    );
  });

  it('reads a label from the session, and refuses a label the metadata lacks as deployment would', () => {
    expect(virtualModuleSource(String(resolve('@salesforce/label/c.Tier_D1_Name')), options)).toContain(
      'labels["Tier_D1_Name"]'
    );
    expect(() => resolve('@salesforce/label/c.No_Such_Label')).toThrow('no Custom Label named No_Such_Label');
  });

  it('leaves the base components their own labels and i18n modules', () => {
    expect(resolve('@salesforce/label/LightningControl.required')).toBeNull();
    expect(resolve('@salesforce/i18n/dateTime.shortDateFormat')).toBeNull();
  });

  it('describes schema imports as Lightning does', () => {
    expect(virtualModuleSource(String(resolve('@salesforce/schema/Account.Name')), options)).toBe(
      'export default {"objectApiName":"Account","fieldApiName":"Name"};\n'
    );
    expect(virtualModuleSource(String(resolve('@salesforce/schema/Account')), options)).toBe(
      'export default {"objectApiName":"Account"};\n'
    );
  });

  it('serves static resources, custom permissions and the user from the session', () => {
    expect(virtualModuleSource(String(resolve('@salesforce/resourceUrl/chartJs')), options)).toBe(
      'export default "/resource/chartJs";\n'
    );
    expect(virtualModuleSource(String(resolve('@salesforce/customPermission/Override_Tier')), options)).toContain(
      'customPermissions.includes("Override_Tier")'
    );
    expect(virtualModuleSource(String(resolve('@salesforce/user/Id')), options)).toContain('user.id');
  });

  it('maps lightning modules missing from the base components to local stand-ins', () => {
    expect(resolve('lightning/navigation')).toBe(join('/client', 'stubs', 'navigation.js'));
    expect(resolve('lightning/uiRecordApi')).toBe(join('/client', 'stubs', 'uiRecordApi.js'));
    expect(resolve('lightning/card')).toBeNull();
  });

  it('leaves the right-to-left icon libraries out, keeping the left-to-right ones', () => {
    expect(virtualModuleSource(String(resolve('lightning/iconSvgTemplatesUtilityRtl')), options)).toContain(
      'export default {};'
    );
    expect(resolve('lightning/iconSvgTemplatesUtility')).toBeNull();
  });

  it('names components as LWC does', () => {
    expect(tagOf('customerValuePanel')).toBe('c-customer-value-panel');
    expect(componentNameOf('c-customer-value-panel')).toBe('customerValuePanel');
  });
});
