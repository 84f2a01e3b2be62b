import { ApiError } from '../api/client';

export interface SplitErrors {
  /** A message for the whole form (null when every problem belongs to a field). */
  form: string | null;
  /** Messages by field name (`email`, `members.0.displayName`). */
  fields: Record<string, string>;
}

/**
 * Puts a server error where the person will see it: on the matching input when the server
 * named a field the form shows, otherwise at the top of the form.
 */
export function splitError(
  error: unknown,
  knownFields: readonly string[],
  describe: (error: unknown) => string,
): SplitErrors {
  if (!error) return { form: null, fields: {} };
  if (error instanceof ApiError && error.field && error.message) {
    const field = knownFields.find(
      (known) => error.field === known || error.field?.startsWith(`${known}.`),
    );
    if (field) return { form: null, fields: { [field]: error.message } };
  }
  return { form: describe(error), fields: {} };
}
