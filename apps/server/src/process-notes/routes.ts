import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  EditProcessNoteBody,
  ErrorBody,
  IdParams,
  ProcessNote,
  ProcessNoteBody,
  ProcessNoteList,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import { editProcessNote, myProcessNotes, readProcessNote, writeProcessNote } from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };

export const processNoteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/process-notes',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: 'My own process notes on this case (never a colleague’s), newest first',
        params: IdParams,
        response: { 200: ProcessNoteList, ...errors },
      },
    },
    async (request) => myProcessNotes(signedInContext(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/process-notes',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: 'Write a process note, sealed at rest and readable only by me',
        params: IdParams,
        body: ProcessNoteBody,
        response: { 201: ProcessNote, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await writeProcessNote(signedInContext(request), request.params.id, request.body)),
  );

  // Open to anyone signed in: the service answers 404 to all but the note's author, so a client
  // learns no more than a colleague does.
  app.get(
    '/api/process-notes/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'One of my process notes (404 for anyone but its author)',
        params: IdParams,
        response: { 200: ProcessNote, ...errors },
      },
    },
    async (request) => readProcessNote(signedInContext(request), request.params.id),
  );

  app.put(
    '/api/process-notes/:id',
    {
      config: clinicians,
      schema: {
        tags: ['sessions'],
        summary: 'Rewrite one of my process notes',
        params: IdParams,
        body: EditProcessNoteBody,
        response: { 200: ProcessNote, ...errors },
      },
    },
    async (request) => editProcessNote(signedInContext(request), request.params.id, request.body),
  );
};
