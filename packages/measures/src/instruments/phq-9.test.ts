import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import {
  answersInOrder,
  answersSummingTo,
  sameAnswer,
  positions,
  without,
} from '../testing/answers';
import { phq9 } from './phq-9';

const all = (value: number) => sameAnswer('phq-9', positions(1, 9), value);

describe('PHQ-9', () => {
  it('minimum: every item 0 gives total 0, minimal band, no risk', () => {
    const result = score(phq9, all(0));
    expect(result.status).toBe('complete');
    expect(result.scores.total).toBe(0);
    expect(result.bands.total?.label).toBe('Minimal');
    expect(result.riskItems).toEqual([]);
  });

  it('maximum: every item 3 gives total 27, severe band', () => {
    const result = score(phq9, all(3));
    expect(result.scores.total).toBe(27);
    expect(result.bands.total?.label).toBe('Severe');
  });

  // Kroenke 2001: 5, 10, 15 and 20 mark mild, moderate, moderately severe and severe.
  it.each([
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
  ])('band boundary: total %i is %s', (total, label) => {
    const result = score(phq9, answersSummingTo('phq-9', 9, 3, total));
    expect(result.scores.total).toBe(total);
    expect(result.bands.total?.label).toBe(label);
  });

  it('worked example from HL7 US Core (QuestionnaireResponse/phq-9-example, Observation 44261-6 = 12)', () => {
    // Item answers from the US Core PHQ9-item-example observations: 2, 2, 2, 2, 1, 1, 2, 0, 0.
    const result = score(phq9, answersInOrder('phq-9', [2, 2, 2, 2, 1, 1, 2, 0, 0]));
    expect(result.scores.total).toBe(12);
    expect(result.bands.total?.label).toBe('Moderate');
  });

  it('risk: item 9 above 0 is flagged even when the total is minimal', () => {
    const result = score(phq9, { ...all(0), 'phq-9.9': 1 });
    expect(result.scores.total).toBe(1);
    expect(result.bands.total?.label).toBe('Minimal');
    expect(result.riskItems).toEqual(['phq-9.9']);
  });

  it('risk: item 9 is still flagged when another answer is invalid', () => {
    const result = score(phq9, { ...all(0), 'phq-9.9': 2, 'phq-9.1': 4 });
    expect(result.status).toBe('invalid');
    expect(result.riskItems).toEqual(['phq-9.9']);
  });

  it('missing: no published prorating rule, so one missing item means no total (never 0)', () => {
    const complete = score(phq9, all(1));
    expect(complete.status).toBe('complete');
    const result = score(phq9, without(all(1), 'phq-9.4'));
    expect(result.status).toBe('incomplete');
    expect(result.scores.total).toBeNull();
    expect(result.bands.total).toBeNull();
    expect(result.missingItems).toEqual(['phq-9.4']);
  });

  it('null and undefined answers count as missing', () => {
    const result = score(phq9, { ...all(1), 'phq-9.2': null, 'phq-9.3': undefined });
    expect(result.missingItems).toEqual(['phq-9.2', 'phq-9.3']);
    expect(result.scores.total).toBeNull();
  });

  it('invalid: out of range, non-integer and unknown ids each named', () => {
    const result = score(phq9, { ...all(1), 'phq-9.1': 4, 'phq-9.2': 1.5, 'phq-9.10': 0 });
    expect(result.status).toBe('invalid');
    expect(result.scores.total).toBeNull();
    expect(result.invalidItems).toEqual([
      { itemId: 'phq-9.1', value: 4, reason: 'above_maximum' },
      { itemId: 'phq-9.2', value: 1.5, reason: 'not_an_integer' },
      { itemId: 'phq-9.10', value: 0, reason: 'unknown_item' },
    ]);
  });

  it('declares the LOINC panel and total-score codes', () => {
    expect(phq9.loinc?.panel?.code).toBe('44249-1');
    expect(phq9.loinc?.scores?.total?.code).toBe('44261-6');
  });
});
