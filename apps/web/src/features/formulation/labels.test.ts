import {
  ModelRelationship,
  OtherResponseCluster,
  SelfResponseCluster,
  WishCluster,
} from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import {
  clusterKey,
  CLUSTERS_OF,
  formatScoreValue,
  OTHER_CLUSTERS,
  RELATIONSHIPS,
  scoreWords,
  SELF_CLUSTERS,
  shortDate,
  shortInstrumentName,
  WISH_CLUSTERS,
} from './labels';

const enumOf = (schema: unknown) => (schema as { enum: string[] }).enum;

describe('the fixed lists', () => {
  it('match the contract exactly (Barber, Crits-Christoph & Luborsky 1990 clusters)', () => {
    expect([...WISH_CLUSTERS]).toEqual(enumOf(WishCluster));
    expect([...OTHER_CLUSTERS]).toEqual(enumOf(OtherResponseCluster));
    expect([...SELF_CLUSTERS]).toEqual(enumOf(SelfResponseCluster));
  });

  it('offer every relationship of the contract once', () => {
    const contract = (ModelRelationship as unknown as { anyOf: { const: string }[] }).anyOf.map(
      (option) => option.const,
    );
    expect([...RELATIONSHIPS].sort()).toEqual([...contract].sort());
    expect(new Set(RELATIONSHIPS).size).toBe(RELATIONSHIPS.length);
  });

  it('have a readable label for every value', () => {
    const strings = en.formulation;
    for (const relationship of RELATIONSHIPS) {
      expect(strings.relationships[relationship], relationship).toMatch(/\S/);
    }
    for (const [part, values] of Object.entries(CLUSTERS_OF)) {
      const labels = strings.clusters[part as keyof typeof CLUSTERS_OF] as Record<string, string>;
      for (const value of values) expect(labels[value], `${part}.${value}`).toMatch(/\S/);
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
    }
  });

  it('cite the source of the categories', () => {
    expect(en.formulation.clusters.source).toMatch(/Barber, Crits-Christoph & Luborsky \(1990\)/);
  });
});

describe('clusterKey', () => {
  it('names the label of a known category and nothing for an unknown one', () => {
    expect(clusterKey('wish', 'be_loved_understood')).toBe(
      'formulation.clusters.wish.be_loved_understood',
    );
    expect(clusterKey('self', 'helpful')).toBe('formulation.clusters.self.helpful');
    expect(clusterKey('other', 'likes_me')).toBe('formulation.clusters.other.likes_me');
    expect(clusterKey('wish', 'helpful')).toBeNull();
    expect(clusterKey('other', 'something_new')).toBeNull();
  });
});

describe('score wording', () => {
  it('takes the short name in brackets', () => {
    expect(shortInstrumentName('Experiences in Close Relationships – Revised (ECR-R)')).toBe(
      'ECR-R',
    );
    expect(shortInstrumentName('Patient Health Questionnaire (PHQ-9)')).toBe('PHQ-9');
    expect(shortInstrumentName('Our own check-in')).toBe('Our own check-in');
  });

  it('turns a score name into words', () => {
    expect(scoreWords('anxiety')).toBe('anxiety');
    expect(scoreWords('mother.avoidance')).toBe('mother avoidance');
    expect(scoreWords('global_total')).toBe('global total');
  });

  it('shows at most two decimals and a dash for no value', () => {
    expect(formatScoreValue(4.5)).toBe('4.5');
    expect(formatScoreValue(4.3333)).toBe('4.33');
    expect(formatScoreValue(12)).toBe('12');
    expect(formatScoreValue(null)).toBe('–');
    expect(formatScoreValue('high')).toBe('high');
  });

  it('dates briefly, with the year only when it is not this one', () => {
    const now = new Date('2025-12-01T12:00:00');
    expect(shortDate('2025-11-23T10:00:00', 'en-US', now)).toBe('Nov 23');
    expect(shortDate('2024-11-23T10:00:00', 'en-US', now)).toBe('Nov 23, 2024');
    expect(shortDate('not a date', 'en-US', now)).toBe('');
  });
});
