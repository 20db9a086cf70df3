// jest stand-in for '@salesforce/apex' named exports: refreshApex resolves and records what it was asked to refresh.
export const refreshApex = jest.fn(() => Promise.resolve());
