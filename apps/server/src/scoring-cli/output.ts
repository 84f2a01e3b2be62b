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

function hasRiskItems(instrument: InstrumentDefinition): boolean {
  return instrument.items.some((item) => item.risk !== undefined);
}

/**
 * The risk flag (PHQ-9 item 9, CORE-10 item 6): `yes` when a risk item is positive, `no` when
 * every risk item was answered and none is, empty when a risk item has no usable answer.
 */
function riskCell(instrument: InstrumentDefinition, outcome: RowOutcome): string {
  const { result } = outcome;
  if (result.riskItems.length > 0) return 'yes';
  const unusable = new Set([
    ...result.missingItems,
    ...result.invalidItems.map((invalid) => invalid.itemId),
  ]);
  const riskIds = instrument.items.filter((item) => item.risk).map((item) => item.id);
  return riskIds.some((id) => unusable.has(id)) ? '' : 'no';
}

/**
 * `response_id,status,<scores in catalogue order>` then one line per input row; instruments
 * with risk items end with a `risk` column.
 */
export function formatCsvOutput(
  instrument: InstrumentDefinition,
  outcomes: readonly RowOutcome[],
): string {
  const names = scoreNames(instrument);
  const risk = hasRiskItems(instrument);
  const rows = outcomes.map((outcome) => [
    outcome.responseId,
    outcome.result.status,
    ...names.map((name) => cell(outcome.result.scores[name])),
    ...(risk ? [riskCell(instrument, outcome)] : []),
  ]);
  return formatCsv([[RESPONSE_ID, 'status', ...names, ...(risk ? ['risk'] : [])], ...rows]);
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
