import type { Kysely } from 'kysely';
import { audit } from '../audit/service';
import type { Database } from '../db/schema';
import type { SignedInContext } from '../lib/context';
import { uuidv7 } from '../lib/ids';
import { enqueueMail } from '../mail/outbox';
import * as repo from './repo';

type AssignmentView = NonNullable<Awaited<ReturnType<typeof repo.findAssignment>>>;

/**
 * One alert per submission with a positive risk item, created in the submission's own
 * transaction, with mail to every clinician on the care team (no clinical content in the mail).
 */
export async function raiseRiskAlert(
  ctx: SignedInContext,
  trx: Kysely<Database>,
  input: { row: AssignmentView; responseId: string; items: readonly string[]; now: string },
): Promise<void> {
  const alertId = uuidv7();
  await repo.insertRiskAlert(trx, {
    id: alertId,
    practice_id: input.row.practice_id,
    case_id: input.row.case_id,
    member_id: input.row.member_id,
    response_id: input.responseId,
    instrument_id: input.row.instrument_id,
    items: JSON.stringify(input.items),
    created_at: input.now,
    acknowledged_at: null,
    acknowledged_by: null,
    acknowledgement_note: null,
  });
  const team = await trx
    .selectFrom('care_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.email', 'u.display_name'])
    .where('t.case_id', '=', input.row.case_id)
    .where('u.status', '=', 'active')
    .execute();
  for (const clinician of team) {
    await enqueueMail(
      trx,
      ctx.config,
      {
        practiceId: input.row.practice_id,
        to: clinician.email,
        subject: 'Secure Base: a risk answer needs your attention',
        text: [
          `Hello ${clinician.display_name},`,
          '',
          'A questionnaire submitted in one of your cases includes a risk answer.',
          'Please review it and acknowledge the alert:',
          `${ctx.config.publicUrl}/alerts`,
          '',
          'This mail carries no clinical details on purpose.',
        ].join('\n'),
      },
      input.now,
    );
  }
  await audit(ctx, trx, {
    action: 'risk_alert.create',
    entityType: 'risk_alert',
    entityId: alertId,
    caseId: input.row.case_id,
    details: { items: input.items.length },
  });
}
