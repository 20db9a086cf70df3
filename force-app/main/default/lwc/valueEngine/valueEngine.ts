/**
 * c/valueEngine — the customer value model, written once (see docs/ENGINE_SUBSET.md).
 * This barrel only re-exports; each module is transpiled to its own Apex class by scripts/apexgen.
 */
// Predictive models (CLV, contractual retention): re-exported through their own barrel.
export * from './predictive';
