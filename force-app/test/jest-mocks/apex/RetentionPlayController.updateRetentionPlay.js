// jest stand-in for one Apex method (moduleNameMapper): callable like an imperative Apex call (a jest.fn) and usable
// with @wire (tests emit data or errors into it).
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

export default createApexTestWireAdapter(jest.fn());
