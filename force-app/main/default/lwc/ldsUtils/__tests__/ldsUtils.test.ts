import { reduceErrors } from 'c/ldsUtils';
import uiApiFieldError from './data/uiApiFieldError.json';

describe('c-lds-utils reduceErrors', () => {
  it('reads an Apex error from body.message, not from message', () => {
    const apexError = { body: { message: 'Account 001 is not accessible' }, message: 'Internal' };
    expect(reduceErrors(apexError)).toEqual(['Account 001 is not accessible']);
  });

  it('collects page errors and field errors of a UI API error after its top-level message', () => {
    expect(reduceErrors(uiApiFieldError)).toEqual([
      'An error occurred while trying to update the record. Please try again.',
      'Tier override requires a reason.',
      'Complete this field.'
    ]);
  });

  it('flattens a list of mixed errors in order and skips empty ones', () => {
    const errors = [
      { body: [{ message: 'first' }, { message: '' }, { message: 'second' }] },
      new Error('plain JavaScript'),
      'a string',
      '',
      null,
      42
    ];
    expect(reduceErrors(errors)).toEqual(['first', 'second', 'plain JavaScript', 'a string']);
  });

  it('falls back to the HTTP status text when nothing else explains the error', () => {
    expect(reduceErrors({ statusText: 'Service Unavailable', body: {} })).toEqual(['Service Unavailable']);
  });

  it('returns no message for an error that carries none', () => {
    expect(reduceErrors({ body: { output: { pageErrors: [], fieldErrors: {} } } })).toEqual([]);
  });
});
