import type { DashboardTrend } from '@securebase/contracts';

const W = 120;
const H = 32;
const PAD = 4;

/** A case's trend in a glance: the score's own range, oldest to newest, the last point marked. */
export function Sparkline({ trend, label }: { trend: DashboardTrend; label: string }) {
  const { values, min, max } = trend;
  const span = max - min || 1;
  const x = (i: number) =>
    values.length > 1 ? PAD + (i * (W - 2 * PAD)) / (values.length - 1) : W / 2;
  const y = (v: number) => H - PAD - ((v - min) / span) * (H - 2 * PAD);
  const last = values.at(-1);
  return (
    <svg
      className="sb-sparkline"
      width={W}
      height={H}
      viewBox={`0 0 ${String(W)} ${String(H)}`}
      role="img"
      aria-label={label}
    >
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="sb-sparkline__base" />
      {values.length > 1 ? (
        <polyline
          className="sb-sparkline__line"
          points={values.map((p, i) => `${String(x(i))},${String(y(p.value))}`).join(' ')}
        />
      ) : null}
      {last ? (
        <circle className="sb-sparkline__last" cx={x(values.length - 1)} cy={y(last.value)} r={3} />
      ) : null}
    </svg>
  );
}
