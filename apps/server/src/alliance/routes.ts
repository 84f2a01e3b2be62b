import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AllianceMeasureChoice,
  AllianceQuery,
  AllianceView,
  ChooseAllianceMeasureBody,
  ErrorBody,
  IdParams,
  RecordRuptureBody,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import {
  allianceMeasureChoice,
  allianceView,
  chooseAllianceMeasure,
  recordRupture,
} from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };
const admins = { policy: 'signed-in' as const, roles: ['admin'] };

export const allianceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/alliance',
    {
      config: clinicians,
      schema: {
        tags: ['alliance'],
        summary: "A member's alliance line: ratings, running baseline, drops, ruptures and repairs",
        params: IdParams,
        querystring: AllianceQuery,
        response: { 200: AllianceView, ...errors },
      },
    },
    async (request) =>
      allianceView(signedInContext(request), request.params.id, request.query.memberId),
  );

  app.put(
    '/api/responses/:id/rupture',
    {
      config: clinicians,
      schema: {
        tags: ['alliance'],
        summary: 'Record the rupture at an alliance rating and the repair attempted',
        params: IdParams,
        body: RecordRuptureBody,
        response: { 200: AllianceView, ...errors },
      },
    },
    async (request) => recordRupture(signedInContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/admin/alliance-measure',
    {
      config: admins,
      schema: {
        tags: ['alliance'],
        summary: "The practice's alliance measure and the installed measures it could be",
        response: { 200: AllianceMeasureChoice, ...errors },
      },
    },
    async (request) => allianceMeasureChoice(signedInContext(request)),
  );

  app.put(
    '/api/admin/alliance-measure',
    {
      config: admins,
      schema: {
        tags: ['alliance'],
        summary: "Choose the practice's alliance measure",
        body: ChooseAllianceMeasureBody,
        response: { 200: AllianceMeasureChoice, ...errors },
      },
    },
    async (request) => chooseAllianceMeasure(signedInContext(request), request.body),
  );
};
