import Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';

/**
 * The floor to compare against: a bare Fastify route that validates the same payload with the
 * same JSON schema and inserts it into SQLite with the same durability (WAL, synchronous=FULL).
 */
export async function startBaseline(file: string): Promise<{ app: FastifyInstance; url: string }> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'create table if not exists responses (id integer primary key, assignment text not null unique, answers text not null, created_at text not null)',
  );
  const insert = db.prepare(
    'insert into responses (assignment, answers, created_at) values (?, ?, ?)',
  );
  const app = Fastify({ logger: false });
  const answerSchema = {
    type: 'object',
    required: ['answers'],
    additionalProperties: false,
    properties: {
      answers: {
        type: 'object',
        maxProperties: 200,
        propertyNames: { pattern: '^[a-z0-9.-]+$', maxLength: 40 },
        additionalProperties: { type: 'number' },
      },
    },
  };
  app.post<{ Params: { id: string }; Body: { answers: Record<string, number> } }>(
    '/submit/:id',
    { schema: { body: answerSchema } },
    (request) => {
      const result = insert.run(
        request.params.id,
        JSON.stringify(request.body.answers),
        new Date().toISOString(),
      );
      return { responseId: String(result.lastInsertRowid), status: 'complete', crisis: null };
    },
  );
  app.addHook('onClose', () => db.close());
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}
