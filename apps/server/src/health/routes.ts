import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Health, Readiness } from '@securebase/contracts';
import { isReachable } from '../db/create-db';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      config: { policy: 'public' },
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: Health } },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['health'],
        summary: 'The database is reachable',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const ok = await isReachable(app.deps.db.db);
      return reply.status(ok ? 200 : 503).send({
        status: ok ? ('ready' as const) : ('unavailable' as const),
        database: app.deps.db.dialect,
      });
    },
  );
};
