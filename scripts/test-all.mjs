#!/usr/bin/env node
// `npm test`: provisions what the tests need, runs every suite and prints one closing line,
// `N passed, N failed`. Suites: static checks, unit, API on SQLite, API on PostgreSQL
// (a server at TEST_POSTGRES_URL, else PGlite), browser (Playwright with Debian's chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const results = { passed: 0, failed: 0, skipped: 0 };
const log = (line) => console.log(`\n=== ${line}`);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  log(`Installing Debian's chromium (${path} is missing)`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error('chromium is missing and this is not root: run `apt-get install chromium`.');
    return;
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
}

async function postgresMode() {
  const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pg = require('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    await client.end();
    return { mode: 'server', url };
  } catch (error) {
    console.log(`PostgreSQL is not reachable at ${url} (${error.message}); using PGlite.`);
    return { mode: 'pglite', url };
  }
}

function staticChecks() {
  const checks = [
    ['type-check (tsc --noEmit, tests included)', 'typecheck'],
    ['lint (eslint, typescript-eslint strict)', 'lint'],
    ['format (prettier --check)', 'format:check'],
    ['no import cycles (madge)', 'cycles'],
  ];
  for (const [name, script] of checks) {
    log(name);
    const ok = run('npm', ['run', '--silent', script]) === 0;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
    results[ok ? 'passed' : 'failed'] += 1;
  }
}

function vitestSuites(pg) {
  log(`Vitest: unit, api-sqlite, api-postgres (${pg.mode === 'server' ? pg.url : 'PGlite'})`);
  mkdirSync(`${root}test-results`, { recursive: true });
  const out = `${root}test-results/vitest.json`;
  const status = run(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { TEST_POSTGRES_MODE: pg.mode, TEST_POSTGRES_URL: pg.url },
  );
  if (!existsSync(out)) {
    results.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests;
  results.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numTotalTests === 0 || (status !== 0 && report.numFailedTests === 0)) {
    results.failed += 1; // a suite that failed to load, or ran nothing
  }
}

function browserSuite() {
  log('Playwright (Debian chromium)');
  const out = `${root}test-results/playwright.json`;
  const status = run(
    'npx',
    ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  );
  if (!existsSync(out)) {
    results.failed += 1;
    return;
  }
  const { stats } = JSON.parse(readFileSync(out, 'utf8'));
  results.passed += stats.expected + stats.flaky;
  results.failed += stats.unexpected;
  results.skipped += stats.skipped;
  if (
    stats.expected + stats.unexpected + stats.flaky === 0 ||
    (status !== 0 && !stats.unexpected)
  ) {
    results.failed += 1;
  }
}

ensureChromium();
const pg = await postgresMode();
log('Build (web and server bundle)');
if (run('npm', ['run', '--silent', 'build']) !== 0) results.failed += 1;
staticChecks();
vitestSuites(pg);
browserSuite();

const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed === 0 ? 0 : 1);
