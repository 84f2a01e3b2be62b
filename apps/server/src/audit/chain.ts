import { sha256Hex } from '../lib/crypto';

/** The hash before the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an event's hash covers: everything except its own hash. */
export interface ChainedFields {
  chain_key: string;
  seq: number;
  at: string;
  practice_id: string | null;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  case_id: string | null;
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  request_id: string | null;
  details: string;
  prev_hash: string;
}

/** sha256 over a fixed-order JSON array of the fields: changing any field changes the hash. */
export function eventHash(event: ChainedFields): string {
  return sha256Hex(
    JSON.stringify([
      event.chain_key,
      event.seq,
      event.at,
      event.practice_id,
      event.actor_id,
      event.actor_role,
      event.action,
      event.entity_type,
      event.entity_id,
      event.case_id,
      event.outcome,
      event.ip,
      event.request_id,
      event.details,
      event.prev_hash,
    ]),
  );
}

export interface ChainBreak {
  chainKey: string;
  seq: number;
  problem: 'hash mismatch' | 'broken link' | 'gap in sequence' | 'head mismatch';
}

/**
 * Checks one chain, events in ascending `seq`: each hash recomputes, each event points to the
 * previous hash, the sequence has no gaps, and the stored head matches the last event.
 */
export function verifyChain(
  chainKey: string,
  events: readonly (ChainedFields & { hash: string })[],
  head?: { seq: number; hash: string },
): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let previousHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const event of events) {
    if (event.seq !== expectedSeq)
      breaks.push({ chainKey, seq: event.seq, problem: 'gap in sequence' });
    if (event.prev_hash !== previousHash)
      breaks.push({ chainKey, seq: event.seq, problem: 'broken link' });
    if (eventHash(event) !== event.hash)
      breaks.push({ chainKey, seq: event.seq, problem: 'hash mismatch' });
    previousHash = event.hash;
    expectedSeq = event.seq + 1;
  }
  if (head && (head.seq !== expectedSeq - 1 || head.hash !== previousHash)) {
    breaks.push({ chainKey, seq: head.seq, problem: 'head mismatch' });
  }
  return breaks;
}
