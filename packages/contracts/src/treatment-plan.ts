import { Type, type Static } from 'typebox';
import { Id } from './common';

export const GOAL_STATUSES = ['active', 'met', 'revised', 'discontinued'] as const;

export const GoalMeasure = Type.Object({
  instrumentId: Type.String({ minLength: 1, maxLength: 100 }),
  scoreName: Type.String({ minLength: 1, maxLength: 60 }),
  /** The score that would mean the goal is met, on the measure's own scale. */
  target: Type.Number(),
});
export type GoalMeasure = Static<typeof GoalMeasure>;

export const TreatmentGoal = Type.Object({
  /** Stable across versions, chosen by the client app (so a goal can be followed). */
  id: Id,
  /** Whose goal; absent for a goal of the couple or family together. */
  memberId: Type.Optional(Id),
  text: Type.String({ minLength: 1, maxLength: 1000 }),
  status: Type.Enum([...GOAL_STATUSES]),
  measures: Type.Array(GoalMeasure, { maxItems: 5 }),
});
export type TreatmentGoal = Static<typeof TreatmentGoal>;

export const TreatmentPlanContent = Type.Object({
  goals: Type.Array(TreatmentGoal, { maxItems: 12 }),
  /** When the plan is next reviewed together (`YYYY-MM-DD`). */
  reviewOn: Type.Optional(Type.String({ maxLength: 10 })),
});
export type TreatmentPlanContent = Static<typeof TreatmentPlanContent>;

export const SavePlanBody = Type.Object({
  baseVersion: Type.Integer({ minimum: 0 }),
  content: TreatmentPlanContent,
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type SavePlanBody = Static<typeof SavePlanBody>;

export const GoalProgress = Type.Object({
  goalId: Id,
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  scoreLabel: Type.String(),
  target: Type.Number(),
  direction: Type.Enum(['higher_is_better', 'higher_is_worse']),
  latest: Type.Union([Type.Object({ value: Type.Number(), at: Type.String() }), Type.Null()]),
  first: Type.Union([Type.Object({ value: Type.Number(), at: Type.String() }), Type.Null()]),
  /** Whether the latest score has reached the target (null before any score). */
  reached: Type.Union([Type.Boolean(), Type.Null()]),
});
export type GoalProgress = Static<typeof GoalProgress>;

export const TreatmentPlan = Type.Object({
  caseId: Id,
  version: Type.Integer(),
  content: TreatmentPlanContent,
  savedBy: Type.Union([Type.String(), Type.Null()]),
  savedAt: Type.Union([Type.String(), Type.Null()]),
  /** The review date has passed. */
  reviewDue: Type.Boolean(),
  progress: Type.Array(GoalProgress),
});
export type TreatmentPlan = Static<typeof TreatmentPlan>;
