import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorBody,
  LoginBody,
  LoginResult,
  Ok,
  RecoveryCodes,
  SecondFactorBody,
  TotpSetup,
} from '@securebase/contracts';
import { Type } from 'typebox';
import { clearSessionCookie, contextOf, sessionOf, setSessionCookie } from '../plugins/auth';
import * as identity from './service';

/** Per-IP limits on the routes that check secrets (ASVS 6.1.1); per-account lockout is in the service. */
export const AUTH_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 429: ErrorBody };
const EmptyBody = Type.Object({});

export const identityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: { policy: 'public', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginBody,
        response: { 200: LoginResult, ...errors },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const granted = await identity.login(contextOf(request), email, password);
      setSessionCookie(reply, granted.token);
      return granted.result;
    },
  );

  app.get(
    '/api/session',
    {
      config: { policy: 'password-only' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in person and where their sign-in stands',
        response: { 200: LoginResult, 401: ErrorBody },
      },
    },
    async (request) => identity.currentSession(contextOf(request), sessionOf(request)),
  );

  app.post(
    '/api/auth/second-factor',
    {
      config: { policy: 'password-only', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'Finish signing in with a TOTP code or a recovery code',
        body: SecondFactorBody,
        response: { 200: LoginResult, ...errors },
      },
    },
    async (request, reply) => {
      const granted = await identity.completeSecondFactor(
        contextOf(request),
        sessionOf(request),
        request.body.code,
      );
      setSessionCookie(reply, granted.token);
      return granted.result;
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { policy: 'password-only' },
      schema: {
        tags: ['auth'],
        summary: 'Start enrolling an authenticator app',
        body: EmptyBody,
        response: { 200: TotpSetup, ...errors },
      },
    },
    async (request) => identity.beginTotpSetup(contextOf(request), sessionOf(request)),
  );

  app.post(
    '/api/auth/totp/enable',
    {
      config: { policy: 'password-only', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'Confirm the authenticator with a code; returns recovery codes once',
        body: SecondFactorBody,
        response: { 200: RecoveryCodes, ...errors },
      },
    },
    async (request, reply) => {
      const granted = await identity.enableTotp(
        contextOf(request),
        sessionOf(request),
        request.body.code,
      );
      setSessionCookie(reply, granted.token);
      return { recoveryCodes: granted.recoveryCodes };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { policy: 'password-only' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: the session ends on the server',
        body: EmptyBody,
        response: { 200: Ok, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      await identity.logout(contextOf(request), sessionOf(request));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );
};
