/**
 * A made-up attachment profile for unit tests (pure data, in the shape of
 * `GET /api/cases/:id/attachment`): one member with all three measures, one with none.
 */
import type { AttachmentProfile } from '@securebase/contracts';

export const profileFixture: AttachmentProfile = {
  caseId: '01900000-0000-7000-8000-000000000001',
  scale: { min: 1, max: 7, boundary: 4 },
  boundaryNote:
    'The regions split at the scale midpoint (4); this is a convention, not a validated cut-off.',
  members: [
    {
      memberId: '01900000-0000-7000-8000-000000000010',
      memberName: 'Test Client',
      general: {
        instrumentId: 'ecr-r',
        instrumentName: 'Experiences in Close Relationships – Revised (ECR-R)',
        citation: 'Fraley, Waller & Brennan (2000).',
        // Deliberately not in date order: the view sorts oldest first.
        points: [
          {
            responseId: '01900000-0000-7000-8000-000000000102',
            submittedAt: '2025-02-10T10:00:00.000Z',
            anxiety: 4.6,
            avoidance: 3.2,
            region: 'preoccupied',
            clearlyInRegion: false,
          },
          {
            responseId: '01900000-0000-7000-8000-000000000101',
            submittedAt: '2025-01-06T10:00:00.000Z',
            anxiety: 5.4,
            avoidance: 3.3,
            region: 'preoccupied',
            clearlyInRegion: true,
          },
          {
            responseId: '01900000-0000-7000-8000-000000000103',
            submittedAt: '2025-03-17T10:00:00.000Z',
            anxiety: 3.9,
            avoidance: 2.8,
            region: 'secure',
            clearlyInRegion: false,
          },
        ],
        uncertainty: {
          anxiety: 0.62,
          avoidance: 0.55,
          confidence: 0.95,
          basis: 'SEM = SD × √(1 − r), SD 1.1 and r 0.92.',
          source: 'Sibley, Fischer & Liu (2005).',
        },
        uncertaintyNote: null,
        reference: {
          anxiety: 3.6,
          avoidance: 2.9,
          population: 'community adults',
          source: 'Fraley et al. (2011).',
        },
        change: [
          {
            dimension: 'anxiety',
            previous: 4.6,
            current: 3.9,
            difference: -0.7,
            category: 'no_reliable_change',
            meaning:
              'A fall smaller than the measure’s error: it suggests, but does not show, less worry.',
          },
          {
            dimension: 'avoidance',
            previous: 3.2,
            current: 2.8,
            difference: -0.4,
            category: null,
            meaning: 'No reliable-change threshold is published for this score.',
          },
        ],
      },
      relationships: {
        responseId: '01900000-0000-7000-8000-000000000201',
        submittedAt: '2025-03-17T10:30:00.000Z',
        citation: 'Fraley, Heffernan, Vicary & Brumbaugh (2011).',
        targets: [
          { target: 'mother', anxiety: 2.5, avoidance: 4.5 },
          { target: 'father', anxiety: null, avoidance: null },
          { target: 'partner', anxiety: 4.5, avoidance: 2.0 },
          { target: 'friend', anxiety: 2.0, avoidance: 2.2 },
          { target: 'global', anxiety: 3.0, avoidance: 2.9 },
        ],
      },
      prototypes: {
        responseId: '01900000-0000-7000-8000-000000000301',
        submittedAt: '2025-03-17T10:40:00.000Z',
        citation: 'Bartholomew & Horowitz (1991).',
        secure: 5,
        fearful: 2,
        preoccupied: 4,
        dismissing: 3,
        selfModel: 2,
        otherModel: 4,
      },
      reading: {
        clinician: ['On the ECR-R the latest answers sit in the preoccupied region.'],
        client: ['Your answers suggest you may sometimes worry about closeness.'],
        references: ['Fraley, Waller & Brennan (2000).'],
      },
    },
    {
      memberId: '01900000-0000-7000-8000-000000000011',
      memberName: 'Second Member',
      general: null,
      relationships: null,
      prototypes: null,
      reading: { clinician: [], client: [], references: [] },
    },
  ],
};
