import { parseArgs } from 'node:util';
import { createAdmin } from './admin/create-admin';
import { verifyAuditTrail } from './audit/service';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase, type DbHandle } from './db/create-db';
import { migrateDownAll, migrateToLatest } from './db/migrations';
import { demoLoginsText, seedDemoPractice } from './demo/seed';
import { systemClock } from './lib/clock';
import { addKey, retireOldKeys } from './lib/keyring';
import { countNotesNotUnder, resealProcessNotes } from './process-notes/service';
import { AppError } from './lib/errors';
import { instrumentsCommand, nodeIo, scoreCommand } from './scoring-cli';
import { startServer } from './server';

type Command = (args: string[], env: NodeJS.ProcessEnv) => Promise<number>;

const HELP = `securebase <command>

Commands:
  serve [--demo]        migrate, seed the demo practice when asked and empty, then serve
  migrate [--down]      run database migrations up (or all the way down)
  seed-demo             seed the demo practice into an empty database
  create-admin --email E --name N --practice P
                        create a practice admin; the password comes from
                        SECUREBASE_ADMIN_PASSWORD or standard input
  audit verify          check every audit hash chain; exits 1 on a break
  rotate-notes-key [--retire-old]
                        add a new key to the process-notes keyring and re-seal
                        every process note under it; --retire-old then drops the
                        older keys (refused while any note still needs one).
                        Restart the server afterwards so it seals with the new key
  score --instrument ID --input answers.csv [--format csv|json]
                        score a file of answers (one row per response); exits 1
                        when any row is invalid
  instruments list      the instrument catalogue with licences
  instruments describe ID [--json]
                        one instrument's items, scores, bands and sources
  help                  this text
`;

function configFrom(env: NodeJS.ProcessEnv, args: string[]): Config {
  return loadConfig(args.includes('--demo') ? { ...env, SECUREBASE_DEMO: 'true' } : env);
}

async function withDatabase<T>(config: Config, work: (db: DbHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password for the new admin: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const commands: Record<string, Command> = {
  async serve(args, env) {
    const config = configFrom(env, args);
    const server = await startServer(config, {
      beforeListen: async (app) => {
        if (config.demo && (await seedDemoPractice(app.deps.db.db, app.deps.clock, config))) {
          app.log.info('Seeded the demo practice.');
        }
      },
    });
    if (config.demo) console.log(`\n${demoLoginsText()}\n`);
    console.log(`Secure Base is ready at ${config.publicUrl} (listening on ${server.url})`);
    return -1;
  },
  async migrate(args, env) {
    const config = configFrom(env, args);
    const handle = openDatabase(config.database);
    try {
      const done = args.includes('--down')
        ? await migrateDownAll(handle.db)
        : await migrateToLatest(handle.db);
      console.log(done.length ? done.join('\n') : 'Already up to date.');
      return 0;
    } finally {
      await handle.close();
    }
  },
  async 'seed-demo'(args, env) {
    const config = configFrom(env, args);
    const seeded = await withDatabase(config, (h) => seedDemoPractice(h.db, systemClock, config));
    console.log(seeded ? demoLoginsText() : 'The database already has a practice; nothing seeded.');
    return 0;
  },
  async 'create-admin'(args, env) {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        practice: { type: 'string' },
      },
    });
    const config = configFrom(env, args);
    const password = env.SECUREBASE_ADMIN_PASSWORD ?? (await readStdin());
    const created = await withDatabase(config, (h) =>
      createAdmin(h.db, systemClock, {
        email: values.email ?? '',
        name: values.name ?? '',
        practice: values.practice ?? '',
        password,
      }),
    );
    console.log(
      `Created admin ${values.email ?? ''}${created.createdPractice ? ` and the practice "${values.practice ?? ''}"` : ''}.`,
    );
    return 0;
  },
  async audit(args, env) {
    if (args[0] !== 'verify') {
      console.error('Usage: securebase audit verify');
      return 2;
    }
    const config = configFrom(env, args);
    const report = await withDatabase(config, (h) => verifyAuditTrail(h.db));
    for (const b of report.breaks)
      console.error(`BREAK chain ${b.chainKey} at event ${b.seq}: ${b.problem}`);
    console.log(
      `${report.breaks.length === 0 ? 'Intact' : 'BROKEN'}: ${report.chains} chain(s), ${report.events} event(s), ${report.breaks.length} break(s).`,
    );
    return report.breaks.length === 0 ? 0 : 1;
  },
  async 'rotate-notes-key'(args, env) {
    const config = configFrom(env, args);
    const keyring = addKey(config.notesKeyringFile);
    const { resealed, left } = await withDatabase(config, async (h) => ({
      resealed: await resealProcessNotes(h.db, keyring),
      left: await countNotesNotUnder(h.db, keyring.currentId),
    }));
    console.log(`New key ${keyring.currentId}: re-sealed ${String(resealed)} process note(s).`);
    if (args.includes('--retire-old')) {
      if (left > 0) {
        console.error(
          `${String(left)} note(s) were written under an older key meanwhile; run again once the server has restarted.`,
        );
        return 1;
      }
      retireOldKeys(config.notesKeyringFile, keyring);
      console.log('Older keys removed from the keyring.');
    }
    console.log('Restart the server so that new notes are sealed with the new key.');
    return 0;
  },
  score: (args) => scoreCommand(args, nodeIo),
  instruments: (args) => instrumentsCommand(args, nodeIo),
  help() {
    console.log(HELP);
    return Promise.resolve(0);
  },
};

/** Runs a command; returns the exit code, or -1 when the command keeps the process alive. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      return 78;
    }
    if (error instanceof AppError) {
      console.error(`Refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
