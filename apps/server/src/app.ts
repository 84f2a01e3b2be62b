import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config';
import type { DbHandle } from './db/create-db';
import { systemClock, type Clock } from './lib/clock';
import { uuidv7 } from './lib/ids';
import { registerErrorHandling } from './plugins/errors';
import { enforceDeclaredPolicies, type RegisteredRoute } from './plugins/route-policy';
import { healthRoutes } from './health/routes';
import { openApiRoutes } from './health/openapi';
import { webRoutes } from './web/routes';
import { registerAuth } from './plugins/auth';
import { identityRoutes } from './identity/routes';
import { caseRoutes } from './cases/routes';
import { invitationRoutes } from './invitations/routes';
import { adminRoutes } from './admin/routes';
import { assessmentRoutes } from './assessments/routes';
import { portalRoutes } from './portal/routes';
import { safetyRoutes } from './safety/routes';
import { contentPackRoutes } from './content-packs/routes';
import { customInstrumentRoutes } from './custom-instruments/routes';
import { attachmentRoutes } from './attachment/routes';
import { formulationRoutes } from './formulation/routes';
import { historyRoutes } from './history/routes';
import { sharedTextRoutes } from './shared-texts/routes';
import { fhirExportRoutes } from './fhir-export/routes';
import { sessionRoutes } from './sessions/routes';
import { processNoteRoutes } from './process-notes/routes';
import { allianceRoutes } from './alliance/routes';
import { scheduleRoutes } from './schedules/routes';
import { outcomeRoutes } from './outcomes/routes';
import { treatmentPlanRoutes } from './treatment-plan/routes';
import { safetyPlanRoutes } from './safety-plan/routes';
import { practiceRoutes } from './practice/routes';
import { createMailer, type Mailer } from './mail/mailer';
import type { MailTransport } from './mail/outbox';

/** apps/web/dist, from apps/server/src/app.ts and from the bundle apps/server/dist/cli.mjs alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppDeps {
  config: Config;
  db: DbHandle;
  clock: Clock;
  mailer: Mailer;
}

export interface AppOptions {
  config: Config;
  db: DbHandle;
  clock?: Clock;
  /** pino options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Close the database when the app closes (the server owns it; tests often do not). */
  closeDbOnClose?: boolean;
  /** Where the built web app lives; defaults to apps/web/dist. */
  webRoot?: string;
  /** Replaces the SMTP transport built from the configuration (tests). */
  mailTransport?: MailTransport | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    routeRegistry: RegisteredRoute[];
  }
}

/** Never log secrets or clinical content (ASVS 16.2.5). */
export const LOG_REDACTIONS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.code',
  '*.token',
  '*.totpSecret',
  '*.answers',
  '*.note',
  '*.text',
];

export function defaultLogger(level: string): FastifyServerOptions['logger'] {
  return { level, redact: { paths: LOG_REDACTIONS, censor: '[redacted]' } };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? defaultLogger(config.logLevel),
    genReqId: () => uuidv7(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: 'all', coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const clock = options.clock ?? systemClock;
  const mailer = createMailer(
    options.db.db,
    config,
    clock,
    (error: unknown) => app.log.error({ err: error }, 'mail delivery failed'),
    options.mailTransport,
  );
  const deps: AppDeps = { config, db: options.db, clock, mailer };
  app.decorate('deps', deps);
  const registry: RegisteredRoute[] = [];
  app.decorate('routeRegistry', registry);
  enforceDeclaredPolicies(app, registry);
  registerErrorHandling(app);
  if (options.closeDbOnClose) app.addHook('onClose', () => options.db.close());

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Secure Base API', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-securebase_session' },
        },
      },
    },
  });

  await app.register(rateLimit, { global: false });
  await registerAuth(app);

  await app.register(healthRoutes);
  await app.register(identityRoutes);
  await app.register(caseRoutes);
  await app.register(invitationRoutes);
  await app.register(adminRoutes);
  await app.register(assessmentRoutes);
  await app.register(portalRoutes);
  await app.register(safetyRoutes);
  await app.register(contentPackRoutes);
  await app.register(customInstrumentRoutes);
  await app.register(attachmentRoutes);
  await app.register(formulationRoutes);
  await app.register(historyRoutes);
  await app.register(sharedTextRoutes);
  await app.register(fhirExportRoutes);
  await app.register(sessionRoutes);
  await app.register(processNoteRoutes);
  await app.register(allianceRoutes);
  await app.register(scheduleRoutes);
  await app.register(outcomeRoutes);
  await app.register(treatmentPlanRoutes);
  await app.register(safetyPlanRoutes);
  await app.register(practiceRoutes);
  await app.register(openApiRoutes);
  await app.register(webRoutes, { root: options.webRoot ?? DEFAULT_WEB_ROOT });
  return app;
}
