import type { AllianceMeasure, CatalogueEntry } from '@securebase/contracts';
import type { InstrumentDefinition } from '@securebase/measures';
import { findDefinition } from '../assessments/definitions';
import { practiceCatalogue } from '../assessments/assign-service';
import type { SignedInContext } from '../lib/context';
import * as repo from './repo';

export const DEFAULT_ALLIANCE_MEASURE = 'wai-sr';

/** The score an alliance line is drawn from: the total if it rises with the alliance. */
export function allianceScoreOf(definition: InstrumentDefinition) {
  const rising = definition.scores.flatMap((s) =>
    s.kind !== 'highest_rated' && s.direction === 'higher_is_better' ? [s] : [],
  );
  return rising.find((s) => s.name === 'total') ?? rising[0];
}

function measureOf(definition: InstrumentDefinition): AllianceMeasure | undefined {
  const score = allianceScoreOf(definition);
  if (!score) return undefined;
  return {
    instrumentId: definition.id,
    name: definition.name,
    citation: definition.citation,
    scoreName: score.name,
    scoreLabel: score.label,
    min: score.min,
    max: score.max,
  };
}

/** Instruments the practice can give (text installed) whose score rises with the alliance. */
export async function allianceCandidates(ctx: SignedInContext) {
  const catalogue = await practiceCatalogue(ctx);
  const found: { entry: CatalogueEntry; definition: InstrumentDefinition }[] = [];
  for (const entry of catalogue.instruments) {
    if (entry.availability !== 'ready') continue;
    const definition = await findDefinition(ctx.db, ctx.actor.practiceId, entry.id);
    if (definition && allianceScoreOf(definition)) found.push({ entry, definition });
  }
  return found;
}

export type ResolvedAllianceMeasure =
  | { measure: AllianceMeasure; definition: InstrumentDefinition; chosen: boolean }
  | { measure: null; reason: string; chosen: boolean };

/**
 * The practice's alliance measure: the one it chose, or the WAI-SR once its licensed text is
 * installed. Anything else is named as the reason there is no alliance line.
 */
export async function resolveAllianceMeasure(
  ctx: SignedInContext,
): Promise<ResolvedAllianceMeasure> {
  const chosenId = await repo.chosenAllianceMeasure(ctx.db, ctx.actor.practiceId);
  const candidates = await allianceCandidates(ctx);
  const id = chosenId ?? DEFAULT_ALLIANCE_MEASURE;
  const match = candidates.find((c) => c.definition.id === id);
  const measure = match ? measureOf(match.definition) : undefined;
  if (match && measure) return { measure, definition: match.definition, chosen: !!chosenId };
  return {
    measure: null,
    chosen: !!chosenId,
    reason: chosenId
      ? `The practice's alliance measure (${chosenId}) is no longer available to give.`
      : 'No alliance measure yet: the WAI-SR needs its licensed text installed by an admin, or the practice chooses another installed alliance measure.',
  };
}

export { measureOf as allianceMeasureOf };
