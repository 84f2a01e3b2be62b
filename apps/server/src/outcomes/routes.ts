import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Dashboard, ErrorBody } from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { clinicianDashboard } from './dashboard-service';

const errors = { 401: ErrorBody, 403: ErrorBody };

export const outcomeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/dashboard',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['outcomes'],
        summary: 'Risk, deterioration, alliance drops and overdue measures; each case’s trend',
        response: { 200: Dashboard, ...errors },
      },
    },
    async (request) => clinicianDashboard(signedInContext(request)),
  );
};
