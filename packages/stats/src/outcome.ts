/**
 * The Jacobson & Truax (1991) classification of one change on one score of an instrument:
 * recovered (reliable improvement that crosses the measure's published clinical cut-off),
 * improved, unchanged or deteriorated. Uses only the instrument's own published data; where it
 * has no basis for reliable change the answer is "not available", and where it has no published
 * cut-off no change can be called recovery.
 */
import type { ClinicalCutoff, InstrumentDefinition } from '@securebase/measures';
import { clinicalSignificance, type ClinicalSignificanceCategory } from './clinical-significance';
import { changeForInstrument, type InstrumentChange } from './instrument-change';

export type Outcome =
  | {
      readonly available: true;
      readonly category: ClinicalSignificanceCategory;
      readonly change: Extract<InstrumentChange, { available: true }>;
      readonly cutoff: ClinicalCutoff | null;
      readonly crossedCutoff: boolean;
    }
  | { readonly available: false; readonly reason: string };

export function cutoffFor(definition: InstrumentDefinition, scoreName: string) {
  return definition.psychometrics.cutoffs?.find((c) => c.score === scoreName) ?? null;
}

export function outcomeFor(
  definition: InstrumentDefinition,
  scoreName: string,
  before: number,
  after: number,
): Outcome {
  const change = changeForInstrument(definition, scoreName, before, after);
  if (!change.available) return { available: false, reason: change.reason };
  const score = definition.scores.find((s) => s.name === scoreName);
  const direction = score?.direction;
  if (direction !== 'higher_is_worse' && direction !== 'higher_is_better') {
    return { available: false, reason: `${scoreName} is not directional` };
  }
  const cutoff = cutoffFor(definition, scoreName);
  if (!cutoff) {
    const category: ClinicalSignificanceCategory =
      change.category === 'reliably_improved'
        ? 'improved'
        : change.category === 'reliably_deteriorated'
          ? 'deteriorated'
          : 'unchanged';
    return { available: true, category, change, cutoff: null, crossedCutoff: false };
  }
  const result = clinicalSignificance({
    before,
    after,
    direction,
    reliableChange: change.category,
    cutoff: { published: cutoff.value, source: cutoff.source },
  });
  return {
    available: true,
    category: result.category,
    change,
    cutoff,
    crossedCutoff: result.crossedCutoff,
  };
}
