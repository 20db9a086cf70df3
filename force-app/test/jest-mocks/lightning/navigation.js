// jest stand-in for lightning/navigation: a mixin that records navigation requests, and wire adapters for tests.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');
export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      NavigationMixin.lastNavigation = { pageReference, replace };
    }
    [GenerateUrl](pageReference) {
      return Promise.resolve(`/generated/${JSON.stringify(pageReference)}`);
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;
NavigationMixin.lastNavigation = undefined;
