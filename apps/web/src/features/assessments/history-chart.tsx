import type { OutcomeClass } from '@securebase/contracts';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/format';
import { useWidth } from '../../lib/use-width';
import { Button } from '../../ui/button';
import { Table } from '../../ui/table';
import {
  bandFor,
  bandLabelSide,
  bandShade,
  formatScore,
  niceTicks,
  placeBands,
  placePoints,
  scaleLinear,
  sharesADay,
  thinLabels,
  yDomain,
  type BandInput,
  type Box,
} from './chart-scale';
import type { ScoreLine } from './queries';
import './history-chart.css';

export interface HistoryValue {
  responseId: string;
  at: string;
  value: number;
  status: string;
  /** The change from the first result, classified (absent for the first, or without a basis). */
  fromFirst?: OutcomeClass;
  /** A risk item was answered positively in this result. */
  risk?: boolean;
}

/** What else the chart draws: the published cut-off and the band of no reliable change. */
export interface OutcomeLines {
  cutoff: { value: number; meaning: string; source: string } | null;
  reliablePoints: number | null;
  reliableSource: string | null;
}

const MARGINS = { top: 22, right: 16, bottom: 38, left: 40 };
const HEIGHT = 240;

/**
 * A score over time as our own SVG: the score's full range on the y axis, shaded bands where
 * the instrument defines them, each administration as a labelled point. The picture has a
 * text summary, and the numbers are one click away.
 */
export function HistoryChart({
  caseId,
  score,
  values,
  bands,
  bandSource,
  caption,
  currentId,
  outcome,
  sessions = [],
  dischargedOn = null,
}: {
  /** The local date of discharge, drawn as a line when it falls within the results. */
  dischargedOn?: string | null;
  /** The cut-off and reliable-change band, where the measure publishes them. */
  outcome?: OutcomeLines;
  /** Sessions held, marked along the time axis where they fall between the first and last result. */
  sessions?: readonly { number: number; heldAt: string }[];
  caseId: string;
  score: ScoreLine;
  values: readonly HistoryValue[];
  bands: readonly BandInput[];
  bandSource: string | null;
  caption: string;
  /** The result being read, drawn larger (on a result page). */
  currentId?: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [showNumbers, setShowNumbers] = useState(false);
  const locale = i18n.language;
  const frame = useWidth(560, 280, Number.POSITIVE_INFINITY);
  const BOX: Box = { ...MARGINS, width: frame.width, height: HEIGHT };
  const domain = yDomain(
    score.min,
    score.max,
    values.map((v) => v.value),
  );
  // Points sit a little inside the axes so the first and last are not drawn on them.
  const placed = placePoints(
    values,
    { ...BOX, left: BOX.left + 20, right: BOX.right + 20 },
    domain,
  );
  const placedBands = placeBands(bands, BOX, domain);
  const times = values.map((v) => Date.parse(v.at));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const dischargeAt = dischargedOn ? Date.parse(`${dischargedOn}T12:00:00Z`) : NaN;
  const dischargeX =
    values.length > 1 && dischargeAt >= t0 && dischargeAt <= t1
      ? scaleLinear(dischargeAt, t0, t1, BOX.left + 20, BOX.width - BOX.right - 20)
      : null;
  const risky = values.filter((v) => v.risk).length;
  const sessionMarks =
    values.length > 1
      ? sessions.flatMap((session) => {
          const at = Date.parse(session.heldAt);
          if (at < t0 || at > t1) return [];
          const x = scaleLinear(at, t0, t1, BOX.left + 20, BOX.width - BOX.right - 20);
          return [{ number: session.number, x }];
        })
      : [];
  const labelSides = placedBands.map((band) => bandLabelSide(band, placed, BOX));
  const ticks = niceTicks(domain[0], domain[1], frame.width < 400 ? 4 : 5);
  const labelled = new Set(
    thinLabels(
      placed.map((p) => p.x),
      70,
    ),
  );
  const bottom = BOX.height - BOX.bottom;
  const right = BOX.width - BOX.right;
  const y = (value: number) =>
    bottom - ((value - domain[0]) / (domain[1] - domain[0])) * (bottom - BOX.top);

  // Two administrations on one day are told apart by their time.
  const withTime = sharesADay(values.map((v) => v.at));
  const date = (iso: string) => (withTime ? formatDateTime(iso, locale) : formatDate(iso, locale));
  const years = new Set(values.map((v) => v.at.slice(0, 4)));
  const axisDate = (iso: string) => shortDate(iso, locale, years.size > 1, withTime);
  const shades = placedBands.map((_, index) =>
    bandShade(index, placedBands.length, score.direction),
  );
  const first = values[0];
  const last = values.at(-1);
  const cutoff = outcome?.cutoff ?? null;
  const reliable =
    first && outcome?.reliablePoints ? { center: first.value, half: outcome.reliablePoints } : null;
  const summary = [
    t('measures.chartSummary', {
      count: values.length,
      first: first ? date(first.at) : '',
      last: last ? date(last.at) : '',
      values: values
        .map((v) => {
          const band = bandFor(v.value, bands);
          return band ? `${formatScore(v.value, locale)} (${band})` : formatScore(v.value, locale);
        })
        .join(', '),
    }),
    t('measures.chartRange', {
      min: formatScore(domain[0], locale),
      max: formatScore(domain[1], locale),
    }),
    directionText(score.direction, t),
  ].join(' ');

  return (
    <figure className="sb-chart">
      <div ref={frame.ref} className="sb-chart__frame">
        <svg
          className="sb-chart__svg"
          viewBox={`0 0 ${String(BOX.width)} ${String(BOX.height)}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>{t('measures.chartTitle', { score: score.label })}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {placedBands.map((band, index) => {
            const shade = shades[index] ?? null;
            return (
              <g key={band.label}>
                <rect
                  x={BOX.left}
                  y={band.y0}
                  width={right - BOX.left}
                  height={Math.max(0, band.y1 - band.y0)}
                  className={
                    shade !== null
                      ? 'sb-chart__band sb-chart__band--shaded'
                      : index % 2 === 0
                        ? 'sb-chart__band'
                        : 'sb-chart__band sb-chart__band--alt'
                  }
                  fillOpacity={shade !== null ? 0.05 + 0.3 * shade : undefined}
                />
                {labelSides[index] ? (
                  <text
                    x={labelSides[index] === 'right' ? right - 6 : BOX.left + 6}
                    y={(band.y0 + band.y1) / 2}
                    className="sb-chart__band-label"
                    textAnchor={labelSides[index] === 'right' ? 'end' : 'start'}
                    dominantBaseline="middle"
                  >
                    {band.label}
                  </text>
                ) : null}
              </g>
            );
          })}
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={BOX.left} x2={right} y1={y(tick)} y2={y(tick)} className="sb-chart__grid" />
              <text
                x={BOX.left - 8}
                y={y(tick)}
                className="sb-chart__tick"
                textAnchor="end"
                dominantBaseline="middle"
              >
                {formatScore(tick, locale)}
              </text>
            </g>
          ))}
          <line x1={BOX.left} x2={BOX.left} y1={BOX.top} y2={bottom} className="sb-chart__axis" />
          <line x1={BOX.left} x2={right} y1={bottom} y2={bottom} className="sb-chart__axis" />
          {dischargeX !== null ? (
            <g>
              <line
                x1={dischargeX}
                x2={dischargeX}
                y1={BOX.top}
                y2={bottom}
                className="sb-chart__discharge"
              />
              <text
                x={dischargeX - 4}
                y={BOX.top + 12}
                className="sb-chart__event-label"
                textAnchor="end"
              >
                {t('measures.dischargeMark')}
              </text>
            </g>
          ) : null}
          {sessionMarks.map((mark) => (
            <g key={mark.number}>
              <line
                x1={mark.x}
                x2={mark.x}
                y1={bottom - 8}
                y2={bottom}
                className="sb-chart__session"
              />
              <title>{t('measures.sessionMark', { number: mark.number })}</title>
            </g>
          ))}
          {reliable ? (
            <g>
              <rect
                x={BOX.left}
                y={y(Math.min(domain[1], reliable.center + reliable.half))}
                width={right - BOX.left}
                height={Math.max(
                  0,
                  y(Math.max(domain[0], reliable.center - reliable.half)) -
                    y(Math.min(domain[1], reliable.center + reliable.half)),
                )}
                className="sb-chart__reliable"
              />
              {[reliable.center - reliable.half, reliable.center + reliable.half]
                .filter((edge) => edge >= domain[0] && edge <= domain[1])
                .map((edge) => (
                  <line
                    key={edge}
                    x1={BOX.left}
                    x2={right}
                    y1={y(edge)}
                    y2={y(edge)}
                    className="sb-chart__reliable-edge"
                  />
                ))}
            </g>
          ) : null}
          {cutoff && cutoff.value >= domain[0] && cutoff.value <= domain[1] ? (
            <g>
              <line
                x1={BOX.left}
                x2={right}
                y1={y(cutoff.value)}
                y2={y(cutoff.value)}
                className="sb-chart__cutoff"
              />
              <text x={BOX.left + 6} y={y(cutoff.value) - 6} className="sb-chart__cutoff-label">
                {t('measures.cutoffLabel', { value: formatScore(cutoff.value, locale) })}
              </text>
            </g>
          ) : null}
          {placed.length > 1 ? (
            <polyline
              points={placed.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')}
              className="sb-chart__line"
            />
          ) : null}
          {placed.map((point, index) => {
            const complete = values[index]?.status === 'complete';
            const current = currentId !== undefined && values[index]?.responseId === currentId;
            const above = point.y - BOX.top > (current ? 28 : 22);
            return (
              <g key={values[index]?.responseId ?? index}>
                {current ? (
                  <circle cx={point.x} cy={point.y} r={11} className="sb-chart__current" />
                ) : null}
                {values[index]?.risk ? (
                  <circle cx={point.x} cy={point.y} r={14} className="sb-chart__risk" />
                ) : null}
                <circle
                  cx={point.x}
                  cy={point.y}
                  r={6}
                  className={complete ? 'sb-chart__point' : 'sb-chart__point sb-chart__point--open'}
                />
                <text
                  x={point.x}
                  y={above ? point.y - (current ? 17 : 12) : point.y + (current ? 25 : 20)}
                  className="sb-chart__value"
                  textAnchor="middle"
                >
                  {formatScore(point.value, locale)}
                </text>
                {labelled.has(index) ? (
                  <text
                    x={point.x}
                    y={bottom + 22}
                    className="sb-chart__tick"
                    textAnchor={
                      placed.length === 1
                        ? 'middle'
                        : index === 0
                          ? 'start'
                          : index === placed.length - 1
                            ? 'end'
                            : 'middle'
                    }
                  >
                    {axisDate(point.at)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="sb-chart__caption">
        <span>
          {directionText(score.direction, t)}
          {placedBands.length > 1 && shades[0] !== null ? ` ${t('measures.shadingNote')}` : null}
        </span>
        {currentId !== undefined ? <span>{t('measures.currentNote')}</span> : null}
        {bandSource ? <span>{t('measures.bandsFrom', { source: bandSource })}</span> : null}
        {reliable ? (
          <span>
            {t('measures.reliableBandNote', {
              half: formatScore(reliable.half, locale),
              source: outcome?.reliableSource ?? '',
            })}
          </span>
        ) : null}
        {cutoff ? (
          <span>
            {t('measures.cutoffNote', { meaning: cutoff.meaning, source: cutoff.source })}
          </span>
        ) : null}
        {sessionMarks.length > 0 ? (
          <span>{t('measures.sessionsNote', { count: sessionMarks.length })}</span>
        ) : null}
        {risky > 0 ? <span>{t('measures.riskNote', { count: risky })}</span> : null}
        {dischargeX !== null ? <span>{t('measures.dischargeNote')}</span> : null}
      </figcaption>
      <Button
        variant="quiet"
        className="sb-chart__toggle"
        aria-expanded={showNumbers}
        aria-controls={`${id}-numbers`}
        onClick={() => setShowNumbers((open) => !open)}
      >
        {showNumbers ? t('measures.hideNumbers') : t('measures.showNumbers')}
      </Button>
      <div id={`${id}-numbers`} hidden={!showNumbers}>
        {showNumbers ? (
          <Table
            caption={caption}
            rows={values}
            rowKey={(row) => row.responseId}
            columns={[
              {
                key: 'date',
                header: t('measures.date'),
                rowHeader: true,
                className: 'sb-nowrap',
                cell: (row) => date(row.at),
              },
              {
                key: 'value',
                header: score.label,
                cell: (row) =>
                  row.status === 'complete'
                    ? formatScore(row.value, locale)
                    : `${formatScore(row.value, locale)} (${t('measures.incomplete')})`,
              },
              {
                key: 'band',
                header: t('measures.band'),
                cell: (row) => bandFor(row.value, bands) ?? '—',
              },
              {
                key: 'fromFirst',
                header: t('measures.fromFirst'),
                cell: (row) =>
                  row.fromFirst
                    ? t('measures.fromFirstCell', {
                        category: t(`measures.outcomeCategories.${row.fromFirst.category}`),
                        from: formatScore(row.fromFirst.from, locale),
                        to: formatScore(row.fromFirst.to, locale),
                      })
                    : '—',
              },
              {
                key: 'open',
                header: t('measures.openResult'),
                cell: (row) => (
                  <Link
                    to={`/cases/${encodeURIComponent(caseId)}/results/${encodeURIComponent(row.responseId)}`}
                    aria-label={t('measures.openResultNamed', { date: date(row.at) })}
                  >
                    {t('measures.openResult')}
                  </Link>
                ),
              },
            ]}
          />
        ) : null}
      </div>
    </figure>
  );
}

/**
 * "21 Nov" on the axis (with the year only when the points span years, and the time only when
 * two fall on one day).
 */
function shortDate(iso: string, locale: string, withYear: boolean, withTime: boolean): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: '2-digit' as const } : {}),
    ...(withTime ? { hour: 'numeric' as const, minute: '2-digit' as const } : {}),
  }).format(new Date(iso));
}

function directionText(direction: string, t: TFunction): string {
  if (direction === 'higher_is_worse') return t('measures.higher_is_worse');
  if (direction === 'higher_is_better') return t('measures.higher_is_better');
  return t('measures.not_directional');
}
