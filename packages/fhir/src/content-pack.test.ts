import { describe, expect, it } from 'vitest';
import { contentPackMatchesDefinition, itemTextFromPack } from './content-pack';
import type { ParsedItem, ParsedQuestionnaire } from './parse-questionnaire';
import { parseQuestionnaire } from './parse-questionnaire';
import { instrumentToQuestionnaire } from './questionnaire';
import { instrument } from './testing/fixtures';
import { schemaErrors } from './testing/fhir-schema';

const ecrRs = instrument('ecr-rs');
const sevenPoint = [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, label: String(value) }));

function pack(items: ParsedItem[]): ParsedQuestionnaire {
  return { title: 'ECR-RS content pack', items };
}

const fullPack = pack(
  ecrRs.items.map((item) => ({
    linkId: item.id,
    text: `Licensed ${item.id}`,
    options: sevenPoint,
  })),
);

describe('contentPackMatchesDefinition', () => {
  it('a complete pack fits, and its text becomes the Questionnaire text', () => {
    expect(contentPackMatchesDefinition(ecrRs, fullPack)).toEqual([]);
    const questionnaire = instrumentToQuestionnaire(ecrRs, itemTextFromPack(fullPack));
    expect(questionnaire.item?.[0]?.text).toBe('Licensed mother.1');
    expect(questionnaire.description).toBeUndefined();
    expect(schemaErrors(questionnaire)).toEqual([]);
  });

  it('reports missing and extra items and wrong option values', () => {
    const items = fullPack.items.filter((item) => item.linkId !== 'friend.9');
    const changed = items.map((item) =>
      item.linkId === 'mother.2' ? { ...item, options: sevenPoint.slice(1) } : item,
    );
    const bad = pack([...changed, { linkId: 'friend.10', text: 'extra', options: sevenPoint }]);
    expect(contentPackMatchesDefinition(ecrRs, bad)).toEqual([
      {
        kind: 'option_values',
        linkId: 'mother.2',
        message:
          'mother.2 has option values [2, 3, 4, 5, 6, 7]; ecr-rs expects [1, 2, 3, 4, 5, 6, 7] (1–7)',
      },
      { kind: 'missing_item', linkId: 'friend.9', message: 'friend.9 is missing from the pack' },
      { kind: 'extra_item', linkId: 'friend.10', message: 'friend.10 is not an item of ecr-rs' },
    ]);
  });

  it('a 0-based pack for a 1–7 instrument is refused item by item', () => {
    const zeroBased = [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value, label: String(value) }));
    const shifted = pack(fullPack.items.map((item) => ({ ...item, options: zeroBased })));
    const mismatches = contentPackMatchesDefinition(ecrRs, shifted);
    expect(mismatches).toHaveLength(36);
    expect(mismatches.every((mismatch) => mismatch.kind === 'option_values')).toBe(true);
  });

  it('a PHQ-9 Questionnaire is not a pack for GAD-7', () => {
    const parsed = parseQuestionnaire(instrumentToQuestionnaire(instrument('phq-9')));
    if (!parsed.ok) throw new Error('expected a parsed questionnaire');
    const mismatches = contentPackMatchesDefinition(instrument('gad-7'), parsed.questionnaire);
    expect(mismatches.filter((m) => m.kind === 'missing_item')).toHaveLength(7);
    expect(mismatches.filter((m) => m.kind === 'extra_item')).toHaveLength(9);
  });
});
