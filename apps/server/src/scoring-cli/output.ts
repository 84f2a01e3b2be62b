import type { InstrumentDefinition, ScoreValue } from '@securebase/measures';
import { RESPONSE_ID } from './columns';
import { formatCsv } from './csv';
import type { RowOutcome } from './score-rows';

export type OutputFormat = 'csv' | 'json';

function scoreNames(instrument: InstrumentDefinition): string[] {
  return instrument.scores.map((definition) => definition.name);
}

/** A score as a CSV cell: empty when it cannot be computed (never 0), full precision otherwise. */
function cell(value: ScoreValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** `response_id,status,<scores in catalogue order>` then one line per input row. */
export function formatCsvOutput(
  instrument: InstrumentDefinition,
  outcomes: readonly RowOutcome[],
): string {
  const names = scoreNames(instrument);
  const rows = outcomes.map((outcome) => [
    outcome.responseId,
    outcome.result.status,
    ...names.map((name) => cell(outcome.result.scores[name])),
  ]);
  return formatCsv([[RESPONSE_ID, 'status', ...names], ...rows]);
}

function jsonRow(names: readonly string[], outcome: RowOutcome): Record<string, unknown> {
  const { result } = outcome;
  return {
    [RESPONSE_ID]: outcome.responseId,
    status: result.status,
    ...Object.fromEntries(names.map((name) => [name, result.scores[name] ?? null])),
    missing_items: result.missingItems,
    invalid_items: result.invalidItems.map((invalid) => ({
      item: invalid.itemId,
      value: invalid.value,
      reason: invalid.reason,
    })),
    risk_items: result.riskItems,
  };
}

/** An array with the CSV's fields plus `missing_items`, `invalid_items` and `risk_items`. */
export function formatJsonOutput(
  instrument: InstrumentDefinition,
  outcomes: readonly RowOutcome[],
): string {
  const names = scoreNames(instrument);
  return `${JSON.stringify(
    outcomes.map((outcome) => jsonRow(names, outcome)),
    null,
    2,
  )}\n`;
}
