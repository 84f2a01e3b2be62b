import { getInstrument, type InstrumentDefinition } from '@securebase/measures';
import { isCustomMeasureId } from '@securebase/fhir';
import type { Kysely } from 'kysely';
import {
  currentCustomInstruments,
  definitionOfRow,
  findCustomInstrument,
} from '../custom-instruments/repo';
import type { Database } from '../db/schema';

/**
 * The definition an assignment or response was made with: our catalogue's, or the version of the
 * practice's own measure that was current when it was assigned.
 */
export async function findDefinition(
  db: Kysely<Database>,
  practiceId: string,
  instrumentId: string,
  version?: string,
): Promise<InstrumentDefinition | undefined> {
  if (!isCustomMeasureId(instrumentId)) return getInstrument(instrumentId);
  const row = await findCustomInstrument(db, practiceId, instrumentId, version);
  return row ? definitionOfRow(row) : undefined;
}

/** Like `findDefinition`, for rows that exist: a missing definition is a server fault. */
export async function requireDefinition(
  db: Kysely<Database>,
  practiceId: string,
  instrumentId: string,
  version?: string,
): Promise<InstrumentDefinition> {
  const definition = await findDefinition(db, practiceId, instrumentId, version);
  if (!definition) throw new Error(`no definition for ${instrumentId} ${version ?? '(current)'}`);
  return definition;
}

/** Display names for instrument ids, including the practice's own measures (any version). */
export async function instrumentNames(
  db: Kysely<Database>,
  practiceId: string,
): Promise<(instrumentId: string) => string> {
  const custom = await currentCustomInstruments(db, practiceId);
  const names = new Map(custom.map((row) => [row.instrument_id, row.name]));
  return (id) => getInstrument(id)?.name ?? names.get(id) ?? id;
}

export async function practiceMeasures(
  db: Kysely<Database>,
  practiceId: string,
): Promise<InstrumentDefinition[]> {
  return (await currentCustomInstruments(db, practiceId)).map(definitionOfRow);
}
