import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AttachmentProfile, ErrorBody, IdParams } from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { attachmentProfile } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/attachment',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['attachment'],
        summary:
          'Each member on the anxiety × avoidance plane (ECR-R over time), their relationship map (ECR-RS) and RQ prototypes',
        params: IdParams,
        response: { 200: AttachmentProfile, ...errors },
      },
    },
    async (request) => attachmentProfile(signedInContext(request), request.params.id),
  );
};
