import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody, PortalHome } from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { portalHome } from './service';

export const portalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/portal',
    {
      config: { policy: 'signed-in', roles: ['client', 'caregiver'] },
      schema: {
        tags: ['portal'],
        summary: "A client's or caregiver's home: their cases and tasks",
        response: { 200: PortalHome, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => portalHome(signedInContext(request)),
  );
};
