/**
 * A client's practice page and the clinician's practice tab after a long history: one client
 * (Europe/London) with a daily emotion log and a weekly mindfulness practice, every entry
 * written through `createEntry` on its own day (finished, shared with the care team), then
 * `myPractice` and `casePractice` timed on the last day.
 */
import {
  EMOTION_WORDS,
  HELPERS,
  localDateIn,
  type EmotionLog,
  type MindfulnessSession,
} from '@securebase/practice';
import { contextAt } from '../../apps/server/src/demo/assessments';
import type { Actor } from '../../apps/server/src/lib/context';
import { assignExercise, casePractice } from '../../apps/server/src/practice/assign-service';
import { createEntry, myPractice } from '../../apps/server/src/practice/entries-service';
import { config, DAY_MS, elapsed, freshDatabase, seedPractice, type StatementLog } from './setup';

const ZONE = 'Europe/London';
/** The last day of the history; entries are written at 19:00 UTC, the pages read at 20:00. */
const LAST_EVENING = new Date('2026-11-27T19:00:00Z');

export interface PageTiming {
  /** Milliseconds per call, after two warm-up calls. */
  ms: number[];
  kb: number;
  queries: number;
  commits: number;
  entries: number;
  oldest: string;
  emotionWeeks: number;
}

export interface PagesResult {
  days: number;
  emotionLogs: number;
  mindfulness: number;
  seedMs: number;
  client: PageTiming;
  team: PageTiming;
}

const WORDS = EMOTION_WORDS.map((w) => w.id);
const pick = (list: readonly string[], i: number) => list[i % list.length] ?? '';

/** A finished, plausible emotion log for day `d`; varied so the trends have something to count. */
export function emotionLog(d: number): EmotionLog {
  const peak = 3 + ((d * 7) % 8);
  return {
    situation: `Day ${String(d + 1)}: a message from my partner went unanswered all afternoon and I kept checking my phone.`,
    emotions: [
      { word: pick(WORDS, d), intensity: peak },
      { word: pick(WORDS, d + 11), intensity: Math.max(0, peak - 3) },
    ],
    bodySignals: 'Tight chest, shallow breathing, warm face.',
    urge: 'To send another message, or to go quiet and not answer later.',
    whatIDid: 'Put the phone in another room for twenty minutes and went for a walk.',
    helped: [pick(HELPERS, d), pick(HELPERS, d + 5)],
    helpedNote: 'Naming it out loud took the edge off.',
    intensityAfter: Math.max(0, peak - 2 - (d % 3)),
  };
}

function mindfulnessSession(week: number): MindfulnessSession {
  return {
    practiceId: 'breath',
    minutes: 5,
    secondsPractised: 240 + (week % 4) * 20,
    spoken: week % 2 === 0,
    note: 'Mind wandered a lot at first, then settled.',
  };
}

async function timeCalls(runs: number, call: () => Promise<unknown>, log: StatementLog) {
  let response: unknown = null;
  for (let i = 0; i < 2; i += 1) response = await call();
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    log.reset();
    log.on = true;
    const timed = await elapsed(call);
    log.on = false;
    ms.push(timed.ms);
    response = timed.value;
  }
  return {
    ms,
    queries: log.statements.count,
    commits: log.commits.count,
    kb: JSON.stringify(response).length / 1024,
  };
}

export async function benchPages(days: number, runs: number): Promise<PagesResult> {
  const bench = await freshDatabase('pages');
  try {
    const first = new Date(LAST_EVENING.getTime() - (days - 1) * DAY_MS);
    const startsOn = localDateIn(ZONE, first);
    const [person] = await seedPractice(bench.db, 1, [ZONE], first.toISOString());
    if (!person) throw new Error('no client was seeded');
    const assign = (kind: 'emotion_log' | 'mindfulness') =>
      assignExercise(contextAt(bench.db, config, person.clinician, first), person.caseId, {
        memberId: person.memberId,
        kind,
        cadence: kind === 'emotion_log' ? 'daily' : 'weekly',
        startsOn,
        timeZone: ZONE,
        shareByDefault: true,
        ...(kind === 'mindfulness' ? { settings: { practiceId: 'breath', minutes: 5 } } : {}),
      });
    const logs = await assign('emotion_log');
    const practice = await assign('mindfulness');
    const write = (actor: Actor, d: number, kind: 'emotion_log' | 'mindfulness') =>
      createEntry(
        contextAt(bench.db, config, actor, new Date(first.getTime() + d * DAY_MS)),
        {
          caseId: person.caseId,
          kind,
          assignmentId: kind === 'emotion_log' ? logs.id : practice.id,
          status: 'done',
          content: kind === 'emotion_log' ? { ...emotionLog(d) } : { ...mindfulnessSession(d) },
        },
        undefined,
      );
    let emotionLogs = 0;
    let mindfulness = 0;
    const seeding = await elapsed(async () => {
      for (let d = 0; d < days; d += 1) {
        const entry = await write(person.actor, d, 'emotion_log');
        if (!entry.shared || entry.status !== 'done') throw new Error('entry not shared and done');
        emotionLogs += 1;
        if (d % 7 === 6) {
          await write(person.actor, d, 'mindfulness');
          mindfulness += 1;
        }
      }
    });
    const readAt = new Date(LAST_EVENING.getTime() + 3_600_000);
    const client = await timeCalls(
      runs,
      () => myPractice(contextAt(bench.db, config, person.actor, readAt)),
      bench.log,
    );
    const mine = await myPractice(contextAt(bench.db, config, person.actor, readAt));
    const team = await timeCalls(
      runs,
      () => casePractice(contextAt(bench.db, config, person.clinician, readAt), person.caseId),
      bench.log,
    );
    const theirs = await casePractice(
      contextAt(bench.db, config, person.clinician, readAt),
      person.caseId,
    );
    const oldest = (dates: readonly { localDate: string }[]) => dates.at(-1)?.localDate ?? '';
    return {
      days,
      emotionLogs,
      mindfulness,
      seedMs: seeding.ms,
      client: {
        ...client,
        entries: mine.entries.length,
        oldest: oldest(mine.entries),
        emotionWeeks: mine.trends.emotionWeeks.length,
      },
      team: {
        ...team,
        entries: theirs.sharedEntries.length,
        oldest: oldest(theirs.sharedEntries),
        emotionWeeks: theirs.trends.emotionWeeks.length,
      },
    };
  } finally {
    await bench.close();
  }
}
