import { useTranslation } from 'react-i18next';
import { axisTicks, type AxisMode } from './lifeline-scale';

/** The time axis under the lanes: ticks with faint grid lines, and ages under years when known. */
export function Axis({
  mode,
  domain,
  x,
  top,
  bottom,
  width,
  birthYear,
  unit,
}: {
  mode: AxisMode;
  domain: [number, number];
  x: (value: number) => number;
  top: number;
  bottom: number;
  width: number;
  birthYear: number | null;
  unit: (value: number) => string;
}) {
  const { t } = useTranslation();
  const ticks = axisTicks(domain, Math.max(2, Math.floor(width / (mode === 'year' ? 64 : 72))));
  const axisY = bottom + 6;
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={axisY} className="sb-lifeline__grid" />
          <line x1={x(tick)} x2={x(tick)} y1={axisY} y2={axisY + 5} className="sb-lifeline__axis" />
          <text x={x(tick)} y={axisY + 18} textAnchor="middle" className="sb-lifeline__tick">
            {unit(tick)}
          </text>
          {birthYear !== null && tick >= birthYear ? (
            <text x={x(tick)} y={axisY + 34} textAnchor="middle" className="sb-lifeline__tick-age">
              {t('history.lifeline.ageTick', { age: tick - birthYear })}
            </text>
          ) : null}
        </g>
      ))}
      <line
        x1={x(domain[0])}
        x2={x(domain[1])}
        y1={axisY}
        y2={axisY}
        className="sb-lifeline__axis"
      />
    </g>
  );
}
