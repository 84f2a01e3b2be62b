import type { InstrumentDefinition } from '@securebase/measures';
import type { Kysely, Selectable } from 'kysely';
import type { CustomInstrumentsTable, Database } from '../db/schema';

export type CustomInstrumentRow = Selectable<CustomInstrumentsTable>;

export function definitionOfRow(row: CustomInstrumentRow): InstrumentDefinition {
  return JSON.parse(row.definition) as InstrumentDefinition;
}

/** The practice's measures as they stand now (the newest version of each). */
export function currentCustomInstruments(
  db: Kysely<Database>,
  practiceId: string,
): Promise<CustomInstrumentRow[]> {
  return db
    .selectFrom('custom_instruments')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('replaced_at', 'is', null)
    .orderBy('name')
    .execute();
}

/** One version of a practice measure; without a version, the current one. */
export function findCustomInstrument(
  db: Kysely<Database>,
  practiceId: string,
  instrumentId: string,
  version?: string,
): Promise<CustomInstrumentRow | undefined> {
  let query = db
    .selectFrom('custom_instruments')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('instrument_id', '=', instrumentId);
  query =
    version === undefined
      ? query.where('replaced_at', 'is', null)
      : query.where('version', '=', version);
  return query.executeTakeFirst();
}

/** How many versions of this measure the practice has imported so far. */
export async function versionCount(
  db: Kysely<Database>,
  practiceId: string,
  instrumentId: string,
): Promise<number> {
  const row = await db
    .selectFrom('custom_instruments')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('practice_id', '=', practiceId)
    .where('instrument_id', '=', instrumentId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertCustomInstrument(
  trx: Kysely<Database>,
  row: CustomInstrumentRow,
): Promise<void> {
  await trx
    .updateTable('custom_instruments')
    .set({ replaced_at: row.imported_at })
    .where('practice_id', '=', row.practice_id)
    .where('instrument_id', '=', row.instrument_id)
    .where('replaced_at', 'is', null)
    .execute();
  await trx.insertInto('custom_instruments').values(row).execute();
}
