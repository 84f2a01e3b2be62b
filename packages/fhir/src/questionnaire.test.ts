import { instruments } from '@securebase/measures';
import { describe, expect, it } from 'vitest';
import { ORDINAL_VALUE_URL, answerSystem } from './canonical';
import { contentPackMatchesDefinition } from './content-pack';
import { parseQuestionnaire } from './parse-questionnaire';
import { instrumentToQuestionnaire } from './questionnaire';
import { instrument } from './testing/fixtures';
import { schemaErrors } from './testing/fhir-schema';

describe.each(instruments.map((definition) => [definition.id, definition] as const))(
  'instrumentToQuestionnaire(%s)',
  (id, definition) => {
    const questionnaire = instrumentToQuestionnaire(definition);

    it('is a valid R4 Questionnaire (official JSON schema)', () => {
      expect(schemaErrors(questionnaire)).toEqual([]);
    });

    it('has the canonical url, version, status and licence', () => {
      expect(questionnaire).toMatchObject({
        id,
        url: `https://securebase.example/fhir/Questionnaire/${id}`,
        version: definition.version,
        status: 'active',
        title: definition.name,
      });
      expect(questionnaire.name).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
      expect(questionnaire.copyright).toContain(definition.citation);
      expect(questionnaire.copyright).toContain(definition.licence.note);
    });

    it('has one required choice item per instrument item, with every value as an option', () => {
      expect(questionnaire.item?.map((item) => item.linkId)).toEqual(
        definition.items.map((item) => item.id),
      );
      definition.items.forEach((item, index) => {
        const fhirItem = questionnaire.item?.[index];
        expect(fhirItem).toMatchObject({ type: 'choice', required: true });
        const values = fhirItem?.answerOption?.map((option) => option.valueCoding?.extension?.[0]);
        const expected = Array.from({ length: item.max - item.min + 1 }, (_, k) => item.min + k);
        expect(values).toEqual(
          expected.map((value) => ({ url: ORDINAL_VALUE_URL, valueDecimal: value })),
        );
        expect(fhirItem?.answerOption?.[0]?.valueCoding?.system).toBe(answerSystem(id));
      });
    });

    it('ships item text only where the definition does, and says so otherwise', () => {
      const texts = questionnaire.item?.map((item) => item.text);
      if (definition.itemTextShipped) {
        expect(texts).toEqual(definition.items.map((item) => item.text));
        expect(questionnaire.description).toBeUndefined();
      } else {
        expect(texts?.every((text) => text?.startsWith('Item '))).toBe(true);
        expect(questionnaire.description).toContain('not included');
      }
    });

    it('round-trips through parseQuestionnaire with no mismatches', () => {
      const parsed = parseQuestionnaire(JSON.parse(JSON.stringify(questionnaire)));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.questionnaire.url).toBe(questionnaire.url);
        expect(contentPackMatchesDefinition(definition, parsed.questionnaire)).toEqual([]);
      }
    });
  },
);

describe('instrumentToQuestionnaire details', () => {
  it('PHQ-9 carries the LOINC panel code and the labelled options', () => {
    const questionnaire = instrumentToQuestionnaire(instrument('phq-9'));
    expect(questionnaire.code).toEqual([
      {
        system: 'http://loinc.org',
        code: '44249-1',
        display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]',
      },
    ]);
    expect(questionnaire.item?.[8]?.answerOption?.[3]?.valueCoding).toEqual({
      extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: 3 }],
      system: 'https://securebase.example/fhir/CodeSystem/phq-9-answers',
      code: '3',
      display: 'Nearly every day',
    });
  });

  it('ECR-RS has no LOINC code and neutral texts naming the relationship', () => {
    const questionnaire = instrumentToQuestionnaire(instrument('ecr-rs'));
    expect(questionnaire.code).toBeUndefined();
    expect(questionnaire.item?.[9]).toMatchObject({ linkId: 'father.1', text: 'Item father.1' });
  });

  it('uses installed item text, and stops saying it is missing once every item has text', () => {
    const ecrR = instrument('ecr-r');
    const one = instrumentToQuestionnaire(ecrR, { 'ecr-r.3': 'Licensed wording 3' });
    expect(one.item?.[2]?.text).toBe('Licensed wording 3');
    expect(one.item?.[3]?.text).toBe('Item 4');
    expect(one.description).toBeDefined();
    const all = Object.fromEntries(ecrR.items.map((item) => [item.id, `Text of ${item.id}`]));
    const full = instrumentToQuestionnaire(ecrR, all);
    expect(full.description).toBeUndefined();
    expect(schemaErrors(full)).toEqual([]);
  });

  it('CSI-4 items without declared options get every value min..max', () => {
    const csi4 = instrument('csi-4');
    const questionnaire = instrumentToQuestionnaire(csi4);
    questionnaire.item?.forEach((item, index) => {
      const definitionItem = csi4.items[index];
      expect(item.answerOption).toHaveLength(
        (definitionItem?.max ?? 0) - (definitionItem?.min ?? 0) + 1,
      );
    });
  });
});
