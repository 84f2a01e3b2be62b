/**
 * A small RFC 4180 CSV reader and writer: quoted fields with embedded commas, quotes ("") and
 * line breaks; CRLF, LF or CR line endings; a leading byte-order mark. Anything the RFC does not
 * allow (a quote inside an unquoted field, text after a closing quote, an unclosed quote) is an
 * error naming the line, never a silent guess.
 */

/** One record with the (1-based) line of the file it starts on. */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

interface Cursor {
  readonly text: string;
  pos: number;
  line: number;
}

const LINE_BREAK = /\r\n?|\n/g;

function lineBreaksIn(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

function readQuoted(cursor: Cursor): string {
  const startLine = cursor.line;
  let value = '';
  cursor.pos += 1;
  for (;;) {
    const close = cursor.text.indexOf('"', cursor.pos);
    if (close === -1) throw new CsvError('a quoted field is never closed', startLine);
    const chunk = cursor.text.slice(cursor.pos, close);
    value += chunk;
    cursor.line += lineBreaksIn(chunk);
    if (cursor.text[close + 1] !== '"') {
      cursor.pos = close + 1;
      return value;
    }
    value += '"';
    cursor.pos = close + 2;
  }
}

function readUnquoted(cursor: Cursor): string {
  const start = cursor.pos;
  while (cursor.pos < cursor.text.length) {
    const char = cursor.text[cursor.pos];
    if (char === ',' || char === '\r' || char === '\n') break;
    if (char === '"') {
      throw new CsvError('a quote inside an unquoted field (quote the whole field)', cursor.line);
    }
    cursor.pos += 1;
  }
  return cursor.text.slice(start, cursor.pos);
}

/** Consumes the separator after a field; true when it ended the record. */
function endOfField(cursor: Cursor): boolean {
  const char = cursor.text[cursor.pos];
  if (char === undefined) return true;
  if (char === ',') {
    cursor.pos += 1;
    return false;
  }
  if (char === '\r' || char === '\n') {
    cursor.pos += char === '\r' && cursor.text[cursor.pos + 1] === '\n' ? 2 : 1;
    cursor.line += 1;
    return true;
  }
  throw new CsvError(`unexpected ${JSON.stringify(char)} after a closing quote`, cursor.line);
}

function readRecord(cursor: Cursor): { fields: string[]; blank: boolean } {
  const fields: string[] = [];
  let quotedAny = false;
  for (;;) {
    const quoted = cursor.text[cursor.pos] === '"';
    quotedAny ||= quoted;
    fields.push(quoted ? readQuoted(cursor) : readUnquoted(cursor));
    if (endOfField(cursor)) break;
  }
  return { fields, blank: !quotedAny && fields.length === 1 && fields[0] === '' };
}

/** Parses CSV text into records; blank lines are skipped (but still counted for line numbers). */
export function parseCsv(text: string): CsvRecord[] {
  const cursor: Cursor = { text: text.replace(/^\uFEFF/, ''), pos: 0, line: 1 };
  const records: CsvRecord[] = [];
  while (cursor.pos < cursor.text.length) {
    const line = cursor.line;
    const { fields, blank } = readRecord(cursor);
    if (!blank) records.push({ fields, line });
  }
  return records;
}

function formatField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Formats rows as RFC 4180 CSV: fields quoted only when needed, every record ended by CRLF. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => {
      // A lone empty field is written as "" so the record does not read back as a blank line.
      const line = row.length === 1 && row[0] === '' ? '""' : row.map(formatField).join(',');
      return `${line}\r\n`;
    })
    .join('');
}
