import { Type, type Static } from 'typebox';
import { Id } from './common';

/** Relationships a working model can be about. */
export const ModelRelationship = Type.Union([
  Type.Literal('partner'),
  Type.Literal('mother'),
  Type.Literal('father'),
  Type.Literal('other_caregiver'),
  Type.Literal('sibling'),
  Type.Literal('child'),
  Type.Literal('friend'),
  Type.Literal('therapist'),
  Type.Literal('others_in_general'),
]);
export type ModelRelationship = Static<typeof ModelRelationship>;

const Text = (maxLength: number) => Type.String({ maxLength });

/** A score that bears on a working model: one score of one submitted response in this case. */
export const LinkedScore = Type.Object({
  responseId: Id,
  score: Type.String({ minLength: 1, maxLength: 60 }),
});

export const WorkingModel = Type.Object({
  relationship: ModelRelationship,
  /** e.g. "I am too much for people; if I need them they will tire of me." */
  modelOfSelf: Text(1000),
  /** e.g. "Partners are there at first and then pull away." */
  modelOfOthers: Text(1000),
  evidenceFor: Type.Array(Text(500), { maxItems: 30 }),
  evidenceAgainst: Type.Array(Text(500), { maxItems: 30 }),
  linkedScores: Type.Array(LinkedScore, { maxItems: 20 }),
});
export type WorkingModel = Static<typeof WorkingModel>;

/**
 * Core Conflictual Relationship Theme clusters (Barber, Crits-Christoph & Luborsky 1990, standard
 * categories, edition 3): the wish (W), the response of the other (RO), the response of self (RS).
 */
export const WISH_CLUSTERS = [
  'assert_self_be_independent',
  'oppose_hurt_control_others',
  'be_controlled_hurt_not_responsible',
  'be_distant_avoid_conflict',
  'be_close_accepting',
  'be_loved_understood',
  'feel_good_comfortable',
  'achieve_help_others',
] as const;
export const WishCluster = Type.Enum([...WISH_CLUSTERS]);
export const OTHER_CLUSTERS = [
  'strong',
  'controlling',
  'upset',
  'bad',
  'rejecting_opposing',
  'helpful',
  'likes_me',
  'understanding',
] as const;
export const OtherResponseCluster = Type.Enum([...OTHER_CLUSTERS]);
export const SELF_CLUSTERS = [
  'helpful',
  'unreceptive',
  'respected_accepted',
  'oppose_hurt_others',
  'self_controlled_confident',
  'helpless',
  'disappointed_depressed',
  'anxious_ashamed',
] as const;
export const SelfResponseCluster = Type.Enum([...SELF_CLUSTERS]);

/** One relationship episode: who, what happened, and its three CCRT components. */
export const RelationshipEpisode = Type.Object({
  who: Type.String({ minLength: 1, maxLength: 200 }),
  /** ISO date of the episode, if known. */
  when: Type.Optional(Type.String({ format: 'date' })),
  whatHappened: Text(2000),
  wish: Text(500),
  wishCluster: Type.Optional(WishCluster),
  responseOfOther: Text(500),
  responseOfOtherCluster: Type.Optional(OtherResponseCluster),
  responseOfSelf: Text(500),
  responseOfSelfCluster: Type.Optional(SelfResponseCluster),
});
export type RelationshipEpisode = Static<typeof RelationshipEpisode>;

export const FormulationContent = Type.Object({
  workingModels: Type.Array(WorkingModel, { maxItems: 20 }),
  episodes: Type.Array(RelationshipEpisode, { maxItems: 100 }),
  /** Plain words the clinician may share with the client. */
  clientSummary: Text(4000),
});
export type FormulationContent = Static<typeof FormulationContent>;

export const FormulationQuery = Type.Object({
  memberId: Id,
  /** Read the formulation as it stood at this moment. */
  at: Type.Optional(Type.String({ format: 'date-time' })),
});

export const SaveFormulationBody = Type.Object({
  memberId: Id,
  /** The version this edit started from (0 for the first); a newer saved version answers 409. */
  baseVersion: Type.Integer({ minimum: 0 }),
  content: FormulationContent,
  /** What changed and why, for the history. */
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type SaveFormulationBody = Static<typeof SaveFormulationBody>;

export const ThemeCount = Type.Object({ cluster: Type.String(), count: Type.Integer() });

/** Counts across episodes: the pervasive wishes and responses (Luborsky's CCRT method). */
export const ThemeSummary = Type.Object({
  episodes: Type.Integer(),
  wishes: Type.Array(ThemeCount),
  responsesOfOther: Type.Array(ThemeCount),
  responsesOfSelf: Type.Array(ThemeCount),
});
export type ThemeSummary = Static<typeof ThemeSummary>;

export const Formulation = Type.Object({
  caseId: Id,
  memberId: Id,
  /** 0 when nothing has been saved yet. */
  version: Type.Integer(),
  savedAt: Type.Union([Type.String(), Type.Null()]),
  savedBy: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  content: FormulationContent,
  themes: ThemeSummary,
});
export type Formulation = Static<typeof Formulation>;

export const FormulationVersion = Type.Object({
  version: Type.Integer(),
  savedAt: Type.String(),
  savedBy: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
  workingModels: Type.Integer(),
  episodes: Type.Integer(),
});
export const FormulationHistory = Type.Object({
  caseId: Id,
  memberId: Id,
  /** Oldest first. */
  versions: Type.Array(FormulationVersion),
});
export type FormulationHistory = Static<typeof FormulationHistory>;

/** The client summary as the client will read it: paragraphs split at blank lines, trimmed. */
export function summaryParagraphs(clientSummary: string): string[] {
  return clientSummary
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
