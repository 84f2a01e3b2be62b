import { score } from '@securebase/measures';
import { describe, expect, it } from 'vitest';
import { ITEM_WEIGHT_URL, ORDINAL_VALUE_URL } from './canonical';
import {
  customMeasureFromQuestionnaire,
  customMeasureId,
  isCustomMeasureId,
} from './custom-measure';
import { parseQuestionnaire, type ParsedQuestionnaire } from './parse-questionnaire';

/** A practice's own four-question check-in: three 0–3 questions and one scored 0, 2 or 4. */
function checkIn(): unknown {
  const weighted = (url: string, value: number, display: string) => ({
    valueCoding: {
      system: 'https://harbour.example/check-in',
      code: display.toLowerCase().replace(/ /g, '-'),
      display,
      extension: [{ url, valueDecimal: value }],
    },
  });
  const scale = ['Not at all', 'A little', 'Quite a lot', 'Very much'];
  return {
    resourceType: 'Questionnaire',
    url: 'https://harbour.example/Questionnaire/check-in',
    name: 'CheckIn',
    title: 'Weekly Check-in (Harbour)',
    status: 'active',
    item: [
      { linkId: 'intro', type: 'display', text: 'Thinking about the last week…' },
      ...['q1', 'q2', 'q3'].map((linkId, index) => ({
        linkId,
        type: 'choice',
        text: `Question ${String(index + 1)}`,
        answerOption: scale.map((label, value) => weighted(ITEM_WEIGHT_URL, value, label)),
      })),
      {
        linkId: 'q4',
        type: 'choice',
        text: 'Did you feel you could reach someone when you needed to?',
        answerOption: [
          weighted(ORDINAL_VALUE_URL, 0, 'Yes'),
          weighted(ORDINAL_VALUE_URL, 2, 'Sometimes'),
          weighted(ORDINAL_VALUE_URL, 4, 'No'),
        ],
      },
    ],
  };
}

function parsed(json: unknown = checkIn()): ParsedQuestionnaire {
  const result = parseQuestionnaire(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.questionnaire;
}

function build(questionnaire = parsed()) {
  return customMeasureFromQuestionnaire({
    questionnaire,
    id: customMeasureId(questionnaire.title),
    version: '1',
    citation: 'Harbour Light Therapy, 2026',
    licenceNote: 'Written by our practice; free for our clients.',
  });
}

describe('a practice measure from a FHIR Questionnaire', () => {
  it('makes an id from the title, lower-case and at most 40 characters', () => {
    expect(customMeasureId('Weekly Check-in (Harbour)')).toBe('custom.weekly-check-in-harbour');
    expect(customMeasureId('Échelle de bien-être')).toBe('custom.echelle-de-bien-etre');
    expect(customMeasureId('x'.repeat(80))).toHaveLength(40);
    expect(customMeasureId('???')).toBe('custom.measure');
    expect(isCustomMeasureId('custom.weekly-check-in-harbour')).toBe(true);
    expect(isCustomMeasureId('phq-9')).toBe(false);
  });

  it('reads each question with its values and labels, skipping display items', () => {
    const result = build();
    if (!result.ok) throw new Error('expected a measure');
    const { definition, linkIds } = result;
    expect(definition.name).toBe('Weekly Check-in (Harbour)');
    expect(definition.items.map((item) => [item.id, item.min, item.max])).toEqual([
      ['custom.weekly-check-in-harbour.1', 0, 3],
      ['custom.weekly-check-in-harbour.2', 0, 3],
      ['custom.weekly-check-in-harbour.3', 0, 3],
      ['custom.weekly-check-in-harbour.4', 0, 4],
    ]);
    expect(definition.items[3]?.options).toEqual([
      { value: 0, label: 'Yes' },
      { value: 2, label: 'Sometimes' },
      { value: 4, label: 'No' },
    ]);
    expect(definition.items[3]?.onlyListedValues).toBe(true);
    expect(definition.items[0]?.onlyListedValues).toBeUndefined();
    expect(linkIds['custom.weekly-check-in-harbour.4']).toBe('q4');
    expect(definition.scores[0]).toMatchObject({ name: 'total', method: 'sum', min: 0, max: 13 });
    expect(definition.psychometrics).toEqual({ norms: [], reliability: [], publishedChange: [] });
  });

  it('scores the sum of the answer values, refusing a value that is not an option', () => {
    const result = build();
    if (!result.ok) throw new Error('expected a measure');
    const id = (n: number) => `custom.weekly-check-in-harbour.${String(n)}`;
    // 1 + 2 + 3 + 2 = 8
    const answers = { [id(1)]: 1, [id(2)]: 2, [id(3)]: 3, [id(4)]: 2 };
    expect(score(result.definition, answers)).toMatchObject({
      status: 'complete',
      scores: { total: 8 },
    });
    const gap = score(result.definition, { ...answers, [id(4)]: 3 });
    expect(gap.status).toBe('invalid');
    expect(gap.invalidItems[0]).toMatchObject({ itemId: id(4), reason: 'not_an_option' });
    const missing = score(result.definition, { [id(1)]: 1, [id(2)]: 2, [id(3)]: 3 });
    expect(missing.status).toBe('incomplete');
    expect(missing.scores.total).toBeNull();
  });

  it('refuses fractional answer values, naming the question', () => {
    const json = checkIn() as { item: { answerOption?: unknown[] }[] };
    const option = json.item[1]?.answerOption?.[1] as {
      valueCoding: { extension: { valueDecimal: number }[] };
    };
    const [extension] = option.valueCoding.extension;
    if (extension) extension.valueDecimal = 0.5;
    const result = build(parsed(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('item[linkId=q1]');
    expect(result.errors[0]?.message).toMatch(/0\.5 is not a whole number/);
  });
});
