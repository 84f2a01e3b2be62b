import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Caseload,
  CaseloadQuery,
  CaseSummary,
  CreateCaseBody,
  ErrorBody,
  IdParams,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import * as cases from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['cases'],
        summary: "The clinician's caseload: cases on whose care team they are",
        querystring: CaseloadQuery,
        response: { 200: Caseload, ...errors },
      },
    },
    async (request) => cases.listCaseload(signedInContext(request), request.query),
  );

  app.post(
    '/api/cases',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['cases'],
        summary: 'Open a case (an individual, a couple or a family); the clinician leads it',
        body: CreateCaseBody,
        response: { 201: CaseSummary, ...errors },
      },
    },
    async (request, reply) => {
      const created = await cases.openCase(signedInContext(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/cases/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary: 'One case, for a clinician on its care team',
        params: IdParams,
        response: { 200: CaseSummary, ...errors },
      },
    },
    async (request) => cases.readCase(signedInContext(request), request.params.id),
  );
};
