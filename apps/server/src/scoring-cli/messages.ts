import type { InstrumentDefinition, InvalidItem, ItemDefinition } from '@securebase/measures';
import type { RowOutcome } from './score-rows';

function where(outcome: RowOutcome): string {
  return `row ${outcome.row} (line ${outcome.line})`;
}

function shown(outcome: RowOutcome, invalid: InvalidItem): string {
  const text = outcome.cells.get(invalid.itemId)?.trim() ?? String(invalid.value);
  return invalid.reason === 'not_a_number' ? JSON.stringify(text) : text;
}

function problem(invalid: InvalidItem, item: ItemDefinition | undefined): string {
  switch (invalid.reason) {
    case 'not_a_number':
      return 'is not a number';
    case 'not_an_integer':
      return 'is not a whole number';
    case 'below_minimum':
      return `is below the minimum ${item?.min ?? '?'}`;
    case 'above_maximum':
      return `is above the maximum ${item?.max ?? '?'}`;
    case 'unknown_item':
      return 'is for an item this instrument does not have';
    case 'not_an_option':
      return 'is not one of the listed answer values';
  }
}

function invalidLines(instrument: InstrumentDefinition, outcome: RowOutcome): string[] {
  return outcome.result.invalidItems.map((invalid) => {
    const item = instrument.items.find((candidate) => candidate.id === invalid.itemId);
    const value = shown(outcome, invalid);
    return `${where(outcome)}: item ${invalid.itemId} value ${value} ${problem(invalid, item)}`;
  });
}

function incompleteLine(outcome: RowOutcome): string {
  const { result } = outcome;
  const notComputed = Object.entries(result.scores)
    .filter(([, value]) => value === null)
    .map(([name]) => name);
  const parts = [`missing ${result.missingItems.join(', ')}`];
  if (notComputed.length > 0) parts.push(`not computed: ${notComputed.join(', ')}`);
  if (result.prorated.length > 0) parts.push(`prorated: ${result.prorated.join(', ')}`);
  return `${where(outcome)}: incomplete, ${parts.join('; ')}`;
}

function riskLines(instrument: InstrumentDefinition, outcome: RowOutcome): string[] {
  return outcome.result.riskItems.map((itemId) => {
    const item = instrument.items.find((candidate) => candidate.id === itemId);
    const value = outcome.cells.get(itemId)?.trim() ?? '';
    const label = item?.risk?.label ?? 'positive risk item';
    return `${where(outcome)}: risk item ${itemId} answered ${value}: ${label}`;
  });
}

/** The stderr lines for one row: each invalid value, what is missing, and any risk item. */
export function rowMessages(instrument: InstrumentDefinition, outcome: RowOutcome): string[] {
  const lines =
    outcome.result.status === 'invalid'
      ? invalidLines(instrument, outcome)
      : outcome.result.status === 'incomplete'
        ? [incompleteLine(outcome)]
        : [];
  return [...lines, ...riskLines(instrument, outcome)];
}

/** A one-line count of the statuses, for the end of stderr. */
export function summaryLine(instrument: InstrumentDefinition, outcomes: readonly RowOutcome[]) {
  const count = (status: string) =>
    outcomes.filter((outcome) => outcome.result.status === status).length;
  return `${instrument.id}: scored ${outcomes.length} row(s): ${count('complete')} complete, ${count('incomplete')} incomplete, ${count('invalid')} invalid`;
}
