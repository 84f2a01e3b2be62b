import type {
  CustomInstrument,
  CustomInstrumentList,
  ImportCustomInstrumentBody,
} from '@securebase/contracts';
import {
  customMeasureFromQuestionnaire,
  customMeasureId,
  parseQuestionnaire,
  type ParseError,
} from '@securebase/fhir';
import { getInstrument, type InstrumentDefinition } from '@securebase/measures';
import { audit, deny } from '../audit/service';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import {
  currentCustomInstruments,
  definitionOfRow,
  findCustomInstrument,
  insertCustomInstrument,
  versionCount,
  type CustomInstrumentRow,
} from './repo';

function refuse(errors: readonly ParseError[]): never {
  const [first] = errors;
  throw new AppError(
    'validation_failed',
    `The Questionnaire cannot be used as a measure: ${first?.path ?? ''} ${first?.message ?? ''}`.trim(),
    { field: `body.questionnaire.${first?.path ?? ''}`, problems: errors },
  );
}

/** Publisher, copyright and description, as far as the Questionnaire gives them. */
function citationOf(questionnaire: Record<string, unknown>, title: string): string {
  const parts = [questionnaire.publisher, questionnaire.copyright]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim());
  return parts.length > 0 ? `${title}. ${parts.join('. ')}` : `${title} (imported by the practice)`;
}

function present(row: CustomInstrumentRow, importedBy: string): CustomInstrument {
  const definition = definitionOfRow(row);
  const [total] = definition.scores;
  return {
    id: row.id,
    instrumentId: row.instrument_id,
    version: row.version,
    name: row.name,
    itemCount: definition.items.length,
    totalMin: total && 'min' in total ? total.min : 0,
    totalMax: total && 'max' in total ? total.max : 0,
    direction: total?.direction ?? 'not_directional',
    sourceUrl: row.source_url,
    attestation: row.attestation,
    importedBy,
    importedAt: row.imported_at,
  };
}

function withDirection(
  definition: InstrumentDefinition,
  direction: ImportCustomInstrumentBody['direction'],
): InstrumentDefinition {
  if (!direction) return definition;
  return {
    ...definition,
    scores: definition.scores.map((score) => ({ ...score, direction })),
  };
}

/**
 * Imports a FHIR R4 Questionnaire with answer values as the practice's own summed measure. The
 * same title again makes a new version; answers already given keep the version they answered.
 */
export async function importCustomInstrument(
  ctx: SignedInContext,
  input: ImportCustomInstrumentBody,
): Promise<CustomInstrument> {
  if (ctx.actor.role !== 'admin')
    return deny(ctx, { action: 'custom_instrument.import' }, 'forbidden');
  const parsed = parseQuestionnaire(input.questionnaire);
  if (!parsed.ok) refuse(parsed.errors);
  const instrumentId = customMeasureId(parsed.questionnaire.title);
  if (getInstrument(instrumentId)) {
    refuse([{ path: 'title', message: `clashes with the catalogue instrument ${instrumentId}` }]);
  }
  const version = String((await versionCount(ctx.db, ctx.actor.practiceId, instrumentId)) + 1);
  const attestation = input.attestation.trim();
  const built = customMeasureFromQuestionnaire({
    questionnaire: parsed.questionnaire,
    id: instrumentId,
    version,
    citation: citationOf(input.questionnaire, parsed.questionnaire.title),
    licenceNote: `Imported by the practice, which attests: ${attestation}`,
  });
  if (!built.ok) refuse(built.errors);
  const now = nowIso(ctx.clock);
  const row: CustomInstrumentRow = {
    id: uuidv7(),
    practice_id: ctx.actor.practiceId,
    instrument_id: instrumentId,
    version,
    name: parsed.questionnaire.title,
    definition: JSON.stringify(withDirection(built.definition, input.direction)),
    link_ids: JSON.stringify(built.linkIds),
    source_url: parsed.questionnaire.url ?? null,
    attestation,
    imported_by: ctx.actor.userId,
    imported_at: now,
    replaced_at: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertCustomInstrument(trx, row);
    await audit(ctx, trx, {
      action: 'custom_instrument.import',
      entityType: 'custom_instrument',
      entityId: row.id,
      details: { instrument: instrumentId, version, items: built.definition.items.length },
    });
  });
  const saved = await findCustomInstrument(ctx.db, ctx.actor.practiceId, instrumentId, version);
  if (!saved) throw new Error('the imported measure vanished');
  return present(saved, ctx.actor.displayName);
}

export async function listCustomInstruments(ctx: SignedInContext): Promise<CustomInstrumentList> {
  if (ctx.actor.role !== 'admin')
    return deny(ctx, { action: 'custom_instrument.list' }, 'forbidden');
  const rows = await currentCustomInstruments(ctx.db, ctx.actor.practiceId);
  const importers = rows.length
    ? await ctx.db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where(
          'id',
          'in',
          rows.map((r) => r.imported_by),
        )
        .execute()
    : [];
  const nameOf = new Map(importers.map((u) => [u.id, u.display_name]));
  return {
    instruments: rows.map((row) => present(row, nameOf.get(row.imported_by) ?? 'unknown')),
  };
}
