/**
 * Predictive models (CLV, contractual retention) — barrel: re-exports only. See docs/MODELS.md.
 */
export * from './specialFunctions';
export * from './predictiveCommon';
export * from './bgnbd';
export * from './gammaGamma';
export * from './shiftedBetaGeometric';
export * from './customerLifetimeValue';
export * from './predictiveParameters';
