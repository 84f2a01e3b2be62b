import { describe, expect, it } from 'vitest';
import { scoreCommand } from './score-command';
import { csvFile, lines, recordingIo } from './test-io';

const PHQ_HEADER = 'response_id,1,2,3,4,5,6,7,8,9';

async function score(instrument: string, text: string, ...extra: string[]) {
  const io = recordingIo();
  const path = csvFile(text);
  const code = await scoreCommand(['--instrument', instrument, '--input', path, ...extra], io);
  return { code, io };
}

describe('securebase score: PHQ-9', () => {
  const file = lines(
    PHQ_HEADER,
    'p1,0,1,2,3,0,1,2,3,0',
    'p2,1,1,,1,1,1,1,1,0',
    'p3,0,0,0,0,0,0,0,0,5',
    'p4,0,x,0,0,0,0,0,0,0',
  );

  it('scores complete rows, keeps every row, and gives no score it cannot compute', async () => {
    const { code, io } = await score('phq-9', file);
    // Hand sum of p1: 0+1+2+3+0+1+2+3+0 = 12.
    expect(io.out()).toBe(
      // risk: item 9 answered 0 → no; p3's item 9 is invalid → empty.
      'response_id,status,total,risk\r\np1,complete,12,no\r\np2,incomplete,,no\r\np3,invalid,,\r\np4,invalid,,no\r\n',
    );
    expect(code).toBe(1);
  });

  it('reports each bad row on stderr by row, line and item', async () => {
    const { io } = await score('phq-9', file);
    expect(io.errLines()).toEqual([
      'row 2 (line 3): incomplete, missing phq-9.3; not computed: total',
      'row 3 (line 4): item phq-9.9 value 5 is above the maximum 3',
      'row 4 (line 5): item phq-9.2 value "x" is not a number',
      'phq-9: scored 4 row(s): 1 complete, 1 incomplete, 2 invalid',
    ]);
  });

  it('exits 0 when rows are only complete or incomplete', async () => {
    const { code, io } = await score(
      'phq-9',
      lines(PHQ_HEADER, 'a,3,3,3,3,3,3,3,3,0', 'b,,,,,,,,,'),
    );
    expect(io.out()).toBe(
      'response_id,status,total,risk\r\na,complete,24,no\r\nb,incomplete,,\r\n',
    );
    expect(code).toBe(0);
  });

  it('names values below the minimum and not whole numbers', async () => {
    const { io } = await score('phq-9', lines(PHQ_HEADER, 'a,-1,0,0,0,0,0,0,2.5,0'));
    expect(io.errLines().slice(0, 2)).toEqual([
      'row 1 (line 2): item phq-9.1 value -1 is below the minimum 0',
      'row 1 (line 2): item phq-9.8 value 2.5 is not a whole number',
    ]);
  });

  it('reports a positive risk item whatever the status', async () => {
    const { code, io } = await score('phq-9', lines(PHQ_HEADER, 'a,0,0,0,0,0,0,0,0,2'));
    expect(io.out()).toContain('a,complete,2,yes\r\n');
    expect(io.errLines()[0]).toMatch(/^row 1 \(line 2\): risk item phq-9\.9 answered 2: /);
    expect(code).toBe(0);
  });

  it('accepts full item ids as headers, in any order, and spaces around cells', async () => {
    const header =
      'phq-9.9,phq-9.8,phq-9.7,phq-9.6,phq-9.5,phq-9.4,phq-9.3,phq-9.2,phq-9.1,response_id';
    const { io } = await score('phq-9', lines(header, '0,1,1,1,1,1,1, 1 ,3,r'));
    expect(io.out()).toBe('response_id,status,total,risk\r\nr,complete,10,no\r\n');
  });
});

describe('securebase score: ECR-RS', () => {
  const targets = ['mother', 'father', 'partner', 'friend'];
  const header = [
    'response_id',
    ...targets.flatMap((t) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${t}.${n}`)),
  ];

  it('reads mother.1 … friend.9 and prints the scores in catalogue order', async () => {
    const mother = [1, 2, 3, 4, 5, 6, 7, 1, 4];
    const others = Array.from({ length: 27 }, () => 4);
    const { code, io } = await score(
      'ecr-rs',
      lines(header.join(), ['e1', ...mother, ...others].join()),
    );
    // mother avoidance: items 1–4 reversed (8 − x) = 7,6,5,4; with 5,6: 33 / 6 = 5.5.
    // mother anxiety: (7 + 1 + 4) / 3 = 4. Every other relationship: 4 and 4.
    // global avoidance = (5.5 + 4 + 4 + 4) / 4 = 4.375; global anxiety = 4.
    expect(io.out()).toBe(
      'response_id,status,mother.anxiety,mother.avoidance,father.anxiety,father.avoidance,' +
        'partner.anxiety,partner.avoidance,friend.anxiety,friend.avoidance,global.anxiety,global.avoidance\r\n' +
        'e1,complete,4,5.5,4,4,4,4,4,4,4,4.375\r\n',
    );
    expect(code).toBe(0);
  });

  it('gives the scores it can when one relationship is incomplete, never 0 for the rest', async () => {
    const row = ['e2', ...Array.from({ length: 36 }, (_, i) => (i === 20 ? '' : '4'))];
    const { io } = await score('ecr-rs', lines(header.join(), row.join()));
    expect(io.out()).toContain('\r\ne2,incomplete,4,4,4,4,4,,4,4,4,\r\n');
    expect(io.errLines()[0]).toBe(
      'row 1 (line 2): incomplete, missing partner.3; not computed: partner.avoidance, global.avoidance',
    );
  });
});

describe('securebase score: other instruments', () => {
  it('reads the RQ by its letters (any case) or item ids', async () => {
    const { io } = await score('rq', lines('response_id,A,rq.b,c,d', 'q1,6,2,3,5'));
    // self = (6 + 5) − (3 + 2) = 6; other = (6 + 3) − (5 + 2) = 2; highest = secure.
    expect(io.out()).toBe(
      'response_id,status,secure,fearful,preoccupied,dismissing,self_model,other_model,category\r\n' +
        'q1,complete,6,2,3,5,6,2,secure\r\n',
    );
  });

  it('gives a prorated CORE-10 total with one item missing and says so', async () => {
    const { io } = await score(
      'core-10',
      lines('response_id,1,2,3,4,5,6,7,8,9,10', 'c1,2,2,2,2,,2,2,2,2,2'),
    );
    // Nine answers of 2 (items 2 and 3 reverse to 4 − 2 = 2): mean 2 × 10 items = 20.
    // CORE-10's risk item 6 is answered 2: positive.
    expect(io.out()).toBe('response_id,status,total,risk\r\nc1,incomplete,20,yes\r\n');
    expect(io.errLines()[0]).toBe('row 1 (line 2): incomplete, missing core-10.5; prorated: total');
  });
});

describe('securebase score: CSV details', () => {
  it('reads quoted fields with commas and line breaks and counts lines correctly', async () => {
    const text = lines(
      PHQ_HEADER,
      '"Smith, J.","0",1,1,1,1,1,1,1,0',
      '"two\nlines",9,1,1,1,1,1,1,1,0',
      'after,1,1,1,1,1,1,1,"x,y",0',
    );
    const { io } = await score('phq-9', text);
    // Smith: 0 + seven 1s + 0 = 7.
    expect(io.out()).toBe(
      'response_id,status,total,risk\r\n"Smith, J.",complete,7,no\r\n"two\nlines",invalid,,no\r\nafter,invalid,,no\r\n',
    );
    expect(io.errLines().slice(0, 2)).toEqual([
      'row 2 (line 3): item phq-9.1 value 9 is above the maximum 3',
      'row 3 (line 5): item phq-9.8 value "x,y" is not a number',
    ]);
  });

  it('reads a file with a byte-order mark and CRLF line endings', async () => {
    const text = `\uFEFF${PHQ_HEADER}\r\nb1,1,1,1,1,1,1,1,1,0\r\n\r\nb2,0,0,0,0,0,0,0,0,0\r\n`;
    const { code, io } = await score('phq-9', text);
    expect(io.out()).toBe(
      'response_id,status,total,risk\r\nb1,complete,8,no\r\nb2,complete,0,no\r\n',
    );
    expect(code).toBe(0);
  });

  it('prints JSON with the same fields plus missing, invalid and risk items', async () => {
    const text = lines(
      PHQ_HEADER,
      'j1,0,0,0,0,0,0,0,0,1',
      'j2,0,0,,0,0,0,0,0,0',
      'j3,0,0,0,0,0,0,0,4,0',
    );
    const { code, io } = await score('phq-9', text, '--format', 'json');
    expect(JSON.parse(io.out())).toEqual([
      {
        response_id: 'j1',
        status: 'complete',
        total: 1,
        missing_items: [],
        invalid_items: [],
        risk_items: ['phq-9.9'],
      },
      {
        response_id: 'j2',
        status: 'incomplete',
        total: null,
        missing_items: ['phq-9.3'],
        invalid_items: [],
        risk_items: [],
      },
      {
        response_id: 'j3',
        status: 'invalid',
        total: null,
        missing_items: [],
        invalid_items: [{ item: 'phq-9.8', value: 4, reason: 'above_maximum' }],
        risk_items: [],
      },
    ]);
    expect(code).toBe(1);
  });

  it('notes an item with no column, scoring every row as missing it', async () => {
    const { io } = await score('gad-7', lines('response_id,1,2,3,4,5,6', 'g,1,1,1,1,1,1'));
    expect(io.errLines()[0]).toBe('note: no column for gad-7.7; every row is missing it');
    expect(io.out()).toBe('response_id,status,total\r\ng,incomplete,\r\n');
  });

  it('prints only the header for a file with no data rows', async () => {
    const { code, io } = await score('gad-7', lines('response_id,1,2,3,4,5,6,7'));
    expect(io.out()).toBe('response_id,status,total\r\n');
    expect(code).toBe(0);
  });
});
