import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ContentPack,
  ContentPackList,
  ErrorBody,
  InstallContentPackBody,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { installContentPack, listContentPacks } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody };
const adminOnly = { policy: 'signed-in' as const, roles: ['admin'] };

export const contentPackRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/admin/content-packs',
    {
      config: adminOnly,
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['measures'],
        summary:
          'Install licensed item text for an instrument (our JSON or a FHIR R4 Questionnaire)',
        body: InstallContentPackBody,
        response: { 201: ContentPack, ...errors },
      },
    },
    async (request, reply) => {
      const pack = await installContentPack(signedInContext(request), request.body);
      return reply.status(201).send(pack);
    },
  );

  app.get(
    '/api/admin/content-packs',
    {
      config: adminOnly,
      schema: {
        tags: ['measures'],
        summary: 'Installed content packs',
        response: { 200: ContentPackList, ...errors },
      },
    },
    async (request) => listContentPacks(signedInContext(request)),
  );
};
