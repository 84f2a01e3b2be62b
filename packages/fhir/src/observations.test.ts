import { score } from '@securebase/measures';
import { describe, expect, it } from 'vitest';
import { scoresToObservations } from './observations';
import {
  AUTHORED,
  ECR_RS_ANSWERS,
  PATIENT,
  PHQ9_ANSWERS,
  RESPONSE_ID,
  instrument,
} from './testing/fixtures';
import { schemaErrors } from './testing/fhir-schema';

const base = { responseId: RESPONSE_ID, patientRef: PATIENT, effective: AUTHORED };

describe('scoresToObservations', () => {
  it('PHQ-9 total 11: LOINC and our code, {score} quantity, band, derivedFrom', () => {
    const definition = instrument('phq-9');
    const observations = scoresToObservations({
      ...base,
      definition,
      result: score(definition, PHQ9_ANSWERS),
    });
    expect(observations).toHaveLength(1);
    const [total] = observations;
    expect(total && schemaErrors(total)).toEqual([]);
    expect(total).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'survey',
            },
          ],
        },
      ],
      code: {
        coding: [
          { system: 'http://loinc.org', code: '44261-6' },
          { system: 'https://securebase.example/fhir/CodeSystem/scores', code: 'phq-9.total' },
        ],
      },
      subject: { reference: PATIENT },
      effectiveDateTime: AUTHORED,
      valueQuantity: {
        value: 11,
        unit: '{score}',
        system: 'http://unitsofmeasure.org',
        code: '{score}',
      },
      interpretation: [{ text: 'Moderate' }],
      derivedFrom: [{ reference: `QuestionnaireResponse/${RESPONSE_ID}` }],
      identifier: [{ value: `${RESPONSE_ID}/total` }],
    });
    expect(total?.note?.[0]?.text).toContain('Band: Moderate (10–14)');
  });

  it('ECR-RS: ten valid observations (4 relationships × 2 + 2 global), no LOINC', () => {
    const definition = instrument('ecr-rs');
    const observations = scoresToObservations({
      ...base,
      definition,
      result: score(definition, ECR_RS_ANSWERS),
    });
    expect(observations).toHaveLength(10);
    for (const observation of observations) expect(schemaErrors(observation)).toEqual([]);
    const codes = observations.map((observation) => observation.code.coding?.[0]?.code);
    expect(codes).toContain('ecr-rs.global.avoidance');
    expect(observations.every((observation) => observation.code.coding?.length === 1)).toBe(true);
    // mother anxiety = mean of items 7–9 = (2 + 1 + 2) / 3 = 1.666…
    const motherAnxiety = observations.find(
      (o) => o.code.coding?.[0]?.code === 'ecr-rs.mother.anxiety',
    );
    expect(motherAnxiety?.valueQuantity?.value).toBeCloseTo(5 / 3, 10);
    expect(motherAnxiety?.interpretation).toBeUndefined();
  });

  it('RQ: the category is a valueString', () => {
    const definition = instrument('rq');
    const answers = { 'rq.a': 6, 'rq.b': 2, 'rq.c': 3, 'rq.d': 2 };
    const observations = scoresToObservations({
      ...base,
      definition,
      result: score(definition, answers),
    });
    const category = observations.find((o) => o.code.coding?.[0]?.code === 'rq.category');
    expect(category?.valueString).toBe('secure');
    expect(category?.valueQuantity).toBeUndefined();
    for (const observation of observations) expect(schemaErrors(observation)).toEqual([]);
  });

  it('CORE-10 with one item missing: the prorated total is noted', () => {
    const definition = instrument('core-10');
    const answers = Object.fromEntries(definition.items.slice(1).map((item) => [item.id, 2]));
    const observations = scoresToObservations({
      ...base,
      definition,
      result: score(definition, answers),
    });
    expect(observations).toHaveLength(1);
    expect(observations[0]?.note?.map((note) => note.text).join(' ')).toContain('Prorated');
  });

  it('a score that cannot be computed gives no Observation (never 0)', () => {
    const definition = instrument('phq-9');
    const result = score(definition, { 'phq-9.1': 1 });
    expect(scoresToObservations({ ...base, definition, result })).toEqual([]);
  });

  it('refuses a result from another instrument', () => {
    const result = score(instrument('phq-9'), PHQ9_ANSWERS);
    expect(() =>
      scoresToObservations({ ...base, definition: instrument('gad-7'), result }),
    ).toThrow(RangeError);
  });
});
