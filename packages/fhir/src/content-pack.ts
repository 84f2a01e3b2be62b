/** Checking an imported Questionnaire against a catalogue definition before it is installed. */
import type { InstrumentDefinition } from '@securebase/measures';
import type { ParsedQuestionnaire } from './parse-questionnaire';
import type { ItemText } from './questionnaire';
import { optionValues } from './questionnaire';

export type MismatchKind = 'missing_item' | 'extra_item' | 'option_values';

export interface ContentPackMismatch {
  readonly kind: MismatchKind;
  readonly linkId: string;
  readonly message: string;
}

function sortedValues(values: readonly number[]): number[] {
  return [...values].sort((left, right) => left - right);
}

function sameValues(left: readonly number[], right: readonly number[]): boolean {
  const a = sortedValues(left);
  const b = sortedValues(right);
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Every difference between the pack and the definition; an empty list means it fits. */
export function contentPackMatchesDefinition(
  definition: InstrumentDefinition,
  parsed: ParsedQuestionnaire,
): ContentPackMismatch[] {
  const packItems = new Map(parsed.items.map((item) => [item.linkId, item]));
  const known = new Set(definition.items.map((item) => item.id));
  const mismatches: ContentPackMismatch[] = [];
  for (const item of definition.items) {
    const packItem = packItems.get(item.id);
    if (packItem === undefined) {
      mismatches.push({
        kind: 'missing_item',
        linkId: item.id,
        message: `${item.id} is missing from the pack`,
      });
      continue;
    }
    const expected = optionValues(item).map((option) => option.value);
    const given = packItem.options.map((option) => option.value);
    if (!sameValues(expected, given)) {
      mismatches.push({
        kind: 'option_values',
        linkId: item.id,
        message: `${item.id} has option values [${sortedValues(given).join(', ')}]; ${definition.id} expects [${expected.join(', ')}] (${item.min}–${item.max})`,
      });
    }
  }
  for (const item of parsed.items) {
    if (!known.has(item.linkId)) {
      mismatches.push({
        kind: 'extra_item',
        linkId: item.linkId,
        message: `${item.linkId} is not an item of ${definition.id}`,
      });
    }
  }
  return mismatches;
}

/** The pack's item text, keyed by item id, for `instrumentToQuestionnaire`. */
export function itemTextFromPack(parsed: ParsedQuestionnaire): ItemText {
  return Object.fromEntries(parsed.items.map((item) => [item.linkId, item.text]));
}
