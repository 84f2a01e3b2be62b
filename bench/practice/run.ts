/**
 * Practice between sessions on SQLite (a fresh file in the temp directory, WAL,
 * synchronous=FULL), calling the server's services directly:
 *
 * 1. `runDueReminders` with N clients all due (mails N, checked in `reminders_sent`), then
 *    straight after (mails 0), one fresh day per run, and with all due but nothing open
 *    (mails 0), at N/4 and N clients; where the time goes from a CPU profile;
 * 2. `myPractice` for one client with a long history of emotion logs and mindfulness;
 * 3. `casePractice`, the clinician's practice tab for that case, every entry shared.
 *
 * Prints Markdown and records it under "## Practice" in bench/RESULTS.md.
 *
 *   npx tsx bench/practice/run.ts [--clients 2000] [--days 365] [--runs 5] [--no-write]
 */
import { parseArgs } from 'node:util';
import { machineLine, RESULTS_PATH, writeSection } from '../lib/results-file';
import { thousands } from '../scoring/table';
import { benchPages, type PagesResult } from './pages';
import {
  benchReminders,
  measureZoneCosts,
  REMINDER_TIME,
  ZONES,
  type ReminderResult,
  type ZoneCosts,
} from './reminders';
import { breakdownTable, ms, pagesTable, pagesText, reminderTable, remindersText } from './report';

function options() {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '2000' },
      days: { type: 'string', default: '365' },
      runs: { type: 'string', default: '5' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const whole = (name: string, value: string, least: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < least)
      throw new Error(`--${name} must be a whole number ≥ ${String(least)}`);
    return n;
  };
  return {
    clients: whole('clients', values.clients, 4),
    days: whole('days', values.days, 7),
    runs: whole('runs', values.runs, 1),
    write: !values['no-write'],
  };
}

function body(
  command: string,
  runs: number,
  reminders: readonly ReminderResult[],
  zones: ZoneCosts,
  pages: PagesResult,
): string {
  const small = reminders[0];
  const big = reminders.at(-1);
  if (!small || !big) throw new Error('no reminder results');
  return [
    `Machine: ${machineLine()}. Command: \`${command}\`. Services called directly (no HTTP) on a fresh SQLite file in the temp directory, migrated, WAL and synchronous=FULL as the server opens it; no SMTP, so each reminder is written to the outbox as \`held\`. The machine may be shared, so the slowest and fastest runs are given with each median.`,
    '### Daily reminders at scale',
    `One practice, each client alone in an individual case with a clinician (one clinician per 50 clients), a daily emotion log given through \`assignExercise\` and reminders on at ${REMINDER_TIME} in ${ZONES.map((z) => `\`${z}\``).join(', ')} (dealt round-robin). The clock is set to 22:45 UTC, when all of them are due. \`runDueReminders\` is timed once (it must mail every client: checked by its return and by the rows in \`reminders_sent\`) and once straight after (it must mail none), the clock one day later each run; then, with every exercise ended, once a minute (all due, nothing open: it must mail none). Median of ${String(runs)} runs each. Giving the ${thousands(big.clients)} daily logs through \`assignExercise\` took ${(big.assignMs / 1000).toFixed(1)} s (${ms(big.assignMs / big.clients)} ms each; set-up, not timed).`,
    reminderTable(reminders),
    `Where the time goes at ${thousands(big.clients)} clients, from V8's sampling CPU profiler over one more (untimed) day, self time per function put into buckets (better-sqlite3 is synchronous, so SQLite's work, the fsync included, is sampled in its native calls):`,
    breakdownTable(big),
    remindersText(small, big, zones),
    '### A client’s practice page and the clinician’s tab after a long history',
    `One client (\`Europe/London\`) with a daily emotion log and a weekly 5-minute mindfulness practice over ${String(pages.days)} days: ${String(pages.emotionLogs)} finished emotion logs and ${String(pages.mindfulness)} mindfulness entries, each written through \`createEntry\` on its own day and shared with the care team (${(pages.seedMs / 1000).toFixed(1)} s to write, not timed). Each call is made twice to warm up, then ${String(runs)} times timed; the size is the JSON of the response. Both calls write an audit event, so each includes a commit with its fsync.`,
    pagesTable(pages),
    pagesText(pages),
  ].join('\n\n');
}

async function main(): Promise<void> {
  const { clients, days, runs, write } = options();
  const command = ['npx tsx bench/practice/run.ts', ...process.argv.slice(2)].join(' ');
  const started = Date.now();
  const sizes = [Math.round(clients / 4), clients];
  const reminders: ReminderResult[] = [];
  for (const size of sizes) {
    console.error(`reminders: ${String(size)} clients…`);
    reminders.push(await benchReminders(size, runs));
  }
  const zones = measureZoneCosts();
  console.error(`pages: ${String(days)} days…`);
  const pages = await benchPages(days, runs);
  const text = body(command, runs, reminders, zones, pages);
  console.log(text);
  console.error(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  if (write) {
    writeSection('Practice', text);
    console.log(`\nRecorded in ${RESULTS_PATH}`);
  }
}

await main();
