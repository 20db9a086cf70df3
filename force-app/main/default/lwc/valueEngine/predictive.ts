/** Barrel for the predictive models (BG/NBD, Gamma-Gamma, CLV, sBG). Re-exports only. */
export {};
