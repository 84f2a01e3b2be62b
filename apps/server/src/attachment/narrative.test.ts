import type { GeneralAttachment } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { attachmentReading } from './narrative';

const point = (anxiety: number, avoidance: number, date: string) => ({
  responseId: `r-${date}`,
  submittedAt: `${date}T10:00:00.000Z`,
  anxiety,
  avoidance,
  region: (anxiety > 4
    ? avoidance > 4
      ? 'fearful'
      : 'preoccupied'
    : avoidance > 4
      ? 'dismissing'
      : 'secure') as 'secure',
  clearlyInRegion: false,
});

function general(points: ReturnType<typeof point>[]): GeneralAttachment {
  return {
    instrumentId: 'ecr-r',
    instrumentName: 'ECR-R',
    citation: 'Fraley et al. 2000',
    points,
    uncertainty: null,
    uncertaintyNote: 'none',
    reference: null,
    change:
      points.length > 1
        ? [
            {
              dimension: 'anxiety',
              previous: 6,
              current: 4.5,
              difference: -1.5,
              category: null,
              meaning: 'A move towards less worry.',
            },
            {
              dimension: 'avoidance',
              previous: 4.5,
              current: 3,
              difference: -1.5,
              category: null,
              meaning: 'A move towards more comfort.',
            },
          ]
        : [],
  };
}

describe('the reading of the attachment picture', () => {
  it('says where the latest answers sit, tentatively and with its references', () => {
    const reading = attachmentReading('Maya', general([point(5.5, 2.5, '2026-11-23')]), null, null);
    expect(reading.clinician[0]).toMatch(/anxiety 5\.5 and avoidance 2\.5/);
    expect(reading.clinician[0]).toMatch(/preoccupied region/);
    expect(reading.clinician[0]).toMatch(/not a category or a diagnosis/);
    expect(reading.clinician[0]).toMatch(/rough guide only/);
    expect(reading.references.some((r) => r.startsWith('Fraley, R. C., Waller'))).toBe(true);
    expect(reading.references.some((r) => r.startsWith('Jacobson'))).toBe(false);
  });

  it('tells the client in plain words, never with a label', () => {
    const reading = attachmentReading('Maya', general([point(5.5, 2.5, '2026-11-23')]), null, null);
    const text = reading.client.join(' ');
    expect(text).toMatch(/often worry about whether the people close to you will be there/);
    expect(text).toMatch(/fairly comfortable being close/);
    expect(text).toMatch(/not labels or a diagnosis/);
    expect(text).not.toMatch(/preoccupied|fearful|dismissing|ECR/i);
  });

  it('describes change over administrations with its meaning, citing Jacobson & Truax', () => {
    const reading = attachmentReading(
      'Maya',
      general([point(6, 4.5, '2026-09-19'), point(4.5, 3, '2026-11-23')]),
      null,
      null,
    );
    expect(reading.clinician.join(' ')).toMatch(/Across 2 administrations: anxiety 6 to 4\.5/);
    expect(reading.client.join(' ')).toMatch(/moved towards feeling more settled/);
    expect(reading.references.some((r) => r.startsWith('Jacobson'))).toBe(true);
  });

  it('has nothing to say without attachment measures', () => {
    expect(attachmentReading('Ben', null, null, null)).toEqual({
      clinician: [],
      client: [],
      references: [],
    });
  });
});
