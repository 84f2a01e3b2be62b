import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { rq } from './rq';

function ratings(secure: number, fearful: number, preoccupied: number, dismissing: number) {
  return { 'rq.a': secure, 'rq.b': fearful, 'rq.c': preoccupied, 'rq.d': dismissing };
}

describe('RQ', () => {
  it('worked example constructed by hand from the Griffin & Bartholomew formulas', () => {
    // self = (6 + 4) − (3 + 2) = 5; other = (6 + 3) − (4 + 2) = 3; highest rating: secure.
    expect(score(rq, ratings(6, 2, 3, 4)).scores).toEqual({
      secure: 6,
      fearful: 2,
      preoccupied: 3,
      dismissing: 4,
      self_model: 5,
      other_model: 3,
      category: 'secure',
    });
  });

  it('model of self runs from −12 to +12', () => {
    expect(score(rq, ratings(1, 7, 7, 1)).scores.self_model).toBe(-12);
    expect(score(rq, ratings(7, 1, 1, 7)).scores.self_model).toBe(12);
  });

  it('model of other runs from −12 to +12', () => {
    expect(score(rq, ratings(1, 7, 1, 7)).scores.other_model).toBe(-12);
    expect(score(rq, ratings(7, 1, 7, 1)).scores.other_model).toBe(12);
  });

  it.each([
    [ratings(2, 6, 3, 1), 'fearful'],
    [ratings(2, 3, 6, 1), 'preoccupied'],
    [ratings(2, 3, 1, 6), 'dismissing'],
    [ratings(5, 3, 1, 5), 'unclassified'],
    [ratings(4, 4, 4, 4), 'unclassified'],
  ])('category is the single highest rating, ties are unclassified', (answers, category) => {
    expect(score(rq, answers).scores.category).toBe(category);
  });

  it('missing: a missing paragraph removes the models and the category, not the other ratings', () => {
    const result = score(rq, { 'rq.a': 6, 'rq.c': 3, 'rq.d': 4 });
    expect(result.status).toBe('incomplete');
    expect(result.scores).toEqual({
      secure: 6,
      fearful: null,
      preoccupied: 3,
      dismissing: 4,
      self_model: null,
      other_model: null,
      category: null,
    });
  });

  it('invalid: 8 and an unknown paragraph are named', () => {
    const result = score(rq, { ...ratings(1, 2, 3, 8), 'rq.e': 1 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems.map((invalid) => invalid.itemId)).toEqual(['rq.d', 'rq.e']);
    expect(result.scores.category).toBeNull();
  });

  it('interpretation says results are tentative and not a diagnosis', () => {
    expect(rq.interpretation).toMatch(/tentative/);
    expect(rq.interpretation).toMatch(/never a diagnosis/);
    expect(rq.licence.note).toMatch(/commercial/);
  });
});
