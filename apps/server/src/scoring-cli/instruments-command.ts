import { describeInstrument, instruments, type InstrumentDefinition } from '@securebase/measures';
import { headerConvention } from './columns';
import type { ScoringIo } from './io';
import { requireInstrument } from './find-instrument';
import { UsageError } from './usage-error';

export const INSTRUMENTS_USAGE = `Usage: securebase instruments list
       securebase instruments describe <id> [--json]
`;

const LIST_HEADER = ['ID', 'NAME', 'LICENCE', 'ITEM TEXT', 'ITEMS', 'SCORES'];

function listRow(instrument: InstrumentDefinition): string[] {
  return [
    instrument.id,
    instrument.name,
    instrument.licence.status,
    instrument.itemTextShipped ? 'yes' : 'no',
    String(instrument.items.length),
    String(instrument.scores.length),
  ];
}

/** Rows as a plain-text table, columns padded to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  }
  return rows
    .map((row) => row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  '))
    .map((line) => `${line.trimEnd()}\n`)
    .join('');
}

function scoreLines(instrument: InstrumentDefinition): string[] {
  return instrument.scores.map((definition) => {
    const range = 'min' in definition ? ` (${definition.min} to ${definition.max})` : '';
    const missing = definition.kind === 'items' ? `; missing data: ${definition.missing.note}` : '';
    return `  ${definition.name}: ${definition.label}${range}${missing}`;
  });
}

/** A readable summary: what it is, where it comes from, what we may do with it, how to score it. */
export function summary(instrument: InstrumentDefinition): string {
  const lines = [
    `${instrument.name} — ${instrument.id} (definition ${instrument.version})`,
    '',
    `Citation: ${instrument.citation}${instrument.doi === undefined ? '' : ` doi:${instrument.doi}`}`,
    `Licence: ${instrument.licence.status} — ${instrument.licence.note}`,
    `Item text shipped: ${instrument.itemTextShipped ? 'yes' : 'no'}`,
    `Items: ${instrument.items.length} — ${instrument.itemIds}`,
    `Answers: ${instrument.responseScale}`,
    `CSV columns for \`securebase score\`: ${headerConvention(instrument)}`,
    'Scores (output columns, in this order):',
    ...scoreLines(instrument),
    '',
    `Interpretation: ${instrument.interpretation}`,
  ];
  if (instrument.unconfirmed.length > 0) {
    lines.push('', 'Not confirmed against a primary source:');
    lines.push(...instrument.unconfirmed.map((fact) => `  - ${fact}`));
  }
  return `${lines.join('\n')}\n`;
}

function describe(args: readonly string[], io: ScoringIo): number {
  const json = args.includes('--json');
  const rest = args.filter((arg) => arg !== '--json');
  const [id, ...extra] = rest;
  if (id === undefined || extra.length > 0 || id.startsWith('-')) {
    io.stderr(`securebase instruments: describe takes one instrument id\n${INSTRUMENTS_USAGE}`);
    return 2;
  }
  const instrument = requireInstrument(id);
  io.stdout(json ? `${JSON.stringify(describeInstrument(id), null, 2)}\n` : summary(instrument));
  return 0;
}

/** `securebase instruments list` and `securebase instruments describe <id> [--json]`. */
export async function instrumentsCommand(args: string[], io: ScoringIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === 'list' && rest.length === 0) {
    io.stdout(table([LIST_HEADER, ...instruments.map(listRow)]));
    return 0;
  }
  if (subcommand === 'describe') {
    try {
      return describe(rest, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`securebase instruments: ${error.message}\n`);
      return 2;
    }
  }
  io.stderr(`securebase instruments: unknown or missing subcommand\n${INSTRUMENTS_USAGE}`);
  return 2;
}
