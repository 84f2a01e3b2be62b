/** Canonical URLs and code systems of our own, and the HL7 ones we use. */
import type { Coding, Extension, Reference } from 'fhir/r4';

export const FHIR_BASE = 'https://securebase.example/fhir';
export const SCORES_SYSTEM = `${FHIR_BASE}/CodeSystem/scores`;
export const SCORE_OBSERVATION_SYSTEM = `${FHIR_BASE}/score-observation`;
export const LOINC_SYSTEM = 'http://loinc.org';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/observation-category';

/** R4 ordinalValue (valueDecimal), used on Coding. */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** R5/SDC itemWeight (valueDecimal), accepted on import. */
export const ITEM_WEIGHT_URL = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** R4 `questionnaire-ordinalValue` as used by some older R4 content, accepted on import. */
export const LEGACY_ORDINAL_VALUE_URL =
  'http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue';

export function questionnaireUrl(instrumentId: string): string {
  return `${FHIR_BASE}/Questionnaire/${instrumentId}`;
}

/** The canonical with its version, as QuestionnaireResponse.questionnaire expects. */
export function questionnaireCanonical(instrumentId: string, version: string): string {
  return `${questionnaireUrl(instrumentId)}|${version}`;
}

export function answerSystem(instrumentId: string): string {
  return `${FHIR_BASE}/CodeSystem/${instrumentId}-answers`;
}

export function ordinalValue(value: number): Extension {
  return { url: ORDINAL_VALUE_URL, valueDecimal: value };
}

/** The coding of one numeric answer; the value travels both as the code and as ordinalValue. */
export function answerCoding(instrumentId: string, value: number, label?: string): Coding {
  return {
    extension: [ordinalValue(value)],
    system: answerSystem(instrumentId),
    code: String(value),
    ...(label === undefined ? {} : { display: label }),
  };
}

export function reference(ref: string): Reference {
  return { reference: ref };
}
