import { Type, type Static } from 'typebox';
import { Id } from './common';

export const DashboardAlertKind = Type.Enum(['risk', 'deterioration', 'rupture', 'overdue']);
export type DashboardAlertKind = Static<typeof DashboardAlertKind>;

export const DashboardAlert = Type.Object({
  kind: DashboardAlertKind,
  caseId: Id,
  caseTitle: Type.String(),
  memberName: Type.String(),
  /** The measure concerned. */
  instrumentName: Type.String(),
  /** When it happened (the answer, the rating) or fell due. */
  at: Type.String(),
  /** The numbers behind it, e.g. "16 → 22" or "41 below 45.9". */
  detail: Type.String(),
});
export type DashboardAlert = Static<typeof DashboardAlert>;

export const DashboardTrend = Type.Object({
  instrumentName: Type.String(),
  scoreLabel: Type.String(),
  direction: Type.Enum(['higher_is_better', 'higher_is_worse']),
  min: Type.Number(),
  max: Type.Number(),
  memberName: Type.String(),
  values: Type.Array(Type.Object({ at: Type.String(), value: Type.Number() })),
  /** Reliable change from the first to the latest value, where the measure has a basis. */
  category: Type.Union([Type.String(), Type.Null()]),
});
export type DashboardTrend = Static<typeof DashboardTrend>;

export const DashboardCase = Type.Object({
  caseId: Id,
  title: Type.String(),
  status: Type.Enum(['open', 'closed']),
  lastActivityAt: Type.String(),
  alerts: Type.Integer(),
  trend: Type.Union([DashboardTrend, Type.Null()]),
});
export type DashboardCase = Static<typeof DashboardCase>;

export const Dashboard = Type.Object({
  alerts: Type.Array(DashboardAlert),
  cases: Type.Array(DashboardCase),
});
export type Dashboard = Static<typeof Dashboard>;
