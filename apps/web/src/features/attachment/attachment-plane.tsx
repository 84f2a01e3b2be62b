import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  anxietyToX,
  avoidanceToY,
  bandRect,
  diamondPoints,
  labelledPoints,
  pathData,
  placeLabels,
  plotEdges,
  project,
  regionShapes,
  scaleTicks,
  labelLines,
  planeLayout,
  type AxisTexts,
  type PlaneLayout,
  type PlaneCoordinates,
  type PlaneFrame,
  type PlaneScale,
} from './plane-scale';
import { PlaneLegend, type LegendEntry } from './plane-legend';
import { useWidth } from '../../lib/use-width';

/** One point on the plane; `label` is written beside it (a date, a relationship). */
export interface PlaneMark extends PlaneCoordinates {
  key: string;
  label: string;
}

export interface AttachmentPlaneProps {
  scale: PlaneScale;
  /** The picture's accessible name. */
  label: string;
  /** What the picture shows, in words: shown under it and read as its description. */
  summary: string;
  /** The points; with `joined`, oldest first. */
  marks: readonly PlaneMark[];
  /** Join the marks as a dated path (only the labels that fit) and emphasise the last. */
  joined?: boolean;
  /** Half-widths of the band drawn around the last mark. */
  band?: PlaneCoordinates | null;
  reference?: PlaneCoordinates | null;
  legend: readonly LegendEntry[];
  size?: 'large' | 'small';
}

const WIDTHS = {
  large: { fallback: 520, min: 320, max: 560 },
  small: { fallback: 440, min: 300, max: 464 },
};

/**
 * The attachment plane, drawn by our own code: anxiety across, avoidance up, the four regions
 * of the continuum softly shaded, the points (optionally as a dated path), the band around the
 * latest point and a reference point.
 */
export function AttachmentPlane({
  scale,
  label,
  summary,
  marks,
  joined = false,
  band = null,
  reference = null,
  legend,
  size = 'large',
}: AttachmentPlaneProps) {
  const { t } = useTranslation();
  const id = useId();
  const measured = useWidth(WIDTHS[size].fallback, WIDTHS[size].min, WIDTHS[size].max);
  const texts: AxisTexts = {
    anxietyLow: t('attachment.axes.anxietyLow'),
    anxietyHigh: t('attachment.axes.anxietyHigh'),
    avoidanceLow: t('attachment.axes.avoidanceLow'),
    avoidanceHigh: t('attachment.axes.avoidanceHigh'),
  };
  const layout = planeLayout(measured.width, texts);
  const { frame } = layout;
  const placed = marks.map((mark) => project(mark, scale, frame));
  const last = marks.at(-1);
  const lastXY = placed.at(-1);
  const shown = joined ? labelledPoints(placed, 46) : new Set(placed.map((_, index) => index));
  const labels = placeLabels(
    placed.filter((_, index) => shown.has(index)),
    frame,
    { width: size === 'large' ? 56 : 64 },
  );
  const labelFor = new Map([...shown].sort((a, b) => a - b).map((index, n) => [index, labels[n]]));

  return (
    <figure className={`sb-plane sb-plane--${size}`}>
      <div ref={measured.ref} className="sb-plane__box">
        <svg
          className="sb-plane__svg"
          viewBox={`0 0 ${String(frame.width)} ${String(frame.height)}`}
          role="img"
          aria-label={label}
          aria-describedby={`${id}-summary`}
        >
          <Regions scale={scale} frame={frame} />
          <Axes scale={scale} layout={layout} texts={texts} />
          {band && last ? (
            <rect className="sb-plane__band" rx={4} {...bandRect(last, band, scale, frame)} />
          ) : null}
          {reference ? (
            <polygon
              className="sb-plane__reference"
              points={diamondPoints(project(reference, scale, frame), 7)}
            />
          ) : null}
          {joined && placed.length > 1 ? (
            <path className="sb-plane__path" d={pathData(placed)} />
          ) : null}
          {placed.map((point, index) => {
            const latest = joined && index === placed.length - 1;
            return (
              <circle
                key={marks[index]?.key ?? index}
                cx={point.x}
                cy={point.y}
                r={latest ? 7 : joined ? 4.5 : 5.5}
                className={latest ? 'sb-plane__point sb-plane__point--latest' : 'sb-plane__point'}
              />
            );
          })}
          {joined && lastXY ? (
            <circle cx={lastXY.x} cy={lastXY.y} r={11} className="sb-plane__halo" />
          ) : null}
          {marks.map((mark, index) => {
            const place = labelFor.get(index);
            if (!place) return null;
            const latest = joined && index === marks.length - 1;
            return (
              <text
                key={mark.key}
                x={place.x + (latest ? (place.anchor === 'start' ? 5 : -5) : 0)}
                y={place.y}
                textAnchor={place.anchor}
                dominantBaseline="middle"
                className={latest ? 'sb-plane__label sb-plane__label--latest' : 'sb-plane__label'}
              >
                {mark.label}
              </text>
            );
          })}
        </svg>
      </div>
      <PlaneLegend entries={legend} />
      <figcaption id={`${id}-summary`} className="sb-plane__summary">
        {summary}
      </figcaption>
    </figure>
  );
}

const LINE = 15;

function Regions({ scale, frame }: { scale: PlaneScale; frame: PlaneFrame }) {
  const { t } = useTranslation();
  const { x0, x1 } = plotEdges(frame);
  // Half the plot, less the insets on both sides of a name.
  const room = (x1 - x0) / 2 - 24;
  return (
    <g>
      {regionShapes(scale, frame).map((shape) => {
        const lines = labelLines(t(`attachment.regions.${shape.region}`), room);
        // Names at the bottom grow upwards, names at the top grow downwards.
        const first =
          shape.label.baseline === 'auto'
            ? shape.label.y - (lines.length - 1) * LINE
            : shape.label.y;
        return (
          <g key={shape.region}>
            <rect
              x={shape.x}
              y={shape.y}
              width={Math.max(0, shape.width)}
              height={Math.max(0, shape.height)}
              className={`sb-plane__region sb-plane__region--${shape.region}`}
            />
            {lines.map((line, index) => (
              <text
                key={line}
                x={shape.label.x}
                y={first + index * LINE}
                textAnchor={shape.label.anchor}
                dominantBaseline={shape.label.baseline}
                className="sb-plane__region-label"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </g>
  );
}

const rotated = (x: number, y: number) => `rotate(-90 ${String(x)} ${String(y)})`;

function Axes({
  scale,
  layout,
  texts,
}: {
  scale: PlaneScale;
  layout: PlaneLayout;
  texts: AxisTexts;
}) {
  const { t } = useTranslation();
  const { frame } = layout;
  const { x0, x1, y0, y1 } = plotEdges(frame);
  const bx = anxietyToX(scale.boundary, scale, frame);
  const by = avoidanceToY(scale.boundary, scale, frame);
  // Text lines beside the y axis (from the outside in) and under the x axis (from the top).
  const yTitle = 16;
  const yLow = 33;
  const yHigh = layout.yEndsOneLine ? yLow : yLow + 17;
  const xLow = y1 + 34;
  const xHigh = layout.xEndsOneLine ? xLow : xLow + 17;
  const xTitle = xHigh + 20;
  return (
    <g>
      <line x1={bx} x2={bx} y1={y0} y2={y1} className="sb-plane__boundary" />
      <line x1={x0} x2={x1} y1={by} y2={by} className="sb-plane__boundary" />
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} className="sb-plane__frame" />
      {scaleTicks(scale).map((tick) => (
        <g key={tick}>
          <text
            x={anxietyToX(tick, scale, frame)}
            y={y1 + 16}
            textAnchor="middle"
            className="sb-plane__tick"
          >
            {tick}
          </text>
          <text
            x={x0 - 8}
            y={avoidanceToY(tick, scale, frame)}
            textAnchor="end"
            dominantBaseline="middle"
            className="sb-plane__tick"
          >
            {tick}
          </text>
        </g>
      ))}
      <text x={x0} y={xLow} className="sb-plane__axis-end">
        {texts.anxietyLow}
      </text>
      <text x={x1} y={xHigh} textAnchor="end" className="sb-plane__axis-end">
        {texts.anxietyHigh}
      </text>
      <text x={(x0 + x1) / 2} y={xTitle} textAnchor="middle" className="sb-plane__axis-title">
        {t('attachment.axes.anxiety')}
      </text>
      <text x={yLow} y={y1} transform={rotated(yLow, y1)} className="sb-plane__axis-end">
        {texts.avoidanceLow}
      </text>
      <text
        x={yHigh}
        y={y0}
        transform={rotated(yHigh, y0)}
        textAnchor="end"
        className="sb-plane__axis-end"
      >
        {texts.avoidanceHigh}
      </text>
      <text
        x={yTitle}
        y={(y0 + y1) / 2}
        transform={rotated(yTitle, (y0 + y1) / 2)}
        textAnchor="middle"
        className="sb-plane__axis-title"
      >
        {t('attachment.axes.avoidance')}
      </text>
    </g>
  );
}
