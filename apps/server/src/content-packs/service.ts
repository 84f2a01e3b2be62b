import { Value } from 'typebox/value';
import {
  SecureBasePack,
  type ContentPack,
  type InstallContentPackBody,
} from '@securebase/contracts';
import { getInstrument, type InstrumentDefinition } from '@securebase/measures';
import type { Kysely } from 'kysely';
import { audit, deny } from '../audit/service';
import type { Database } from '../db/schema';
import { AppError } from '../lib/errors';
import { nowIso, type SignedInContext } from '../lib/context';
import { uuidv7 } from '../lib/ids';
import { fromFhirQuestionnaire } from './fhir-pack';
import { checkPack, type PackProblem } from './validate';

function refuse(problems: PackProblem[]): never {
  const [first] = problems;
  throw new AppError(
    'validation_failed',
    `The content pack does not fit the instrument: ${first?.path ?? ''} ${first?.message ?? ''}`.trim(),
    {
      field: `body.content.${first?.path ?? ''}`,
      problems,
    },
  );
}

function readPack(definition: InstrumentDefinition, input: InstallContentPackBody): SecureBasePack {
  if (input.format === 'fhir-questionnaire') {
    const converted = fromFhirQuestionnaire(definition, input.content);
    if (!converted.ok) refuse(converted.problems);
    return converted.pack;
  }
  if (!Value.Check(SecureBasePack, input.content)) {
    const [error] = Value.Errors(SecureBasePack, input.content);
    refuse([
      {
        path: (error?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.'),
        message: error?.message ?? 'is not valid',
      },
    ]);
  }
  return input.content;
}

/** Installs licensed item text for an instrument we may not ship; replaces any earlier pack. */
export async function installContentPack(
  ctx: SignedInContext,
  input: InstallContentPackBody,
  options: { placeholder?: boolean } = {},
): Promise<ContentPack> {
  if (ctx.actor.role !== 'admin') return deny(ctx, { action: 'content_pack.install' }, 'forbidden');
  const definition = getInstrument(input.instrumentId);
  if (!definition)
    throw new AppError('validation_failed', `Unknown instrument ${input.instrumentId}.`, {
      field: 'body.instrumentId',
    });
  if (definition.itemTextShipped) {
    throw new AppError('conflict', `${definition.name} already ships with its item text.`, {
      field: 'body.instrumentId',
    });
  }
  const pack = readPack(definition, input);
  const problems = checkPack(definition, pack);
  if (problems.length > 0) refuse(problems);
  const now = nowIso(ctx.clock);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await writePack(trx, {
      id,
      practiceId: ctx.actor.practiceId,
      definitionVersion: definition.version,
      pack,
      format: input.format,
      attestation: input.attestation.trim(),
      installedBy: ctx.actor.userId,
      placeholder: options.placeholder ?? false,
      now,
    });
    await audit(ctx, trx, {
      action: 'content_pack.install',
      entityType: 'content_pack',
      entityId: id,
      details: { instrument: definition.id, format: input.format },
    });
  });
  const [installed] = (await listContentPacks(ctx)).packs.filter((p) => p.id === id);
  if (!installed) throw new Error('the pack vanished');
  return installed;
}

/** Writes a pack row, marking the practice's earlier pack for the instrument replaced. */
export async function writePack(
  trx: Kysely<Database>,
  input: {
    id: string;
    practiceId: string;
    definitionVersion: string;
    pack: SecureBasePack;
    format: 'securebase-json' | 'fhir-questionnaire';
    attestation: string;
    installedBy: string;
    placeholder: boolean;
    now: string;
  },
): Promise<void> {
  await trx
    .updateTable('content_packs')
    .set({ replaced_at: input.now })
    .where('practice_id', '=', input.practiceId)
    .where('instrument_id', '=', input.pack.instrumentId)
    .where('replaced_at', 'is', null)
    .execute();
  const text = {
    items: Object.fromEntries(input.pack.items.map((i) => [i.id, i.text])),
    options: Object.fromEntries((input.pack.options ?? []).map((o) => [String(o.value), o.label])),
  };
  await trx
    .insertInto('content_packs')
    .values({
      id: input.id,
      practice_id: input.practiceId,
      instrument_id: input.pack.instrumentId,
      definition_version: input.definitionVersion,
      format: input.format,
      item_text: JSON.stringify(text),
      placeholder: input.placeholder ? 1 : 0,
      attestation: input.attestation,
      installed_by: input.installedBy,
      installed_at: input.now,
      replaced_at: null,
    })
    .execute();
}

export async function listContentPacks(ctx: SignedInContext): Promise<{ packs: ContentPack[] }> {
  if (ctx.actor.role !== 'admin') return deny(ctx, { action: 'content_pack.list' }, 'forbidden');
  const rows = await ctx.db
    .selectFrom('content_packs as p')
    .innerJoin('users as u', 'u.id', 'p.installed_by')
    .select([
      'p.id',
      'p.instrument_id',
      'p.format',
      'p.placeholder',
      'p.attestation',
      'p.installed_at',
      'u.display_name',
    ])
    .where('p.practice_id', '=', ctx.actor.practiceId)
    .where('p.replaced_at', 'is', null)
    .orderBy('p.instrument_id')
    .execute();
  return {
    packs: rows.map((r) => ({
      id: r.id,
      instrumentId: r.instrument_id,
      instrumentName: getInstrument(r.instrument_id)?.name ?? r.instrument_id,
      format: r.format,
      placeholder: r.placeholder === 1,
      attestation: r.attestation,
      installedBy: r.display_name,
      installedAt: r.installed_at,
    })),
  };
}
