/** The package ships no types; this is the part of its API the tests use. */
declare module '@asymmetrik/fhir-json-schema-validator' {
  interface SchemaError {
    readonly instancePath?: string;
    readonly dataPath?: string;
    readonly schemaPath: string;
    readonly message?: string;
    readonly params?: unknown;
  }

  interface CompiledSchema {
    (data: unknown): boolean;
    errors?: SchemaError[] | null;
  }

  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    readonly ajv: { compile(schema: object): CompiledSchema };
    readonly schema: Readonly<Record<string, unknown>>;
    /** An empty array when the resource is valid. */
    validate(resource: object, verbose?: boolean): unknown[];
  }
}
