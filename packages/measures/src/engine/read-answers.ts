import type {
  Answers,
  InstrumentDefinition,
  InvalidItem,
  InvalidReason,
  ItemDefinition,
} from '../types';

export interface ReadAnswers {
  /** Valid answers by item id. */
  readonly values: ReadonlyMap<string, number>;
  /** Items with no answer, in the published order. */
  readonly missingItems: readonly string[];
  /** Each unknown id or unusable value, in the order given. */
  readonly invalidItems: readonly InvalidItem[];
}

function isMap(answers: Answers): answers is ReadonlyMap<string, unknown> {
  return answers instanceof Map;
}

function entriesOf(answers: Answers): [string, unknown][] {
  return isMap(answers) ? [...answers.entries()] : Object.entries(answers);
}

/** Why a value cannot be used for this item, or `undefined` when it can. */
export function invalidReason(item: ItemDefinition, value: unknown): InvalidReason | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'not_a_number';
  if (!Number.isInteger(value)) return 'not_an_integer';
  if (value < item.min) return 'below_minimum';
  if (value > item.max) return 'above_maximum';
  if (item.onlyListedValues && !item.options?.some((option) => option.value === value)) {
    return 'not_an_option';
  }
  return undefined;
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}

/** Matches answers to items by id and sorts them into valid, missing and invalid. */
export function readAnswers(instrument: InstrumentDefinition, answers: Answers): ReadAnswers {
  const itemsById = new Map(instrument.items.map((item) => [item.id, item]));
  const values = new Map<string, number>();
  const invalidItems: InvalidItem[] = [];
  for (const [itemId, value] of entriesOf(answers)) {
    const item = itemsById.get(itemId);
    if (item === undefined) {
      invalidItems.push({ itemId, value, reason: 'unknown_item' });
      continue;
    }
    if (isMissing(value)) continue;
    const reason = invalidReason(item, value);
    if (reason === undefined) values.set(itemId, value as number);
    else invalidItems.push({ itemId, value, reason });
  }
  const invalidIds = new Set(invalidItems.map((invalid) => invalid.itemId));
  const missingItems = instrument.items
    .map((item) => item.id)
    .filter((id) => !values.has(id) && !invalidIds.has(id));
  return { values, missingItems, invalidItems };
}
