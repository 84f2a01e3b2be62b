import type { CrisisResources } from '@securebase/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Shown to a client the moment a risk answer is submitted, unless the practice has set its own.
 * Numbers from the services' own pages: 988 Suicide & Crisis Lifeline (US), Samaritans (UK and
 * Ireland, 116 123), and the emergency numbers 112 / 911 / 999.
 */
export const DEFAULT_CRISIS_RESOURCES: CrisisResources = {
  message:
    'Secure Base is not an emergency service, and nobody watches it around the clock. ' +
    'If you might act on thoughts of harming yourself, or you are in danger now, call your ' +
    'local emergency number or go to the nearest emergency department. Your clinician will ' +
    'see your answers, but maybe not until their next working day.',
  resources: [
    { name: 'Emergency services', contact: '112 (Europe), 911 (US and Canada), 999 (UK)' },
    {
      name: '988 Suicide & Crisis Lifeline (US)',
      contact: 'Call or text 988',
      note: 'Any time, free',
    },
    { name: 'Samaritans (UK and Ireland)', contact: 'Call 116 123', note: 'Any time, free' },
  ],
};

interface PracticeSettings {
  crisis?: CrisisResources;
}

export function parseSettings(text: string): PracticeSettings {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

export async function crisisResourcesFor(
  db: Kysely<Database>,
  practiceId: string,
): Promise<CrisisResources> {
  const row = await db
    .selectFrom('practices')
    .select('settings')
    .where('id', '=', practiceId)
    .executeTakeFirst();
  const crisis = row ? parseSettings(row.settings).crisis : undefined;
  return crisis && crisis.resources.length > 0 ? crisis : DEFAULT_CRISIS_RESOURCES;
}

export async function saveCrisisResources(
  db: Kysely<Database>,
  practiceId: string,
  crisis: CrisisResources,
): Promise<void> {
  const row = await db
    .selectFrom('practices')
    .select('settings')
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
  const settings = { ...parseSettings(row.settings), crisis };
  await db
    .updateTable('practices')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', practiceId)
    .execute();
}
