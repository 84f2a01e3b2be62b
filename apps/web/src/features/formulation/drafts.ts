import type { Formulation } from '@securebase/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { FormulationForm } from './form-state';

/**
 * Unsaved edits kept in memory while the clinician looks at another tab of the case, so leaving
 * the Formulation tab loses nothing. They live in the query cache: never stored, and cleared
 * with everything else at sign-out.
 */
export interface Draft {
  form: FormulationForm;
  note: string;
  /** The version the edits started from (their base for saving). */
  saved: Formulation;
}

const draftKey = (caseId: string, memberId: string) =>
  ['formulation-draft', caseId, memberId] as const;

export function readDraft(client: QueryClient, caseId: string, memberId: string) {
  return client.getQueryData<Draft>(draftKey(caseId, memberId));
}

export function keepDraft(client: QueryClient, caseId: string, memberId: string, draft: Draft) {
  client.setQueryDefaults(draftKey(caseId, memberId), { gcTime: 2 * 60 * 60_000 });
  client.setQueryData(draftKey(caseId, memberId), draft);
}

export function dropDraft(client: QueryClient, caseId: string, memberId: string) {
  client.removeQueries({ queryKey: draftKey(caseId, memberId), exact: true });
}
