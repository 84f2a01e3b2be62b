/** The Markdown tables and sentences of the practice benchmark's results. */
import { markdownTable, thousands } from '../scoring/table';
import { median } from '../scoring/timing';
import type { PageTiming, PagesResult } from './pages';
import { BUCKETS, type Bucket, type Split } from './profile';
import { PHASES, type Phase, type ReminderResult, type ZoneCosts } from './reminders';

/** How often the server runs `runDueReminders` (SCHEDULER_INTERVAL_MS in server.ts). */
const TICK_MS = 60_000;

export const ms = (value: number) => (value < 100 ? value.toFixed(1) : thousands(value));
const range = (values: readonly number[]) =>
  `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
const usPerClient = (r: ReminderResult, phase: Phase) =>
  (median(r.phases[phase].ms) * 1000) / r.clients;
const percent = (part: number, whole: number) => `${String(Math.round((100 * part) / whole))} %`;

const PHASE_LABELS: Record<Phase, string> = {
  mailing: 'all due: mails every client',
  after: 'straight after: all already reminded',
  nothingOpen: 'all due, nothing open (exercise ended)',
};

export function reminderTable(results: readonly ReminderResult[]): string {
  const rows = results.flatMap((r) =>
    PHASES.map((phase) => {
      const { ms: runs, log } = r.phases[phase];
      const each = (count: number) => (count / (runs.length * r.clients)).toFixed(1);
      return [
        thousands(r.clients),
        PHASE_LABELS[phase],
        phase === 'mailing' ? thousands(r.clients) : '0',
        ms(median(runs)),
        thousands(usPerClient(r, phase)),
        range(runs),
        each(log.statements.count),
        each(log.commits.count),
      ];
    }),
  );
  return markdownTable(
    [
      'clients',
      'run',
      'mails',
      'median ms',
      'µs / client',
      'runs (ms)',
      'statements / client',
      'commits / client',
    ],
    ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows,
  );
}

const LABELS: Record<Bucket, string> = {
  sqlite: 'SQLite inside better-sqlite3: prepare, step, and the fsync at COMMIT',
  kysely: 'Kysely: building, compiling and running each query',
  zones: 'time-zone formatting in `localDateIn`/`localTimeIn` (one formatter kept per zone)',
  gc: 'garbage collection',
  other: 'everything else: the services, audit hashing, ids, the mail text, promises',
  unattributed: 'unattributed: V8 itself, idle, and the profiler’s own message handling',
};

const total = (split: Split) => BUCKETS.reduce((sum, b) => sum + split[b], 0);

export function breakdownTable(r: ReminderResult): string {
  const cells = (split: Split, bucket: Bucket | 'total') => {
    const spent = bucket === 'total' ? total(split) : split[bucket];
    return [thousands((spent * 1000) / r.clients), percent(spent, total(split))];
  };
  return markdownTable(
    ['part of the time per client', 'mailing µs', 'share', 'straight after µs', 'share'],
    ['l', 'r', 'r', 'r', 'r'],
    [...BUCKETS, 'total' as const].map((bucket) => [
      bucket === 'total' ? 'total sampled (the profiler slows the run a little)' : LABELS[bucket],
      ...cells(r.mailingSplit, bucket),
      ...cells(r.afterSplit, bucket),
    ]),
  );
}

export function remindersText(small: ReminderResult, big: ReminderResult, zones: ZoneCosts) {
  const a = usPerClient(small, 'mailing');
  const b = usPerClient(big, 'mailing');
  const ratio = b / a;
  const verdict =
    ratio < 1.25 && ratio > 0.8
      ? 'linear in the number of clients'
      : ratio >= 1.25
        ? 'faster than linear'
        : 'less than linear (fixed costs spread over more clients)';
  const { statements, begins, commits } = big.phases.mailing.log;
  const per = (value: number) => value / (big.phases.mailing.ms.length * big.clients);
  const mail = big.mailingSplit;
  const top = [...BUCKETS].sort((x, y) => mail[y] - mail[x])[0] ?? 'other';
  const tick = (phase: Phase) => median(big.phases[phase].ms);
  return [
    `Mailing costs ${thousands(a)} µs per client at ${thousands(small.clients)} clients and ${thousands(b)} µs at ${thousands(big.clients)} (×${ratio.toFixed(2)}): ${verdict}; ${thousands(big.clients)} reminders take ${(tick('mailing') / 1000).toFixed(1)} s.`,
    `Nothing is batched: after one query for all enabled reminder settings, each client gets its own \`reminders_sent\` lookup, its own reads of memberships, case facts (3 queries), care team, assignments and completion facts (\`openTaskCount\`), and its own write transaction (outbox, \`reminders_sent\`, four audit-chain statements) — an N+1 on every step.`,
    `The largest part of a mailed client's time is ${LABELS[top].split(':')[0] ?? top} (${percent(mail[top], total(mail))}); Kysely's log puts the ${per(statements.count).toFixed(1)} statements at ${thousands(per(statements.ms) * 1000)} µs and BEGIN + COMMIT at ${thousands(per(begins.ms + commits.ms) * 1000)} µs per mailed client.`,
    `One \`localDateIn\` or \`localTimeIn\` call takes ${zones.perCallUs.toFixed(1)} µs measured alone (${zones.cachedUs.toFixed(1)} µs for the bare \`formatToParts\`): each keeps one \`Intl.DateTimeFormat\` per zone, since building one per call cost about 184 µs and was 65 % of the run straight after in the first recording; now they are ${percent(big.afterSplit.zones, total(big.afterSplit))} of it.`,
    `The server runs \`runDueReminders\` every ${String(TICK_MS / 1000)} s for every enabled client, so the runs that mail nobody are the steady state: once everyone is reminded a tick costs ${ms(tick('after'))} ms at ${thousands(big.clients)} clients; but a client whose hour has passed with nothing open is never written to \`reminders_sent\`, so each tick reads their cases and assignments again until their midnight — ${ms(tick('nothingOpen'))} ms a tick at ${thousands(big.clients)} such clients, ${percent(tick('nothingOpen'), TICK_MS)} of the one Node thread.`,
  ].join(' ');
}

function pageRow(label: string, t: PageTiming): string[] {
  return [
    label,
    ms(median(t.ms)),
    range(t.ms),
    t.kb.toFixed(1),
    String(t.entries),
    t.oldest,
    String(t.emotionWeeks),
    `${String(t.queries)}, ${String(t.commits)}`,
  ];
}

export function pagesTable(pages: PagesResult): string {
  return markdownTable(
    [
      'call',
      'median ms',
      'runs (ms)',
      'response KB',
      'entries returned',
      'oldest returned',
      'emotion weeks in trends',
      'statements, commits',
    ],
    ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r'],
    [
      pageRow('`myPractice` (client’s page)', pages.client),
      pageRow('`casePractice` (clinician’s tab)', pages.team),
    ],
  );
}

export function pagesText(pages: PagesResult): string {
  const written = pages.emotionLogs + pages.mindfulness;
  const weeks = Math.ceil(pages.days / 7);
  const limit =
    pages.client.entries < written
      ? `Of the ${String(written)} entries the client wrote, both calls list the 200 newest (\`entriesOfAuthor\` and \`sharedEntriesOfCase\` stop at 200), reaching back to ${pages.client.oldest}; the trends are read separately (\`trendEntries\`: finished emotion logs, skills and mindfulness of the last 26 weeks, without the list's limit): ${String(pages.client.emotionWeeks)} weeks of emotion trends out of ${String(weeks)} weeks of history. So the response is bounded however long the history.`
      : `All ${String(written)} entries fit under the 200 that \`entriesOfAuthor\` and \`sharedEntriesOfCase\` list at most; the trends cover the last 26 weeks.`;
  return `${limit} Completion (periods done of periods begun) is the one part not limited: \`completionFacts\` reads every entry of the assignments, without their content. \`myPractice\`'s second commit is the read-only transaction in which it first loads the client's cases.`;
}
