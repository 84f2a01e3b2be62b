import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { profileFixture } from './attachment-fixture';
import {
  generalSummary,
  modelSign,
  ratingFraction,
  regionCell,
  relationshipSummary,
  rqRange,
  scoredTargets,
  signed,
} from './attachment-text';

const t = i18n.t.bind(i18n);
const member = profileFixture.members[0];
const general = member?.general;
const relationships = member?.relationships;
if (!general || !relationships) throw new Error('fixture');

describe('generalSummary', () => {
  it('says where the latest point is and how it moved, in tentative words', () => {
    const text = generalSummary(general, 'en-GB', t);
    expect(text).toContain('3 ECR-R results, from 6 Jan 2025 to 17 Mar 2025.');
    expect(text).toContain('anxiety 3.9 and avoidance 2.8, in the secure region.');
    expect(text).toContain('best read as between regions');
    expect(text).toContain('Since 10 Feb 2025, anxiety fell by 0.7 and avoidance fell by 0.4.');
    expect(text).toContain('95% band');
    expect(text).toContain('reference point for community adults');
  });
  it('has no movement for a single result and no band when there is none', () => {
    const [only] = general.points;
    if (!only) throw new Error('fixture');
    const text = generalSummary(
      { ...general, points: [only], uncertainty: null, reference: null },
      'en-GB',
      t,
    );
    expect(text).toContain('One ECR-R result, on 10 Feb 2025.');
    expect(text).not.toContain('Since');
    expect(text).not.toContain('% band');
    expect(text).toContain('cannot be said to sit clearly inside one region');
  });
});

describe('regionCell', () => {
  it('names the region and says when a point sits between regions', () => {
    const [between] = general.points;
    if (!between) throw new Error('fixture');
    expect(regionCell(between, t)).toBe('Preoccupied region, between regions');
    expect(regionCell({ ...between, clearlyInRegion: true }, t)).toBe('Preoccupied region');
  });
});

describe('relationships', () => {
  it('skips targets without both scores', () => {
    expect(scoredTargets(relationships.targets).map((target) => target.target)).toEqual([
      'mother',
      'partner',
      'friend',
      'global',
    ]);
  });
  it('describes each relationship and names those not drawn', () => {
    const text = relationshipSummary(relationships, 4, 'en-GB', t);
    expect(text).toContain('Mother, anxiety 2.5 and avoidance 4.5 (dismissing region)');
    expect(text).toContain('Partner, anxiety 4.5 and avoidance 2 (preoccupied region)');
    expect(text).toContain('No score, so not drawn: Father.');
  });
});

describe('the RQ', () => {
  it('reads its ranges from the instrument definition', () => {
    expect(rqRange('secure')).toEqual({ min: 1, max: 7 });
    expect(rqRange('self_model')).toEqual({ min: -12, max: 12 });
  });
  it('fills a rating bar in proportion, never empty for the lowest rating', () => {
    expect(ratingFraction(7, { min: 1, max: 7 })).toBe(1);
    expect(ratingFraction(1, { min: 1, max: 7 })).toBeCloseTo(1 / 7);
    expect(ratingFraction(9, { min: 1, max: 7 })).toBe(1);
  });
  it('signs the models and picks their meaning', () => {
    expect(signed(4, 'en')).toBe('+4');
    expect(signed(-2.5, 'en')).toBe('−2.5');
    expect(signed(0, 'en')).toBe('0');
    expect([modelSign(3), modelSign(-1), modelSign(0)]).toEqual([
      'positive',
      'negative',
      'neutral',
    ]);
  });
});
