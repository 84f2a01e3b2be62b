import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appendAuditEvent } from '../audit/repo';
import type { Role } from '../db/schema';
import type { Actor, ServiceContext, SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { findUserById } from '../identity/repo';
import {
  ABSOLUTE_TIMEOUT_MS,
  resolveSession,
  SESSION_COOKIE,
  type SessionRecord,
} from '../identity/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRecord | null;
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The service context for this request. */
export function contextOf(request: FastifyRequest): ServiceContext {
  const { db, clock, config } = request.server.deps;
  return {
    db: db.db,
    clock,
    config,
    actor: request.actor,
    meta: {
      requestId: request.id,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    },
  };
}

/** For routes whose policy is `signed-in`: the actor is certain. */
export function signedInContext(request: FastifyRequest): SignedInContext {
  const ctx = contextOf(request);
  if (!ctx.actor) throw new AppError('unauthenticated', 'Please sign in.');
  return { ...ctx, actor: ctx.actor };
}

export function sessionOf(request: FastifyRequest): SessionRecord {
  if (!request.session) throw new AppError('unauthenticated', 'Please sign in.');
  return request.session;
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
  });
}

/**
 * CSRF defence for every state-changing request (ASVS 3.5): JSON only (a cross-site form or
 * `text/plain` post is refused before it is parsed), and the Origin — or, when a browser sends
 * none, Sec-Fetch-Site — must be our own.
 */
function checkCsrf(request: FastifyRequest, publicOrigin: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const type = request.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('csrf_rejected', 'Send changes as JSON (Content-Type: application/json).');
  }
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin !== publicOrigin)
      throw new AppError('csrf_rejected', 'Cross-origin request refused.');
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new AppError('csrf_rejected', 'Cross-site request refused.');
  }
}

async function auditRoleDenial(request: FastifyRequest, actor: Actor): Promise<void> {
  const { db, clock } = request.server.deps;
  await db.db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      at: clock.now().toISOString(),
      practiceId: actor.practiceId,
      actorId: actor.userId,
      actorRole: actor.role,
      action: 'route.denied',
      outcome: 'denied',
      ip: request.ip,
      requestId: request.id,
      details: { route: request.routeOptions.url ?? '', method: request.method },
    }),
  );
}

/**
 * Resolves the session cookie, then applies the route's declared policy:
 * `public` → anyone; `password-only` → any live session; `signed-in` → a session that passed
 * its second factor, with `roles` narrowing it further (403, audited).
 */
export async function registerAuth(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);
  const publicOrigin = new URL(app.deps.config.publicUrl).origin;

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    const policy = request.routeOptions.config.policy ?? 'signed-in';
    const { db, clock } = app.deps;
    checkCsrf(request, publicOrigin);
    if (policy === 'public') return;

    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(db.db, token, clock.now()) : null;
    if (!session) throw new AppError('unauthenticated', 'Please sign in.');
    request.session = session;
    if (policy === 'password-only') return;
    if (!session.secondFactorDone) {
      throw new AppError('second_factor_required', 'Finish signing in with your second factor.');
    }
    const user = await findUserById(db.db, session.userId);
    if (!user) throw new AppError('unauthenticated', 'Please sign in.');
    const actor: Actor = {
      userId: user.id,
      practiceId: user.practice_id,
      role: user.role,
      displayName: user.display_name,
    };
    request.actor = actor;
    const roles = request.routeOptions.config.roles as readonly Role[] | undefined;
    if (roles && !roles.includes(actor.role)) {
      await auditRoleDenial(request, actor);
      throw new AppError('forbidden', 'Your role may not do this.');
    }
  });
}
