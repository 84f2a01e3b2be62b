import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, type ParseResult } from './parse-questionnaire';

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';

function choice(linkId: string, answerOption: unknown[], text: unknown = `Question ${linkId}`) {
  return { linkId, text, type: 'choice', answerOption };
}

const yesNo = [{ valueInteger: 0 }, { valueInteger: 1 }];

function questionnaire(item: unknown, extra: Record<string, unknown> = {}) {
  return {
    resourceType: 'Questionnaire',
    status: 'active',
    title: 'Practice measure',
    item,
    ...extra,
  };
}

function errorsOf(result: ParseResult) {
  return result.ok ? [] : result.errors;
}

describe('parseQuestionnaire: accepted shapes', () => {
  it("a practice's own summed measure with valueInteger options", () => {
    const result = parseQuestionnaire(
      questionnaire([choice('q1', yesNo), choice('q2', yesNo)], {
        url: 'https://practice.example/Questionnaire/sleep',
      }),
    );
    expect(result).toEqual({
      ok: true,
      questionnaire: {
        url: 'https://practice.example/Questionnaire/sleep',
        title: 'Practice measure',
        items: [
          {
            linkId: 'q1',
            text: 'Question q1',
            options: [
              { value: 0, label: '0' },
              { value: 1, label: '1' },
            ],
          },
          {
            linkId: 'q2',
            text: 'Question q2',
            options: [
              { value: 0, label: '0' },
              { value: 1, label: '1' },
            ],
          },
        ],
      },
    });
  });

  it('ordinalValue on the coding, itemWeight on the option, a numeric code, and the legacy URL', () => {
    const options = [
      {
        valueCoding: {
          code: 'a',
          display: 'Never',
          extension: [{ url: ORDINAL, valueDecimal: 0 }],
        },
      },
      {
        extension: [{ url: ITEM_WEIGHT, valueDecimal: 1 }],
        valueCoding: { code: 'b', display: 'Sometimes' },
      },
      { valueCoding: { system: 'urn:x', code: '2', display: 'Often' } },
      {
        valueCoding: {
          code: 'd',
          extension: [
            {
              url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue',
              valueDecimal: 3,
            },
          ],
        },
      },
    ];
    const result = parseQuestionnaire(questionnaire([choice('x.1', options)]));
    expect(result.ok && result.questionnaire.items[0]?.options).toEqual([
      { value: 0, label: 'Never' },
      { value: 1, label: 'Sometimes' },
      { value: 2, label: 'Often' },
      { value: 3, label: '3' },
    ]);
  });

  it('flattens groups, skips display items and falls back to name for the title', () => {
    const json = {
      resourceType: 'Questionnaire',
      status: 'draft',
      name: 'PracticeMeasure',
      item: [
        { linkId: 'intro', type: 'display', text: 'Please answer…' },
        { linkId: 'g', type: 'group', item: [choice('g.1', yesNo), choice('g.2', yesNo)] },
      ],
    };
    const result = parseQuestionnaire(json);
    expect(result.ok && result.questionnaire.title).toBe('PracticeMeasure');
    expect(result.ok && result.questionnaire.items.map((item) => item.linkId)).toEqual([
      'g.1',
      'g.2',
    ]);
  });
});

describe('parseQuestionnaire: errors with JSON paths', () => {
  it('not an object, or not a Questionnaire', () => {
    expect(parseQuestionnaire('{}')).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: 'must be a JSON object' }],
    });
    expect(parseQuestionnaire(null).ok).toBe(false);
    const patient = errorsOf(
      parseQuestionnaire({
        resourceType: 'Patient',
        status: 'active',
        title: 't',
        item: [choice('a', yesNo)],
      }),
    );
    expect(patient).toEqual([{ path: 'resourceType', message: 'must be "Questionnaire"' }]);
  });

  it('header problems: status, title, url, no items', () => {
    const errors = errorsOf(parseQuestionnaire({ resourceType: 'Questionnaire', url: 7 }));
    expect(errors.map((error) => error.path)).toEqual(['status', 'url', 'title', 'item']);
    expect(errorsOf(parseQuestionnaire(questionnaire([])))).toEqual([
      { path: 'item', message: 'must be a non-empty array of items' },
    ]);
  });

  it('an option without a numeric value is reported at item[2].answerOption[0]', () => {
    const items = [
      choice('a', yesNo),
      choice('b', yesNo),
      choice('c', [{ valueCoding: { code: 'never', display: 'Never' } }, { valueInteger: 1 }]),
    ];
    const errors = errorsOf(parseQuestionnaire(questionnaire(items)));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('item[2].answerOption[0]');
    expect(errors[0]?.message).toContain('ordinalValue');
  });

  it('item problems: linkId, text, type, options, repeats and value sets', () => {
    const items = [
      { text: 'no link id', type: 'choice', answerOption: yesNo },
      choice('b', yesNo, ''),
      { linkId: 'c', text: 'free text', type: 'string' },
      choice('b', yesNo),
      { linkId: 'e', text: 'value set', type: 'choice', answerValueSet: 'http://x' },
      choice('f', [{ valueInteger: 1 }, { valueInteger: 1 }, 'zero']),
      'not an item',
      { linkId: 'g', type: 'group', item: [choice('g.1', [{ valueString: 'Often' }])] },
    ];
    const errors = errorsOf(parseQuestionnaire(questionnaire(items)));
    expect(errors.map((error) => error.path)).toEqual([
      'item[0].linkId',
      'item[1].text',
      'item[2].type',
      'item[2].answerOption',
      'item[3].linkId',
      'item[4].answerValueSet',
      'item[4].answerOption',
      'item[5].answerOption[1]',
      'item[5].answerOption[2]',
      'item[6]',
      'item[7].item[0].answerOption[0]',
    ]);
    expect(errors[4]?.message).toBe('repeats "b"');
    expect(errors[7]?.message).toBe('repeats the value 1');
  });
});
