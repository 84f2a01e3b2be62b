import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AuditPage,
  AuditQuery,
  ErrorBody,
  IdParams,
  Outbox,
  PracticeUser,
  UserList,
} from '@securebase/contracts';
import { Type } from 'typebox';
import { browseAudit } from '../audit/service';
import { signedInContext } from '../plugins/auth';
import * as admin from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const adminOnly = { policy: 'signed-in' as const, roles: ['admin'] };

export const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/admin/users',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: "The practice's accounts",
        response: { 200: UserList, ...errors },
      },
    },
    async (request) => admin.listUsers(signedInContext(request)),
  );

  for (const [verb, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/api/admin/users/:id/${verb}`,
      {
        config: adminOnly,
        schema: {
          tags: ['admin'],
          summary:
            verb === 'disable' ? 'Disable an account and end its sessions' : 'Enable an account',
          params: IdParams,
          body: Type.Object({}),
          response: { 200: PracticeUser, ...errors },
        },
      },
      async (request) => admin.setUserStatus(signedInContext(request), request.params.id, status),
    );
  }

  app.get(
    '/api/admin/outbox',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Mail written to the outbox',
        response: { 200: Outbox, ...errors },
      },
    },
    async (request) => admin.readOutbox(signedInContext(request)),
  );

  app.get(
    '/api/audit',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: "Browse the practice's audit trail, newest first",
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => {
      const { limit = 50, ...filter } = request.query;
      return browseAudit(signedInContext(request), { ...filter, limit });
    },
  );
};
