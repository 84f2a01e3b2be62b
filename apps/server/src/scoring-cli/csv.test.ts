import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, formatCsv, parseCsv } from './csv';

function fieldsOf(text: string): (readonly string[])[] {
  return parseCsv(text).map((record) => record.fields);
}

describe('parseCsv', () => {
  it('reads plain records and ignores the final line break', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fieldsOf('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fieldsOf('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'id,note\n"Smith, J.","she said ""no""\r\nthen left"\n';
    expect(fieldsOf(text)).toEqual([
      ['id', 'note'],
      ['Smith, J.', 'she said "no"\r\nthen left'],
    ]);
  });

  it('numbers each record by the line it starts on, counting embedded line breaks', () => {
    const records = parseCsv('h\n"a\nb\nc"\n\nz\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 6]);
  });

  it('accepts CRLF, LF and lone CR line endings and strips a byte-order mark', () => {
    expect(fieldsOf('\uFEFFa,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a\r1\r\n2\n3')).toEqual([['a'], ['1'], ['2'], ['3']]);
  });

  it('skips blank lines but keeps a record that is one quoted empty field', () => {
    expect(fieldsOf('a\n\n\r\nb\n""\n')).toEqual([['a'], ['b'], ['']]);
  });

  it('reads an empty file as no records', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it.each([
    ['a,b\n"open\n', 2, 'a quoted field is never closed'],
    ['a,b\n1,x"y\n', 2, 'a quote inside an unquoted field'],
    ['a\n\n"x"y\n', 3, 'unexpected "y" after a closing quote'],
  ])('rejects %j at line %i', (text, line, message) => {
    expect(() => parseCsv(text)).toThrow(CsvError);
    expect(() => parseCsv(text)).toThrow(`line ${line}: ${message}`);
  });
});

describe('formatCsv', () => {
  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(formatCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '']])).toBe(
      'a,"b,c","say ""hi""","two\nlines",\r\n',
    );
  });

  it('writes a lone empty field as "" so it does not read back as a blank line', () => {
    expect(formatCsv([['x'], ['']])).toBe('x\r\n""\r\n');
  });

  it('round-trips any table through parseCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\r', '\n', ' ', 'é') });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width })));
    fc.assert(
      fc.property(table, (rows) => {
        expect(fieldsOf(formatCsv(rows))).toEqual(rows);
      }),
    );
  });
});
