import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from './catalogue';
import { contribution } from './engine/compute';
import { score } from './engine/score';
import type { InstrumentDefinition, ItemScoreDefinition } from './types';

function validAnswers(instrument: InstrumentDefinition) {
  return fc.record(
    Object.fromEntries(
      instrument.items.map((item) => [item.id, fc.integer({ min: item.min, max: item.max })]),
    ),
  );
}

function itemScores(instrument: InstrumentDefinition): ItemScoreDefinition[] {
  return instrument.scores.filter((definition) => definition.kind === 'items');
}

function categoryValues(instrument: InstrumentDefinition): string[] {
  return instrument.scores.flatMap((definition) =>
    definition.kind === 'highest_rated' ? [...definition.scores, definition.tieLabel] : [],
  );
}

function checkRange(instrument: InstrumentDefinition): void {
  fc.assert(
    fc.property(validAnswers(instrument), (answers) => {
      const result = score(instrument, answers);
      expect(result.status).toBe('complete');
      for (const definition of instrument.scores) {
        const value = result.scores[definition.name];
        if (definition.kind === 'highest_rated') {
          expect(categoryValues(instrument)).toContain(value);
        } else {
          expect(typeof value).toBe('number');
          expect(value).toBeGreaterThanOrEqual(definition.min);
          expect(value).toBeLessThanOrEqual(definition.max);
        }
      }
    }),
  );
}

function checkKeyOrder(instrument: InstrumentDefinition): void {
  const ids = instrument.items.map((item) => item.id);
  const order = fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length });
  fc.assert(
    fc.property(validAnswers(instrument), order, (answers, shuffled) => {
      const reordered = Object.fromEntries(shuffled.map((id) => [id, answers[id]]));
      const asMap = new Map(shuffled.map((id) => [id, answers[id]]));
      const expected = score(instrument, answers);
      expect(score(instrument, reordered)).toEqual(expected);
      expect(score(instrument, asMap)).toEqual(expected);
    }),
  );
}

function checkContributions(instrument: InstrumentDefinition): void {
  for (const definition of itemScores(instrument)) {
    for (const scored of definition.items) {
      const item = instrument.items.find((candidate) => candidate.id === scored.item);
      if (item === undefined) throw new Error(`unknown item ${scored.item}`);
      for (let answer = item.min; answer < item.max; answer += 1) {
        const before = contribution(item, scored, answer);
        const after = contribution(item, scored, answer + 1);
        if (item.reverse === true && scored.recode === undefined)
          expect(after).toBeLessThan(before);
        if (item.reverse === true) expect(after).toBeLessThanOrEqual(before);
        if (item.reverse !== true && scored.recode === undefined)
          expect(after).toBeGreaterThan(before);
      }
    }
  }
}

function checkReverseRaise(instrument: InstrumentDefinition): void {
  const reversed = instrument.items.filter((item) => item.reverse === true);
  if (reversed.length === 0) return;
  fc.assert(
    fc.property(validAnswers(instrument), fc.constantFrom(...reversed), (answers, item) => {
      const answer = answers[item.id] ?? item.min;
      fc.pre(answer < item.max);
      const before = score(instrument, answers);
      const after = score(instrument, { ...answers, [item.id]: answer + 1 });
      for (const definition of itemScores(instrument)) {
        if (!definition.items.some((scored) => scored.item === item.id)) continue;
        const strict = definition.items.every((scored) => scored.recode === undefined);
        const [old, raised] = [before.scores[definition.name], after.scores[definition.name]];
        if (strict) expect(raised).toBeLessThan(old as number);
        else expect(raised).toBeLessThanOrEqual(old as number);
      }
    }),
  );
}

function checkMissing(instrument: InstrumentDefinition): void {
  fc.assert(
    fc.property(
      validAnswers(instrument),
      fc.subarray(instrument.items.map((item) => item.id)),
      (answers, dropped) => {
        const kept = Object.fromEntries(
          Object.entries(answers).filter(([id]) => !dropped.includes(id)),
        );
        const result = score(instrument, kept);
        expect(result.status).toBe(dropped.length === 0 ? 'complete' : 'incomplete');
        expect(result.missingItems).toEqual(
          instrument.items.map((item) => item.id).filter((id) => dropped.includes(id)),
        );
        for (const definition of itemScores(instrument)) {
          const missing = definition.items.filter((s) => dropped.includes(s.item)).length;
          const allowed = definition.missing.kind === 'prorate' ? definition.missing.maxMissing : 0;
          const value = result.scores[definition.name];
          if (missing > allowed) expect(value).toBeNull();
          else expect(typeof value).toBe('number');
        }
      },
    ),
  );
}

function checkInvalid(instrument: InstrumentDefinition): void {
  const badValue = fc.oneof(
    fc.double({ noInteger: true, noNaN: true }),
    fc.integer({ min: -1000, max: -1 }),
    fc.integer({ min: 1, max: 1000 }),
  );
  fc.assert(
    fc.property(
      validAnswers(instrument),
      fc.constantFrom(...instrument.items),
      badValue,
      (answers, item, bad) => {
        const value = Number.isInteger(bad) ? (bad < 0 ? item.min + bad : item.max + bad) : bad;
        const result = score(instrument, { ...answers, [item.id]: value });
        expect(result.status).toBe('invalid');
        expect(result.invalidItems.map((invalid) => invalid.itemId)).toEqual([item.id]);
        expect(Object.values(result.scores).every((scoreValue) => scoreValue === null)).toBe(true);
      },
    ),
  );
}

describe.each(instruments.map((instrument) => [instrument.id, instrument] as const))(
  '%s properties',
  (_, instrument) => {
    it('scores of random valid answers are complete and within the declared range', () => {
      checkRange(instrument);
    });

    it('gives the same result whatever the key order (object or Map)', () => {
      checkKeyOrder(instrument);
    });

    it('raising a reverse-keyed answer lowers its contribution; a forward one raises it', () => {
      checkContributions(instrument);
    });

    it('raising one reverse-keyed answer never raises any score that uses it', () => {
      checkReverseRaise(instrument);
    });

    it('a score with more missing items than its rule allows is null, never 0', () => {
      checkMissing(instrument);
    });

    it('an out-of-range or non-integer answer makes the result invalid and names the item', () => {
      checkInvalid(instrument);
    });
  },
);
