import { parseArgs } from 'node:util';
import type { InstrumentDefinition } from '@securebase/measures';
import { mapColumns } from './columns';
import { requireInstrument } from './find-instrument';
import { CsvError, parseCsv, type CsvRecord } from './csv';
import type { ScoringIo } from './io';
import { rowMessages, summaryLine } from './messages';
import { formatCsvOutput, formatJsonOutput, type OutputFormat } from './output';
import { scoreRows } from './score-rows';
import { UsageError } from './usage-error';

export const SCORE_USAGE = `Usage: securebase score --instrument <id> --input <answers.csv> [--format csv|json]

  The file has a response_id column, then one column per item, named by its number on the
  form (1, 2, …; the RQ's letters a–d; ECR-RS mother.1 … friend.9) or by its full item id.
  An empty cell is a missing answer. Scores go to stdout (PHQ-9 and CORE-10 end with a risk
  column: yes, no, or empty when the risk item has no usable answer); problems, by row, to stderr.
  See \`securebase instruments describe <id>\` for each instrument's columns.
  Exit codes: 0 all rows scored or incomplete, 1 some row invalid, 2 usage error.
`;

interface ScoreOptions {
  readonly instrument: InstrumentDefinition;
  readonly input: string;
  readonly format: OutputFormat;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        instrument: { type: 'string' },
        input: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function toOptions(values: ReturnType<typeof parseOptions>): ScoreOptions {
  const instrument = requireInstrument(values.instrument);
  if (values.input === undefined) throw new UsageError('--input <answers.csv> is required');
  if (values.format !== 'csv' && values.format !== 'json') {
    throw new UsageError(`unknown format "${values.format}" (use csv or json)`);
  }
  return { instrument, input: values.input, format: values.format };
}

async function readRecords(io: ScoringIo, path: string): Promise<CsvRecord[]> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      throw new UsageError(`${path} is not valid CSV: ${error.message}`);
    throw error;
  }
}

async function run(options: ScoreOptions, io: ScoringIo): Promise<number> {
  const { instrument } = options;
  const [header, ...rows] = await readRecords(io, options.input);
  if (header === undefined) throw new UsageError(`${options.input} is empty (no header row)`);
  const columns = mapColumns(instrument, header.fields);
  const outcomes = scoreRows(instrument, columns, header, rows);
  if (columns.absentItems.length > 0 && rows.length > 0) {
    io.stderr(`note: no column for ${columns.absentItems.join(', ')}; every row is missing it\n`);
  }
  const messages = outcomes.flatMap((outcome) => rowMessages(instrument, outcome));
  io.stdout(
    options.format === 'json'
      ? formatJsonOutput(instrument, outcomes)
      : formatCsvOutput(instrument, outcomes),
  );
  io.stderr([...messages, summaryLine(instrument, outcomes)].map((line) => `${line}\n`).join(''));
  return outcomes.some((outcome) => outcome.result.status === 'invalid') ? 1 : 0;
}

/**
 * `securebase score --instrument <id> --input <file> [--format csv|json]`. Returns the exit
 * code: 0 when every row is complete or incomplete, 1 when any row is invalid, 2 for a usage
 * error (unknown instrument or option, unreadable or malformed file, bad header).
 */
export async function scoreCommand(args: string[], io: ScoringIo): Promise<number> {
  try {
    const values = parseOptions(args);
    if (values.help === true) {
      io.stdout(SCORE_USAGE);
      return 0;
    }
    return await run(toOptions(values), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`securebase score: ${error.message}\nRun \`securebase score --help\` for usage.\n`);
    return 2;
  }
}
