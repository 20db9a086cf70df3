import { STANDARD_FIELDS } from '../standardFields';

const OBJECT_REFERENCE = 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference';

describe('the list of standard fields the project relies on', () => {
  it('cites the Salesforce Object Reference page of each object and lists each field once', () => {
    for (const [object, entry] of Object.entries(STANDARD_FIELDS)) {
      expect(entry.reference).toBe(`${OBJECT_REFERENCE}/sforce_api_objects_${object.toLowerCase()}.htm`);
      expect(new Set(entry.fields.map((field) => field.toLowerCase())).size).toBe(entry.fields.length);
    }
  });
});
