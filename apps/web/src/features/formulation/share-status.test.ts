import type { SharedText } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { shareStatus } from './share-status';

const text = (over: Partial<SharedText>): SharedText => ({
  id: 't1',
  memberId: 'm1',
  kind: 'formulation_summary',
  paragraphs: ['An old fear wakes up.', 'It made sense once.'],
  sharedBy: 'Dr Ada Rivers',
  sharedAt: '2026-03-01T10:00:00.000Z',
  ...over,
});

describe('shareStatus', () => {
  it('says nothing can be shared before a summary is saved', () => {
    expect(shareStatus([], 'm1', '  \n ')).toEqual({ kind: 'nothing_saved' });
  });

  it('says a saved summary has never been shared', () => {
    expect(shareStatus([], 'm1', 'An old fear wakes up.')).toEqual({ kind: 'never' });
  });

  it('reads the same paragraphs, however spaced, as the summary the client has', () => {
    expect(
      shareStatus([text({})], 'm1', '  An old fear wakes up.\n\n\n  It made sense once. '),
    ).toEqual({ kind: 'current', sharedAt: '2026-03-01T10:00:00.000Z', sharedBy: 'Dr Ada Rivers' });
  });

  it('notices the saved summary has moved on since it was shared', () => {
    expect(shareStatus([text({})], 'm1', 'An old fear wakes up.').kind).toBe('older');
  });

  it('looks only at the newest formulation summary of this member', () => {
    const texts = [
      text({ id: 't3', kind: 'attachment_reading', paragraphs: ['Reading'] }),
      text({ id: 't2', memberId: 'm2', paragraphs: ['Partner'] }),
      text({ id: 't1', paragraphs: ['Newest'] }),
      text({ id: 't0', paragraphs: ['Oldest'] }),
    ];
    expect(shareStatus(texts, 'm1', 'Newest').kind).toBe('current');
    expect(shareStatus(texts, 'm1', 'Oldest').kind).toBe('older');
    expect(shareStatus(texts, 'm2', 'Partner').kind).toBe('current');
  });
});
