import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ClientHistoryEntryBody,
  ErrorBody,
  HistoryEntry,
  HistoryEntryBody,
  HistoryList,
  HistoryQuery,
  IdParams,
  ShareHistoryEntryBody,
} from '@securebase/contracts';
import { signedInContext } from '../plugins/auth';
import {
  addCaseHistoryEntry,
  addMyHistoryEntry,
  caseHistory,
  myHistory,
  shareMyHistoryEntry,
} from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const clinicians = { policy: 'signed-in' as const, roles: ['clinician'] };
const clients = { policy: 'signed-in' as const, roles: ['client'] };

export const historyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cases/:id/history',
    {
      config: clinicians,
      schema: {
        tags: ['history'],
        summary: "A member's attachment lifeline: clinician entries and the client's shared ones",
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: HistoryList, ...errors },
      },
    },
    async (request) =>
      caseHistory(signedInContext(request), request.params.id, request.query.memberId),
  );

  app.post(
    '/api/cases/:id/history',
    {
      config: clinicians,
      schema: {
        tags: ['history'],
        summary:
          'Add a caregiver, separation, loss, move, adverse experience, relationship or turning point',
        params: IdParams,
        body: HistoryEntryBody,
        response: { 201: HistoryEntry, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCaseHistoryEntry(signedInContext(request), request.params.id, request.body)),
  );

  app.get(
    '/api/portal/history',
    {
      config: clients,
      schema: {
        tags: ['history'],
        summary: "The client's own lifeline entries, private and shared",
        response: { 200: HistoryList, ...errors },
      },
    },
    async (request) => myHistory(signedInContext(request)),
  );

  app.post(
    '/api/portal/history',
    {
      config: clients,
      schema: {
        tags: ['history'],
        summary: 'The client adds an entry; private unless they share it',
        body: ClientHistoryEntryBody,
        response: { 201: HistoryEntry, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addMyHistoryEntry(signedInContext(request), request.body)),
  );

  app.put(
    '/api/portal/history/:id/sharing',
    {
      config: clients,
      schema: {
        tags: ['history'],
        summary: 'Share an entry with the clinician, or make it private again',
        params: IdParams,
        body: ShareHistoryEntryBody,
        response: { 200: HistoryEntry, ...errors },
      },
    },
    async (request) =>
      shareMyHistoryEntry(
        signedInContext(request),
        request.params.id,
        request.body.sharedWithClinician,
      ),
  );
};
