import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, OperationOutcomeBody } from '@securebase/contracts';
import { Type } from 'typebox';
import { signedInContext } from '../plugins/auth';
import { exportQuestionnaire, exportResponse } from './service';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** Errors here are OperationOutcome resources (see plugins/errors.ts). */
const errors = {
  400: OperationOutcomeBody,
  401: OperationOutcomeBody,
  403: OperationOutcomeBody,
  404: OperationOutcomeBody,
};

/** Catalogue ids (`phq-9`) and practice measures (`custom.check-in`). */
const InstrumentParams = Type.Object({
  instrumentId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' }),
});

/**
 * The body's shape is HL7's: the FHIR schema is checked in the tests. This schema only names the
 * resource type and lets every other property through to the serialiser.
 */
const fhirResource = (resourceType: string) =>
  Type.Object({ resourceType: Type.Literal(resourceType) }, { additionalProperties: true });

export const fhirExportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/fhir/Questionnaire/:instrumentId',
    {
      // Catalogue content and licensed wording, no client data.
      config: { policy: 'signed-in', roles: ['clinician', 'admin', 'researcher'] },
      schema: {
        tags: ['fhir'],
        summary: 'An instrument as a FHIR R4 Questionnaire (wording only where we may share it)',
        params: InstrumentParams,
        response: { 200: fhirResource('Questionnaire'), ...errors },
      },
    },
    async (request, reply) => {
      const questionnaire = await exportQuestionnaire(
        signedInContext(request),
        request.params.instrumentId,
      );
      return reply.type(FHIR_JSON).send(questionnaire);
    },
  );

  app.get(
    '/api/fhir/QuestionnaireResponse/:id',
    {
      config: { policy: 'signed-in', roles: ['clinician'] },
      schema: {
        tags: ['fhir'],
        summary:
          'A submitted response as a FHIR R4 Bundle: its QuestionnaireResponse and one Observation per score',
        params: IdParams,
        response: { 200: fhirResource('Bundle'), ...errors },
      },
    },
    async (request, reply) => {
      const bundle = await exportResponse(signedInContext(request), request.params.id);
      return reply.type(FHIR_JSON).send(bundle);
    },
  );
};
