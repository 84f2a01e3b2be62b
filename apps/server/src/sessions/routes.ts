import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AmendmentBody,
  ErrorBody,
  IdParams,
  SaveNoteBody,
  SessionBody,
  SessionDetail,
  SessionList,
  SessionSummary,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import {
  amendNote,
  caseSessions,
  readSession,
  recordSession,
  saveNoteDraft,
  signNote,
} from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const withConflict = { ...errors, 409: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };

export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/sessions',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: "The case's sessions, oldest first, with the state of each progress note",
        params: IdParams,
        response: { 200: SessionList, ...errors },
      },
    },
    async (request) => caseSessions(signedInContext(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/sessions',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: 'Record a session that was held: when, how long, how, and who attended',
        params: IdParams,
        body: SessionBody,
        response: { 201: SessionSummary, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordSession(signedInContext(request), request.params.id, request.body)),
  );

  app.get(
    '/api/sessions/:id',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: 'A session with its progress note and amendments',
        params: IdParams,
        response: { 200: SessionDetail, ...errors },
      },
    },
    async (request) => readSession(signedInContext(request), request.params.id),
  );

  app.put(
    '/api/sessions/:id/note',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: "Save the progress note's draft (409 once signed, or when the draft moved on)",
        params: IdParams,
        body: SaveNoteBody,
        response: { 200: SessionDetail, ...withConflict },
      },
    },
    async (request) => saveNoteDraft(signedInContext(request), request.params.id, request.body),
  );

  app.post(
    '/api/sessions/:id/note/sign',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: 'Sign the progress note; it is locked from then on',
        params: IdParams,
        response: { 200: SessionDetail, ...withConflict },
      },
    },
    async (request) => signNote(signedInContext(request), request.params.id),
  );

  app.post(
    '/api/sessions/:id/note/amendments',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: 'Add an amendment to a signed note; the original stays as it was',
        params: IdParams,
        body: AmendmentBody,
        response: { 201: SessionDetail, ...withConflict },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await amendNote(signedInContext(request), request.params.id, request.body)),
  );
};
