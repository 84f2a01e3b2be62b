import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { testConfig } from '../test/test-config';
import { openTestDb, testDialect, type TestDb } from '../test/test-db';

/** The built web app as the server hands it out, from a stand-in `dist`. */
describe(`the web app and its service worker, on ${testDialect()}`, () => {
  let db: TestDb;
  let root: string;
  const apps: FastifyInstance[] = [];
  const appFor = async (files: Record<string, string>) => {
    const dir = mkdtempSync(join(root, 'dist-'));
    mkdirSync(join(dir, 'assets'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const app = await buildApp({ config: testConfig(), db, logger: false, webRoot: dir });
    apps.push(app);
    return app;
  };
  beforeAll(async () => {
    db = await openTestDb();
    root = mkdtempSync(join(tmpdir(), 'securebase-web-'));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves /sw.js as JavaScript from our origin, revalidated every time, under the CSP', async () => {
    const app = await appFor({ 'index.html': '<!doctype html>', 'sw.js': 'self.x = 1;' });
    const res = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toBe('self.x = 1;');
    // Every app address still gets index.html, never cached by the browser.
    const page = await app.inject({ method: 'GET', url: '/portal/safety-plan' });
    expect(page.body).toBe('<!doctype html>');
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('answers 404 for /sw.js when the build has none (not index.html in its place)', async () => {
    const app = await appFor({ 'index.html': '<!doctype html>' });
    const res = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});
