import type { AllianceMeasure, AllianceView } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useWidth } from '../../lib/use-width';
import { formatScore, niceTicks } from '../assessments/chart-scale';
import { layoutAlliance, type Mark } from './alliance-layout';

const MARGINS = { top: 24, right: 16, bottom: 44, left: 44 };
const HEIGHT = 260;

/**
 * The alliance line: each rating after a session, the drop line under it (the client's own
 * running baseline), flagged drops and recorded ruptures marked by shape as well as colour, and
 * the sessions along the time axis.
 */
export function AllianceChart({
  view,
  measure,
  memberName,
}: {
  view: AllianceView;
  measure: AllianceMeasure;
  memberName: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  const frame = useWidth(640, 300, Number.POSITIVE_INFINITY);
  const box = { ...MARGINS, width: frame.width, height: HEIGHT };
  const layout = layoutAlliance(view.points, view.sessions, measure, box);
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  const ticks = niceTicks(measure.min, measure.max, 4);
  const drops = view.points.filter((p) => p.reasons.length > 0 || p.rupture);
  const summary = [
    t('alliance.chart.summary', {
      count: view.points.length,
      scores: view.points.map((p) => formatScore(p.score, locale)).join(', '),
      min: measure.min,
      max: measure.max,
    }),
    drops.length === 0
      ? t('alliance.chart.noDrops')
      : t('alliance.chart.drops', {
          count: drops.length,
          dates: drops.map((p) => formatDate(p.submittedAt, locale)).join(', '),
        }),
  ].join(' ');
  const markClass: Record<Mark, string> = {
    usual: 'sb-alliance__point',
    drop: 'sb-alliance__point sb-alliance__point--drop',
    rupture: 'sb-alliance__point sb-alliance__point--rupture',
  };

  return (
    <figure className="sb-alliance__figure">
      <div ref={frame.ref}>
        <svg
          className="sb-alliance__svg"
          viewBox={`0 0 ${String(box.width)} ${String(box.height)}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>
            {t('alliance.chart.title', { name: memberName, measure: measure.scoreLabel })}
          </title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={box.left}
                x2={right}
                y1={layout.y(tick)}
                y2={layout.y(tick)}
                className="sb-alliance__grid"
              />
              <text
                x={box.left - 8}
                y={layout.y(tick)}
                className="sb-alliance__tick"
                textAnchor="end"
                dominantBaseline="middle"
              >
                {formatScore(tick, locale)}
              </text>
            </g>
          ))}
          <line
            x1={box.left}
            x2={box.left}
            y1={box.top}
            y2={bottom}
            className="sb-alliance__axis"
          />
          <line x1={box.left} x2={right} y1={bottom} y2={bottom} className="sb-alliance__axis" />
          {layout.sessions.map(({ session, x }) => (
            <g key={session.id}>
              <line x1={x} x2={x} y1={bottom} y2={bottom + 7} className="sb-alliance__session" />
              <text x={x} y={bottom + 20} className="sb-alliance__tick" textAnchor="middle">
                {t('alliance.chart.sessionTick', { number: session.number })}
              </text>
            </g>
          ))}
          <text x={box.left} y={bottom + 38} className="sb-alliance__axis-label">
            {t('alliance.chart.sessions')}
          </text>
          {layout.steps.map((step) => (
            <line
              key={`${String(step.x0)}-${String(step.x1)}`}
              x1={step.x0}
              x2={step.x1}
              y1={step.y}
              y2={step.y}
              className="sb-alliance__threshold"
            />
          ))}
          {layout.points.length > 1 ? (
            <polyline
              points={layout.points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')}
              className="sb-alliance__line"
            />
          ) : null}
          {layout.points.map((p) => (
            <g key={p.point.responseId}>
              {p.mark === 'usual' ? (
                <circle cx={p.x} cy={p.y} r={5} className={markClass.usual} />
              ) : (
                <path
                  d={`M ${String(p.x)} ${String(p.y + 8)} L ${String(p.x - 8)} ${String(p.y - 6)} L ${String(p.x + 8)} ${String(p.y - 6)} Z`}
                  className={markClass[p.mark]}
                />
              )}
              {p.mark === 'rupture' && p.point.rupture?.repairAttempted ? (
                <circle cx={p.x} cy={p.y} r={13} className="sb-alliance__repair" />
              ) : null}
              <text x={p.x} y={p.y - 14} className="sb-alliance__value" textAnchor="middle">
                {formatScore(p.point.score, locale)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="sb-alliance__legend">
        <span>
          <svg width="18" height="14" aria-hidden="true">
            <circle cx="9" cy="7" r="5" className="sb-alliance__point" />
          </svg>
          {t('alliance.legend.rating')}
        </span>
        <span>
          <svg width="26" height="14" aria-hidden="true">
            <line x1="1" x2="25" y1="7" y2="7" className="sb-alliance__threshold" />
          </svg>
          {t('alliance.legend.threshold')}
        </span>
        <span>
          <svg width="18" height="16" aria-hidden="true">
            <path
              d="M 9 15 L 1 2 L 17 2 Z"
              className="sb-alliance__point sb-alliance__point--drop"
            />
          </svg>
          {t('alliance.legend.drop')}
        </span>
        <span>
          <svg width="30" height="30" aria-hidden="true">
            <path
              d="M 15 23 L 7 9 L 23 9 Z"
              className="sb-alliance__point sb-alliance__point--rupture"
            />
            <circle cx="15" cy="15" r="13" className="sb-alliance__repair" />
          </svg>
          {t('alliance.legend.repair')}
        </span>
      </figcaption>
    </figure>
  );
}
