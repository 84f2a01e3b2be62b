import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptInvitationBody,
  CreateInvitationBody,
  ErrorBody,
  Invitation,
  InvitationList,
  InvitationPreview,
  InvitationToken,
  LoginResult,
} from '@securebase/contracts';
import { AUTH_RATE_LIMIT } from '../identity/routes';
import { contextOf, setSessionCookie, signedInContext } from '../plugins/auth';
import * as invitations from './service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/invitations',
    {
      config: { policy: 'signed-in', roles: ['admin', 'clinician'] },
      schema: {
        tags: ['invitations'],
        summary: 'Invite staff (admins) or a case member to the portal (their clinicians)',
        body: CreateInvitationBody,
        response: { 201: Invitation, ...errors },
      },
    },
    async (request, reply) => {
      const created = await invitations.invite(signedInContext(request), request.body);
      app.deps.mailer.kick();
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/invitations',
    {
      config: { policy: 'signed-in', roles: ['admin', 'clinician'] },
      schema: {
        tags: ['invitations'],
        summary: 'Invitations: all of the practice for admins, their own for clinicians',
        response: { 200: InvitationList, ...errors },
      },
    },
    async (request) => invitations.listInvitations(signedInContext(request)),
  );

  app.post(
    '/api/invitations/preview',
    {
      config: { policy: 'public', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation token is for (the token comes from the link fragment)',
        body: InvitationToken,
        response: { 200: InvitationPreview, ...errors, 429: ErrorBody },
      },
    },
    async (request) => invitations.previewInvitation(contextOf(request), request.body.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { policy: 'public', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation with a new password; signs the person in',
        body: AcceptInvitationBody,
        response: { 200: LoginResult, ...errors, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { token, password } = request.body;
      const granted = await invitations.acceptInvitation(contextOf(request), token, password);
      setSessionCookie(reply, granted.token);
      return granted.result;
    },
  );
};
