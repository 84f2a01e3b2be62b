import type { InstrumentDefinition, ScoreResult } from '@securebase/measures';
import { changeForInstrument } from '@securebase/stats';

/** Change in each numeric score since the previous administration, with reliable change where the instrument has the data. */
export function changeLines(
  definition: InstrumentDefinition,
  previous: ScoreResult,
  current: ScoreResult,
) {
  return definition.scores.flatMap((s) => {
    const before = previous.scores[s.name];
    const after = current.scores[s.name];
    if (typeof before !== 'number' || typeof after !== 'number') return [];
    const change = changeForInstrument(definition, s.name, before, after);
    return [
      {
        score: s.name,
        previous: before,
        current: after,
        difference: after - before,
        reliableChange: change.available
          ? {
              category: change.category,
              basis: change.basis,
              threshold: change.threshold,
              thresholdUnit: change.thresholdUnit,
              detail: change.detail,
              source: change.source,
            }
          : null,
      },
    ];
  });
}
