import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH, verifyChain, type ChainedFields } from './chain';

function chainOf(count: number) {
  const events: (ChainedFields & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields: ChainedFields = {
      chain_key: 'p1',
      seq,
      at: `2026-01-0${String(seq)}T10:00:00.000Z`,
      practice_id: 'p1',
      actor_id: 'u1',
      actor_role: 'clinician',
      action: 'case.read',
      entity_type: 'case',
      entity_id: 'c1',
      case_id: 'c1',
      outcome: 'success',
      ip: '127.0.0.1',
      request_id: `r${String(seq)}`,
      details: '{}',
      prev_hash: prev,
    };
    const hash = eventHash(fields);
    events.push({ ...fields, hash });
    prev = hash;
  }
  return events;
}

describe('the audit hash chain', () => {
  it('verifies an intact chain and its head', () => {
    const events = chainOf(4);
    const last = events[3];
    expect(verifyChain('p1', events, { seq: 4, hash: last?.hash ?? '' })).toEqual([]);
  });

  it('detects an edited field', () => {
    const events = chainOf(3);
    events[1] = { ...(events[1] as (typeof events)[number]), outcome: 'denied' };
    expect(verifyChain('p1', events)).toEqual([
      { chainKey: 'p1', seq: 2, problem: 'hash mismatch' },
    ]);
  });

  it('detects a deleted event', () => {
    const events = chainOf(3);
    events.splice(1, 1);
    expect(verifyChain('p1', events).map((b) => b.problem)).toEqual([
      'gap in sequence',
      'broken link',
    ]);
  });

  it('detects a re-hashed forgery by the link to the next event', () => {
    const events = chainOf(3);
    const forged = { ...(events[1] as (typeof events)[number]), action: 'case.delete' };
    events[1] = { ...forged, hash: eventHash(forged) };
    expect(verifyChain('p1', events)).toEqual([{ chainKey: 'p1', seq: 3, problem: 'broken link' }]);
  });

  it('detects a truncated tail through the stored head', () => {
    const events = chainOf(3);
    const head = { seq: 3, hash: events[2]?.hash ?? '' };
    expect(verifyChain('p1', events.slice(0, 2), head)).toEqual([
      { chainKey: 'p1', seq: 3, problem: 'head mismatch' },
    ]);
  });
});
