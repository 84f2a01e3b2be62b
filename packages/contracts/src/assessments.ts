import { Type, type Static } from 'typebox';
import { Id } from './common';

export const InstrumentId = Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z0-9.-]+$' });

/** How an instrument stands in this practice. */
export const Availability = Type.Union([
  Type.Literal('ready'),
  /** Licensed item text is not installed: it cannot be assigned yet. */
  Type.Literal('needs_licensed_text'),
]);

export const CatalogueEntry = Type.Object({
  id: Type.String(),
  name: Type.String(),
  citation: Type.String(),
  licenceStatus: Type.String(),
  licenceNote: Type.String(),
  itemCount: Type.Integer(),
  scoreNames: Type.Array(Type.String()),
  availability: Availability,
  /** Installed text is demo placeholder wording, not the real instrument. */
  placeholderText: Type.Boolean(),
  /** Our validated catalogue, or a measure this practice imported itself. */
  origin: Type.Union([Type.Literal('catalogue'), Type.Literal('practice')]),
});
export type CatalogueEntry = Static<typeof CatalogueEntry>;
export const Catalogue = Type.Object({ instruments: Type.Array(CatalogueEntry) });
export type Catalogue = Static<typeof Catalogue>;

export const AssignBody = Type.Object({
  instrumentIds: Type.Array(InstrumentId, { minItems: 1, maxItems: 12, uniqueItems: true }),
  /** The member who answers (a client, partner, adolescent or caregiver). */
  memberId: Id,
  /** For caregiver-report measures: the child the caregiver answers about. */
  aboutMemberId: Type.Optional(Id),
  dueAt: Type.Optional(Type.String({ format: 'date-time' })),
});
export type AssignBody = Static<typeof AssignBody>;

export const AssignmentStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('completed'),
  Type.Literal('cancelled'),
]);

export const Assignment = Type.Object({
  id: Id,
  caseId: Id,
  memberId: Id,
  memberName: Type.String(),
  aboutMemberId: Type.Union([Id, Type.Null()]),
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  status: AssignmentStatus,
  /** True when the respondent has saved answers but not submitted. */
  hasDraft: Type.Boolean(),
  dueAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  completedAt: Type.Union([Type.String(), Type.Null()]),
  responseId: Type.Union([Id, Type.Null()]),
});
export type Assignment = Static<typeof Assignment>;
export const AssignmentList = Type.Object({ assignments: Type.Array(Assignment) });

/** Item id → answer value; a missing item is simply absent. */
export const AnswerMap = Type.Record(
  Type.String({ pattern: '^[a-z0-9.-]+$', maxLength: 40 }),
  Type.Number(),
  { maxProperties: 200 },
);
export type AnswerMap = Static<typeof AnswerMap>;

export const AnswersBody = Type.Object({ answers: AnswerMap });

export const FormItem = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  /** Null when no licensed text is available (never the case for an assignable instrument). */
  text: Type.Union([Type.String(), Type.Null()]),
  options: Type.Array(
    Type.Object({ value: Type.Number(), label: Type.Union([Type.String(), Type.Null()]) }),
  ),
  isRiskItem: Type.Boolean(),
});

/** What the respondent needs to answer an assignment. */
export const QuestionnaireForm = Type.Object({
  assignmentId: Id,
  instrumentId: Type.String(),
  name: Type.String(),
  citation: Type.String(),
  licenceNote: Type.String(),
  instructions: Type.String(),
  placeholderText: Type.Boolean(),
  items: Type.Array(FormItem),
  draft: AnswerMap,
  status: AssignmentStatus,
});
export type QuestionnaireForm = Static<typeof QuestionnaireForm>;

export const CrisisResource = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  contact: Type.String({ minLength: 1, maxLength: 120 }),
  note: Type.Optional(Type.String({ maxLength: 300 })),
});
export const CrisisResources = Type.Object({
  message: Type.String({ minLength: 1, maxLength: 600 }),
  resources: Type.Array(CrisisResource, { maxItems: 12 }),
});
export type CrisisResources = Static<typeof CrisisResources>;

export const SubmitResult = Type.Object({
  responseId: Id,
  status: Type.Union([
    Type.Literal('complete'),
    Type.Literal('incomplete'),
    Type.Literal('invalid'),
  ]),
  /** Present when a risk item was answered positively: show these at once. */
  crisis: Type.Union([CrisisResources, Type.Null()]),
});
export type SubmitResult = Static<typeof SubmitResult>;

export const ScoreLine = Type.Object({
  name: Type.String(),
  label: Type.String(),
  value: Type.Union([Type.Number(), Type.String(), Type.Null()]),
  min: Type.Union([Type.Number(), Type.Null()]),
  max: Type.Union([Type.Number(), Type.Null()]),
  band: Type.Union([Type.String(), Type.Null()]),
  direction: Type.String(),
  prorated: Type.Boolean(),
});

export const ChangeLine = Type.Object({
  score: Type.String(),
  previous: Type.Number(),
  current: Type.Number(),
  difference: Type.Number(),
  /** Null when the instrument has no norms or published threshold for this score. */
  reliableChange: Type.Union([
    Type.Object({
      category: Type.String(),
      basis: Type.String(),
      /** In score points, or in z units of the reliable change index (Jacobson & Truax 1991). */
      threshold: Type.Number(),
      thresholdUnit: Type.Union([Type.Literal('points'), Type.Literal('z')]),
      /** What the threshold means and how it was derived, for the reader of the result. */
      detail: Type.String(),
      source: Type.String(),
    }),
    Type.Null(),
  ]),
});

export const ItemAnswer = Type.Object({
  itemId: Type.String(),
  position: Type.Integer(),
  answer: Type.Union([Type.Number(), Type.Null()]),
  reverseKeyed: Type.Boolean(),
  isRiskItem: Type.Boolean(),
});

export const ResponseResult = Type.Object({
  responseId: Id,
  assignmentId: Id,
  caseId: Id,
  memberName: Type.String(),
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  citation: Type.String(),
  interpretation: Type.String(),
  status: Type.Union([
    Type.Literal('complete'),
    Type.Literal('incomplete'),
    Type.Literal('invalid'),
  ]),
  submittedAt: Type.String(),
  entryMode: Type.Union([Type.Literal('self'), Type.Literal('paper')]),
  scores: Type.Array(ScoreLine),
  items: Type.Array(ItemAnswer),
  missingItems: Type.Array(Type.String()),
  riskItems: Type.Array(Type.String()),
  changeSincePrevious: Type.Array(ChangeLine),
  sharedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ResponseResult = Static<typeof ResponseResult>;

/** A change from the first result, classified after Jacobson & Truax (1991), with its numbers. */
export const OutcomeClass = Type.Object({
  category: Type.Enum(['recovered', 'improved', 'unchanged', 'deteriorated']),
  from: Type.Number(),
  to: Type.Number(),
  difference: Type.Number(),
  /** What made it reliable or not, e.g. "a fall of 6 or more points (Barkham et al. 2013)". */
  reliable: Type.String(),
  crossedCutoff: Type.Boolean(),
});
export type OutcomeClass = Static<typeof OutcomeClass>;

export const HistoryPoint = Type.Object({
  responseId: Id,
  submittedAt: Type.String(),
  status: Type.String(),
  scores: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String(), Type.Null()])),
  /** Per score: the change from the member's first result on this measure (none for the first). */
  fromFirst: Type.Record(Type.String(), OutcomeClass),
  /** Risk items answered positively in this result (an event marked on the chart). */
  riskItems: Type.Array(Type.String()),
});

/** What a chart of a score draws besides the points: the cut-off and the reliable-change band. */
export const ScoreOutcomeBasis = Type.Object({
  score: Type.String(),
  cutoff: Type.Union([
    Type.Object({ value: Type.Number(), meaning: Type.String(), source: Type.String() }),
    Type.Null(),
  ]),
  /** Half-width, in score points, of the band around the first result inside which a change is not reliable. */
  reliablePoints: Type.Union([Type.Number(), Type.Null()]),
  reliableSource: Type.Union([Type.String(), Type.Null()]),
});
export type ScoreOutcomeBasis = Static<typeof ScoreOutcomeBasis>;
export const MeasureHistory = Type.Object({
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  memberId: Id,
  memberName: Type.String(),
  scores: Type.Array(ScoreLine),
  points: Type.Array(HistoryPoint),
  outcome: Type.Array(ScoreOutcomeBasis),
});
export type MeasureHistory = Static<typeof MeasureHistory>;
export const CaseResults = Type.Object({ measures: Type.Array(MeasureHistory) });

export const RiskAlert = Type.Object({
  id: Id,
  caseId: Id,
  caseTitle: Type.String(),
  memberName: Type.String(),
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  items: Type.Array(Type.String()),
  responseId: Id,
  createdAt: Type.String(),
  acknowledgedAt: Type.Union([Type.String(), Type.Null()]),
  acknowledgedBy: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type RiskAlert = Static<typeof RiskAlert>;
export const RiskAlertList = Type.Object({ alerts: Type.Array(RiskAlert) });
export const AcknowledgeBody = Type.Object({
  note: Type.String({ minLength: 1, maxLength: 2000 }),
});

/** Our own content-pack format: the licensed wording for an instrument's items. */
export const SecureBasePack = Type.Object({
  instrumentId: InstrumentId,
  items: Type.Array(
    Type.Object({
      id: Type.String({ maxLength: 40 }),
      text: Type.String({ minLength: 1, maxLength: 1000 }),
    }),
    { maxItems: 200 },
  ),
  /** Labels for the response options, by value. */
  options: Type.Optional(
    Type.Array(
      Type.Object({ value: Type.Integer(), label: Type.String({ minLength: 1, maxLength: 200 }) }),
      {
        maxItems: 20,
      },
    ),
  ),
});
export type SecureBasePack = Static<typeof SecureBasePack>;

export const InstallContentPackBody = Type.Object({
  instrumentId: InstrumentId,
  format: Type.Union([Type.Literal('securebase-json'), Type.Literal('fhir-questionnaire')]),
  /** A SecureBasePack, or a FHIR R4 Questionnaire. */
  content: Type.Record(Type.String(), Type.Unknown()),
  /** The admin's statement that the practice holds a licence to use this wording. */
  attestation: Type.String({ minLength: 20, maxLength: 2000 }),
});
export type InstallContentPackBody = Static<typeof InstallContentPackBody>;

export const ContentPack = Type.Object({
  id: Id,
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  format: Type.String(),
  placeholder: Type.Boolean(),
  attestation: Type.String(),
  installedBy: Type.String(),
  installedAt: Type.String(),
});
export type ContentPack = Static<typeof ContentPack>;
export const ContentPackList = Type.Object({ packs: Type.Array(ContentPack) });

export const SharedResult = Type.Object({
  responseId: Id,
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  submittedAt: Type.String(),
  sharedAt: Type.String(),
});
export const SharedResultList = Type.Object({ results: Type.Array(SharedResult) });
export type SharedResultList = Static<typeof SharedResultList>;
