import { API_CONTRACT } from '../../apexgen/contract/apiContract';
import { APEX_HANDLERS, handlerCoverage } from '../apexHandlers';

describe('the local server implements the API contract', () => {
  it('has a handler for every contract method and none beyond it', () => {
    expect(handlerCoverage(API_CONTRACT, APEX_HANDLERS)).toEqual({ missing: [], extra: [] });
  });

  it('names a contract method without a handler, and a handler without a method (broken fixture)', () => {
    const contract = [
      { controller: 'CustomerValueController', method: 'getAccountValue' },
      { controller: 'CustomerValueController', method: 'overrideTierSomewhere' }
    ];
    const handlers = { 'CustomerValueController.getAccountValue': {}, 'OldController.gone': {} };
    expect(handlerCoverage(contract, handlers)).toEqual({
      missing: ['CustomerValueController.overrideTierSomewhere'],
      extra: ['OldController.gone']
    });
  });
});
