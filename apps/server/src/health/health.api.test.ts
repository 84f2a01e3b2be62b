import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { openPostgres } from '../db/create-db';
import { migrateToLatest } from '../db/migrations';
import { testConfig } from '../test/test-config';
import { openTestDb, testDialect, type TestDb } from '../test/test-db';

describe(`health and the API document on ${testDialect()}`, () => {
  let handle: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await openTestDb();
    await migrateToLatest(handle.db);
    app = await buildApp({ config: testConfig(), db: handle, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await handle.dispose();
  });

  it('answers /healthz while the process is up', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with the database it reached', async () => {
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', database: testDialect() });
  });

  it('serves an OpenAPI 3 document generated from the route schemas', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
  });

  it('renders unknown routes in the one error model', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not_found', message: 'No route GET /api/nothing-here' });
  });

  it('sends the security headers on every response', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self';base-uri 'none';object-src 'none';frame-ancestors 'none';" +
        "form-action 'self';script-src 'self';script-src-attr 'none';style-src 'self';" +
        "img-src 'self' data:;font-src 'self';connect-src 'self'",
    );
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('reports an unreachable database as 503 on /readyz', async () => {
    const unreachable = openPostgres('postgres://securebase@127.0.0.1:1/none', { max: 1 });
    const brokenApp = await buildApp({ config: testConfig(), db: unreachable, logger: false });
    const res = await brokenApp.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', database: 'postgres' });
    await brokenApp.close();
    await unreachable.close();
  });
});
