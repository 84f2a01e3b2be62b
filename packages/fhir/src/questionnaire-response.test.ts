import { describe, expect, it } from 'vitest';
import { responseToQuestionnaireResponse } from './questionnaire-response';
import {
  AUTHORED,
  ECR_RS_ANSWERS,
  PATIENT,
  PHQ9_ANSWERS,
  RESPONSE_ID,
  instrument,
} from './testing/fixtures';
import { schemaErrors } from './testing/fhir-schema';

const phq9 = instrument('phq-9');
const ecrRs = instrument('ecr-rs');

describe('responseToQuestionnaireResponse', () => {
  it('PHQ-9: a valid, completed R4 QuestionnaireResponse', () => {
    const response = responseToQuestionnaireResponse({
      definition: phq9,
      responseId: RESPONSE_ID,
      patientRef: PATIENT,
      authored: AUTHORED,
      answers: PHQ9_ANSWERS,
      author: 'Practitioner/0190a6b2-0000-7000-8000-000000000009',
      source: PATIENT,
    });
    expect(schemaErrors(response)).toEqual([]);
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: RESPONSE_ID,
      status: 'completed',
      questionnaire: 'https://securebase.example/fhir/Questionnaire/phq-9|1.0.0',
      subject: { reference: PATIENT },
      authored: AUTHORED,
      author: { reference: 'Practitioner/0190a6b2-0000-7000-8000-000000000009' },
      source: { reference: PATIENT },
    });
    expect(response.item).toHaveLength(9);
    expect(response.item?.[1]).toEqual({
      linkId: 'phq-9.2',
      answer: [
        {
          valueCoding: {
            extension: [
              { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 },
            ],
            system: 'https://securebase.example/fhir/CodeSystem/phq-9-answers',
            code: '2',
            display: 'More than half the days',
          },
        },
      ],
    });
  });

  it('ECR-RS: 36 answers without labels (wording not shipped), valid', () => {
    const response = responseToQuestionnaireResponse({
      definition: ecrRs,
      responseId: RESPONSE_ID,
      patientRef: PATIENT,
      authored: AUTHORED,
      answers: new Map(Object.entries(ECR_RS_ANSWERS)),
    });
    expect(schemaErrors(response)).toEqual([]);
    expect(response.item).toHaveLength(36);
    expect(response.item?.[18]?.linkId).toBe('partner.1');
    expect(response.item?.[18]?.answer?.[0]?.valueCoding).toMatchObject({ code: '6' });
    expect(response.item?.[18]?.answer?.[0]?.valueCoding?.display).toBeUndefined();
    expect(response.author).toBeUndefined();
  });

  it('leaves unanswered items out, in the definition order', () => {
    const response = responseToQuestionnaireResponse({
      definition: phq9,
      responseId: RESPONSE_ID,
      patientRef: PATIENT,
      authored: AUTHORED,
      answers: { 'phq-9.9': 1, 'phq-9.1': 0, 'phq-9.2': null },
    });
    expect(response.item?.map((item) => item.linkId)).toEqual(['phq-9.1', 'phq-9.9']);
    expect(schemaErrors(response)).toEqual([]);
  });

  it('refuses unknown items and impossible values, naming each one', () => {
    const map = (answers: Record<string, unknown>) =>
      responseToQuestionnaireResponse({
        definition: phq9,
        responseId: RESPONSE_ID,
        patientRef: PATIENT,
        authored: AUTHORED,
        answers,
      });
    expect(() => map({ 'phq-9.10': 1 })).toThrow(/phq-9\.10: unknown item/);
    expect(() => map({ 'phq-9.1': 4 })).toThrow(/phq-9\.1: not one of the item's values 0–3/);
    expect(() => map({ 'phq-9.1': 1.5 })).toThrow(/not a whole number/);
    expect(() => map({ 'phq-9.1': '2' })).toThrow(/not a whole number/);
  });
});
