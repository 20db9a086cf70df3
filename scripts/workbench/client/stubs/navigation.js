// `lightning/navigation` in the workbench: page references map to Lightning's URL shapes, served by the shell.
import { pageReferenceToUrl, currentPageReference } from '../pageReference.js';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export function NavigationMixin(Base) {
  return class extends Base {
    [Navigate](pageReference, replace) {
      const url = pageReferenceToUrl(pageReference);
      if (replace) window.location.replace(url);
      else window.location.assign(url);
    }
    [GenerateUrl](pageReference) {
      return Promise.resolve(pageReferenceToUrl(pageReference));
    }
  };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** Wire adapter: the page reference of the current URL. */
export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  update() {}
  connect() {
    this.dataCallback(currentPageReference());
  }
  disconnect() {}
}
