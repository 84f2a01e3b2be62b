import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase } from './db/create-db';
import { migrateToLatest } from './db/migrations';
import { runDueReminders } from './practice/reminders';
import { runDueSchedules } from './schedules/service';

/** How often due measures are given, practice reminders mailed, and their mail sent. */
export const SCHEDULER_INTERVAL_MS = 60_000;

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates, builds the app and listens; closes gracefully on signals. */
export async function startServer(
  config: Config,
  hooks: { beforeListen?: (app: FastifyInstance) => Promise<void> } = {},
): Promise<RunningServer> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db.db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = await buildApp({ config, db, closeDbOnClose: true });
  app.server.requestTimeout = 30_000;
  app.server.headersTimeout = 20_000;
  app.server.keepAliveTimeout = 5_000;
  if (hooks.beforeListen) await hooks.beforeListen(app);
  const url = await app.listen({ port: config.port, host: config.host });
  let remindersRunning = false;
  const tick = () => {
    runDueSchedules({ db: app.deps.db.db, config: app.deps.config, clock: app.deps.clock })
      .then((given) => {
        if (given > 0) {
          app.log.info({ given }, 'gave scheduled measures');
          app.deps.mailer.kick();
        }
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'scheduler run failed'));
    // A run that outlasts the interval is not started again on top of itself.
    if (remindersRunning) return;
    remindersRunning = true;
    runDueReminders({ db: app.deps.db.db, config: app.deps.config, clock: app.deps.clock })
      .then((sent) => {
        if (sent > 0) {
          app.log.info({ sent }, 'queued practice reminders');
          app.deps.mailer.kick();
        }
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'reminder run failed'))
      .finally(() => {
        remindersRunning = false;
      });
  };
  tick();
  const timer = setInterval(tick, SCHEDULER_INTERVAL_MS);
  timer.unref();

  let closing = false;
  const close = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    clearInterval(timer);
    await app.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { app, url, close };
}
