/**
 * FHIR R4 export: an instrument as a Questionnaire, and one submitted response as a Bundle of its
 * QuestionnaireResponse and one Observation per computed score. The mapping is @securebase/fhir's;
 * this service decides who may read what, which wording may travel, and audits the reads.
 */
import {
  FHIR_BASE,
  instrumentToQuestionnaire,
  responseToQuestionnaireResponse,
  scoresToObservations,
} from '@securebase/fhir';
import type { InstrumentDefinition, ScoreResult } from '@securebase/measures';
import { findDefinition, requireDefinition } from '../assessments/definitions';
import { packText } from '../assessments/instrument-text';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { loadCaseFacts } from '../cases/service';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import * as repo from './repo';

type Questionnaire = ReturnType<typeof instrumentToQuestionnaire>;
type QuestionnaireResponse = ReturnType<typeof responseToQuestionnaireResponse>;
type Observation = ReturnType<typeof scoresToObservations>[number];

export interface ResponseBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: QuestionnaireResponse | Observation }[];
}

/**
 * The instrument as a Questionnaire. Wording travels only where we may ship it, or where the
 * caller's practice installed a content pack for it; otherwise items carry neutral text.
 */
export async function exportQuestionnaire(
  ctx: SignedInContext,
  instrumentId: string,
): Promise<Questionnaire> {
  const definition = await findDefinition(ctx.db, ctx.actor.practiceId, instrumentId);
  if (!definition) {
    throw new AppError('not_found', `No instrument ${instrumentId}.`, {
      field: 'params.instrumentId',
    });
  }
  if (definition.itemTextShipped) return instrumentToQuestionnaire(definition);
  const pack = await repo.installedContentPack(ctx.db, ctx.actor.practiceId, definition.id);
  return instrumentToQuestionnaire(definition, packText(pack)?.items);
}

/** Only a submitted response, and only for a clinician on the case's care team (else 404). */
async function requireExportable(ctx: SignedInContext, responseId: string) {
  const row = await repo.findResponseForExport(ctx.db, responseId);
  const facts = row ? await loadCaseFacts(ctx.db, row.case_id) : null;
  if (
    !row ||
    row.status !== 'submitted' ||
    row.result === null ||
    !facts ||
    !canReadCaseRecord(ctx.actor, facts)
  ) {
    return deny(
      ctx,
      { action: 'fhir.export_response', entityType: 'response', entityId: responseId },
      'not_found',
      'No such result.',
    );
  }
  return { ...row, result: row.result };
}

/** Who the answers are about, who gave them, and who typed them in (paper entry). */
function people(row: repo.ExportResponseRow) {
  const patientRef = `Patient/${row.about_member_id ?? row.member_id}`;
  const source = row.about_member_id === null ? patientRef : `RelatedPerson/${row.member_id}`;
  const author = row.entry_mode === 'paper' ? `Practitioner/${row.entered_by}` : undefined;
  return { patientRef, source, author };
}

function toBundle(
  definition: InstrumentDefinition,
  row: repo.ExportResponseRow,
  result: ScoreResult,
  timestamp: string,
): ResponseBundle {
  const { patientRef, source, author } = people(row);
  const authored = row.submitted_at ?? timestamp;
  const response = responseToQuestionnaireResponse({
    definition,
    responseId: row.id,
    patientRef,
    authored,
    answers: JSON.parse(row.answers) as Record<string, number>,
    source,
    ...(author === undefined ? {} : { author }),
  });
  const observations = scoresToObservations({
    definition,
    result,
    responseId: row.id,
    patientRef,
    effective: authored,
  }).map((observation, index) => {
    // The mapper identifies each Observation as `<responseId>/<score>`; its id follows that.
    const identifier = observation.identifier?.[0]?.value;
    const id = identifier?.replace('/', '-') ?? `${row.id}-${String(index + 1)}`;
    return { ...observation, id };
  });
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp,
    entry: [
      { fullUrl: `${FHIR_BASE}/QuestionnaireResponse/${row.id}`, resource: response },
      ...observations.map((resource) => ({
        fullUrl: `${FHIR_BASE}/Observation/${resource.id}`,
        resource,
      })),
    ],
  };
}

/** One submitted response as a Bundle (collection); the read is audited. */
export async function exportResponse(
  ctx: SignedInContext,
  responseId: string,
): Promise<ResponseBundle> {
  const row = await requireExportable(ctx, responseId);
  const result = JSON.parse(row.result) as ScoreResult;
  // The definition the response was scored with (a practice measure's version matters).
  const definition = await requireDefinition(
    ctx.db,
    row.practice_id,
    row.instrument_id,
    result.definitionVersion,
  );
  const bundle = toBundle(definition, row, result, nowIso(ctx.clock));
  await ctx.db.transaction().execute((trx) =>
    audit(ctx, trx, {
      action: 'fhir.export_response',
      entityType: 'response',
      entityId: row.id,
      caseId: row.case_id,
      details: { instrument: row.instrument_id, observations: bundle.entry.length - 1 },
    }),
  );
  return bundle;
}
