/**
 * c/valueEngine — the customer value model, written once (see docs/ENGINE_SUBSET.md).
 * This barrel only re-exports; each module is transpiled to its own Apex class by scripts/apexgen.
 */
// Predictive models (CLV, contractual retention): re-exported through their own barrel.
export * from './predictive';
export * from './numbers';
export * from './dates';
export * from './sorting';
export * from './domain';
export * from './config';
export * from './customMetadataFields';
export * from './facts';
export * from './costToServe';
export * from './value';
export * from './scoring';
export * from './earlyWarning';
export * from './tiers';
export * from './flagsAndActions';
export * from './evaluation';
export * from './explanation';
export * from './apiTypes';
export * from './accountValueView';
export * from './retention';
export * from './portfolioSketch';
export * from './portfolio';
export * from './objectives';
export * from './notice';
export * from './separationPlan';
export * from './referralRanking';
export * from './letters';
export * from './separationRequests';
export * from './whatIf';
