import type { HistoryEntry } from '@securebase/contracts';

const base = {
  memberId: '01900000-0000-7000-8000-000000000010',
  detail: null,
  from: null,
  to: null,
  ageFrom: null,
  ageTo: null,
  aceItem: null,
  author: 'clinician',
  sharedWithClinician: true,
  createdAt: '2025-01-10T10:00:00.000Z',
} satisfies Partial<HistoryEntry>;

/** A member's lifeline with every kind, dated and aged entries, and one shared by the client. */
export const historyFixture: HistoryEntry[] = [
  {
    ...base,
    id: 'e1',
    kind: 'caregiver',
    title: 'Grandmother',
    from: '1993-05-01',
    to: '2001-09-01',
  },
  { ...base, id: 'e2', kind: 'caregiver', title: 'Mother', from: '1993-05-01' },
  { ...base, id: 'e3', kind: 'move', title: 'Moved to live with mother', from: '2001-09-01' },
  {
    ...base,
    id: 'e4',
    kind: 'adverse_experience',
    title: 'Hard years at home',
    ageFrom: 10,
    ageTo: 12,
    aceItem: 9,
  },
  {
    ...base,
    id: 'e5',
    kind: 'loss',
    title: 'Grandfather died',
    ageFrom: 9,
    author: 'client',
    detail: 'I still think of his garden.',
  },
  { ...base, id: 'e6', kind: 'turning_point', title: 'Started therapy', from: '2024-02-01' },
  { ...base, id: 'e7', kind: 'separation', title: 'A summer away' },
];
