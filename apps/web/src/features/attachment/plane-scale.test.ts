import { describe, expect, it } from 'vitest';
import { profileFixture } from './attachment-fixture';
import {
  anxietyToX,
  avoidanceToY,
  bandRect,
  diamondPoints,
  labelledPoints,
  movement,
  oldestFirst,
  pathData,
  percent,
  placeLabels,
  planeFrame,
  plotEdges,
  project,
  regionOf,
  regionShapes,
  scaleTicks,
  endsFit,
  labelLines,
  planeLayout,
} from './plane-scale';

const scale = { min: 1, max: 7, boundary: 4 };
// A 300 × 300 plot: 10 px on the right and top, 40 on the left and bottom.
const frame = planeFrame(350, { top: 10, right: 10, bottom: 40, left: 40 });

describe('planeFrame', () => {
  it('makes the plot square, the height following the width', () => {
    expect(frame).toEqual({ width: 350, height: 350, top: 10, right: 10, bottom: 40, left: 40 });
    expect(plotEdges(frame)).toEqual({ x0: 40, x1: 340, y0: 10, y1: 310 });
  });
  it('never gives a negative plot', () => {
    expect(planeFrame(20, { top: 0, right: 10, bottom: 0, left: 40 }).height).toBe(0);
  });
});

describe('scale mapping', () => {
  it('puts low anxiety on the left and high anxiety on the right', () => {
    expect(anxietyToX(1, scale, frame)).toBe(40);
    expect(anxietyToX(4, scale, frame)).toBe(190);
    expect(anxietyToX(7, scale, frame)).toBe(340);
  });
  it('puts low avoidance at the bottom and high avoidance at the top', () => {
    expect(avoidanceToY(1, scale, frame)).toBe(310);
    expect(avoidanceToY(4, scale, frame)).toBe(160);
    expect(avoidanceToY(7, scale, frame)).toBe(10);
  });
  it('projects a point and keeps values off the scale on its edge', () => {
    expect(project({ anxiety: 2.5, avoidance: 5.5 }, scale, frame)).toEqual({ x: 115, y: 85 });
    expect(project({ anxiety: 0, avoidance: 9 }, scale, frame)).toEqual({ x: 40, y: 10 });
  });
  it('maps a zero-length scale to the middle', () => {
    expect(anxietyToX(3, { min: 3, max: 3, boundary: 3 }, frame)).toBe(190);
  });
  it('ticks every whole scale point', () => {
    expect(scaleTicks(scale)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scaleTicks({ min: 0.5, max: 3.2, boundary: 2 })).toEqual([1, 2, 3]);
  });
});

describe('regionOf', () => {
  it('names the four regions', () => {
    expect(regionOf({ anxiety: 2, avoidance: 2 }, 4)).toBe('secure');
    expect(regionOf({ anxiety: 6, avoidance: 2 }, 4)).toBe('preoccupied');
    expect(regionOf({ anxiety: 2, avoidance: 6 }, 4)).toBe('dismissing');
    expect(regionOf({ anxiety: 6, avoidance: 6 }, 4)).toBe('fearful');
  });
  it('puts a point on a boundary on the lower side, as the server does', () => {
    expect(regionOf({ anxiety: 4, avoidance: 4 }, 4)).toBe('secure');
    expect(regionOf({ anxiety: 4.01, avoidance: 4 }, 4)).toBe('preoccupied');
    expect(regionOf({ anxiety: 4, avoidance: 4.01 }, 4)).toBe('dismissing');
  });
  it('agrees with the regions in the fixture', () => {
    for (const point of profileFixture.members[0]?.general?.points ?? []) {
      expect(regionOf(point, 4)).toBe(point.region);
    }
  });
});

describe('regionShapes', () => {
  it('splits the plot at the boundary, secure at the bottom left', () => {
    const shapes = Object.fromEntries(regionShapes(scale, frame).map((s) => [s.region, s]));
    expect(shapes.secure).toMatchObject({ x: 40, y: 160, width: 150, height: 150 });
    expect(shapes.preoccupied).toMatchObject({ x: 190, y: 160, width: 150, height: 150 });
    expect(shapes.dismissing).toMatchObject({ x: 40, y: 10, width: 150, height: 150 });
    expect(shapes.fearful).toMatchObject({ x: 190, y: 10, width: 150, height: 150 });
  });
  it('labels each region in its outer corner', () => {
    const labels = Object.fromEntries(regionShapes(scale, frame).map((s) => [s.region, s.label]));
    expect(labels.secure).toEqual({ x: 48, y: 302, anchor: 'start', baseline: 'auto' });
    expect(labels.fearful).toEqual({ x: 332, y: 18, anchor: 'end', baseline: 'hanging' });
  });
  it('follows a boundary off the midpoint', () => {
    const [secure] = regionShapes({ min: 1, max: 7, boundary: 3 }, frame);
    expect(secure).toMatchObject({ x: 40, width: 100, y: 210, height: 100 });
  });
});

describe('the dated path', () => {
  it('sorts oldest first without changing the input', () => {
    const points = profileFixture.members[0]?.general?.points ?? [];
    const sorted = oldestFirst(points);
    expect(sorted.map((p) => p.submittedAt.slice(0, 10))).toEqual([
      '2025-01-06',
      '2025-02-10',
      '2025-03-17',
    ]);
    expect(points[0]?.submittedAt.slice(0, 10)).toBe('2025-02-10');
  });
  it('joins points in order', () => {
    expect(
      pathData([
        { x: 10, y: 20 },
        { x: 30.456, y: 40 },
        { x: 50, y: 60 },
      ]),
    ).toBe('M10 20 L30.46 40 L50 60');
    expect(pathData([{ x: 1, y: 2 }])).toBe('M1 2');
    expect(pathData([])).toBe('');
  });
  it('labels the newest point always and older ones only where there is room', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 110, y: 0 },
    ];
    expect([...labelledPoints(points, 40)].sort()).toEqual([0, 2]);
    expect([...labelledPoints(points, 5)].sort()).toEqual([0, 1, 2]);
    expect(labelledPoints([], 40).size).toBe(0);
  });
});

describe('bandRect', () => {
  it('spans ± the half-widths around the point', () => {
    // 1 scale point = 50 px.
    expect(
      bandRect({ anxiety: 4, avoidance: 4 }, { anxiety: 0.5, avoidance: 1 }, scale, frame),
    ).toEqual({ x: 165, y: 110, width: 50, height: 100 });
  });
  it('is cut to the plot near the edge of the scale', () => {
    const rect = bandRect(
      { anxiety: 1.2, avoidance: 6.8 },
      { anxiety: 0.6, avoidance: 0.6 },
      scale,
      frame,
    );
    expect(rect.x).toBe(40);
    expect(rect.y).toBe(10);
    expect(rect.width).toBeCloseTo(40);
    expect(rect.height).toBeCloseTo(40);
  });
  it('reaches across the boundary exactly when the point is "between regions"', () => {
    const general = profileFixture.members[0]?.general;
    const band = general?.uncertainty;
    if (!general || !band) throw new Error('fixture');
    const bx = anxietyToX(4, scale, frame);
    const by = avoidanceToY(4, scale, frame);
    for (const point of general.points) {
      const rect = bandRect(point, band, scale, frame);
      const crosses =
        (rect.x < bx && rect.x + rect.width > bx) || (rect.y < by && rect.y + rect.height > by);
      expect(crosses, point.submittedAt).toBe(!point.clearlyInRegion);
    }
  });
});

describe('markers and labels', () => {
  it('draws a diamond around a centre', () => {
    expect(diamondPoints({ x: 10, y: 10 }, 5)).toBe('10,5 15,10 10,15 5,10');
  });
  it('puts labels to the right, to the left near the right edge', () => {
    const [a, b] = placeLabels(
      [
        { x: 100, y: 100 },
        { x: 330, y: 200 },
      ],
      frame,
    );
    expect(a).toEqual({ x: 110, y: 100, anchor: 'start' });
    expect(b).toEqual({ x: 320, y: 200, anchor: 'end' });
  });
  it('moves a label down off one it would cover', () => {
    const labels = placeLabels(
      [
        { x: 100, y: 100 },
        { x: 104, y: 104 },
        { x: 250, y: 102 },
      ],
      frame,
    );
    expect(labels.map((l) => l.y)).toEqual([100, 115, 102]);
  });
});

describe('words for the summary', () => {
  it('says which way a score moved', () => {
    expect(movement(0.4)).toBe('up');
    expect(movement(-0.7)).toBe('down');
    expect(movement(0.001)).toBe('same');
    expect(movement(0)).toBe('same');
  });
  it('turns a confidence into a percentage', () => {
    expect(percent(0.95)).toBe(95);
    expect(percent(90)).toBe(90);
  });
});

describe('planeLayout', () => {
  const texts = {
    anxietyLow: '← less worry about closeness',
    anxietyHigh: 'more worry →',
    avoidanceLow: '← more comfortable depending on others',
    avoidanceHigh: 'less comfortable →',
  };
  it('keeps both ends of each axis on one line where there is room', () => {
    const wide = planeLayout(560, texts);
    expect(wide).toMatchObject({ xEndsOneLine: true, yEndsOneLine: true });
    expect(wide.frame).toMatchObject({ left: 52, bottom: 64, height: 14 + 494 + 64 });
  });
  it('gives the high ends a line of their own on a narrow plane', () => {
    const narrow = planeLayout(330, texts);
    expect(narrow).toMatchObject({ xEndsOneLine: false, yEndsOneLine: false });
    expect(narrow.frame).toMatchObject({ left: 69, bottom: 81 });
    // Still square.
    const { x0, x1, y0, y1 } = plotEdges(narrow.frame);
    expect(x1 - x0).toBe(y1 - y0);
  });
  it('can fit one axis and not the other', () => {
    const middle = planeLayout(440, texts);
    expect(middle).toMatchObject({ xEndsOneLine: true, yEndsOneLine: false });
  });
  it('measures text roughly', () => {
    expect(endsFit(400, 'more comfortable depending on others', 'less comfortable')).toBe(true);
    expect(endsFit(250, 'more comfortable depending on others', 'less comfortable')).toBe(false);
  });
});

describe('labelLines', () => {
  it('splits a region name that would not fit at its last space', () => {
    expect(labelLines('Secure region', 200)).toEqual(['Secure region']);
    expect(labelLines('Preoccupied region', 100)).toEqual(['Preoccupied', 'region']);
    expect(labelLines('Präokkupiert', 20)).toEqual(['Präokkupiert']);
  });
});
