import type { OutcomeClass, ScoreOutcomeBasis } from '@securebase/contracts';
import type { InstrumentDefinition, ScoreResult } from '@securebase/measures';
import { changeForInstrument, cutoffFor, outcomeFor } from '@securebase/stats';

const directional = (definition: InstrumentDefinition) =>
  definition.scores.filter((s) => s.kind !== 'highest_rated' && s.direction !== 'not_directional');

/** Per directional score: the published cut-off and the reliable-change half-width in points. */
export function outcomeBasis(definition: InstrumentDefinition): ScoreOutcomeBasis[] {
  return directional(definition).map((score) => {
    const cutoff = cutoffFor(definition, score.name);
    const probe = changeForInstrument(definition, score.name, 0, 0);
    const reliablePoints = !probe.available
      ? null
      : probe.basis === 'published_rci'
        ? probe.threshold
        : probe.threshold * probe.sdiff;
    return {
      score: score.name,
      cutoff: cutoff
        ? { value: cutoff.value, meaning: cutoff.meaning, source: cutoff.source }
        : null,
      reliablePoints,
      reliableSource: probe.available ? probe.detail : null,
    };
  });
}

/** Each directional score's change from the first result, where the measure has a basis. */
export function fromFirst(
  definition: InstrumentDefinition,
  first: ScoreResult | null,
  current: ScoreResult | null,
  isFirst: boolean,
): Record<string, OutcomeClass> {
  if (isFirst || !first || !current) return {};
  const lines: Record<string, OutcomeClass> = {};
  for (const score of directional(definition)) {
    const from = first.scores[score.name];
    const to = current.scores[score.name];
    if (typeof from !== 'number' || typeof to !== 'number') continue;
    const outcome = outcomeFor(definition, score.name, from, to);
    if (!outcome.available) continue;
    lines[score.name] = {
      category: outcome.category,
      from,
      to,
      difference: to - from,
      reliable: outcome.change.detail,
      crossedCutoff: outcome.crossedCutoff,
    };
  }
  return lines;
}
