import type { PracticeTrends } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Table } from '../../../ui/table';
import { helperLabel } from './labels';
import { barPercent, changeOf, formatMean, largest, shortDate, spansYears } from './trends-scale';

type Helped = PracticeTrends['helped'][number];
type PracticeWeek = PracticeTrends['practiceWeeks'][number];

/** A bar drawn as SVG (no inline styles under the CSP); the numbers are written beside it. */
function Bar({ percent }: { percent: number }) {
  return (
    <svg
      className="sb-trends__bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0" y="0" width="100" height="10" className="sb-trends__bar-track" />
      <rect x="0" y="0" width={percent} height="10" className="sb-trends__bar-fill" />
    </svg>
  );
}

/** "7 times · feeling fell 3.1 points on average", one row per thing that helped. */
export function HelpedBars({ helped }: { helped: readonly Helped[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const max = largest(helped.map((h) => h.times));
  const change = (h: Helped) => {
    const way = changeOf(h.meanDrop);
    if (way === 'same' || way === 'unrated') return t(`practiceClinic.trends.helped.${way}`);
    const count = Math.abs(h.meanDrop ?? 0);
    return t(`practiceClinic.trends.helped.${way}`, { count, drop: formatMean(count, locale) });
  };
  return (
    <ul className="sb-trends__bars">
      {helped.map((h) => (
        <li key={h.helper} className="sb-trends__bar-row">
          <span className="sb-trends__bar-label">{helperLabel(t, h.helper)}</span>
          <Bar percent={barPercent(h.times, max)} />
          <span className="sb-trends__bar-text">
            {t('practiceClinic.trends.helped.times', { count: h.times })} · {change(h)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Mindfulness minutes (as bars) and skills practised, week by week. */
export function PracticeWeeks({ weeks }: { weeks: readonly PracticeWeek[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const max = largest(weeks.map((w) => w.mindfulnessMinutes));
  const withYear = spansYears(weeks.map((w) => w.weekOf));
  const skills = (w: PracticeWeek) => {
    const count = t('practiceClinic.trends.practice.skillsCount', { count: w.skillsPractised });
    const way = changeOf(w.skillMeanDrop);
    if (way !== 'fell' && way !== 'rose') return count;
    const size = Math.abs(w.skillMeanDrop ?? 0);
    const key = way === 'fell' ? 'skillDrop' : 'skillRise';
    const change = t(`practiceClinic.trends.practice.${key}`, {
      count: size,
      drop: formatMean(size, locale),
    });
    return `${count} · ${change}`;
  };
  return (
    <Table
      caption={t('practiceClinic.trends.practice.tableCaption')}
      captionHidden
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
          key: 'mindfulness',
          header: t('practiceClinic.trends.practice.mindfulness'),
          cell: (w) => (
            <span className="sb-trends__cell-bar">
              <Bar percent={barPercent(w.mindfulnessMinutes, max)} />
              <span>
                {t('practiceClinic.trends.practice.minutes', { count: w.mindfulnessMinutes })}
              </span>
            </span>
          ),
        },
        { key: 'skills', header: t('practiceClinic.trends.practice.skills'), cell: skills },
      ]}
    />
  );
}
