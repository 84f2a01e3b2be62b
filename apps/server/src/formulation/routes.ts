import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorBody,
  Formulation,
  FormulationHistory,
  FormulationQuery,
  IdParams,
  SaveFormulationBody,
} from '@securebase/contracts';
import { Type } from 'typebox';
import { signedInContext } from '../plugins/auth';
import { formulationHistory, readFormulation, saveFormulation } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };

export const formulationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/formulation',
    {
      config: clinicians,
      schema: {
        tags: ['formulation'],
        summary: "A member's formulation (working models, relationship episodes), now or at a date",
        params: IdParams,
        querystring: FormulationQuery,
        response: { 200: Formulation, ...errors },
      },
    },
    async (request) => readFormulation(signedInContext(request), request.params.id, request.query),
  );

  app.put(
    '/api/cases/:id/formulation',
    {
      config: clinicians,
      bodyLimit: 512 * 1024,
      schema: {
        tags: ['formulation'],
        summary: 'Save a new version; from an older base version it answers 409 and keeps both',
        params: IdParams,
        body: SaveFormulationBody,
        response: { 200: Formulation, ...errors },
      },
    },
    async (request) => saveFormulation(signedInContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/cases/:id/formulation/versions',
    {
      config: clinicians,
      schema: {
        tags: ['formulation'],
        summary: "Every saved version of a member's formulation, oldest first",
        params: IdParams,
        querystring: Type.Object({ memberId: FormulationQuery.properties.memberId }),
        response: { 200: FormulationHistory, ...errors },
      },
    },
    async (request) =>
      formulationHistory(signedInContext(request), request.params.id, request.query.memberId),
  );
};
