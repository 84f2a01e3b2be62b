import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

const OpenApiDocument = Type.Object(
  { openapi: Type.String(), info: Type.Object({}, { additionalProperties: true }) },
  { additionalProperties: true },
);

export const openApiRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/openapi.json',
    {
      config: { policy: 'public' },
      schema: { hide: true, response: { 200: OpenApiDocument } },
    },
    () => app.swagger() as { openapi: string; info: Record<string, unknown> },
  );
};
