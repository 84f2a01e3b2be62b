import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorBody,
  IdParams,
  SharedText,
  SharedTextList,
  ShareTextBody,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { sharedTextsForMe, sharedTextsOfCase, shareText } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const sharedTextRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/cases/:id/shared-texts',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['attachment'],
        summary:
          "Share the client's plain-language attachment reading or formulation summary, as it stands now",
        params: IdParams,
        body: ShareTextBody,
        response: { 201: SharedText, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await shareText(signedInContext(request), request.params.id, request.body)),
  );

  app.get(
    '/api/cases/:id/shared-texts',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['attachment'],
        summary: 'What the care team has shared with the members of this case, newest first',
        params: IdParams,
        response: { 200: SharedTextList, ...errors },
      },
    },
    async (request) => sharedTextsOfCase(signedInContext(request), request.params.id),
  );

  app.get(
    '/api/portal/shared-texts',
    {
      config: { policy: 'signed-in', roles: ['client', 'caregiver'] },
      schema: {
        tags: ['attachment'],
        summary: 'What the clinician has shared with me in words, newest first',
        response: { 200: SharedTextList, ...errors },
      },
    },
    async (request) => sharedTextsForMe(signedInContext(request)),
  );
};
