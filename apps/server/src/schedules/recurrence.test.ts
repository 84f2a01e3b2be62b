import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isTimeZone,
  occurrences,
  offsetAt,
  parseLocalDate,
  parseLocalTime,
  zonedTime,
  type ScheduleRule,
} from './recurrence';

const nine = { hour: 9, minute: 0 };

describe('dates and times as people write them', () => {
  it('accepts real dates and times only', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2026-02-29')).toBeUndefined();
    expect(parseLocalDate('2026-13-01')).toBeUndefined();
    expect(parseLocalDate('29/02/2028')).toBeUndefined();
    expect(parseLocalTime('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(parseLocalTime('24:00')).toBeUndefined();
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('adds months to the same day, or the last day of a shorter month', () => {
    const jan31 = { year: 2026, month: 1, day: 31 };
    expect(addMonths(jan31, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addMonths(jan31, 3)).toEqual({ year: 2026, month: 4, day: 30 });
    expect(addMonths({ year: 2026, month: 11, day: 15 }, 12)).toEqual({
      year: 2027,
      month: 11,
      day: 15,
    });
  });
});

describe('wall-clock time in a zone across daylight saving', () => {
  it('keeps 09:00 in London at 09:00 before and after the clocks go forward', () => {
    // BST starts 29 March 2026: 09:00 is 09:00Z on the 28th and 08:00Z on the 29th.
    expect(zonedTime({ year: 2026, month: 3, day: 28 }, nine, 'Europe/London').toISOString()).toBe(
      '2026-03-28T09:00:00.000Z',
    );
    expect(zonedTime({ year: 2026, month: 3, day: 29 }, nine, 'Europe/London').toISOString()).toBe(
      '2026-03-29T08:00:00.000Z',
    );
    expect(offsetAt('Europe/London', Date.parse('2026-07-01T12:00:00Z'))).toBe(3_600_000);
  });

  it('moves a time that does not exist forward by the gap, and takes the first of a repeated one', () => {
    // New York, 8 March 2026: 02:30 never happens (02:00 → 03:00 EDT); it becomes 03:30 EDT.
    expect(
      zonedTime(
        { year: 2026, month: 3, day: 8 },
        { hour: 2, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-08T07:30:00.000Z');
    // 1 November 2026: 01:30 happens twice; the first is 01:30 EDT (05:30Z).
    expect(
      zonedTime(
        { year: 2026, month: 11, day: 1 },
        { hour: 1, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-11-01T05:30:00.000Z');
  });

  it('works south of the equator too (Sydney leaves daylight saving on 5 April 2026)', () => {
    expect(
      zonedTime({ year: 2026, month: 4, day: 4 }, nine, 'Australia/Sydney').toISOString(),
    ).toBe('2026-04-03T22:00:00.000Z');
    expect(
      zonedTime({ year: 2026, month: 4, day: 5 }, nine, 'Australia/Sydney').toISOString(),
    ).toBe('2026-04-04T23:00:00.000Z');
  });
});

describe('occurrences', () => {
  const weekly: ScheduleRule = {
    kind: 'every_n_weeks',
    startsOn: '2026-03-15',
    intervalWeeks: 1,
    localTime: '09:00',
    timeZone: 'Europe/London',
    followUpMonths: [],
  };

  it('every week at 09:00 local time, across the change to summer time', () => {
    const list = occurrences(weekly, new Date('2026-04-06T00:00:00Z'), null);
    expect(list).toEqual([
      { key: '2026-03-15', dueAt: '2026-03-15T09:00:00.000Z' },
      { key: '2026-03-22', dueAt: '2026-03-22T09:00:00.000Z' },
      { key: '2026-03-29', dueAt: '2026-03-29T08:00:00.000Z' },
      { key: '2026-04-05', dueAt: '2026-04-05T08:00:00.000Z' },
    ]);
  });

  it('every two weeks, stopping at discharge', () => {
    const list = occurrences(
      { ...weekly, intervalWeeks: 2 },
      new Date('2026-12-31T00:00:00Z'),
      '2026-04-20',
    );
    expect(list.map((o) => o.key)).toEqual(['2026-03-15', '2026-03-29', '2026-04-12']);
  });

  it('at discharge and at 3, 6 and 12 months after it, only once each is due', () => {
    const followUp: ScheduleRule = {
      ...weekly,
      kind: 'follow_up',
      startsOn: null,
      intervalWeeks: null,
      followUpMonths: [3, 6, 12],
    };
    expect(occurrences(followUp, new Date('2026-01-01T00:00:00Z'), null)).toEqual([]);
    const all = occurrences(followUp, new Date('2028-01-01T00:00:00Z'), '2026-08-31');
    // 31 August + 3 months is 30 November; + 6 is 28 February 2027; + 12 is 31 August 2027.
    expect(all).toEqual([
      { key: '2026-11-30', dueAt: '2026-11-30T09:00:00.000Z' },
      { key: '2027-02-28', dueAt: '2027-02-28T09:00:00.000Z' },
      { key: '2027-08-31', dueAt: '2027-08-31T08:00:00.000Z' },
    ]);
    expect(occurrences(followUp, new Date('2027-01-01T00:00:00Z'), '2026-08-31')).toHaveLength(1);
    const atDischarge: ScheduleRule = { ...followUp, kind: 'at_discharge', followUpMonths: [] };
    expect(occurrences(atDischarge, new Date('2027-01-01T00:00:00Z'), '2026-08-31')).toEqual([
      { key: '2026-08-31', dueAt: '2026-08-31T08:00:00.000Z' },
    ]);
  });
});
