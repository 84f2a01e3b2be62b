import { describe, expect, it } from 'vitest';
import { schemaErrors } from './fhir-schema';

// The helper must reject invalid resources, or every "validates against the schema" test is empty.
describe('FHIR R4 JSON schema helper', () => {
  it('accepts a minimal Questionnaire', () => {
    const minimal = { resourceType: 'Questionnaire', status: 'active' };
    expect(schemaErrors(minimal)).toEqual([]);
  });

  it('rejects a wrong type, an unknown property and a malformed dateTime', () => {
    const wrongType = { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 1 }] };
    expect(schemaErrors(wrongType)).toContain('.item[0].linkId should be string');
    const unknownProperty = { resourceType: 'Questionnaire', status: 'active', bogus: 1 };
    expect(schemaErrors(unknownProperty).length).toBeGreaterThan(0);
    const observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'x' },
      effectiveDateTime: 'yesterday',
    };
    expect(schemaErrors(observation).length).toBeGreaterThan(0);
  });
});
