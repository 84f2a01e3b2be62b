import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition, ItemScoreDefinition } from '../types';
import { contribution } from './compute';
import { findBand, score } from './score';

function synthetic(total: Partial<ItemScoreDefinition>): InstrumentDefinition {
  return {
    id: 'test',
    version: '0',
    name: 'Synthetic',
    citation: 'none',
    licence: { status: 'public_domain', note: '', source: 'test', evidence: 'confirmed' },
    itemTextShipped: false,
    itemIds: 't.<n>',
    responseScale: '1–5',
    items: [1, 2, 3].map((n) => ({ id: `t.${n}`, position: n, min: 1, max: 5 })),
    scores: [
      {
        kind: 'items',
        name: 'total',
        label: 'Total',
        items: [{ item: 't.1' }, { item: 't.2' }, { item: 't.3' }],
        method: 'mean',
        min: 1,
        max: 5,
        direction: 'higher_is_worse',
        missing: {
          kind: 'prorate',
          maxMissing: 3,
          note: '',
          source: 'test',
          evidence: 'confirmed',
        },
        ...total,
      },
    ],
    scoringKey: { source: 'test', evidence: 'confirmed' },
    interpretation: '',
    psychometrics: { norms: [], reliability: [], publishedChange: [] },
    unconfirmed: [],
  };
}

describe('score engine', () => {
  it('a prorated mean is the mean of the answered items, flagged as prorated', () => {
    const result = score(synthetic({}), { 't.1': 2, 't.2': 5 });
    expect(result.scores.total).toBe(3.5);
    expect(result.prorated).toEqual(['total']);
  });

  it('no answers at all gives null even where the rule would allow every item missing', () => {
    const result = score(synthetic({}), {});
    expect(result.scores.total).toBeNull();
    expect(result.missingItems).toEqual(['t.1', 't.2', 't.3']);
  });

  it('an empty answer set is incomplete, not complete with zeros', () => {
    const result = score(synthetic({ method: 'sum', max: 15, min: 3 }), {});
    expect(result.status).toBe('incomplete');
    expect(result.scores.total).toBeNull();
  });

  it('throws on a definition that scores an undeclared item', () => {
    const broken = synthetic({ items: [{ item: 't.9' }] });
    expect(() => score(broken, { 't.1': 1 })).toThrow(/unknown item t.9/);
  });

  it('throws on a recode table that misses an answer', () => {
    const item = { id: 't.1', position: 1, min: 1, max: 5 };
    expect(() => contribution(item, { item: 't.1', recode: { 1: 0 } }, 2)).toThrow(/no recode/);
  });

  it('findBand returns null below the first band', () => {
    const banding = {
      source: 's',
      evidence: 'confirmed' as const,
      bands: [{ min: 1, max: 5, label: 'a' }],
    };
    expect(findBand(banding, 0)).toBeNull();
    expect(findBand(banding, 1)).toEqual({ min: 1, max: 5, label: 'a' });
  });

  it('lists unknown ids even when their value is missing', () => {
    const result = score(synthetic({}), { 't.1': 1, 't.2': 1, 't.3': 1, extra: null });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems).toEqual([{ itemId: 'extra', value: null, reason: 'unknown_item' }]);
  });

  it('reports the instrument id and definition version', () => {
    const result = score(synthetic({}), { 't.1': 1, 't.2': 1, 't.3': 1 });
    expect([result.instrumentId, result.definitionVersion, result.status]).toEqual([
      'test',
      '0',
      'complete',
    ]);
  });
  it('refuses a value between listed options when an item accepts only its listed values', () => {
    const base = synthetic({ method: 'sum', min: 3, max: 15 });
    const gapped: InstrumentDefinition = {
      ...base,
      items: base.items.map((item) => ({
        ...item,
        options: [{ value: 1 }, { value: 3 }, { value: 5 }],
        onlyListedValues: true,
      })),
    };
    const result = score(gapped, { 't.1': 1, 't.2': 2, 't.3': 5 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems).toEqual([{ itemId: 't.2', value: 2, reason: 'not_an_option' }]);
    expect(score(gapped, { 't.1': 1, 't.2': 3, 't.3': 5 }).scores.total).toBe(9);
    // Without the flag the same value is an ordinary answer within range.
    expect(score(base, { 't.1': 1, 't.2': 2, 't.3': 5 }).scores.total).toBe(8);
  });
});
