import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody, IdParams, SavePlanBody, TreatmentPlan } from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { readPlan, savePlan } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };

export const treatmentPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/plan',
    {
      config: clinicians,
      schema: {
        tags: ['outcomes'],
        summary: 'The treatment plan: goals, their measures and targets, progress, review date',
        params: IdParams,
        response: { 200: TreatmentPlan, ...errors },
      },
    },
    async (request) => readPlan(signedInContext(request), request.params.id),
  );

  app.put(
    '/api/cases/:id/plan',
    {
      config: clinicians,
      schema: {
        tags: ['outcomes'],
        summary: 'Save the plan as a new version (409 when it moved on since you opened it)',
        params: IdParams,
        body: SavePlanBody,
        response: { 200: TreatmentPlan, ...errors, 409: ErrorBody },
      },
    },
    async (request) => savePlan(signedInContext(request), request.params.id, request.body),
  );
};
