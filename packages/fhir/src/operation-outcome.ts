/** Errors on the FHIR routes, as R4 `OperationOutcome` resources. */
import type { OperationOutcome } from 'fhir/r4';

type IssueType = OperationOutcome['issue'][number]['code'];

/** HTTP status → the FHIR IssueType that says the same thing. */
function issueType(status: number): IssueType {
  if (status === 400) return 'invalid';
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'processing';
  if (status === 429) return 'throttled';
  return 'exception';
}

/**
 * One error issue: our message as `diagnostics`, our error code as `details.text`, and the
 * request field it concerns (`params.id`) as `expression`.
 */
export function operationOutcome(
  status: number,
  code: string,
  message: string,
  field?: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: status >= 500 ? 'fatal' : 'error',
        code: issueType(status),
        details: { text: code },
        diagnostics: message,
        ...(field === undefined ? {} : { expression: [field] }),
      },
    ],
  };
}
