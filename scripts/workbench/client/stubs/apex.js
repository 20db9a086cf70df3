// `@salesforce/apex` in the workbench.
export { refreshApex, getSObjectValue } from '../apexClient.js';
