import type { NewEntryBody } from '@securebase/contracts';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import type { Actor } from '../lib/context';
import { assignExercise } from '../practice/assign-service';
import { commentOnEntry } from '../practice/comments-service';
import { createEntry } from '../practice/entries-service';
import { contextAt } from './assessments';

const DAY = 86_400_000;
const ZONE = 'Europe/London';

interface Who {
  caseId: string;
  memberId: string;
  clinician: Actor;
  client: Actor;
}

/** An emotion log in Maya's words: what stirred, how strong, what helped, how strong after. */
const log = (situation: string, emotions: [string, number][], helped: string[], after: number) => ({
  situation,
  emotions: emotions.map(([word, intensity]) => ({ word, intensity })),
  bodySignals: 'Tight chest, hot face',
  urge: 'Send a long message, or go silent',
  whatIDid: 'Stopped before replying',
  helped,
  helpedNote: '',
  intensityAfter: after,
});

/** Two weeks of Maya's practice between sessions, written through the real services. */
export async function seedPractice(db: Kysely<Database>, config: Config, now: Date, who: Who) {
  const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const date = (daysAgo: number) => day(daysAgo).toISOString().slice(0, 10);
  const asClinician = contextAt(db, config, who.clinician, day(14));
  const give = (body: Parameters<typeof assignExercise>[2]) =>
    assignExercise(asClinician, who.caseId, body);
  const base = { memberId: who.memberId, timeZone: ZONE, startsOn: date(14) };
  const emotionLog = await give({
    ...base,
    kind: 'emotion_log',
    cadence: 'daily',
    until: date(-14),
    shareByDefault: false,
    note: 'When something stirs with Jess or at work, jot it down. Share the ones you want to talk about.',
  });
  const mentalizing = await give({
    ...base,
    kind: 'mentalizing',
    cadence: 'weekly',
    until: date(-28),
    shareByDefault: true,
  });
  await give({
    ...base,
    kind: 'mindfulness',
    cadence: 'weekly',
    until: date(-28),
    settings: { practiceId: 'breath', minutes: 3 },
    shareByDefault: false,
  });
  await give({
    ...base,
    kind: 'repair',
    cadence: 'once',
    settings: {
      likelyResponses: ['I didn’t know you felt that way.', 'You’re overreacting.'],
    },
    shareByDefault: true,
    note: 'Prepare what you want to say to Jess; rehearse it once before Thursday.',
  });
  await give({
    ...base,
    kind: 'article',
    cadence: 'once',
    settings: { articleId: 'rupture-and-repair' },
    shareByDefault: true,
  });

  const write = (daysAgo: number, body: Omit<NewEntryBody, 'caseId' | 'status' | 'localDate'>) =>
    createEntry(
      contextAt(db, config, who.client, new Date(day(daysAgo).getTime() + 8 * 3_600_000)),
      { caseId: who.caseId, status: 'done', localDate: date(daysAgo), ...body },
      undefined,
    );
  const logs: [number, ReturnType<typeof log>, boolean][] = [
    [
      12,
      log(
        'Jess cancelled our plans last minute',
        [
          ['hurt', 8],
          ['anxious', 7],
        ],
        ['reach-out'],
        6,
      ),
      true,
    ],
    [10, log('Manager read my report without a word', [['anxious', 7]], ['slow-breath'], 4), false],
    [
      8,
      log(
        'Jess was quiet on the phone',
        [
          ['insecure', 7],
          ['sad', 5],
        ],
        ['name-the-feeling', 'slow-breath'],
        4,
      ),
      true,
    ],
    [
      5,
      log(
        'Waited an hour for a text back',
        [
          ['anxious', 6],
          ['angry', 4],
        ],
        ['pause-before-reacting'],
        3,
      ),
      true,
    ],
    [
      2,
      log(
        'Jess asked how my week was, and listened',
        [
          ['close', 6],
          ['relieved', 5],
        ],
        ['talking-it-through'],
        2,
      ),
      false,
    ],
  ];
  for (const [daysAgo, content, shared] of logs) {
    await write(daysAgo, { kind: 'emotion_log', assignmentId: emotionLog.id, shared, content });
  }
  const journal = await write(9, {
    kind: 'mentalizing',
    assignmentId: mentalizing.id,
    shared: true,
    content: {
      episode: 'Jess went quiet at dinner after I talked about my promotion.',
      myFeelings: 'Shut out, then anxious',
      myThoughts: 'She is not happy for me; I said too much.',
      readings: [
        { feelings: 'Tired', thoughts: 'A long week; nothing to do with me.' },
        { feelings: 'Worried', thoughts: 'Maybe she is unsure about her own job.' },
      ],
      whatIDid: 'Went quiet too and checked my phone.',
      nextTime: 'Ask her how she is, before deciding what her quiet means.',
    },
  });
  await commentOnEntry(contextAt(db, config, who.clinician, day(7)), journal.id, {
    text: 'Two kind readings of Jess, and a plan to ask. Let’s look at this together on Thursday.',
  });
  await write(6, {
    kind: 'mindfulness',
    content: { practiceId: 'breath', minutes: 3, secondsPractised: 180, spoken: true, note: '' },
  });
  await write(4, {
    kind: 'regulation_skill',
    content: { skillId: 'slow-breath', before: 7, after: 4, seconds: 180, note: 'Helped' },
  });
}
