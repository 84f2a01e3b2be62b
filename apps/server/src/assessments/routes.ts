import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcknowledgeBody,
  AnswersBody,
  AssignBody,
  AssignmentList,
  CaseResults,
  Catalogue,
  ErrorBody,
  IdempotencyHeaders,
  IdParams,
  QuestionnaireForm,
  ResponseResult,
  RiskAlert,
  RiskAlertList,
  SharedResultList,
  SubmitResult,
} from '@securebase/contracts';
import { Type } from 'typebox';
import { signedInContext } from '../plugins/auth';
import { acknowledgeAlert, listAlerts } from './alerts-service';
import { assign, listCaseAssignments, practiceCatalogue } from './assign-service';
import { idempotencyKeyOf } from './idempotency';
import { enterPaperForm, openForm, saveDraft, submit } from './respond-service';
import { caseResults, readResult, sharedWithMe, shareResult } from './results-service';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };
const respondents = { policy: 'signed-in' as const, roles: ['client', 'caregiver'] };

export const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/instruments',
    {
      // Metadata only (names, licences, whether the licensed text is installed): no client data.
      config: { policy: 'signed-in', roles: ['clinician', 'admin', 'researcher'] },
      schema: {
        tags: ['measures'],
        summary: 'The measures catalogue as it stands in this practice',
        response: { 200: Catalogue, ...errors },
      },
    },
    async (request) => practiceCatalogue(signedInContext(request)),
  );

  app.post(
    '/api/cases/:id/assignments',
    {
      config: clinicians,
      schema: {
        tags: ['measures'],
        summary: 'Assign measures to a member of the case (all or nothing)',
        params: IdParams,
        body: AssignBody,
        response: { 201: AssignmentList, ...errors },
      },
    },
    async (request, reply) => {
      const assignments = await assign(signedInContext(request), request.params.id, request.body);
      app.deps.mailer.kick();
      return reply.status(201).send({ assignments });
    },
  );

  app.get(
    '/api/cases/:id/assignments',
    {
      config: clinicians,
      schema: {
        tags: ['measures'],
        summary: 'Measures assigned in a case',
        params: IdParams,
        response: { 200: AssignmentList, ...errors },
      },
    },
    async (request) => listCaseAssignments(signedInContext(request), request.params.id),
  );

  app.get(
    '/api/cases/:id/results',
    {
      config: clinicians,
      schema: {
        tags: ['measures'],
        summary: 'Every submitted measure of a case, over time',
        params: IdParams,
        response: { 200: CaseResults, ...errors },
      },
    },
    async (request) => caseResults(signedInContext(request), request.params.id),
  );

  app.get(
    '/api/assignments/:id/form',
    {
      config: { policy: 'signed-in', roles: ['client', 'caregiver', 'clinician'] },
      schema: {
        tags: ['measures'],
        summary:
          'A questionnaire to answer, with any saved draft (for the care team: the form for paper entry, without the draft)',
        params: IdParams,
        response: { 200: QuestionnaireForm, ...errors },
      },
    },
    async (request) => openForm(signedInContext(request), request.params.id),
  );

  app.put(
    '/api/assignments/:id/draft',
    {
      config: respondents,
      schema: {
        tags: ['measures'],
        summary: 'Save answers so far (never scored)',
        params: IdParams,
        body: AnswersBody,
        response: {
          200: Type.Object({ ok: Type.Literal(true), savedAt: Type.String() }),
          ...errors,
        },
      },
    },
    async (request) => saveDraft(signedInContext(request), request.params.id, request.body.answers),
  );

  app.post(
    '/api/assignments/:id/submit',
    {
      config: respondents,
      schema: {
        tags: ['measures'],
        summary: 'Submit answers; send an Idempotency-Key so a retry is safe',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: AnswersBody,
        response: { 200: SubmitResult, ...errors },
      },
    },
    async (request) =>
      submit(
        signedInContext(request),
        request.params.id,
        request.body.answers,
        idempotencyKeyOf(request.headers['idempotency-key']),
      ),
  );

  app.post(
    '/api/assignments/:id/paper',
    {
      config: clinicians,
      schema: {
        tags: ['measures'],
        summary: "Enter a paper form on the client's behalf (recorded as such)",
        params: IdParams,
        body: AnswersBody,
        response: { 200: SubmitResult, ...errors },
      },
    },
    async (request) =>
      enterPaperForm(signedInContext(request), request.params.id, request.body.answers),
  );

  app.get(
    '/api/responses/:id',
    {
      config: { policy: 'signed-in', roles: ['clinician', 'client', 'caregiver'] },
      schema: {
        tags: ['measures'],
        summary: 'One result: scores, bands, items, change since last time',
        params: IdParams,
        response: { 200: ResponseResult, ...errors },
      },
    },
    async (request) => readResult(signedInContext(request), request.params.id),
  );

  app.post(
    '/api/responses/:id/share',
    {
      config: clinicians,
      schema: {
        tags: ['measures'],
        summary: 'Share a result with the client who answered it',
        params: IdParams,
        body: Type.Object({}),
        response: { 200: ResponseResult, ...errors },
      },
    },
    async (request) => shareResult(signedInContext(request), request.params.id),
  );

  app.get(
    '/api/alerts',
    {
      config: clinicians,
      schema: {
        tags: ['safety'],
        summary: 'Risk alerts in my cases, open ones first',
        response: { 200: RiskAlertList, ...errors },
      },
    },
    async (request) => listAlerts(signedInContext(request)),
  );

  app.post(
    '/api/alerts/:id/acknowledge',
    {
      config: clinicians,
      schema: {
        tags: ['safety'],
        summary: 'Acknowledge a risk alert with a note',
        params: IdParams,
        body: AcknowledgeBody,
        response: { 200: RiskAlert, ...errors },
      },
    },
    async (request) =>
      acknowledgeAlert(signedInContext(request), request.params.id, request.body.note),
  );

  app.get(
    '/api/portal/results',
    {
      config: respondents,
      schema: {
        tags: ['portal'],
        summary: 'Results your clinician has shared with you',
        response: { 200: SharedResultList, ...errors },
      },
    },
    async (request) => sharedWithMe(signedInContext(request)),
  );
};
