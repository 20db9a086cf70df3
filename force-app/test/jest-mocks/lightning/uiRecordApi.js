// jest stand-in for lightning/uiRecordApi: wire adapters tests can emit into, and spy-able imperative functions.
import { createLdsTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const getRecord = createLdsTestWireAdapter(jest.fn());
export const getRecords = createLdsTestWireAdapter(jest.fn());
export const getFieldValue = jest.fn((record, field) => {
  const fieldName = typeof field === 'string' ? field.split('.').pop() : field.fieldApiName;
  return record?.fields?.[fieldName]?.value;
});
export const updateRecord = jest.fn(() => Promise.resolve({}));
export const createRecord = jest.fn(() => Promise.resolve({}));
export const notifyRecordUpdateAvailable = jest.fn(() => Promise.resolve());
