import { getInstrument, type InstrumentDefinition } from '@securebase/measures';
import { describe, expect, it } from 'vitest';
import { changeForInstrument } from './instrument-change';

function instrument(id: string): InstrumentDefinition {
  const definition = getInstrument(id);
  if (definition === undefined) throw new Error(`missing ${id}`);
  return definition;
}

describe('changeForInstrument: published thresholds', () => {
  it('CORE-10 uses the published RCI of 6 points (90%)', () => {
    const result = changeForInstrument(instrument('core-10'), 'total', 20, 14);
    expect(result).toMatchObject({
      available: true,
      basis: 'published_rci',
      kind: 'reliable_change_index',
      points: 6,
      threshold: 6,
      thresholdUnit: 'points',
      difference: -6,
      category: 'reliably_improved',
      source: 'Barkham et al. 2013 abstract',
      evidence: 'confirmed',
    });
    if (result.available) expect(result.detail).toContain('90%');
  });

  it('PHQ-9 uses the IAPT reliable-improvement rule (6 points, secondary evidence)', () => {
    expect(changeForInstrument(instrument('phq-9'), 'total', 15, 10)).toMatchObject({
      basis: 'published_rci',
      kind: 'reliable_improvement',
      category: 'no_reliable_change',
      evidence: 'secondary',
    });
    expect(changeForInstrument(instrument('phq-9'), 'total', 9, 15)).toMatchObject({
      category: 'reliably_deteriorated',
    });
  });

  it('PCL-5 prefers the published RCI (15) over the minimal important difference (9)', () => {
    const result = changeForInstrument(instrument('pcl-5'), 'total', 50, 38);
    expect(result).toMatchObject({ kind: 'reliable_change_index', points: 15 });
    expect(result).toMatchObject({ category: 'no_reliable_change' });
  });
});

describe('changeForInstrument: computed from norms and reliability', () => {
  // CORE-10 without its published RCI: two norms, one clinical (SD 7.7), α = .90.
  const core10 = instrument('core-10');
  const computedCore10: InstrumentDefinition = {
    ...core10,
    psychometrics: { ...core10.psychometrics, publishedChange: [] },
  };

  it('takes the SD of the clinical sample and reports the weakest evidence', () => {
    // S_diff = 7.7 · √(2 · (1 − .90)) = 7.7 · 0.4472136 = 3.443545
    // RC = (12 − 20) / 3.443545 = −2.323188 → reliably improved
    const result = changeForInstrument(computedCore10, 'total', 20, 12);
    expect(result).toMatchObject({
      available: true,
      basis: 'computed',
      threshold: 1.96,
      thresholdUnit: 'z',
      sdPre: 7.7,
      reliability: 0.9,
      category: 'reliably_improved',
      evidence: 'secondary',
    });
    if (result.available && result.basis === 'computed') {
      expect(result.sdiff).toBeCloseTo(3.443545, 6);
      expect(result.rci).toBeCloseTo(-2.323188, 6);
      expect(result.source).toContain('NovoPsych');
      expect(result.detail).toContain('Primary-care counselling clients');
    }
  });

  it('prefers test–retest reliability to internal consistency', () => {
    const pcl5 = instrument('pcl-5');
    const withNorm: InstrumentDefinition = {
      ...pcl5,
      psychometrics: {
        ...pcl5.psychometrics,
        publishedChange: [],
        norms: [
          {
            score: 'total',
            population: 'test',
            mean: 40,
            sd: 10,
            source: 'test',
            evidence: 'confirmed',
          },
        ],
      },
    };
    expect(changeForInstrument(withNorm, 'total', 50, 30)).toMatchObject({ reliability: 0.82 });
  });

  it('gives up when several non-clinical norms leave the SD ambiguous', () => {
    const norms = computedCore10.psychometrics.norms.map((norm) => ({
      ...norm,
      population: 'General population',
    }));
    const ambiguous = {
      ...computedCore10,
      psychometrics: { ...computedCore10.psychometrics, norms },
    };
    expect(changeForInstrument(ambiguous, 'total', 20, 12)).toMatchObject({ available: false });
  });
});

describe('changeForInstrument: never invents numbers', () => {
  it('ECR-RS has a reliability but no norm', () => {
    expect(changeForInstrument(instrument('ecr-rs'), 'mother.anxiety', 4, 2)).toEqual({
      available: false,
      reason: 'no published norm (SD) for this score',
    });
  });

  it('GAD-7 without its published rule would lack a reliability', () => {
    const gad7 = instrument('gad-7');
    const bare = { ...gad7, psychometrics: { ...gad7.psychometrics, publishedChange: [] } };
    expect(changeForInstrument(bare, 'total', 15, 5)).toEqual({
      available: false,
      reason: 'no published reliability for this score',
    });
  });

  it('CSI-4 has no psychometrics at all', () => {
    expect(changeForInstrument(instrument('csi-4'), 'total', 5, 15)).toMatchObject({
      available: false,
    });
  });

  it('non-directional scores (RQ category, RFQ_C) have no improvement', () => {
    expect(changeForInstrument(instrument('rfq-8'), 'rfq_c', 1, 2)).toMatchObject({
      available: false,
      reason: expect.stringContaining('not directional') as unknown,
    });
  });

  it('an unknown score or a non-finite value', () => {
    expect(changeForInstrument(instrument('phq-9'), 'nope', 1, 2)).toMatchObject({
      available: false,
    });
    expect(changeForInstrument(instrument('phq-9'), 'total', Number.NaN, 2)).toMatchObject({
      available: false,
    });
  });
});
