import { describe, expect, it } from 'vitest';
import {
  axisModeOf,
  axisTicks,
  dateToYear,
  domainOf,
  inTimeOrder,
  openEndOf,
  placeEntry,
  toX,
  type Timing,
} from './lifeline-scale';

const timing = (over: Partial<Timing>): Timing => ({
  kind: 'move',
  from: null,
  to: null,
  ageFrom: null,
  ageTo: null,
  ...over,
});

describe('dateToYear', () => {
  it('turns a calendar date into a fractional year', () => {
    expect(dateToYear('1990-01-01')).toBe(1990);
    expect(dateToYear('2001-07-02')).toBeCloseTo(2001.4986, 3);
    expect(dateToYear('2000-12-31')).toBeCloseTo(2000 + 365 / 366, 6);
  });
  it('refuses anything that is not a date', () => {
    expect(dateToYear('1990')).toBeNull();
    expect(dateToYear('1990-13-01')).toBeNull();
    expect(dateToYear('')).toBeNull();
  });
});

describe('axisModeOf', () => {
  it('uses years when any entry has a date, ages when only ages are known', () => {
    expect(axisModeOf([timing({ ageFrom: 4 }), timing({ from: '2000-01-01' })])).toBe('year');
    expect(axisModeOf([timing({ ageFrom: 4 }), timing({ ageTo: 9 })])).toBe('age');
    expect(axisModeOf([timing({})])).toBeNull();
    expect(axisModeOf([])).toBeNull();
  });
});

describe('placeEntry', () => {
  it('places a dated event at its date with no end', () => {
    expect(placeEntry(timing({ from: '1996-01-01' }), 'year', null, 2025)).toEqual({
      start: 1996,
      end: null,
      approximate: false,
      ongoing: false,
    });
  });
  it('draws a caregiver with no end up to now, marked ongoing', () => {
    const place = placeEntry(timing({ kind: 'caregiver', from: '1990-01-01' }), 'year', null, 2025);
    expect(place).toMatchObject({ start: 1990, end: 2025, ongoing: true });
  });
  it('places an age on the year axis from the birth year, as approximate', () => {
    const place = placeEntry(timing({ kind: 'loss', ageFrom: 9 }), 'year', 1993, 2025);
    expect(place).toEqual({ start: 2002, end: null, approximate: true, ongoing: false });
  });
  it('cannot place an age on the year axis without a birth year', () => {
    expect(placeEntry(timing({ ageFrom: 9 }), 'year', null, 2025)).toBeNull();
  });
  it('places ages as themselves on the age axis, spans included', () => {
    const place = placeEntry(timing({ kind: 'caregiver', ageFrom: 0, ageTo: 6 }), 'age', null, 30);
    expect(place).toEqual({ start: 0, end: 6, approximate: false, ongoing: false });
  });
  it('never lets an end fall before its start', () => {
    const place = placeEntry(timing({ kind: 'caregiver', ageFrom: 20 }), 'age', null, 12);
    expect(place).toMatchObject({ start: 20, end: 20, ongoing: true });
  });
  it('cannot place an entry with no time', () => {
    expect(placeEntry(timing({}), 'age', null, 10)).toBeNull();
  });
});

describe('openEndOf', () => {
  const entries = [timing({ ageFrom: 3, ageTo: 11 }), timing({ ageFrom: 14 })];
  it('is today on the year axis', () => {
    expect(openEndOf(entries, 'year', null, '2025-01-01')).toBe(2025);
  });
  it('is the age today when the birth year is known, else the oldest age written', () => {
    expect(openEndOf(entries, 'age', 1993, '2025-06-01')).toBe(32);
    expect(openEndOf(entries, 'age', null, '2025-06-01')).toBe(14);
  });
});

describe('domainOf', () => {
  const place = (start: number, end: number | null = null) => ({
    start,
    end,
    approximate: false,
    ongoing: false,
  });
  it('starts at birth when known (a whole unit) and ends at the last moment', () => {
    expect(domainOf([place(1999.5, 2010.2)], 'year', 1993)).toEqual([1993, 2010.2]);
    expect(domainOf([place(1999.5, 2010.2)], 'year', null)).toEqual([1999, 2010.2]);
    expect(domainOf([place(4, 9)], 'age', null)).toEqual([0, 9]);
  });
  it('widens a single moment so it sits inside the axis', () => {
    expect(domainOf([place(2000)], 'year', null)).toEqual([1999, 2001]);
    expect(domainOf([place(2000.5)], 'year', null)).toEqual([1999, 2001.5]);
  });
  it('has a fallback for nothing at all', () => {
    expect(domainOf([], 'year', null)).toEqual([0, 1]);
  });
});

describe('toX and axisTicks', () => {
  it('maps the domain onto the plot', () => {
    expect(toX(1990, [1990, 2000], 10, 110)).toBe(10);
    expect(toX(1995, [1990, 2000], 10, 110)).toBe(60);
    expect(toX(5, [5, 5], 0, 100)).toBe(50);
  });
  it('gives round ticks, no more than asked', () => {
    expect(axisTicks([1990, 2000], 11)).toEqual([
      1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000,
    ]);
    expect(axisTicks([1993, 2025], 8)).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(axisTicks([0, 32], 4)).toEqual([0, 10, 20, 30]);
    for (const max of [2, 3, 5, 9]) {
      expect(axisTicks([1950, 2025], max).length).toBeLessThanOrEqual(max);
    }
  });
});

describe('inTimeOrder', () => {
  const entry = (id: string, over: Partial<Timing>, createdAt = '2025-01-01T00:00:00Z') => ({
    id,
    createdAt,
    ...timing(over),
  });
  it('orders by time, ages converted with the birth year, unplaceable ones last', () => {
    const list = [
      entry('none', {}),
      entry('b', { from: '2005-03-01' }),
      entry('age9', { ageFrom: 9 }),
      entry('a', { from: '1999-01-01' }),
    ];
    expect(inTimeOrder(list, 1993, '2025-01-01').map((e) => e.id)).toEqual([
      'a',
      'age9',
      'b',
      'none',
    ]);
    expect(inTimeOrder(list, null, '2025-01-01').map((e) => e.id)).toEqual([
      'a',
      'b',
      'age9',
      'none',
    ]);
  });
  it('keeps the order written for entries at the same time', () => {
    const list = [
      entry('second', { ageFrom: 5 }, '2025-02-01T00:00:00Z'),
      entry('first', { ageFrom: 5 }, '2025-01-01T00:00:00Z'),
    ];
    expect(inTimeOrder(list, null, '2025-03-01').map((e) => e.id)).toEqual(['first', 'second']);
  });
});
