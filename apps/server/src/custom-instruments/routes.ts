import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CustomInstrument,
  CustomInstrumentList,
  ErrorBody,
  ImportCustomInstrumentBody,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { importCustomInstrument, listCustomInstruments } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const adminOnly = { policy: 'signed-in' as const, roles: ['admin'] };

export const customInstrumentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/admin/custom-instruments',
    {
      config: adminOnly,
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['measures'],
        summary: "Import a FHIR R4 Questionnaire with answer values as the practice's own measure",
        body: ImportCustomInstrumentBody,
        response: { 201: CustomInstrument, ...errors },
      },
    },
    async (request, reply) => {
      const imported = await importCustomInstrument(signedInContext(request), request.body);
      return reply.status(201).send(imported);
    },
  );

  app.get(
    '/api/admin/custom-instruments',
    {
      config: adminOnly,
      schema: {
        tags: ['measures'],
        summary: "The practice's own measures (current versions)",
        response: { 200: CustomInstrumentList, ...errors },
      },
    },
    async (request) => listCustomInstruments(signedInContext(request)),
  );
};
