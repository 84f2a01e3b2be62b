import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

export interface WebOptions {
  /** The built web app (apps/web/dist). */
  root: string;
}

/**
 * Serves the built web app: hashed assets cached for a year, index.html for every other
 * non-API path (client-side routing), never cached.
 */
export const webRoutes: FastifyPluginAsync<WebOptions> = async (app, { root }) => {
  const built = existsSync(join(root, 'index.html'));
  await app.register(fastifyStatic, { root, serve: false });

  app.get<{ Params: { '*': string } }>(
    '/assets/*',
    { config: { policy: 'public' }, schema: { hide: true } },
    (request, reply) => {
      return reply.sendFile(`assets/${request.params['*']}`, {
        immutable: true,
        maxAge: '365d',
      });
    },
  );

  // The service worker (offline app shell and the client's safety plan): at the root so that its
  // scope is the whole app, and revalidated on every check so a new build replaces it at once.
  app.get('/sw.js', { config: { policy: 'public' }, schema: { hide: true } }, (_request, reply) => {
    if (!existsSync(join(root, 'sw.js'))) {
      reply.callNotFound();
      return reply;
    }
    return reply.header('cache-control', 'no-cache').sendFile('sw.js', { cacheControl: false });
  });

  app.get('/*', { config: { policy: 'public' }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      reply.callNotFound();
      return reply;
    }
    if (!built) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build`.');
    }
    // `cacheControl: false`, or @fastify/static replaces our header with its own max-age=0.
    return reply
      .header('cache-control', 'no-store')
      .sendFile('index.html', { cacheControl: false });
  });
};
