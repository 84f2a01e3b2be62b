/** Computed scores as R4 Observations (category survey), derived from the QuestionnaireResponse. */
import type {
  InstrumentDefinition,
  ScoreDefinition,
  ScoreResult,
  ScoreValue,
} from '@securebase/measures';
import type { Annotation, CodeableConcept, Coding, Observation } from 'fhir/r4';
import {
  LOINC_SYSTEM,
  OBSERVATION_CATEGORY_SYSTEM,
  SCORE_OBSERVATION_SYSTEM,
  SCORES_SYSTEM,
  UCUM_SYSTEM,
  reference,
} from './canonical';

export interface ObservationsInput {
  readonly definition: InstrumentDefinition;
  readonly result: ScoreResult;
  readonly responseId: string;
  readonly patientRef: string;
  /** When the answers were given (ISO-8601 date-time with a time zone). */
  readonly effective: string;
}

const SURVEY: CodeableConcept = {
  coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }],
};

function scoreCode(definition: InstrumentDefinition, score: ScoreDefinition): CodeableConcept {
  const loinc = definition.loinc?.scores?.[score.name];
  const codings: Coding[] = [
    ...(loinc === undefined
      ? []
      : [{ system: LOINC_SYSTEM, code: loinc.code, display: loinc.display }]),
    { system: SCORES_SYSTEM, code: `${definition.id}.${score.name}`, display: score.label },
  ];
  return { coding: codings, text: score.label };
}

function valueOf(value: number | string): Pick<Observation, 'valueQuantity' | 'valueString'> {
  if (typeof value === 'string') return { valueString: value };
  return { valueQuantity: { value, unit: '{score}', system: UCUM_SYSTEM, code: '{score}' } };
}

function notes(definition: InstrumentDefinition, result: ScoreResult, name: string): Annotation[] {
  const band = result.bands[name];
  const source = definition.scores.find((score) => score.name === name)?.bands?.source;
  return [
    ...(band == null
      ? []
      : [
          { text: `Band: ${band.label} (${band.min}–${band.max}); source: ${source ?? 'unknown'}` },
        ]),
    ...(result.prorated.includes(name)
      ? [{ text: 'Prorated from fewer items than the instrument has; interpret cautiously.' }]
      : []),
  ];
}

function toObservation(
  input: ObservationsInput,
  score: ScoreDefinition,
  value: number | string,
): Observation {
  const { definition, result } = input;
  const band = result.bands[score.name];
  const annotations = notes(definition, result, score.name);
  return {
    resourceType: 'Observation',
    identifier: [{ system: SCORE_OBSERVATION_SYSTEM, value: `${input.responseId}/${score.name}` }],
    status: 'final',
    category: [SURVEY],
    code: scoreCode(definition, score),
    subject: reference(input.patientRef),
    effectiveDateTime: input.effective,
    ...valueOf(value),
    ...(band == null ? {} : { interpretation: [{ text: band.label }] }),
    ...(annotations.length === 0 ? {} : { note: annotations }),
    derivedFrom: [reference(`QuestionnaireResponse/${input.responseId}`)],
  };
}

function isComputed(value: ScoreValue | undefined): value is number | string {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** One Observation per computed score; a score that could not be computed gives none. */
export function scoresToObservations(input: ObservationsInput): Observation[] {
  if (input.result.instrumentId !== input.definition.id) {
    throw new RangeError(
      `scores of ${input.result.instrumentId} cannot be mapped with the ${input.definition.id} definition`,
    );
  }
  return input.definition.scores.flatMap((score) => {
    const value = input.result.scores[score.name];
    return isComputed(value) ? [toObservation(input, score, value)] : [];
  });
}
