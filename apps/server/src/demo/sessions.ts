import type { ProgressNoteContent, Technique } from '@securebase/contracts';
import type { Kysely } from 'kysely';
import { assign } from '../assessments/assign-service';
import { submit } from '../assessments/respond-service';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import type { Actor } from '../lib/context';
import { recordSession } from '../sessions/service';
import { saveNoteDraft, signNote } from '../sessions/service';
import { contextAt } from './assessments';

/** WAI-SR answers (12 items, 1–5) that sum to `total`. */
export function waiSrTotal(total: number): Record<string, number> {
  const base = Math.floor(total / 12);
  const extra = total - base * 12;
  return Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [`wai-sr.${String(i + 1)}`, base + (i < extra ? 1 : 0)]),
  );
}

interface DemoSession {
  daysAgo: number;
  /** The client's WAI-SR total after the session. */
  alliance: number;
  note: Omit<ProgressNoteContent, 'techniques'> & { techniques: Technique[] };
}

/**
 * Maya's weekly sessions: a signed note each, and a WAI-SR rating two hours later. The fourth
 * dips well below her usual level (a rupture for the clinician to look at); the next recovers.
 */
export const MAYA_SESSIONS: readonly DemoSession[] = [
  {
    daysAgo: 42,
    alliance: 46,
    note: {
      focus:
        'Getting to know each other; what brings her now: a break-up and old fears of being left.',
      techniques: ['psychoeducation', 'exploring_early_experience'],
      observations:
        'Warm, quick to apologise. Watched my face closely when talking about her father.',
      plan: 'Begin the lifeline together; ECR-R and CORE-10 before next session.',
    },
  },
  {
    daysAgo: 35,
    alliance: 49,
    note: {
      focus: 'Her father leaving when she was seven, and the waiting at the window.',
      techniques: ['exploring_early_experience', 'working_models'],
      observations: 'Tearful; settled when we slowed down.',
      plan: 'Notice moments this week of waiting for a reply and what the body does.',
    },
  },
  {
    daysAgo: 28,
    alliance: 50,
    note: {
      focus: 'A week of unanswered messages from a friend; the old certainty of being forgotten.',
      techniques: ['reviewing_relational_patterns', 'emotion_regulation', 'mentalizing'],
      observations: 'Could imagine two other reasons for the silence by the end of the session.',
      plan: 'Slow breathing when the worry spikes; bring one episode next week.',
    },
  },
  {
    daysAgo: 21,
    alliance: 41,
    note: {
      focus: 'I had to move our session at short notice; she arrived quiet and agreeable.',
      techniques: ['mentalizing'],
      observations:
        'Flat, very polite. I did not name the change of time and she did not raise it.',
      plan: 'Come back to the week between sessions.',
    },
  },
  {
    daysAgo: 14,
    alliance: 48,
    note: {
      focus: 'Her alliance rating dropped after last week; we looked at it together.',
      techniques: ['alliance_repair', 'working_models'],
      observations:
        'She said the moved session felt like proof she is an afterthought. I acknowledged my part; she cried, then laughed.',
      plan: 'Keep checking in at the end of sessions about how we are doing.',
    },
  },
  {
    daysAgo: 7,
    alliance: 51,
    note: {
      focus: 'Telling her friend she felt hurt, for the first time, and being met.',
      techniques: ['role_play_rehearsal', 'between_session_review'],
      observations: 'Proud and surprised. Linked it herself to what happened between us.',
      plan: 'Repair conversation builder between sessions; review in two weeks.',
    },
  },
];

/** Runs the real services, at the times they would have happened. */
export async function seedSessions(
  db: Kysely<Database>,
  config: Config,
  now: Date,
  who: { caseId: string; memberId: string; clinician: Actor; client: Actor },
  sessions: readonly DemoSession[],
) {
  for (const session of sessions) {
    const heldAt = new Date(now.getTime() - session.daysAgo * 86_400_000 - 3 * 3_600_000);
    const after = new Date(heldAt.getTime() + 60 * 60_000);
    const as = contextAt(db, config, who.clinician, after);
    const recorded = await recordSession(as, who.caseId, {
      heldAt: heldAt.toISOString(),
      durationMinutes: 50,
      modality: 'in_person',
      attendeeIds: [who.memberId],
    });
    await saveNoteDraft(as, recorded.id, session.note);
    await signNote(
      contextAt(db, config, who.clinician, new Date(after.getTime() + 60_000)),
      recorded.id,
    );
    const [rating] = await assign(as, who.caseId, {
      instrumentIds: ['wai-sr'],
      memberId: who.memberId,
    });
    if (!rating) continue;
    await submit(
      contextAt(db, config, who.client, new Date(after.getTime() + 30 * 60_000)),
      rating.id,
      waiSrTotal(session.alliance),
      undefined,
    );
  }
}
