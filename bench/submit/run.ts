/**
 * bench/submit: autocannon (50 connections, this machine) against the real, authenticated
 * submit route and, in the same run, against a bare Fastify + better-sqlite3 route with the same
 * validation and durability. Writes the "Submit" section of bench/RESULTS.md.
 *   npx tsx bench/submit/run.ts [--seconds 10]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { machineLine, writeSection } from '../lib/results-file';
import { startBaseline } from './baseline';
import { startSecureBase } from './secure-base';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 10);
const CONNECTIONS = 50;
// A typical PHQ-9 (total 8), with item 9 at 0 so no risk alert is raised on every request.
const answers = Object.fromEntries(
  Array.from({ length: 9 }, (_, i) => [`phq-9.${String(i + 1)}`, i === 8 ? 0 : i % 3]),
);
const body = JSON.stringify({ answers });

interface Outcome {
  name: string;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Status code → count, so that any non-2xx answer can be explained. */
  statuses: Record<string, number>;
}

async function load(
  name: string,
  url: string,
  paths: () => string,
  headers: Record<string, string>,
): Promise<Outcome> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
        // A fresh Idempotency-Key per submission, as the web app sends.
        setupRequest: (req) => ({
          ...req,
          path: paths(),
          headers: { ...req.headers, 'idempotency-key': randomUUID() },
        }),
      },
    ],
  });
  return {
    name,
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(
        ([code, stat]) => [code, stat.count],
      ),
    ),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'securebase-bench-'));
  const assignmentsNeeded = Math.ceil(seconds * 3000);
  const secure = await startSecureBase(join(dir, 'securebase.db'), assignmentsNeeded);
  const baseline = await startBaseline(join(dir, 'baseline.db'));
  let next = 0;
  let counter = 0;
  try {
    const real = await load(
      'Secure Base submit (session, CSRF check, policy, scoring, audit chain, idempotency)',
      secure.url,
      () => {
        const id = secure.assignmentIds[next++];
        if (!id) throw new Error('ran out of open assignments; raise assignmentsNeeded');
        return `/api/assignments/${id}/submit`;
      },
      secure.headers,
    );
    const bare = await load(
      'Bare Fastify + better-sqlite3 (validate + insert)',
      baseline.url,
      () => `/submit/a${String(counter++)}`,
      {},
    );
    const ratio = bare.throughput / Math.max(real.throughput, 1);
    const row = (o: Outcome) =>
      `| ${o.name} | ${o.throughput.toFixed(0)} | ${String(o.p50)} | ${String(o.p99)} | ${String(o.requests)} | ${String(o.non2xx + o.errors)} |`;
    const table = [
      `Machine: ${machineLine()}. autocannon, ${String(CONNECTIONS)} connections, ${String(seconds)} s each, load generator on the same machine. Both on SQLite with WAL and synchronous=FULL.`,
      '',
      '| route | req/s (mean) | p50 ms | p99 ms | requests | non-2xx or errors |',
      '|---|---|---|---|---|---|',
      row(real),
      row(bare),
      '',
      `The bare route is ${ratio.toFixed(1)}× the throughput of the real one. Every real submission runs in one transaction: the idempotency check, claiming the assignment, the response row, scoring, the audit hash chain, and (for risk answers) the alert with its mail.`,
    ].join('\n');
    console.log(table);
    console.log(JSON.stringify({ real: real.statuses, bare: bare.statuses }));
    writeSection('Submit', table);
  } finally {
    await secure.close();
    await baseline.app.close();
  }
}

await main();
