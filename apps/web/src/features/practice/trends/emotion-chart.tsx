import type { PracticeTrends } from '@securebase/contracts';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWidth } from '../../../lib/use-width';
import { Table } from '../../../ui/table';
import { thinLabels } from '../../assessments/chart-scale';
import {
  emotionStory,
  formatMean,
  INTENSITY_TICKS,
  intensityY,
  lineSegments,
  pointsAttr,
  seriesPoints,
  shortDate,
  spansYears,
  squarePath,
  weekXs,
  type Box,
  type WeekPoint,
} from './trends-scale';

export type EmotionWeek = PracticeTrends['emotionWeeks'][number];
type Series = 'peak' | 'after';

const MARGINS = { top: 16, right: 16, bottom: 36, left: 36 };
const HEIGHT = 240;

/** The caption: the first and latest weekly strongest-feeling averages, in plain words. */
export function emotionCaption(
  weeks: readonly EmotionWeek[],
  t: TFunction,
  locale: string,
): string {
  const story = emotionStory(weeks);
  const withYear = spansYears(weeks.map((w) => w.weekOf));
  const date = (d: string) => shortDate(d, locale, withYear);
  const mean = (v: number) => formatMean(v, locale);
  if (!story.first || !story.last) return t('practiceClinic.trends.emotion.noRatings');
  const main =
    story.first.weekOf === story.last.weekOf
      ? t('practiceClinic.trends.emotion.captionOne', {
          date: date(story.last.weekOf),
          value: mean(story.last.value),
        })
      : t('practiceClinic.trends.emotion.captionMany', {
          first: mean(story.first.value),
          from: date(story.first.weekOf),
          last: mean(story.last.value),
          to: date(story.last.weekOf),
        });
  if (story.lastAfter === null) return main;
  return `${main} ${t('practiceClinic.trends.emotion.captionAfter', { value: mean(story.lastAfter) })}`;
}

/** Weekly averages of the strongest feeling (filled circles, solid line) and afterwards (open squares, dashed). */
export function EmotionChart({ weeks }: { weeks: readonly EmotionWeek[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  const frame = useWidth(560, 280, Number.POSITIVE_INFINITY);
  const box: Box = { ...MARGINS, width: frame.width, height: HEIGHT };
  const dates = weeks.map((w) => w.weekOf);
  const peak = seriesPoints(
    dates,
    weeks.map((w) => w.peakMean),
    box,
  );
  const after = seriesPoints(
    dates,
    weeks.map((w) => w.afterMean),
    box,
  );
  const caption = emotionCaption(weeks, t, locale);

  return (
    <figure className="sb-trends__figure">
      <div ref={frame.ref}>
        <svg
          className="sb-trends__svg"
          viewBox={`0 0 ${String(box.width)} ${String(box.height)}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>{t('practiceClinic.trends.emotion.chartTitle')}</title>
          <desc id={`${id}-desc`}>{caption}</desc>
          <Axes box={box} dates={dates} locale={locale} />
          <SeriesMarks points={peak} series="peak" locale={locale} dates={dates} />
          <SeriesMarks points={after} series="after" locale={locale} dates={dates} />
        </svg>
      </div>
      <figcaption className="sb-trends__caption">
        <p>{caption}</p>
        <Legend />
      </figcaption>
      <details className="sb-trends__numbers">
        <summary>{t('practiceClinic.trends.emotion.numbers')}</summary>
        <NumbersTable weeks={weeks} />
      </details>
    </figure>
  );
}

/** The first and last dates are kept inside the plot; the others are centred on their week. */
function anchor(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count < 2) return 'middle';
  if (index === 0) return 'start';
  return index === count - 1 ? 'end' : 'middle';
}

function Axes({ box, dates, locale }: { box: Box; dates: readonly string[]; locale: string }) {
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  const xs = weekXs(dates, box);
  const withYear = spansYears(dates);
  const labelled = thinLabels(xs, withYear ? 96 : 64);
  return (
    <g>
      {INTENSITY_TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={box.left}
            x2={right}
            y1={intensityY(tick, box)}
            y2={intensityY(tick, box)}
            className="sb-trends__grid"
          />
          <text
            x={box.left - 8}
            y={intensityY(tick, box)}
            className="sb-trends__tick"
            textAnchor="end"
            dominantBaseline="middle"
          >
            {tick}
          </text>
        </g>
      ))}
      <line x1={box.left} x2={box.left} y1={box.top} y2={bottom} className="sb-trends__axis" />
      <line x1={box.left} x2={right} y1={bottom} y2={bottom} className="sb-trends__axis" />
      {labelled.map((index) => (
        <text
          key={dates[index]}
          x={xs[index]}
          y={bottom + 22}
          className="sb-trends__tick"
          textAnchor={anchor(index, dates.length)}
        >
          {shortDate(dates[index] ?? '', locale, withYear)}
        </text>
      ))}
    </g>
  );
}

function SeriesMarks(props: {
  points: readonly WeekPoint[];
  series: Series;
  locale: string;
  dates: readonly string[];
}) {
  const { points, series, locale, dates } = props;
  const { t } = useTranslation();
  const withYear = spansYears(dates);
  const name = t(`practiceClinic.trends.emotion.${series}`);
  return (
    <g>
      {lineSegments(points).map((run) =>
        run.length > 1 ? (
          <polyline
            key={run[0]?.weekOf}
            points={pointsAttr(run)}
            className={`sb-trends__line sb-trends__line--${series}`}
          />
        ) : null,
      )}
      {points.map((p) => (
        <g key={p.weekOf}>
          <title>
            {`${t('practiceClinic.trends.week', { date: shortDate(p.weekOf, locale, withYear) })}: ${name} ${formatMean(p.value, locale)}`}
          </title>
          {series === 'peak' ? (
            <circle cx={p.x} cy={p.y} r={5.5} className="sb-trends__mark sb-trends__mark--peak" />
          ) : (
            <path d={squarePath(p.x, p.y, 5)} className="sb-trends__mark sb-trends__mark--after" />
          )}
        </g>
      ))}
    </g>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <span className="sb-trends__legend">
      <span>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="1" x2="29" y1="7" y2="7" className="sb-trends__line sb-trends__line--peak" />
          <circle cx="15" cy="7" r="5" className="sb-trends__mark sb-trends__mark--peak" />
        </svg>
        {t('practiceClinic.trends.emotion.peak')}
      </span>
      <span>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="1" x2="29" y1="7" y2="7" className="sb-trends__line sb-trends__line--after" />
          <path d={squarePath(15, 7, 4.5)} className="sb-trends__mark sb-trends__mark--after" />
        </svg>
        {t('practiceClinic.trends.emotion.after')}
      </span>
      <span>{t('practiceClinic.trends.emotion.scale')}</span>
    </span>
  );
}

function NumbersTable({ weeks }: { weeks: readonly EmotionWeek[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const withYear = spansYears(weeks.map((w) => w.weekOf));
  const mean = (v: number | null) =>
    v === null ? t('practiceClinic.trends.emotion.none') : formatMean(v, locale);
  return (
    <Table
      caption={t('practiceClinic.trends.emotion.tableCaption')}
      rows={weeks}
      rowKey={(w) => w.weekOf}
      columns={[
        {
          key: 'week',
          header: t('practiceClinic.trends.emotion.weekOf'),
          rowHeader: true,
          className: 'sb-nowrap',
          cell: (w) => shortDate(w.weekOf, locale, withYear),
        },
        {
          key: 'entries',
          header: t('practiceClinic.trends.emotion.entries'),
          cell: (w) => String(w.entries),
        },
        {
          key: 'peak',
          header: t('practiceClinic.trends.emotion.peak'),
          cell: (w) => mean(w.peakMean),
        },
        {
          key: 'after',
          header: t('practiceClinic.trends.emotion.after'),
          cell: (w) => mean(w.afterMean),
        },
      ]}
    />
  );
}
