import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AssignExerciseBody,
  CasePractice,
  CommentBody,
  ErrorBody,
  ExerciseAssignment,
  IdempotencyHeaders,
  IdParams,
  MyPractice,
  NewEntryBody,
  PracticeEntry,
  ReminderSettings,
  UpdateEntryBody,
} from '@securebase/contracts';
import { Type } from 'typebox';
import { idempotencyKeyOf } from '../assessments/idempotency';
import { signedInContext } from '../plugins/auth';
import { assignExercise, casePractice, endExercise } from './assign-service';
import { commentOnEntry } from './comments-service';
import { createEntry, discardDraft, myPractice, updateEntry } from './entries-service';
import { saveReminders } from './reminders';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  422: ErrorBody,
};
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };
const clients = { policy: 'signed-in' as const, roles: ['client', 'caregiver'] };
const MemberQuery = Type.Object({ memberId: Type.Optional(Type.String({ maxLength: 64 })) });

export const practiceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/practice',
    {
      config: clinicians,
      schema: {
        tags: ['practice'],
        summary: 'Exercises given, their completion, and the entries clients chose to share',
        params: IdParams,
        querystring: MemberQuery,
        response: { 200: CasePractice, ...errors },
      },
    },
    async (request) =>
      casePractice(signedInContext(request), request.params.id, request.query.memberId),
  );

  app.post(
    '/api/cases/:id/practice/assignments',
    {
      config: clinicians,
      schema: {
        tags: ['practice'],
        summary: 'Give an exercise: once, daily or weekly, in the client’s time zone',
        params: IdParams,
        body: AssignExerciseBody,
        response: { 201: ExerciseAssignment, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await assignExercise(signedInContext(request), request.params.id, request.body)),
  );

  app.post(
    '/api/practice-assignments/:id/end',
    {
      config: clinicians,
      schema: {
        tags: ['practice'],
        summary: 'Stop giving an exercise; what was written stays',
        params: IdParams,
        response: { 200: ExerciseAssignment, ...errors },
      },
    },
    async (request) => endExercise(signedInContext(request), request.params.id),
  );

  app.post(
    '/api/practice-entries/:id/comments',
    {
      config: { policy: 'signed-in' as const, roles: ['clinician', 'client', 'caregiver'] },
      schema: {
        tags: ['practice'],
        summary: 'Comment on a shared entry (care team) or on your own entry (client)',
        params: IdParams,
        body: CommentBody,
        response: { 200: PracticeEntry, ...errors },
      },
    },
    async (request) => commentOnEntry(signedInContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/portal/practice',
    {
      config: clients,
      schema: {
        tags: ['practice'],
        summary: 'Today’s tasks first, then my exercises, entries and how things are going',
        response: { 200: MyPractice, ...errors },
      },
    },
    async (request) => myPractice(signedInContext(request)),
  );

  app.post(
    '/api/portal/practice/entries',
    {
      config: clients,
      schema: {
        tags: ['practice'],
        summary: 'Save an entry (draft or finished); send an Idempotency-Key so a retry is safe',
        headers: IdempotencyHeaders,
        body: NewEntryBody,
        response: { 201: PracticeEntry, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createEntry(
            signedInContext(request),
            request.body,
            idempotencyKeyOf(request.headers['idempotency-key']),
          ),
        ),
  );

  app.put(
    '/api/portal/practice/entries/:id',
    {
      config: clients,
      schema: {
        tags: ['practice'],
        summary: 'Carry on with an entry, finish it, or change whether the care team sees it',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: UpdateEntryBody,
        response: { 200: PracticeEntry, ...errors },
      },
    },
    async (request) =>
      updateEntry(
        signedInContext(request),
        request.params.id,
        request.body,
        idempotencyKeyOf(request.headers['idempotency-key']),
      ),
  );

  app.post(
    '/api/portal/practice/entries/:id/discard',
    {
      config: clients,
      schema: {
        tags: ['practice'],
        summary: 'Throw away a draft',
        params: IdParams,
        body: Type.Object({}),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await discardDraft(signedInContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/portal/practice/reminders',
    {
      config: clients,
      schema: {
        tags: ['practice'],
        summary: 'Choose the hour of the daily reminder (at most one mail a day), or turn it off',
        body: ReminderSettings,
        response: { 200: ReminderSettings, ...errors },
      },
    },
    async (request) => saveReminders(signedInContext(request), request.body),
  );
};
