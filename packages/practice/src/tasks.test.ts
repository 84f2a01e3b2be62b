import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  daysBetween,
  localDateIn,
  localTimeIn,
  periodEnds,
  periodOn,
  periodsSoFar,
  type TaskRule,
} from './tasks';

const daily: TaskRule = { cadence: 'daily', startsOn: '2026-03-02', until: '2026-03-08' };
const weekly: TaskRule = { cadence: 'weekly', startsOn: '2026-03-02', until: '2026-03-30' };
const once: TaskRule = { cadence: 'once', startsOn: '2026-03-04', until: null };

describe('task periods', () => {
  it('a daily task has one period a day, from the start to the end date', () => {
    expect(periodOn(daily, '2026-03-01')).toBeNull();
    expect(periodOn(daily, '2026-03-02')).toBe('2026-03-02');
    expect(periodOn(daily, '2026-03-08')).toBe('2026-03-08');
    expect(periodOn(daily, '2026-03-09')).toBeNull();
    expect(periodEnds(daily, '2026-03-05')).toBe('2026-03-05');
  });

  it('a weekly task is open for seven days from each start, the last starting by the end', () => {
    expect(periodOn(weekly, '2026-03-08')).toBe('2026-03-02');
    expect(periodOn(weekly, '2026-03-09')).toBe('2026-03-09');
    expect(periodEnds(weekly, '2026-03-09')).toBe('2026-03-15');
    expect(periodOn(weekly, '2026-04-05')).toBe('2026-03-30');
    expect(periodOn(weekly, '2026-04-06')).toBeNull();
  });

  it('a one-off is open from its start until done', () => {
    expect(periodOn(once, '2026-03-03')).toBeNull();
    expect(periodOn(once, '2027-01-01')).toBe('2026-03-04');
    expect(periodEnds(once, '2026-03-04')).toBeNull();
  });

  it('an open-ended daily task runs until stopped', () => {
    expect(periodOn({ ...daily, until: null }, '2026-12-31')).toBe('2026-12-31');
  });

  it('lists the periods begun so far, and all of them once the end has passed', () => {
    expect(periodsSoFar(daily, '2026-03-04')).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(periodsSoFar(daily, '2026-04-01')).toHaveLength(7);
    expect(periodsSoFar(weekly, '2026-03-20')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(periodsSoFar(weekly, '2026-05-01')).toHaveLength(5);
    expect(periodsSoFar(once, '2026-03-01')).toEqual([]);
    expect(periodsSoFar(once, '2026-03-10')).toEqual(['2026-03-04']);
    expect(periodsSoFar(daily, '2026-02-01')).toEqual([]);
  });

  it('counts calendar days across month and year ends and leap days', () => {
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
  });
});

describe('local dates and times in a zone', () => {
  const instant = new Date('2026-03-29T11:30:00Z');
  it('the same instant is a different day on the other side of the world', () => {
    expect(localDateIn('Europe/London', instant)).toBe('2026-03-29');
    expect(localDateIn('Pacific/Auckland', new Date('2026-03-29T12:30:00Z'))).toBe('2026-03-30');
    expect(localDateIn('America/Los_Angeles', new Date('2026-03-29T05:00:00Z'))).toBe('2026-03-28');
  });

  it('reads the wall clock after a daylight-saving change (London, 29 March 2026)', () => {
    expect(localTimeIn('Europe/London', new Date('2026-03-28T07:30:00Z'))).toBe('07:30');
    expect(localTimeIn('Europe/London', new Date('2026-03-29T07:30:00Z'))).toBe('08:30');
    expect(localTimeIn('UTC', new Date('2026-03-29T00:05:00Z'))).toBe('00:05');
  });
});
