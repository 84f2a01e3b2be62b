import type { ResponseResult } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { easierWay, percentAlong, plainScores } from './plain-result';

const result: ResponseResult = {
  responseId: '0190a0a0-0000-7000-8000-000000000001',
  assignmentId: '0190a0a0-0000-7000-8000-000000000002',
  caseId: '0190a0a0-0000-7000-8000-000000000003',
  memberName: 'Kit Morgan',
  instrumentId: 'phq-9',
  instrumentName: 'Patient Health Questionnaire-9 (PHQ-9)',
  citation: 'Kroenke 2001',
  interpretation: 'Clinician text that a client never sees.',
  status: 'complete',
  submittedAt: '2025-03-03T09:00:00Z',
  entryMode: 'self',
  scores: [
    {
      name: 'total',
      label: 'PHQ-9 total',
      value: 6,
      min: 0,
      max: 27,
      band: 'Mild',
      direction: 'higher_is_worse',
      prorated: false,
    },
  ],
  items: [],
  missingItems: [],
  riskItems: ['phq-9.9'],
  changeSincePrevious: [
    {
      score: 'total',
      previous: 15,
      current: 6,
      difference: -9,
      reliableChange: {
        category: 'reliably_improved',
        basis: 'published_rci',
        threshold: 6,
        thresholdUnit: 'points',
        detail: '',
        source: '',
      },
    },
  ],
  sharedAt: '2025-03-04T09:00:00Z',
};

describe('plainScores', () => {
  it('gives the score, its band with the band edges, the easier way and the change', () => {
    expect(plainScores(result)).toEqual([
      expect.objectContaining({
        label: 'PHQ-9 total',
        value: 6,
        min: 0,
        max: 27,
        band: { min: 5, max: 9, label: 'Mild' },
        easier: 'lower',
        change: { previous: 15, difference: -9, beyondChance: true },
      }),
    ]);
    expect(plainScores(result)[0]?.bands.map((band) => band.label)).toEqual([
      'Minimal',
      'Mild',
      'Moderate',
      'Moderately severe',
      'Severe',
    ]);
  });

  it('says when a change is within chance, and when nobody knows', () => {
    const within = structuredClone(result);
    const line = within.changeSincePrevious[0];
    if (line?.reliableChange) line.reliableChange.category = 'no_reliable_change';
    expect(plainScores(within)[0]?.change?.beyondChance).toBe(false);
    const unknown = structuredClone(result);
    if (unknown.changeSincePrevious[0]) unknown.changeSincePrevious[0].reliableChange = null;
    expect(plainScores(unknown)[0]?.change?.beyondChance).toBeNull();
    expect(plainScores({ ...result, changeSincePrevious: [] })[0]?.change).toBeNull();
  });

  it('has no band for a score that could not be worked out', () => {
    const blank = structuredClone(result);
    if (blank.scores[0]) {
      blank.scores[0].value = null;
      blank.scores[0].band = null;
    }
    expect(plainScores(blank)[0]).toMatchObject({ value: null, band: null });
  });
});

describe('easierWay and percentAlong', () => {
  it('reads the direction of a score', () => {
    expect(easierWay('higher_is_worse')).toBe('lower');
    expect(easierWay('higher_is_better')).toBe('higher');
    expect(easierWay('not_directional')).toBe('neither');
  });
  it('places a value along its range, clamped', () => {
    expect(percentAlong(0, 0, 27)).toBe(0);
    expect(percentAlong(27, 0, 27)).toBe(100);
    expect(percentAlong(30, 0, 27)).toBe(100);
    expect(percentAlong(3, 3, 3)).toBe(50);
  });
});
