import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { scoreCommand } from './score-command';
import { csvFile, lines, recordingIo } from './test-io';

const PHQ_HEADER = 'response_id,1,2,3,4,5,6,7,8,9';
const ROW = 'r,0,0,0,0,0,0,0,0,0';

async function run(args: string[]) {
  const io = recordingIo();
  const code = await scoreCommand(args, io);
  return { code, io };
}

async function runFile(text: string, instrument = 'phq-9') {
  return run(['--instrument', instrument, '--input', csvFile(text)]);
}

describe('securebase score usage errors (exit 2, naming the problem)', () => {
  it('rejects an unknown instrument, listing the known ones', async () => {
    const { code, io } = await runFile(lines(PHQ_HEADER, ROW), 'phq-10');
    expect(code).toBe(2);
    expect(io.err()).toContain('unknown instrument "phq-10" (known: ecr-r, ecr-rs, rq,');
    expect(io.out()).toBe('');
  });

  it('rejects a missing --instrument or --input, an unknown option and an unknown format', async () => {
    const path = csvFile(lines(PHQ_HEADER, ROW));
    const cases: [string[], string][] = [
      [['--input', path], '--instrument <id> is required'],
      [['--instrument', 'phq-9'], '--input <answers.csv> is required'],
      [['--instrument', 'phq-9', '--input', path, '--fast'], "Unknown option '--fast'"],
      [['--instrument', 'phq-9', '--input', path, '--format', 'xlsx'], 'unknown format "xlsx"'],
      [['--instrument', 'phq-9', path], 'Unexpected argument'],
    ];
    for (const [args, message] of cases) {
      const { code, io } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(io.err(), args.join(' ')).toContain(message);
    }
  });

  it('rejects an unreadable file', async () => {
    const missing = join(tmpdir(), 'securebase-no-such-dir', 'answers.csv');
    const { code, io } = await run(['--instrument', 'phq-9', '--input', missing]);
    expect(code).toBe(2);
    expect(io.err()).toContain(`cannot read ${missing}: ENOENT`);
  });

  it('rejects an empty file and malformed CSV, naming the line', async () => {
    expect((await runFile('')).io.err()).toContain('is empty (no header row)');
    const unclosed = await runFile(lines(PHQ_HEADER, ROW, 'r2,"0,0,0,0,0,0,0,0,0'));
    expect(unclosed.code).toBe(2);
    expect(unclosed.io.err()).toContain('is not valid CSV: line 3: a quoted field is never closed');
  });

  it('rejects a row with a different number of fields from the header', async () => {
    const { code, io } = await runFile(lines(PHQ_HEADER, ROW, 'r2,0,0,0'));
    expect(code).toBe(2);
    expect(io.err()).toContain('line 3 has 4 fields but the header has 10');
    expect(io.out()).toBe('');
  });

  it('rejects a header without response_id', async () => {
    const { code, io } = await runFile(lines('id,1,2,3,4,5,6,7,8,9', ROW));
    expect(code).toBe(2);
    expect(io.err()).toContain('no response_id column in the header');
    expect(io.err()).toContain('unknown column "id" (column 1)');
    expect(io.err()).toContain('phq-9 expects response_id, then one column per item: 1 … 9');
  });

  it('rejects an unknown column by name', async () => {
    const { code, io } = await runFile(lines(`${PHQ_HEADER},q10`, `${ROW},1`));
    expect(code).toBe(2);
    expect(io.err()).toContain('unknown column "q10" (column 11)');
  });

  it('rejects two columns for the same item, whichever names they use', async () => {
    const { code, io } = await runFile(lines(`${PHQ_HEADER},phq-9.1`, `${ROW},1`));
    expect(code).toBe(2);
    expect(io.err()).toContain(
      'duplicate column for phq-9.1: "1" (column 2) and "phq-9.1" (column 11)',
    );
    const twice = await runFile(lines(`${PHQ_HEADER},response_id`, `${ROW},r`));
    expect(twice.io.err()).toContain('duplicate column for response_id');
  });

  it('does not accept ECR-RS items by bare number, which would be ambiguous', async () => {
    const { code, io } = await runFile(lines('response_id,1', 'r,1'), 'ecr-rs');
    expect(code).toBe(2);
    expect(io.err()).toContain('unknown column "1" (column 2)');
    expect(io.err()).toContain(
      'ecr-rs expects response_id, then one column per item: mother.1 … friend.9',
    );
  });

  it('prints its usage for --help', async () => {
    const { code, io } = await run(['--help']);
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^Usage: securebase score --instrument <id> --input <answers.csv>/);
  });
});
