import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import type { Clock } from '../lib/clock';
import { deliverQueued, smtpTransport, type MailTransport } from './outbox';

/** Delivers queued mail after commits, one run at a time. */
export interface Mailer {
  /** Start a delivery run in the background (after a commit that queued mail). */
  kick(): void;
  /** Deliver now and wait; tests and shutdown use it. */
  flush(): Promise<{ sent: number; failed: number }>;
}

export function createMailer(
  db: Kysely<Database>,
  config: Config,
  clock: Clock,
  onError: (error: unknown) => void,
  transport: MailTransport | null = smtpTransport(config),
): Mailer {
  let running: Promise<{ sent: number; failed: number }> | null = null;
  const flush = async () => {
    while (running) await running.catch(() => undefined);
    running = deliverQueued(db, config, transport, () => clock.now());
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  return {
    flush,
    kick() {
      if (!transport) return;
      flush().catch(onError);
    },
  };
}
