import { defineConfig } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3190);
const dataDir = mkdtempSync(join(tmpdir(), 'securebase-e2e-'));
export const baseURL = `http://localhost:${String(port)}`;
/** A second server in demo mode, with the seeded demo practice (tests opt in with test.use). */
export const demoPort = port + 1;
export const demoURL = `http://localhost:${String(demoPort)}`;

/** Debian's chromium, never a downloaded browser; flags for a root, offline sandbox. */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: 'artifacts/results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL,
    headless: true,
    launchOptions: chromiumLaunch,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: [
    {
      // A practice with one admin (who must enrol TOTP at first sign-in), then the server.
      command:
        'node ../apps/server/bin/securebase.mjs create-admin --email admin@e2e.example ' +
        '--name "Alex Admin" --practice "Harbour Light Therapy" && ' +
        'node ../apps/server/bin/securebase.mjs serve',
      url: `${baseURL}/readyz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: baseURL,
        DATABASE_URL: join(dataDir, 'e2e.db'),
        SECUREBASE_KEY_FILE: '',
        LOG_LEVEL: 'warn',
        SECUREBASE_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      },
    },
    {
      // The demo practice as `npm start` serves it (second factor optional in demo mode).
      command: 'node ../apps/server/bin/securebase.mjs serve --demo',
      url: `${demoURL}/readyz`,
      reuseExistingServer: false,
      timeout: 90_000,
      env: {
        PORT: String(demoPort),
        HOST: '127.0.0.1',
        PUBLIC_URL: demoURL,
        DATABASE_URL: join(dataDir, 'demo.db'),
        SECUREBASE_KEY_FILE: '',
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
