import type { AlliancePointView } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { layoutAlliance, markOf } from './alliance-layout';

const point = (
  day: number,
  score: number,
  over: Partial<AlliancePointView> = {},
): AlliancePointView => ({
  responseId: `r${String(day)}`,
  submittedAt: `2026-03-${String(day).padStart(2, '0')}T12:00:00.000Z`,
  score,
  afterSession: null,
  baselineMean: null,
  baselineSd: null,
  baselineN: 0,
  threshold: null,
  change: null,
  reasons: [],
  rupture: null,
  recovered: null,
  ...over,
});
const frame = { width: 432, height: 240, top: 20, right: 0, bottom: 40, left: 0 };

describe('layoutAlliance', () => {
  it('spreads ratings and sessions over time and the score range over the height', () => {
    const layout = layoutAlliance(
      [point(2, 12), point(30, 60)],
      [{ id: 's1', number: 1, heldAt: '2026-03-01T12:00:00.000Z' }],
      { min: 12, max: 60 },
      frame,
    );
    // Days 1 to 30 across x 16..416: the session at the left edge, day 30 at the right.
    expect(layout.sessions[0]?.x).toBe(16);
    expect(layout.points[1]?.x).toBe(416);
    expect(layout.points[0]?.y).toBe(200);
    expect(layout.points[1]?.y).toBe(20);
  });

  it('draws each drop line under the rating it judged, between its neighbours', () => {
    const layout = layoutAlliance(
      [point(1, 50), point(11, 41, { threshold: 46 }), point(21, 50, { threshold: 46 })],
      [],
      { min: 12, max: 60 },
      frame,
    );
    expect(layout.steps).toHaveLength(2);
    expect(layout.steps[0]).toMatchObject({ x0: 116, x1: 316 });
    expect(layout.steps[1]).toMatchObject({ x0: 316, x1: 428 });
    expect(layout.steps[0]?.y).toBe(layout.y(46));
  });
});

describe('markOf', () => {
  it('tells a usual rating, a flagged drop and a recorded rupture apart', () => {
    expect(markOf(point(1, 50))).toBe('usual');
    expect(markOf(point(1, 41, { reasons: ['below_baseline'] }))).toBe('drop');
    const rupture = {
      whatHappened: 'x',
      repairAttempted: 'y',
      repairSessionId: null,
      recordedBy: 'Dr A',
      recordedAt: '2026-03-02T00:00:00.000Z',
    };
    expect(markOf(point(1, 50, { rupture }))).toBe('rupture');
  });
});
