/**
 * @lwc-only — the blank request of the separation contract method (`SeparationController.updateSeparationPlan`): every
 * field at its "not given" value. The wizard starts its draft from it and the workbench fills a partial request with
 * it, so both read a missing field the same way. Not transpiled: the Apex reads absent JSON fields as their defaults.
 */
import type { SeparationActionInput } from './apiTypes';

/** A separation request with no field given. */
export function emptySeparationActionInput(): SeparationActionInput {
  return {
    accountId: '',
    planId: '',
    version: '',
    action: '',
    reason: '',
    pathRationale: '',
    path: '',
    newPrice: 0,
    priceIncrease: 0,
    serviceReduction: 0,
    serviceChange: '',
    alternativeOffer: '',
    letterLanguage: '',
    letterBody: '',
    partnerId: '',
    customerConsent: false,
    actionDate: '',
    outcome: ''
  };
}
