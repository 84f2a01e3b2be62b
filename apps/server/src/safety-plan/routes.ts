import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorBody,
  IdParams,
  MySafetyPlan,
  MySafetyPlans,
  SafetyPlan,
  SafetyPlanHistory,
  SafetyPlanQuery,
  SaveMySafetyPlanBody,
  SaveSafetyPlanBody,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import {
  caseSafetyPlanVersions,
  mySafetyPlans,
  readCaseSafetyPlan,
  saveCaseSafetyPlan,
  saveMySafetyPlan,
} from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };
const clients = { policy: 'signed-in' as const, roles: ['client'] };

export const safetyPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/safety-plan',
    {
      config: clinicians,
      schema: {
        tags: ['safety plan'],
        summary: "A client member's safety plan as it stands",
        params: IdParams,
        querystring: SafetyPlanQuery,
        response: { 200: SafetyPlan, ...errors },
      },
    },
    async (request) =>
      readCaseSafetyPlan(signedInContext(request), request.params.id, request.query.memberId),
  );

  app.put(
    '/api/cases/:id/safety-plan',
    {
      config: clinicians,
      schema: {
        tags: ['safety plan'],
        summary: 'Save a new version written with the client; from an older version it answers 409',
        params: IdParams,
        querystring: SafetyPlanQuery,
        body: SaveSafetyPlanBody,
        response: { 200: SafetyPlan, ...errors, 409: ErrorBody },
      },
    },
    async (request) =>
      saveCaseSafetyPlan(
        signedInContext(request),
        request.params.id,
        request.query.memberId,
        request.body,
      ),
  );

  app.get(
    '/api/cases/:id/safety-plan/versions',
    {
      config: clinicians,
      schema: {
        tags: ['safety plan'],
        summary: 'Who saved each version of the plan and when, newest first',
        params: IdParams,
        querystring: SafetyPlanQuery,
        response: { 200: SafetyPlanHistory, ...errors },
      },
    },
    async (request) =>
      caseSafetyPlanVersions(signedInContext(request), request.params.id, request.query.memberId),
  );

  app.get(
    '/api/portal/safety-plan',
    {
      config: clients,
      schema: {
        tags: ['safety plan'],
        summary: "The client's own safety plan (one per case they are in) and the crisis lines",
        response: { 200: MySafetyPlans, ...errors },
      },
    },
    async (request) => mySafetyPlans(signedInContext(request)),
  );

  app.put(
    '/api/portal/safety-plan',
    {
      config: clients,
      schema: {
        tags: ['safety plan'],
        summary: 'The client saves a new version of their own plan; 409 from an older version',
        body: SaveMySafetyPlanBody,
        response: { 200: MySafetyPlan, ...errors, 409: ErrorBody },
      },
    },
    async (request) => saveMySafetyPlan(signedInContext(request), request.body),
  );
};
