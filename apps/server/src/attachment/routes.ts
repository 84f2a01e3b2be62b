import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AttachmentProfile, ErrorBody, IdParams } from '@securebase/contracts';
import { Type } from 'typebox';
import { signedInContext } from '../plugins/auth';
import { attachmentProfile, attachmentReport } from './service';

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

  app.get(
    '/api/cases/:id/attachment/report',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['attachment'],
        summary:
          "One member's attachment profile as a PDF: for the record (clinician) or in plain words (client)",
        params: IdParams,
        querystring: Type.Object({
          memberId: IdParams.properties.id,
          audience: Type.Union([Type.Literal('clinician'), Type.Literal('client')]),
        }),
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const pdf = await attachmentReport(
        signedInContext(request),
        request.params.id,
        request.query,
      );
      const name =
        request.query.audience === 'client' ? 'attachment-picture' : 'attachment-profile';
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}.pdf"`)
        .send(pdf);
    },
  );
};
