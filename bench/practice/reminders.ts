/**
 * Daily reminders at scale: N clients, each with a daily emotion log given through
 * `assignExercise` and a reminder at 07:30 in their own zone; `runDueReminders` timed when all
 * are due (it must mail every one) and straight after (it must mail none), one fresh day a run;
 * a CPU profile of one more day; then, every exercise ended, all due with nothing open (none).
 */
import { performance } from 'node:perf_hooks';
import { localDateIn, localTimeIn } from '@securebase/practice';
import type { Kysely } from 'kysely';
import type { Database } from '../../apps/server/src/db/schema';
import { contextAt } from '../../apps/server/src/demo/assessments';
import { ManualClock } from '../../apps/server/src/lib/clock';
import { emptySplit, profile, type Split } from './profile';
import { assignExercise } from '../../apps/server/src/practice/assign-service';
import { runDueReminders } from '../../apps/server/src/practice/reminders';
import {
  config,
  DAY_MS,
  elapsed,
  enableReminders,
  freshDatabase,
  seedPractice,
  type StatementLog,
  type Tally,
} from './setup';

export const ZONES: readonly string[] = [
  'Europe/London',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
];
export const REMINDER_TIME = '07:30';
/** Set up the day before, at noon UTC (assignExercise checks the start against today in UTC). */
const SETUP_AT = new Date('2026-01-05T12:00:00Z');
const STARTS_ON = '2026-01-05';
/**
 * 22:45 UTC is at or after 07:30 in all five zones, whatever their daylight saving: Tokyo 07:45,
 * Sydney 08:45 or 09:45, Auckland 10:45 or 11:45, New York 17:45 or 18:45, London 22:45 or 23:45.
 */
const FIRST_EVENING = new Date('2026-01-05T22:45:00Z');

export const PHASES = ['mailing', 'after', 'nothingOpen'] as const;
export type Phase = (typeof PHASES)[number];

export interface Timed {
  /** Milliseconds of each timed run. */
  ms: number[];
  /** What the database was asked, summed over the timed runs. */
  log: Logged;
}

export interface ReminderResult {
  clients: number;
  /**
   * `mailing`: all due, mails everyone (one fresh day per run); `after`: straight after, all
   * already reminded; `nothingOpen`: all due but their exercise has ended, so nobody is mailed
   * and no `reminders_sent` row is written (one minute later per run).
   */
  phases: Record<Phase, Timed>;
  /** CPU profiles of one more, untimed day: ms of self time per bucket. */
  mailingSplit: Split;
  afterSplit: Split;
  assignMs: number;
}

export interface Logged {
  statements: Tally;
  begins: Tally;
  commits: Tally;
}

function add(into: Logged, log: StatementLog): void {
  for (const key of ['statements', 'begins', 'commits'] as const) {
    into[key].count += log[key].count;
    into[key].ms += log[key].ms;
  }
}

const emptyLog = (): Logged => ({
  statements: { count: 0, ms: 0 },
  begins: { count: 0, ms: 0 },
  commits: { count: 0, ms: 0 },
});

async function sentAt(db: Kysely<Database>, at: string): Promise<number> {
  const row = await db
    .selectFrom('reminders_sent')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sent_at', '=', at)
    .executeTakeFirstOrThrow();
  return row.n;
}

async function totalSent(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('reminders_sent')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`reminders: ${message}`);
}

export async function benchReminders(clients: number, runs: number): Promise<ReminderResult> {
  const bench = await freshDatabase(`reminders-${String(clients)}`);
  try {
    const people = await seedPractice(bench.db, clients, ZONES, SETUP_AT.toISOString());
    const assigning = await elapsed(async () => {
      for (const person of people) {
        await assignExercise(
          contextAt(bench.db, config, person.clinician, SETUP_AT),
          person.caseId,
          {
            memberId: person.memberId,
            kind: 'emotion_log',
            cadence: 'daily',
            startsOn: STARTS_ON,
            timeZone: person.timeZone,
            shareByDefault: false,
          },
        );
      }
    });
    await enableReminders(bench.db, people, REMINDER_TIME, SETUP_AT.toISOString());
    const deps = { db: bench.db, config, clock: new ManualClock() };
    const timed = (): Timed => ({ ms: [], log: emptyLog() });
    const result: ReminderResult = {
      clients,
      phases: { mailing: timed(), after: timed(), nothingOpen: timed() },
      mailingSplit: emptySplit(),
      afterSplit: emptySplit(),
      assignMs: assigning.ms,
    };
    const run = async (phase: Phase, expected: number) => {
      bench.log.reset();
      bench.log.on = true;
      const { ms, value } = await elapsed(() => runDueReminders(deps));
      bench.log.on = false;
      check(value === expected, `${phase} mailed ${String(value)}, not ${String(expected)}`);
      result.phases[phase].ms.push(ms);
      add(result.phases[phase].log, bench.log);
    };
    const evening = (day: number) => new Date(FIRST_EVENING.getTime() + day * DAY_MS);
    for (let day = 0; day < runs; day += 1) {
      deps.clock.set(evening(day));
      await run('mailing', clients);
      const recorded = await sentAt(bench.db, deps.clock.now().toISOString());
      check(
        recorded === clients,
        `reminders_sent has ${String(recorded)} rows for day ${String(day + 1)}`,
      );
      await run('after', 0);
      const total = await totalSent(bench.db);
      check(total === clients * (day + 1), `reminders_sent holds ${String(total)} rows`);
    }
    deps.clock.set(evening(runs));
    const mailing = await profile(() => runDueReminders(deps));
    check(mailing.value === clients, 'the profiled day did not mail everyone');
    const after = await profile(() => runDueReminders(deps));
    check(after.value === 0, 'the profiled day mailed twice');
    result.mailingSplit = mailing.split;
    result.afterSplit = after.split;
    await bench.db
      .updateTable('exercise_assignments')
      .set({ ended_at: SETUP_AT.toISOString() })
      .execute();
    deps.clock.set(evening(runs + 1));
    for (let minute = 0; minute < runs; minute += 1) {
      await run('nothingOpen', 0);
      deps.clock.advanceMinutes(1);
    }
    check(
      (await totalSent(bench.db)) === clients * (runs + 1),
      'a client with nothing open was mailed',
    );
    return result;
  } finally {
    await bench.close();
  }
}

export interface ZoneCosts {
  /** One `localDateIn` or `localTimeIn` as written (one formatter kept per zone), µs. */
  perCallUs: number;
  /** The bare `formatToParts` of a formatter already built, µs: the floor. */
  cachedUs: number;
}

function microseconds(calls: number, work: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < Math.min(calls, 2_000); i += 1) sink += work(i);
  const start = performance.now();
  for (let i = 0; i < calls; i += 1) sink += work(i);
  const us = ((performance.now() - start) * 1000) / calls;
  if (sink === 0) throw new Error('nothing was formatted');
  return us;
}

/** What the time-zone helpers cost on their own, at the instant the reminders run. */
export function measureZoneCosts(): ZoneCosts {
  const zone = (i: number) => ZONES[i % ZONES.length] ?? 'UTC';
  const perPair = microseconds(10_000, (i) => {
    const z = zone(i);
    return localDateIn(z, FIRST_EVENING).length + localTimeIn(z, FIRST_EVENING).length;
  });
  const kept = new Map(
    ZONES.map((z) => [
      z,
      new Intl.DateTimeFormat('en-CA', {
        timeZone: z,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
    ]),
  );
  const cachedUs = microseconds(
    50_000,
    (i) => kept.get(zone(i))?.formatToParts(FIRST_EVENING).length ?? 0,
  );
  return { perCallUs: perPair / 2, cachedUs };
}
