import type { ReactNode } from 'react';
import { diamondPoints } from './plane-scale';

export type LegendKind = 'path' | 'latest' | 'point' | 'band' | 'reference';

export interface LegendEntry {
  kind: LegendKind;
  text: ReactNode;
  /** A second, smaller line (for example where the band comes from). */
  detail?: ReactNode;
}

/** What each mark on a plane is, each with a small picture of it drawn as on the plane. */
export function PlaneLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="sb-plane__legend sb-plain-list">
      {entries.map((entry) => (
        <li key={entry.kind} className="sb-plane__legend-item">
          <Swatch kind={entry.kind} />
          <span>
            {entry.text}
            {entry.detail ? <span className="sb-small">{entry.detail}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A small picture of each legend entry, drawn as on the plane. */
function Swatch({ kind }: { kind: LegendKind }) {
  return (
    <svg className="sb-plane__swatch" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      {kind === 'path' ? (
        <>
          <path d="M5 13 L14 6 L24 10" className="sb-plane__path" />
          <circle cx={5} cy={13} r={3} className="sb-plane__point" />
          <circle cx={14} cy={6} r={3} className="sb-plane__point" />
        </>
      ) : null}
      {kind === 'latest' ? (
        <>
          <circle cx={14} cy={9} r={5} className="sb-plane__point sb-plane__point--latest" />
          <circle cx={14} cy={9} r={8} className="sb-plane__halo" />
        </>
      ) : null}
      {kind === 'point' ? <circle cx={14} cy={9} r={5} className="sb-plane__point" /> : null}
      {kind === 'band' ? (
        <rect x={2} y={2} width={24} height={14} rx={3} className="sb-plane__band" />
      ) : null}
      {kind === 'reference' ? (
        <polygon points={diamondPoints({ x: 14, y: 9 }, 6.5)} className="sb-plane__reference" />
      ) : null}
    </svg>
  );
}
