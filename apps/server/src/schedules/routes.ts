import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ClosingSummary,
  DischargeBody,
  ErrorBody,
  IdParams,
  Schedule,
  ScheduleBody,
  ScheduleList,
} from '@securebase/contracts';
import { closingSummary, dischargeCase } from '../outcomes/discharge-service';
import { signedInContext } from '../plugins/auth';
import { caseSchedules, createSchedule, endSchedule } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };

export const scheduleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/schedules',
    {
      config: clinicians,
      schema: {
        tags: ['outcomes'],
        summary: "The case's measurement schedules, each with when it is next due",
        params: IdParams,
        response: { 200: ScheduleList, ...errors },
      },
    },
    async (request) => caseSchedules(signedInContext(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/schedules',
    {
      config: clinicians,
      schema: {
        tags: ['outcomes'],
        summary: 'Schedule a measure: every session, every N weeks, at discharge, or follow-ups',
        params: IdParams,
        body: ScheduleBody,
        response: { 201: Schedule, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createSchedule(signedInContext(request), request.params.id, request.body)),
  );

  app.post(
    '/api/schedules/:id/end',
    {
      config: clinicians,
      schema: {
        tags: ['outcomes'],
        summary: 'Stop a schedule; what was given stays',
        params: IdParams,
        response: { 200: ScheduleList, ...errors },
      },
    },
    async (request) => endSchedule(signedInContext(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/discharge',
    {
      config: clinicians,
      schema: {
        tags: ['outcomes'],
        summary: 'Discharge the case: it closes and stays readable; follow-ups continue',
        params: IdParams,
        body: DischargeBody,
        response: { 200: ClosingSummary, ...errors, 409: ErrorBody },
      },
    },
    async (request) => dischargeCase(signedInContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/cases/:id/closing-summary',
    {
      config: clinicians,
      schema: {
        tags: ['outcomes'],
        summary: 'First and last scores with reliable change, and the follow-ups still to come',
        params: IdParams,
        response: { 200: ClosingSummary, ...errors },
      },
    },
    async (request) => closingSummary(signedInContext(request), request.params.id),
  );
};
