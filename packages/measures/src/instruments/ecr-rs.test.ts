import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { answersInOrder, positions, sameAnswer, without } from '../testing/answers';
import { ecrRs } from './ecr-rs';

const TARGETS = ['mother', 'father', 'partner', 'friend'];

/** Every item for every person answered so that it contributes `contribution` (items 1–4 reversed). */
function contributing(contribution: number) {
  return Object.assign(
    {},
    ...TARGETS.map((target) => ({
      ...sameAnswer(target, [1, 2, 3, 4], 8 - contribution),
      ...sameAnswer(target, positions(5, 9), contribution),
    })),
  ) as Record<string, number>;
}

describe('ECR-RS', () => {
  it('has 36 items named mother.1 … friend.9', () => {
    expect(ecrRs.items).toHaveLength(36);
    expect(ecrRs.items[0]?.id).toBe('mother.1');
    expect(ecrRs.items[35]?.id).toBe('friend.9');
  });

  it('minimum and maximum: 1 and 7 on every relationship and globally', () => {
    for (const [contribution, expected] of [
      [1, 1],
      [7, 7],
    ] as const) {
      const result = score(ecrRs, contributing(contribution));
      expect(result.status).toBe('complete');
      for (const name of Object.keys(result.scores)) expect(result.scores[name]).toBe(expected);
    }
  });

  it('score names: per person and global', () => {
    expect(ecrRs.scores.map((definition) => definition.name)).toEqual([
      'mother.anxiety',
      'mother.avoidance',
      'father.anxiety',
      'father.avoidance',
      'partner.anxiety',
      'partner.avoidance',
      'friend.anxiety',
      'friend.avoidance',
      'global.anxiety',
      'global.avoidance',
    ]);
  });

  it("worked example constructed by hand from Fraley's scoring notes (no published example found)", () => {
    // Mother 6,5,6,7,2,1,3,4,2: avoidance = (8−6)+(8−5)+(8−6)+(8−7)+2+1 = 11 → 11/6; anxiety = (3+4+2)/3 = 3.
    // Everyone else answers 4 throughout → 4 and 4. Global = mean of the four people.
    const answers = {
      ...contributing(4),
      ...answersInOrder('mother', [6, 5, 6, 7, 2, 1, 3, 4, 2]),
    };
    const result = score(ecrRs, answers);
    expect(result.scores['mother.avoidance']).toBeCloseTo(11 / 6, 12);
    expect(result.scores['mother.anxiety']).toBe(3);
    expect(result.scores['father.anxiety']).toBe(4);
    expect(result.scores['global.anxiety']).toBeCloseTo((3 + 4 + 4 + 4) / 4, 12);
    expect(result.scores['global.avoidance']).toBeCloseTo((11 / 6 + 4 + 4 + 4) / 4, 12);
  });

  it('missing: a missing father item removes that score and the global, nothing else', () => {
    const result = score(ecrRs, without(contributing(3), 'father.8'));
    expect(result.status).toBe('incomplete');
    expect(result.scores['father.anxiety']).toBeNull();
    expect(result.scores['father.avoidance']).toBe(3);
    expect(result.scores['global.anxiety']).toBeNull();
    expect(result.scores['global.avoidance']).toBe(3);
  });

  it('invalid: an unknown person or item number is named', () => {
    const result = score(ecrRs, { ...contributing(3), 'sister.1': 3, 'mother.10': 3 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems.map((invalid) => invalid.itemId)).toEqual(['sister.1', 'mother.10']);
  });

  it('records the 30-day test–retest values from Fraley (parental .80, romantic .65)', () => {
    const byScore = Object.fromEntries(
      ecrRs.psychometrics.reliability.map((entry) => [entry.score, entry.value]),
    );
    expect(byScore).toEqual({
      'mother.anxiety': 0.8,
      'mother.avoidance': 0.8,
      'father.anxiety': 0.8,
      'father.avoidance': 0.8,
      'partner.anxiety': 0.65,
      'partner.avoidance': 0.65,
    });
  });

  it('cites the page the retest values were read on, and records no norms (none found)', () => {
    for (const entry of ecrRs.psychometrics.reliability) {
      expect(entry.kind).toBe('test_retest');
      expect(entry.evidence).toBe('confirmed');
      expect(entry.source).toContain('rcfraley/measures/relstructures.htm');
    }
    // No published SD was readable (docs/instruments.md), so no SEM band and no computed
    // Jacobson–Truax RCI for any ECR-RS score. Add a norm only with its source.
    expect(ecrRs.psychometrics.norms).toEqual([]);
    expect(ecrRs.psychometrics.publishedChange).toEqual([]);
    expect(ecrRs.unconfirmed.join(' ')).toMatch(/Means and SDs per target and for the global/);
  });

  it('ships no item text and frames results as tentative', () => {
    expect(ecrRs.items.some((item) => item.text !== undefined)).toBe(false);
    expect(ecrRs.interpretation).toMatch(/tentative/);
  });
});
