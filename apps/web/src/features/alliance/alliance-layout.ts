import type { AlliancePointView, SessionMark } from '@securebase/contracts';
import { scaleLinear } from '../assessments/chart-scale';

export interface Frame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How a rating is drawn: the usual dot, a drop the line flagged, or a recorded rupture. */
export type Mark = 'usual' | 'drop' | 'rupture';

export function markOf(point: AlliancePointView): Mark {
  if (point.rupture) return 'rupture';
  return point.reasons.length > 0 ? 'drop' : 'usual';
}

export interface Placed {
  point: AlliancePointView;
  x: number;
  y: number;
  mark: Mark;
}

export interface Layout {
  points: Placed[];
  sessions: { session: SessionMark; x: number }[];
  /** The drop line: one horizontal step per rating that had a baseline. */
  steps: { x0: number; x1: number; y: number }[];
  y: (value: number) => number;
}

/**
 * Time runs left to right across every rating and every session; the score's full range runs
 * bottom to top. Each rating's drop line is drawn from halfway after the previous rating to
 * halfway before the next, so the step sits under the rating it judged.
 */
export function layoutAlliance(
  points: readonly AlliancePointView[],
  sessions: readonly SessionMark[],
  range: { min: number; max: number },
  frame: Frame,
): Layout {
  const times = [
    ...points.map((p) => Date.parse(p.submittedAt)),
    ...sessions.map((s) => Date.parse(s.heldAt)),
  ];
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x0 = frame.left + 16;
  const x1 = frame.width - frame.right - 16;
  const x = (iso: string) => scaleLinear(Date.parse(iso), t0, t1, x0, x1);
  const bottom = frame.height - frame.bottom;
  const y = (value: number) => scaleLinear(value, range.min, range.max, bottom, frame.top);
  const placed = points.map((point) => ({
    point,
    x: x(point.submittedAt),
    y: y(point.score),
    mark: markOf(point),
  }));
  const steps = placed.flatMap((p, i) => {
    if (p.point.threshold === null) return [];
    const before = placed[i - 1];
    const after = placed[i + 1];
    return [
      {
        x0: before ? (before.x + p.x) / 2 : p.x - 12,
        x1: after ? (after.x + p.x) / 2 : p.x + 12,
        y: y(p.point.threshold),
      },
    ];
  });
  return {
    points: placed,
    sessions: sessions.map((session) => ({ session, x: x(session.heldAt) })),
    steps,
    y,
  };
}
