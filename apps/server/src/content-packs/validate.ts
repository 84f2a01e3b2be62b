import type { SecureBasePack } from '@securebase/contracts';
import type { InstrumentDefinition } from '@securebase/measures';

export interface PackProblem {
  path: string;
  message: string;
}

/** The values every item of the definition accepts, when they share one scale; else null. */
function sharedScale(definition: InstrumentDefinition): number[] | null {
  const first = definition.items[0];
  if (!first) return null;
  const same = definition.items.every((i) => i.min === first.min && i.max === first.max);
  if (!same) return null;
  return Array.from({ length: first.max - first.min + 1 }, (_, k) => first.min + k);
}

/**
 * Checks a pack against the instrument's definition: the same item ids, each once, with text,
 * and option labels for exactly the values the items accept.
 */
export function checkPack(definition: InstrumentDefinition, pack: SecureBasePack): PackProblem[] {
  const problems: PackProblem[] = [];
  if (pack.instrumentId !== definition.id) {
    problems.push({
      path: 'instrumentId',
      message: `is ${pack.instrumentId}, expected ${definition.id}`,
    });
  }
  const expected = new Set(definition.items.map((i) => i.id));
  const seen = new Set<string>();
  pack.items.forEach((item, index) => {
    if (!expected.has(item.id))
      problems.push({
        path: `items[${String(index)}].id`,
        message: `${item.id} is not an item of ${definition.id}`,
      });
    else if (seen.has(item.id))
      problems.push({ path: `items[${String(index)}].id`, message: `${item.id} appears twice` });
    seen.add(item.id);
  });
  for (const id of expected) {
    if (!seen.has(id)) problems.push({ path: 'items', message: `${id} is missing` });
  }
  if (pack.options) {
    const scale = sharedScale(definition);
    const values = pack.options.map((o) => o.value).sort((a, b) => a - b);
    if (!scale || values.join(',') !== scale.join(',')) {
      problems.push({
        path: 'options',
        message: `option values ${values.join(', ')} do not match the item values ${scale?.join(', ') ?? '(items differ)'}`,
      });
    }
  }
  return problems;
}
