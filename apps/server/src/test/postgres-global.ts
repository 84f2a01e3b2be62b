import pg from 'pg';
import { DEFAULT_TEST_POSTGRES_URL } from './test-db';

/**
 * Each API suite on the PostgreSQL server works in its own schema. Dropping a schema while
 * another suite migrates races with Kysely's introspection (it lists every schema), so the
 * schemas of a run are named after the run and dropped together once every suite has finished.
 */
export default function setup() {
  const run = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  process.env.TEST_PG_RUN = run;
  return async () => {
    if (process.env.TEST_POSTGRES_MODE === 'pglite') return;
    const client = new pg.Client({
      connectionString: process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL,
    });
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>(
        'select nspname from pg_namespace where nspname like $1',
        [`t_${run}_%`],
      );
      for (const { nspname } of rows) await client.query(`drop schema "${nspname}" cascade`);
    } finally {
      await client.end();
    }
  };
}
