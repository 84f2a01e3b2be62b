import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import { uuidv7 } from '../lib/ids';

export interface MailMessage {
  practiceId: string | null;
  to: string;
  subject: string;
  text: string;
}

/**
 * Every message is first written to the outbox in the caller's transaction, so a committed
 * change never loses its mail. With SMTP configured it is `queued` and delivered after the
 * commit; without, it is `held` in the outbox for admins to read (the demo's default).
 */
export async function enqueueMail(
  trx: Kysely<Database>,
  config: Config,
  message: MailMessage,
  now: string,
): Promise<string> {
  const id = uuidv7();
  await trx
    .insertInto('outbox')
    .values({
      id,
      practice_id: message.practiceId,
      to_address: message.to,
      subject: message.subject,
      body_text: message.text,
      status: config.smtp ? 'queued' : 'held',
      attempts: 0,
      last_error: null,
      created_at: now,
      sent_at: null,
    })
    .execute();
  return id;
}

export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
}

export function smtpTransport(config: Config): MailTransport | null {
  if (!config.smtp) return null;
  const { host, port, secure, user, password } = config.smtp;
  return nodemailer.createTransport({
    host,
    port,
    secure,
    ...(user ? { auth: { user, pass: password ?? '' } } : {}),
  });
}

/** Sends what is queued; failures stay queued with the error (no message body in logs). */
export async function deliverQueued(
  db: Kysely<Database>,
  config: Config,
  transport: MailTransport | null,
  now: () => Date,
): Promise<{ sent: number; failed: number }> {
  const tally = { sent: 0, failed: 0 };
  if (!transport) return tally;
  const queued = await db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'queued')
    .where('attempts', '<', 10)
    .orderBy('created_at')
    .limit(50)
    .execute();
  for (const message of queued) {
    try {
      await transport.sendMail({
        from: config.mailFrom,
        to: message.to_address,
        subject: message.subject,
        text: message.body_text,
      });
      await db
        .updateTable('outbox')
        .set({
          status: 'sent',
          sent_at: now().toISOString(),
          attempts: message.attempts + 1,
          last_error: null,
        })
        .where('id', '=', message.id)
        .execute();
      tally.sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 300) : 'unknown error';
      await db
        .updateTable('outbox')
        .set({
          attempts: message.attempts + 1,
          last_error: reason,
          status: message.attempts + 1 >= 10 ? 'failed' : 'queued',
        })
        .where('id', '=', message.id)
        .execute();
      tally.failed += 1;
    }
  }
  return tally;
}

export function listOutbox(db: Kysely<Database>, practiceId: string) {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}
