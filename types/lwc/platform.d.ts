// Typings for the Salesforce platform modules that @salesforce/lightning-types does not declare.
// Apex imports are typed from the API contract in apex.d.ts (generated).

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/schema/*' {
  const field: { fieldApiName: string; objectApiName: string };
  export default field;
}

declare module '@salesforce/user/Id' {
  const userId: string;
  export default userId;
}

declare module '@salesforce/i18n/lang' {
  const lang: string;
  export default lang;
}

declare module '@salesforce/i18n/currency' {
  const currency: string;
  export default currency;
}

declare module '@salesforce/i18n/locale' {
  const locale: string;
  export default locale;
}

declare module '@salesforce/customPermission/*' {
  /** True when the running user has the custom permission (undefined otherwise). */
  const granted: boolean | undefined;
  export default granted;
}

declare module '@salesforce/resourceUrl/*' {
  const url: string;
  export default url;
}

declare module 'lightning/refresh' {
  /** Asks the page to refresh its views (record fields, other components' data). */
  export class RefreshEvent extends CustomEvent<unknown> {
    constructor();
  }
}

declare module '@salesforce/apex' {
  /** Re-runs a wired Apex call; `wired` is the value the @wire function or property received. */
  export function refreshApex(wired: unknown): Promise<void>;
}

declare module 'lightning/platformShowToastEvent' {
  export interface ToastOptions {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
  }
  export class ShowToastEvent extends CustomEvent<ToastOptions> {
    constructor(toast: ToastOptions);
  }
}

declare module 'lightning/navigation' {
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }
  export const CurrentPageReference: unknown;
  type Constructor<T = object> = new (...args: never[]) => T;
  interface NavigationMixinType {
    <T extends Constructor>(base: T): T;
    readonly Navigate: unique symbol;
    readonly GenerateUrl: unique symbol;
  }
  export const NavigationMixin: NavigationMixinType;
}

declare module 'lightning/uiRecordApi' {
  export const getRecord: unknown;
  export const getRecords: unknown;
  export function getFieldValue(record: unknown, field: unknown): unknown;
  export function updateRecord(recordInput: { fields: Record<string, unknown> }): Promise<unknown>;
  export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
}
