import type { RiskAlert } from '@securebase/contracts';
import { getInstrument } from '@securebase/measures';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { loadCaseFacts } from '../cases/service';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import * as repo from './repo';

type AlertView = Awaited<ReturnType<typeof repo.alertsForClinician>>[number];

function present(row: AlertView): RiskAlert {
  return {
    id: row.id,
    caseId: row.case_id,
    caseTitle: row.case_title,
    memberName: row.member_name,
    instrumentId: row.instrument_id,
    instrumentName: getInstrument(row.instrument_id)?.name ?? row.instrument_id,
    items: JSON.parse(row.items) as string[],
    responseId: row.response_id,
    createdAt: row.created_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by_name,
    note: row.acknowledgement_note,
  };
}

/** The clinician's dashboard: alerts in their cases, open ones first, newest first. */
export async function listAlerts(ctx: SignedInContext): Promise<{ alerts: RiskAlert[] }> {
  if (ctx.actor.role !== 'clinician') return deny(ctx, { action: 'risk_alert.list' }, 'forbidden');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.alertsForClinician(trx, ctx.actor.userId, ctx.actor.practiceId);
    await audit(ctx, trx, { action: 'risk_alert.list', details: { alerts: rows.length } });
    const alerts = rows.map(present);
    return {
      alerts: [
        ...alerts.filter((a) => !a.acknowledgedAt),
        ...alerts.filter((a) => a.acknowledgedAt),
      ],
    };
  });
}

/** Acknowledged with a note by a clinician on the care team; a later answer of 0 never clears it. */
export async function acknowledgeAlert(
  ctx: SignedInContext,
  alertId: string,
  note: string,
): Promise<RiskAlert> {
  const alert = await repo.findAlert(ctx.db, alertId);
  const facts = alert ? await loadCaseFacts(ctx.db, alert.case_id) : null;
  if (!alert || !facts || !canReadCaseRecord(ctx.actor, facts)) {
    return deny(
      ctx,
      { action: 'risk_alert.acknowledge', entityType: 'risk_alert', entityId: alertId },
      'not_found',
      'No such alert.',
    );
  }
  if (alert.acknowledged_at) throw new AppError('conflict', 'This alert was already acknowledged.');
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('risk_alerts')
      .set({
        acknowledged_at: now,
        acknowledged_by: ctx.actor.userId,
        acknowledgement_note: note.trim(),
      })
      .where('id', '=', alert.id)
      .where('acknowledged_at', 'is', null)
      .execute();
    await audit(ctx, trx, {
      action: 'risk_alert.acknowledge',
      entityType: 'risk_alert',
      entityId: alert.id,
      caseId: alert.case_id,
    });
  });
  const rows = await repo.alertsForClinician(ctx.db, ctx.actor.userId, ctx.actor.practiceId);
  const updated = rows.find((r) => r.id === alert.id);
  if (!updated) throw new Error('alert vanished');
  return present(updated);
}

/** Open risk alerts and overdue measures of a case (the caller authorises and audits). */
export async function caseAttention(db: Kysely<Database>, caseId: string, now: string) {
  const [risks, overdue] = await Promise.all([
    repo.openRiskAlertsOfCase(db, caseId),
    repo.overdueForCase(db, caseId, now),
  ]);
  return {
    risks: risks.map((r) => ({
      memberName: r.member_name,
      instrumentId: r.instrument_id,
      items: JSON.parse(r.items) as string[],
      at: r.created_at,
    })),
    overdue: overdue.map((a) => ({
      memberName: a.member_name,
      instrumentId: a.instrument_id,
      dueAt: a.due_at ?? '',
    })),
  };
}
