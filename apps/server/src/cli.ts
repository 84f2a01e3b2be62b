import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase } from './db/create-db';
import { migrateDownAll, migrateToLatest } from './db/migrations';
import { startServer } from './server';

type Command = (args: string[], env: NodeJS.ProcessEnv) => Promise<number>;

const HELP = `securebase <command>

Commands:
  serve [--demo]        migrate, then serve the app (PORT, HOST, DATABASE_URL)
  migrate [--down]      run database migrations up (or all the way down)
  help                  this text
`;

function configFrom(env: NodeJS.ProcessEnv, args: string[]): Config {
  return loadConfig(args.includes('--demo') ? { ...env, SECUREBASE_DEMO: 'true' } : env);
}

const commands: Record<string, Command> = {
  async serve(args, env) {
    const config = configFrom(env, args);
    const server = await startServer(config);
    server.app.log.info(
      `Secure Base is listening on ${server.url} (public URL ${config.publicUrl})`,
    );
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
    throw error;
  }
}
