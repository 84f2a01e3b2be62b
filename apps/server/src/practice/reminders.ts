import type { ReminderSettings } from '@securebase/contracts';
import { localDateIn, localTimeIn } from '@securebase/practice';
import type { Kysely } from 'kysely';
import { audit } from '../audit/service';
import { casesOfMember } from '../cases/service';
import type { Config } from '../config';
import { isUniqueViolation } from '../db/dialect';
import type { Database, Role } from '../db/schema';
import type { Clock } from '../lib/clock';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { enqueueMail } from '../mail/outbox';
import { practiceReminderMail } from '../mail/templates';
import { isTimeZone, parseLocalTime } from '../schedules/recurrence';
import * as repo from './repo';
import { tasksToday } from './today';

export async function reminderSettingsOf(
  db: Kysely<Database>,
  userId: string,
): Promise<ReminderSettings | null> {
  const row = await db
    .selectFrom('reminder_settings')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? { enabled: row.enabled === 1, localTime: row.local_time, timeZone: row.time_zone }
    : null;
}

/** The client chooses the hour of their daily reminder, in their own time zone, or none. */
export async function saveReminders(
  ctx: SignedInContext,
  body: ReminderSettings,
): Promise<ReminderSettings> {
  if (ctx.actor.role !== 'client' && ctx.actor.role !== 'caregiver') {
    throw new AppError('forbidden', 'Reminders are for clients.');
  }
  if (!parseLocalTime(body.localTime)) {
    throw new AppError('validation_failed', 'Give the time as HH:MM (00:00–23:59).', {
      field: 'body.localTime',
    });
  }
  if (!isTimeZone(body.timeZone)) {
    throw new AppError('validation_failed', `Unknown time zone "${body.timeZone}".`, {
      field: 'body.timeZone',
    });
  }
  const row = {
    user_id: ctx.actor.userId,
    practice_id: ctx.actor.practiceId,
    enabled: body.enabled ? 1 : 0,
    local_time: body.localTime,
    time_zone: body.timeZone,
    updated_at: nowIso(ctx.clock),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('reminder_settings')
      .values(row)
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({
          enabled: row.enabled,
          local_time: row.local_time,
          time_zone: row.time_zone,
          updated_at: row.updated_at,
        }),
      )
      .execute();
    await audit(ctx, trx, {
      action: 'practice.reminders.save',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { enabled: body.enabled },
    });
  });
  return body;
}

export interface ReminderDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
}

/**
 * Mails each client whose chosen hour has come today, in their zone, and who has a task still
 * open: at most one reminder a day, however often this runs and from however many processes
 * (the day's row is claimed by its primary key in the same transaction as the mail). Returns
 * how many were queued.
 */
export async function runDueReminders(deps: ReminderDeps): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db
    .selectFrom('reminder_settings as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.user_id',
      'r.practice_id',
      'r.local_time',
      'r.time_zone',
      'u.email',
      'u.display_name',
      'u.role',
      'u.status',
    ])
    .where('r.enabled', '=', 1)
    .execute();
  let sent = 0;
  for (const person of due) {
    if (person.status !== 'active') continue;
    const today = localDateIn(person.time_zone, now);
    if (localTimeIn(person.time_zone, now) < person.local_time) continue;
    const already = await deps.db
      .selectFrom('reminders_sent')
      .select('user_id')
      .where('user_id', '=', person.user_id)
      .where('local_date', '=', today)
      .executeTakeFirst();
    if (already) continue;
    const ctx = clientContext(deps, person);
    const open = await openTaskCount(ctx);
    if (open === 0) continue;
    try {
      await deps.db.transaction().execute(async (trx) => {
        const mail = practiceReminderMail({
          displayName: person.display_name,
          open,
          link: `${deps.config.publicUrl}/portal/practice`,
          localTime: person.local_time,
        });
        const outboxId = await enqueueMail(
          trx,
          deps.config,
          { practiceId: person.practice_id, to: person.email, ...mail },
          now.toISOString(),
        );
        await trx
          .insertInto('reminders_sent')
          .values({
            user_id: person.user_id,
            local_date: today,
            outbox_id: outboxId,
            sent_at: now.toISOString(),
          })
          .execute();
        await audit(ctx, trx, {
          action: 'practice.reminder.sent',
          entityType: 'user',
          entityId: person.user_id,
          details: { localDate: today },
        });
      });
      sent += 1;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // already reminded today
    }
  }
  return sent;
}

function clientContext(
  deps: ReminderDeps,
  person: { user_id: string; practice_id: string; role: Role; display_name: string },
): SignedInContext {
  return {
    db: deps.db,
    config: deps.config,
    clock: deps.clock,
    actor: {
      userId: person.user_id,
      practiceId: person.practice_id,
      role: person.role,
      displayName: person.display_name,
    },
    meta: { requestId: `reminders-${uuidv7()}`, ip: null, userAgent: 'securebase reminders' },
  };
}

async function openTaskCount(ctx: SignedInContext): Promise<number> {
  const memberships = await casesOfMember(ctx, ctx.db);
  const assignments = await repo.assignmentsOfMembers(
    ctx.db,
    memberships.map((m) => m.memberId),
  );
  const facts = await repo.completionFacts(
    ctx.db,
    assignments.map((a) => a.id),
  );
  return tasksToday(assignments, facts, ctx.clock.now()).filter((t) => !t.done).length;
}
