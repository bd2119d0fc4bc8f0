// Hand-written types for validate-dataset.generated.js, which scripts/compile-schemas.mjs
// generates from marginalia-dataset-v1.schema.json (Ajv standalone code, ESM).

/** One schema violation, as Ajv reports it. */
export interface SchemaError {
  /** JSON Pointer to the offending value (for `required`, to the object missing the property). */
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Ajv's calling convention: returns validity and leaves the errors on `validate.errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** Validates a parsed JSON value against the Marginalia dataset version 1 schema. */
export declare const validate: SchemaValidator;
export default validate;
