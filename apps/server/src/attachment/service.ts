import type {
  AttachmentProfile,
  GeneralAttachment,
  MemberAttachment,
  PlanePoint,
  PrototypeRatings,
  RelationshipMap,
} from '@securebase/contracts';
import { getInstrument, type InstrumentDefinition, type ScoreResult } from '@securebase/measures';
import { ATTACHMENT_SCALE, clearlyInRegion, regionOf } from '@securebase/stats';
import { audit } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { requireCase } from '../cases/service';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { attachmentReading } from './narrative';
import { NO_BAND_NOTE, changeOf, referenceOf, uncertaintyOf } from './reading';
import { renderAttachmentReport, type ReportAudience } from './report-pdf';
import { attachmentResponses, caseHeading, caseMembers } from './repo';

type ResponseRow = Awaited<ReturnType<typeof attachmentResponses>>[number];

const BOUNDARY_NOTE =
  'The regions meet at the scale midpoint (4). No validated cut-off exists and attachment is better described as two continuous dimensions than as types (Fraley, Hudson, Heffernan & Segal 2015), so a position near a boundary belongs to neither region more than the other. Secure, preoccupied, dismissing and fearful name regions of the plane (Bartholomew & Horowitz 1991; Brennan, Clark & Shaver 1998), not a diagnosis.';

function definition(id: string): InstrumentDefinition {
  const found = getInstrument(id);
  if (!found) throw new Error(`${id} is missing from the catalogue`);
  return found;
}

function scoresOf(row: ResponseRow): ScoreResult['scores'] {
  return (JSON.parse(row.result ?? 'null') as ScoreResult | null)?.scores ?? {};
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function generalOf(rows: ResponseRow[]): GeneralAttachment | null {
  const ecrR = definition('ecr-r');
  const uncertainty = uncertaintyOf(ecrR);
  const band = uncertainty ?? { anxiety: 0, avoidance: 0 };
  const points: PlanePoint[] = rows.flatMap((row) => {
    const scores = scoresOf(row);
    const anxiety = numberOf(scores.anxiety);
    const avoidance = numberOf(scores.avoidance);
    if (anxiety === null || avoidance === null) return [];
    const point = { anxiety, avoidance };
    return [
      {
        responseId: row.id,
        submittedAt: row.submitted_at ?? row.updated_at,
        ...point,
        region: regionOf(point),
        // Without a band the distance to a boundary cannot be judged: never "clearly".
        clearlyInRegion: uncertainty !== null && clearlyInRegion(point, band),
      },
    ];
  });
  if (points.length === 0) return null;
  const [previous, current] = points.slice(-2);
  return {
    instrumentId: ecrR.id,
    instrumentName: ecrR.name,
    citation: ecrR.citation,
    points,
    uncertainty,
    uncertaintyNote: uncertainty ? null : NO_BAND_NOTE,
    reference: referenceOf(ecrR),
    change: previous && current && points.length > 1 ? changeOf(ecrR, previous, current) : [],
  };
}

const TARGETS = ['mother', 'father', 'partner', 'friend', 'global'] as const;

function relationshipsOf(rows: ResponseRow[]): RelationshipMap | null {
  const latest = rows.at(-1);
  if (!latest) return null;
  const scores = scoresOf(latest);
  return {
    responseId: latest.id,
    submittedAt: latest.submitted_at ?? latest.updated_at,
    citation: definition('ecr-rs').citation,
    targets: TARGETS.map((target) => ({
      target,
      anxiety: numberOf(scores[`${target}.anxiety`]),
      avoidance: numberOf(scores[`${target}.avoidance`]),
    })),
  };
}

function prototypesOf(rows: ResponseRow[]): PrototypeRatings | null {
  for (const row of [...rows].reverse()) {
    const scores = scoresOf(row);
    const values = [
      'secure',
      'fearful',
      'preoccupied',
      'dismissing',
      'self_model',
      'other_model',
    ].map((name) => numberOf(scores[name]));
    const [secure, fearful, preoccupied, dismissing, selfModel, otherModel] = values;
    if (values.some((value) => value === null)) continue;
    return {
      responseId: row.id,
      submittedAt: row.submitted_at ?? row.updated_at,
      citation: definition('rq').citation,
      secure: secure ?? 0,
      fearful: fearful ?? 0,
      preoccupied: preoccupied ?? 0,
      dismissing: dismissing ?? 0,
      selfModel: selfModel ?? 0,
      otherModel: otherModel ?? 0,
    };
  }
  return null;
}

async function buildProfile(trx: Kysely<Database>, caseId: string): Promise<AttachmentProfile> {
  const members = await caseMembers(trx, caseId);
  const responses = await attachmentResponses(trx, caseId);
  const of = (memberId: string, instrumentId: string) =>
    responses.filter((r) => r.member_id === memberId && r.instrument_id === instrumentId);
  const profiles: MemberAttachment[] = members.map((member) => {
    const general = generalOf(of(member.id, 'ecr-r'));
    const relationships = relationshipsOf(of(member.id, 'ecr-rs'));
    const prototypes = prototypesOf(of(member.id, 'rq'));
    return {
      memberId: member.id,
      memberName: member.display_name,
      general,
      relationships,
      prototypes,
      reading: attachmentReading(member.display_name, general, relationships, prototypes),
    };
  });
  return { caseId, scale: { ...ATTACHMENT_SCALE }, boundaryNote: BOUNDARY_NOTE, members: profiles };
}

/** The attachment picture of every member of a case, for its care team; the read is audited. */
export async function attachmentProfile(
  ctx: SignedInContext,
  caseId: string,
): Promise<AttachmentProfile> {
  await requireCase(ctx, caseId, 'attachment.read', (facts) => canReadCaseRecord(ctx.actor, facts));
  return ctx.db.transaction().execute(async (trx) => {
    const profile = await buildProfile(trx, caseId);
    await audit(ctx, trx, {
      action: 'attachment.read',
      entityType: 'case',
      entityId: caseId,
      caseId,
    });
    return profile;
  });
}

/** One member's profile as a PDF, for the record or in plain words for the client; audited. */
export async function attachmentReport(
  ctx: SignedInContext,
  caseId: string,
  query: { memberId: string; audience: ReportAudience },
): Promise<Buffer> {
  await requireCase(ctx, caseId, 'attachment.report', (facts) =>
    canReadCaseRecord(ctx.actor, facts),
  );
  const { profile, heading } = await ctx.db.transaction().execute(async (trx) => {
    const built = await buildProfile(trx, caseId);
    const found = await caseHeading(trx, caseId);
    await audit(ctx, trx, {
      action: 'attachment.report',
      entityType: 'case_member',
      entityId: query.memberId,
      caseId,
      details: { audience: query.audience },
    });
    return { profile: built, heading: found };
  });
  const member = profile.members.find((m) => m.memberId === query.memberId);
  if (!member) {
    throw new AppError('validation_failed', 'No such member in this case.', {
      field: 'query.memberId',
    });
  }
  return renderAttachmentReport({
    member,
    audience: query.audience,
    caseTitle: heading?.title ?? '',
    practiceName: heading?.practice_name ?? '',
    generatedAt: nowIso(ctx.clock),
    boundaryNote: profile.boundaryNote,
  });
}

/** The plain-language reading of one member, for sharing (no audit here: the caller audits). */
export async function clientReadingOf(
  trx: Kysely<Database>,
  caseId: string,
  memberId: string,
): Promise<string[]> {
  const profile = await buildProfile(trx, caseId);
  return profile.members.find((m) => m.memberId === memberId)?.reading.client ?? [];
}
