import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CrisisResources, ErrorBody } from '@securebase/contracts';
import { audit, deny } from '../audit/service';
import { AppError } from '../lib/errors';
import { signedInContext } from '../plugins/auth';
import { crisisResourcesFor, saveCrisisResources } from './crisis';

export const safetyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/crisis-resources',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['safety'],
        summary:
          "The practice's crisis resources (or the default, which says Secure Base is not an emergency service)",
        response: { 200: CrisisResources, 401: ErrorBody },
      },
    },
    async (request) =>
      crisisResourcesFor(app.deps.db.db, signedInContext(request).actor.practiceId),
  );

  app.put(
    '/api/admin/crisis-resources',
    {
      config: { policy: 'signed-in', roles: ['admin'] },
      schema: {
        tags: ['safety'],
        summary: 'Set the crisis resources clients see after a risk answer',
        body: CrisisResources,
        response: { 200: CrisisResources, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const ctx = signedInContext(request);
      if (ctx.actor.role !== 'admin')
        return deny(ctx, { action: 'crisis_resources.update' }, 'forbidden');
      if (request.body.resources.length === 0) {
        throw new AppError('validation_failed', 'Give at least one crisis resource.', {
          field: 'body.resources',
        });
      }
      await ctx.db.transaction().execute(async (trx) => {
        await saveCrisisResources(trx, ctx.actor.practiceId, request.body);
        await audit(ctx, trx, {
          action: 'crisis_resources.update',
          details: { resources: request.body.resources.length },
        });
      });
      return crisisResourcesFor(ctx.db, ctx.actor.practiceId);
    },
  );
};
