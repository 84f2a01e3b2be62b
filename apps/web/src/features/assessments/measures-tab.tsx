import type { CaseSummary } from '@securebase/contracts';
import { AssignForm } from './assign-form';
import { AssignmentsCard } from './assignments-card';
import { ResultsSection } from './results-section';
import './measures.css';

/** The case's questionnaires: results over time first, then what is assigned, then assign more. */
export function MeasuresTab({ summary }: { summary: CaseSummary }) {
  return (
    <>
      <ResultsSection caseId={summary.id} />
      <AssignmentsCard caseId={summary.id} />
      <AssignForm summary={summary} />
    </>
  );
}
