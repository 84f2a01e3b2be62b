import { describe, expect, it } from 'vitest';
import { EMPTY_TIMING, readAge, readDate, timingBody } from './entry-input';

describe('readAge and readDate', () => {
  it('reads whole ages from 0 to 120, empty as not given', () => {
    expect(readAge(' 7 ')).toBe(7);
    expect(readAge('0')).toBe(0);
    expect(readAge('')).toBeUndefined();
    for (const bad of ['-1', '7.5', 'seven', '121']) expect(readAge(bad), bad).toBeNull();
  });
  it('reads a date input value', () => {
    expect(readDate('1999-02-03')).toBe('1999-02-03');
    expect(readDate('')).toBeUndefined();
    expect(readDate('3/2/1999')).toBeNull();
  });
});

describe('timingBody', () => {
  it('sends only the chosen mode, leaving empty fields out', () => {
    expect(
      timingBody({ mode: 'ages', from: '2000-01-01', to: '', ageFrom: '4', ageTo: '' }),
    ).toEqual({ ok: true, body: { ageFrom: 4 } });
    expect(
      timingBody({ mode: 'dates', from: '2000-01-01', to: '2001-01-01', ageFrom: '4', ageTo: '' }),
    ).toEqual({ ok: true, body: { from: '2000-01-01', to: '2001-01-01' } });
    expect(timingBody(EMPTY_TIMING)).toEqual({ ok: true, body: {} });
  });
  it('names the field it cannot read', () => {
    expect(timingBody({ ...EMPTY_TIMING, ageFrom: '3', ageTo: 'ten' })).toEqual({
      ok: false,
      field: 'ageTo',
      problem: 'age',
    });
    expect(timingBody({ ...EMPTY_TIMING, mode: 'dates', from: 'soon' })).toEqual({
      ok: false,
      field: 'from',
      problem: 'date',
    });
  });
  it('asks for a start age when only an end age is given', () => {
    expect(timingBody({ ...EMPTY_TIMING, ageTo: '9' })).toEqual({
      ok: false,
      field: 'ageFrom',
      problem: 'start',
    });
  });
  it('leaves order to the server, whose 400 names the field', () => {
    expect(timingBody({ ...EMPTY_TIMING, ageFrom: '9', ageTo: '3' })).toEqual({
      ok: true,
      body: { ageFrom: 9, ageTo: 3 },
    });
  });
});
