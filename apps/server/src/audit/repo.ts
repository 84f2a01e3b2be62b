import type { Kysely } from 'kysely';
import type { AuditEventsTable, Database } from '../db/schema';
import { uuidv7 } from '../lib/ids';
import { eventHash, GENESIS_HASH, type ChainedFields } from './chain';

export interface AuditInput {
  at: string;
  practiceId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  caseId?: string | null;
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  requestId: string | null;
  /** Never clinical content: ids, counts, reasons. */
  details?: Record<string, unknown>;
}

/**
 * Appends one event to its practice's chain. Call inside the transaction of the change it
 * records. Bumping the head row first takes a row lock (PostgreSQL) so that concurrent writers
 * of one practice queue up instead of forking the chain; SQLite serialises writers anyway.
 */
export async function appendAuditEvent(trx: Kysely<Database>, input: AuditInput): Promise<void> {
  const chainKey = input.practiceId ?? 'system';
  await trx
    .insertInto('audit_heads')
    .values({ chain_key: chainKey, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain_key').doNothing())
    .execute();
  const head = await trx
    .updateTable('audit_heads')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('chain_key', '=', chainKey)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const fields: ChainedFields = {
    chain_key: chainKey,
    seq: head.seq,
    at: input.at,
    practice_id: input.practiceId,
    actor_id: input.actorId,
    actor_role: input.actorRole,
    action: input.action,
    entity_type: input.entityType ?? null,
    entity_id: input.entityId ?? null,
    case_id: input.caseId ?? null,
    outcome: input.outcome,
    ip: input.ip,
    request_id: input.requestId,
    details: JSON.stringify(input.details ?? {}),
    prev_hash: head.hash,
  };
  const hash = eventHash(fields);
  await trx
    .insertInto('audit_events')
    .values({ id: uuidv7(), ...fields, hash })
    .execute();
  await trx.updateTable('audit_heads').set({ hash }).where('chain_key', '=', chainKey).execute();
}

export interface AuditFilter {
  practiceId: string;
  action?: string | undefined;
  actorId?: string | undefined;
  caseId?: string | undefined;
  outcome?: AuditEventsTable['outcome'] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export async function listAuditEvents(db: Kysely<Database>, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select([
      'e.id',
      'e.seq',
      'e.at',
      'e.actor_id',
      'u.display_name as actor_name',
      'e.actor_role',
      'e.action',
      'e.entity_type',
      'e.entity_id',
      'e.case_id',
      'e.outcome',
      'e.ip',
    ])
    .where('e.chain_key', '=', filter.practiceId);
  if (filter.action) query = query.where('e.action', '=', filter.action);
  if (filter.actorId) query = query.where('e.actor_id', '=', filter.actorId);
  if (filter.caseId) query = query.where('e.case_id', '=', filter.caseId);
  if (filter.outcome) query = query.where('e.outcome', '=', filter.outcome);
  if (filter.from) query = query.where('e.at', '>=', filter.from);
  if (filter.to) query = query.where('e.at', '<=', filter.to);
  if (filter.before) query = query.where('e.seq', '<', filter.before);
  return query.orderBy('e.seq', 'desc').limit(filter.limit).execute();
}

export async function loadChains(db: Kysely<Database>) {
  const heads = await db.selectFrom('audit_heads').selectAll().orderBy('chain_key').execute();
  return heads.map((head) => ({
    head: { seq: head.seq, hash: head.hash },
    chainKey: head.chain_key,
    events: () =>
      db
        .selectFrom('audit_events')
        .selectAll()
        .where('chain_key', '=', head.chain_key)
        .orderBy('seq', 'asc')
        .execute(),
  }));
}
