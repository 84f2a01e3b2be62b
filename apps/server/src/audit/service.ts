import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError, type ErrorCode } from '../lib/errors';
import { nowIso, type ServiceContext, type SignedInContext } from '../lib/context';
import { verifyChain, type ChainBreak } from './chain';
import { appendAuditEvent, listAuditEvents, loadChains, type AuditFilter } from './repo';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  caseId?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  details?: Record<string, unknown>;
  /** For events before anyone is signed in (a failed login names the account's practice). */
  practiceId?: string | null;
  actorId?: string | null;
  actorRole?: string | null;
}

/** Records an event in the given transaction (the one that makes the change). */
export async function audit(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  entry: AuditEntry,
): Promise<void> {
  await appendAuditEvent(trx, {
    at: nowIso(ctx.clock),
    practiceId: entry.practiceId !== undefined ? entry.practiceId : (ctx.actor?.practiceId ?? null),
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.actor?.userId ?? null),
    actorRole: entry.actorRole !== undefined ? entry.actorRole : (ctx.actor?.role ?? null),
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    caseId: entry.caseId ?? null,
    outcome: entry.outcome ?? 'success',
    ip: ctx.meta.ip,
    requestId: ctx.meta.requestId,
    details: entry.details ?? {},
  });
}

/**
 * A refusal is audited in its own transaction (nothing else is written), then thrown.
 * A read of something the actor may not know exists answers 404, a forbidden action 403.
 */
export async function deny(
  ctx: ServiceContext,
  entry: AuditEntry,
  code: Extract<ErrorCode, 'not_found' | 'forbidden' | 'unauthenticated' | 'rate_limited'>,
  message?: string,
): Promise<never> {
  await ctx.db.transaction().execute((trx) => audit(ctx, trx, { ...entry, outcome: 'denied' }));
  const fallback = code === 'not_found' ? 'Not found.' : 'You may not do this.';
  throw new AppError(code, message ?? fallback);
}

export async function browseAudit(ctx: SignedInContext, filter: Omit<AuditFilter, 'practiceId'>) {
  if (ctx.actor.role !== 'admin') {
    return deny(
      ctx,
      { action: 'audit.browse' },
      'forbidden',
      'Only practice admins read the audit trail.',
    );
  }
  const rows = await ctx.db.transaction().execute(async (trx) => {
    const found = await listAuditEvents(trx, { ...filter, practiceId: ctx.actor.practiceId });
    await audit(ctx, trx, { action: 'audit.browse', details: { returned: found.length } });
    return found;
  });
  const events = rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    caseId: r.case_id,
    outcome: r.outcome,
    ip: r.ip,
  }));
  const last = events.at(-1);
  return { events, nextBefore: events.length === filter.limit && last ? last.seq : null };
}

export interface VerifyReport {
  chains: number;
  events: number;
  breaks: ChainBreak[];
}

/** Walks every chain; used by `securebase audit verify`. */
export async function verifyAuditTrail(db: Kysely<Database>): Promise<VerifyReport> {
  const report: VerifyReport = { chains: 0, events: 0, breaks: [] };
  for (const chain of await loadChains(db)) {
    const events = await chain.events();
    report.chains += 1;
    report.events += events.length;
    report.breaks.push(...verifyChain(chain.chainKey, events, chain.head));
  }
  return report;
}
