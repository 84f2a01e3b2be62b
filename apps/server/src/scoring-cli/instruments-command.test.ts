import { instruments } from '@securebase/measures';
import { describe, expect, it } from 'vitest';
import { instrumentsCommand } from './instruments-command';
import { recordingIo } from './test-io';

async function run(...args: string[]) {
  const io = recordingIo();
  const code = await instrumentsCommand(args, io);
  return { code, io };
}

describe('securebase instruments', () => {
  it('lists all 14 instruments with licence, item text, items and scores', async () => {
    const { code, io } = await run('list');
    expect(code).toBe(0);
    const rows = io.out().trimEnd().split('\n');
    expect(rows[0]).toMatch(/^ID\s+NAME\s+LICENCE\s+ITEM TEXT\s+ITEMS\s+SCORES$/);
    const ids = rows.slice(1).map((row) => row.split(/\s+/)[0]);
    expect(ids).toEqual(instruments.map((instrument) => instrument.id));
    expect(ids).toHaveLength(14);
    expect(rows.find((row) => row.startsWith('phq-9 '))).toMatch(/public_domain\s+yes\s+9\s+1$/);
    expect(rows.find((row) => row.startsWith('ecr-rs '))).toMatch(
      /author_distributed\s+no\s+36\s+10$/,
    );
  });

  it('describes an instrument as JSON from the catalogue', async () => {
    const { code, io } = await run('describe', 'ecr-r', '--json');
    expect(code).toBe(0);
    const description = JSON.parse(io.out()) as Record<string, unknown>;
    expect(description).toMatchObject({
      id: 'ecr-r',
      itemTextShipped: false,
      itemCount: 36,
      scoreNames: ['anxiety', 'avoidance'],
    });
    expect(io.out()).toContain('\n  "id": "ecr-r",');
  });

  it('describes an instrument readably, with its citation, licence and CSV columns', async () => {
    const { code, io } = await run('describe', 'phq-9');
    expect(code).toBe(0);
    expect(io.out()).toContain('Citation: Kroenke');
    expect(io.out()).toContain('Licence: public_domain');
    expect(io.out()).toContain(
      'CSV columns for `securebase score`: response_id, then one column per item: 1 … 9 (or the item ids phq-9.1 … phq-9.9)',
    );
    expect(io.out()).toContain('  total: ');
  });

  it('exits 2 for an unknown instrument or subcommand', async () => {
    const unknown = await run('describe', 'ecr');
    expect(unknown.code).toBe(2);
    expect(unknown.io.err()).toContain('unknown instrument "ecr"');
    for (const args of [[], ['remove'], ['describe'], ['describe', 'rq', 'gad-7'], ['list', 'x']]) {
      expect((await run(...args)).code, args.join(' ')).toBe(2);
    }
  });
});
