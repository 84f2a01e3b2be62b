import { score, type InstrumentDefinition, type ScoreResult } from '@securebase/measures';
import type { ColumnMap } from './columns';
import type { CsvRecord } from './csv';
import { UsageError } from './usage-error';

/** One data row and its score. */
export interface RowOutcome {
  /** 1-based data row (the header is not counted). */
  readonly row: number;
  /** The line of the file the row starts on. */
  readonly line: number;
  readonly responseId: string;
  /** The cell text as written, by item id (for messages). */
  readonly cells: ReadonlyMap<string, string>;
  readonly result: ScoreResult;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A cell as an answer: empty (or only spaces) is a missing answer (`null`); a decimal number is
 * that number; anything else is passed on as text, which the engine reports as not a number.
 */
export function cellAnswer(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : text;
}

function cellsOf(record: CsvRecord, columns: ColumnMap): Map<string, string> {
  const cells = new Map<string, string>();
  for (const { column, itemId } of columns.items) cells.set(itemId, record.fields[column] ?? '');
  return cells;
}

function answersOf(cells: ReadonlyMap<string, string>): Map<string, unknown> {
  const answers = new Map<string, unknown>();
  for (const [itemId, text] of cells) answers.set(itemId, cellAnswer(text));
  return answers;
}

/** Scores every data row; a row whose field count differs from the header's is a usage error. */
export function scoreRows(
  instrument: InstrumentDefinition,
  columns: ColumnMap,
  header: CsvRecord,
  rows: readonly CsvRecord[],
): RowOutcome[] {
  return rows.map((record, index) => {
    if (record.fields.length !== header.fields.length) {
      throw new UsageError(
        `line ${record.line} has ${record.fields.length} fields but the header has ${header.fields.length}`,
      );
    }
    const cells = cellsOf(record, columns);
    return {
      row: index + 1,
      line: record.line,
      responseId: record.fields[columns.responseId] ?? '',
      cells,
      result: score(instrument, answersOf(cells)),
    };
  });
}
