/** Realistic answers for the FHIR tests, written by hand. */
import { getInstrument, type InstrumentDefinition } from '@securebase/measures';

export function instrument(id: string): InstrumentDefinition {
  const definition = getInstrument(id);
  if (definition === undefined) throw new Error(`no instrument ${id}`);
  return definition;
}

/** PHQ-9: 1+2+1+2+1+1+2+1+0 = 11 → "Moderate" (10–14); item 9 answered 0. */
export const PHQ9_ANSWERS: Record<string, number> = {
  'phq-9.1': 1,
  'phq-9.2': 2,
  'phq-9.3': 1,
  'phq-9.4': 2,
  'phq-9.5': 1,
  'phq-9.6': 1,
  'phq-9.7': 2,
  'phq-9.8': 1,
  'phq-9.9': 0,
};

const ECR_RS_ROWS: Record<string, readonly number[]> = {
  mother: [6, 5, 6, 5, 2, 3, 2, 1, 2],
  father: [3, 3, 4, 2, 5, 5, 4, 3, 3],
  partner: [6, 6, 5, 6, 2, 1, 5, 6, 4],
  friend: [7, 6, 6, 6, 1, 2, 1, 1, 2],
};

/** ECR-RS: nine answers (1–7) for each of the four relationships. */
export const ECR_RS_ANSWERS: Record<string, number> = Object.fromEntries(
  Object.entries(ECR_RS_ROWS).flatMap(([target, values]) =>
    values.map((value, index) => [`${target}.${index + 1}`, value]),
  ),
);

export const PATIENT = 'Patient/0190a6b2-7c3e-7d4f-8a1b-2c3d4e5f6a7b';
export const RESPONSE_ID = '0190a6b2-7c3e-7d4f-8a1b-000000000001';
export const AUTHORED = '2025-03-04T09:30:00Z';
