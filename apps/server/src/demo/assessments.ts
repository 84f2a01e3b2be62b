import { instruments } from '@securebase/measures';
import type { Kysely } from 'kysely';
import { assign } from '../assessments/assign-service';
import { submit } from '../assessments/respond-service';
import type { Config } from '../config';
import { writePack } from '../content-packs/service';
import type { Database } from '../db/schema';
import { ManualClock } from '../lib/clock';
import type { Actor, SignedInContext } from '../lib/context';
import { uuidv7 } from '../lib/ids';

export async function installPlaceholderPacks(
  trx: Kysely<Database>,
  practiceId: string,
  adminId: string,
  now: string,
): Promise<void> {
  // Instruments whose wording we may not ship: the demo installs visibly fake text instead.
  for (const definition of instruments.filter((d) => !d.itemTextShipped)) {
    await writePack(trx, {
      id: uuidv7(),
      practiceId,
      definitionVersion: definition.version,
      format: 'securebase-json',
      attestation:
        'Demo placeholder text, installed by the demo seed. It is not the licensed wording.',
      installedBy: adminId,
      placeholder: true,
      now,
      pack: {
        instrumentId: definition.id,
        items: definition.items.map((item) => ({
          id: item.id,
          text: `[Placeholder, not the real wording] ${definition.name}, item ${item.id.split('.').slice(1).join('.')}`,
        })),
      },
    });
  }
}

export function contextAt(
  db: Kysely<Database>,
  config: Config,
  actor: Actor,
  at: Date,
): SignedInContext {
  return {
    db,
    config,
    clock: new ManualClock(at),
    actor,
    meta: { requestId: `demo-seed-${uuidv7()}`, ip: null, userAgent: 'securebase seed-demo' },
  };
}

export interface DemoHistory {
  caseId: string;
  memberId: string;
  clinician: Actor;
  respondent: Actor;
  /** Days ago → instrument → answers (item id → value). */
  administrations: { daysAgo: number; instrumentId: string; answers: Record<string, number> }[];
  /** Left open for the respondent to fill in on the portal. */
  open: string[];
}

/** Runs the real services (policies, scoring, audit) as if the history had happened. */
export async function seedHistory(
  db: Kysely<Database>,
  config: Config,
  now: Date,
  history: DemoHistory,
) {
  for (const step of history.administrations) {
    const at = new Date(now.getTime() - step.daysAgo * 86_400_000);
    const [assignment] = await assign(
      contextAt(db, config, history.clinician, at),
      history.caseId,
      {
        instrumentIds: [step.instrumentId],
        memberId: history.memberId,
      },
    );
    if (!assignment) continue;
    const later = new Date(at.getTime() + 2 * 3_600_000);
    await submit(
      contextAt(db, config, history.respondent, later),
      assignment.id,
      step.answers,
      undefined,
    );
  }
  if (history.open.length > 0) {
    await assign(contextAt(db, config, history.clinician, now), history.caseId, {
      instrumentIds: history.open,
      memberId: history.memberId,
      dueAt: new Date(now.getTime() + 5 * 86_400_000).toISOString(),
    });
  }
}
