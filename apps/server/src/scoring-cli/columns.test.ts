import { instruments } from '@securebase/measures';
import { describe, expect, it } from 'vitest';
import { headerConvention, mapColumns, shortHeader } from './columns';
import { scoreCommand } from './score-command';
import { csvFile, lines, recordingIo } from './test-io';

const ECR_RS_TARGETS = ['mother', 'father', 'partner', 'friend'];

describe('CSV header conventions', () => {
  it('names numbered items by their position on the form', () => {
    for (const instrument of instruments.filter((i) => !['rq', 'ecr-rs'].includes(i.id))) {
      const headers = instrument.items.map((item) => shortHeader(instrument, item));
      const positions = instrument.items.map((item) => String(item.position));
      expect(headers, instrument.id).toEqual(positions);
    }
  });

  it('names RQ paragraphs by their letters and ECR-RS items by relationship and number', () => {
    const rq = instruments.find((i) => i.id === 'rq');
    const ecrRs = instruments.find((i) => i.id === 'ecr-rs');
    expect(rq?.items.map((item) => shortHeader(rq, item))).toEqual(['a', 'b', 'c', 'd']);
    const expected = ECR_RS_TARGETS.flatMap((t) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${t}.${n}`),
    );
    expect(ecrRs?.items.map((item) => shortHeader(ecrRs, item))).toEqual(expected);
    expect(ecrRs && headerConvention(ecrRs)).toBe(
      'response_id, then one column per item: mother.1 … friend.9',
    );
  });

  it('maps headers in any order and case and lists items with no column', () => {
    const gad7 = instruments.find((i) => i.id === 'gad-7');
    if (gad7 === undefined) throw new Error('gad-7 missing');
    const map = mapColumns(gad7, ['7', ' GAD-7.1 ', 'Response_ID', '2']);
    expect(map.responseId).toBe(2);
    expect(map.items).toEqual([
      { column: 0, itemId: 'gad-7.7' },
      { column: 1, itemId: 'gad-7.1' },
      { column: 3, itemId: 'gad-7.2' },
    ]);
    expect(map.absentItems).toEqual(['gad-7.3', 'gad-7.4', 'gad-7.5', 'gad-7.6']);
  });

  it.each(instruments.map((instrument) => [instrument.id, instrument] as const))(
    '%s: a file with short headers and one with full ids both score a minimum row as complete',
    async (_, instrument) => {
      const minimum = instrument.items.map((item) => item.min).join();
      for (const names of [
        instrument.items.map((item) => shortHeader(instrument, item)),
        instrument.items.map((item) => item.id),
      ]) {
        const io = recordingIo();
        const path = csvFile(lines(['response_id', ...names].join(), `m,${minimum}`));
        const code = await scoreCommand(['--instrument', instrument.id, '--input', path], io);
        expect(code).toBe(0);
        expect(io.out().split('\r\n')[1]).toMatch(/^m,complete,/);
      }
    },
  );
});
