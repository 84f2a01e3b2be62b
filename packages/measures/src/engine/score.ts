import type {
  Answers,
  BandResult,
  Banding,
  InstrumentDefinition,
  ScoreResult,
  ScoreStatus,
  ScoreValue,
} from '../types';
import { computeScores } from './compute';
import { readAnswers } from './read-answers';

/** The band a score falls in: the last band whose `min` the score reaches. */
export function findBand(banding: Banding, value: number): BandResult | null {
  let found: BandResult | null = null;
  for (const band of banding.bands) {
    if (value >= band.min) found = { label: band.label, min: band.min, max: band.max };
  }
  return found;
}

function bandsFor(instrument: InstrumentDefinition, scores: Record<string, ScoreValue>) {
  const bands: Record<string, BandResult | null> = {};
  for (const definition of instrument.scores) {
    if (definition.bands === undefined) continue;
    const value = scores[definition.name];
    bands[definition.name] = typeof value === 'number' ? findBand(definition.bands, value) : null;
  }
  return bands;
}

function positiveRiskItems(
  instrument: InstrumentDefinition,
  values: ReadonlyMap<string, number>,
): string[] {
  return instrument.items
    .filter((item) => {
      const answer = values.get(item.id);
      return item.risk !== undefined && answer !== undefined && answer >= item.risk.atOrAbove;
    })
    .map((item) => item.id);
}

function nullScores(instrument: InstrumentDefinition): Record<string, ScoreValue> {
  return Object.fromEntries(instrument.scores.map((definition) => [definition.name, null]));
}

/**
 * Scores one administration. Answers are matched to items by id. Any unknown id or unusable
 * value makes the result `invalid` with every score `null`; a missing answer makes it
 * `incomplete`, and a score is then given only where the source's missing-data rule allows.
 */
export function score(instrument: InstrumentDefinition, answers: Answers): ScoreResult {
  const read = readAnswers(instrument, answers);
  let status: ScoreStatus = 'complete';
  if (read.invalidItems.length > 0) status = 'invalid';
  else if (read.missingItems.length > 0) status = 'incomplete';
  const computed =
    status === 'invalid'
      ? { scores: nullScores(instrument), prorated: [] }
      : computeScores(instrument, read.values);
  return {
    instrumentId: instrument.id,
    definitionVersion: instrument.version,
    status,
    scores: computed.scores,
    bands: bandsFor(instrument, computed.scores),
    prorated: computed.prorated,
    missingItems: read.missingItems,
    invalidItems: read.invalidItems,
    riskItems: positiveRiskItems(instrument, read.values),
  };
}
