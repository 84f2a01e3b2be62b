import type { HistoryKind } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { MARKER_SHAPES, markerPath } from './lifeline-layout';
import { isSpanKind } from './lifeline-scale';

/** What each mark on the lifeline means, each with a small picture of it drawn as there. */
export function LifelineLegend({
  kinds,
  fromClient,
  ongoing,
  approximate,
}: {
  kinds: readonly HistoryKind[];
  fromClient: boolean;
  ongoing: boolean;
  approximate: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="sb-lifeline__legend sb-plain-list" aria-label={t('history.legend.label')}>
      {kinds.map((kind) => (
        <li key={kind} className="sb-lifeline__legend-item">
          <Swatch kind={kind} />
          <span>{t(`history.kinds.${kind}`)}</span>
        </li>
      ))}
      {fromClient ? (
        <li className="sb-lifeline__legend-item">
          <svg
            className="sb-lifeline__swatch"
            viewBox="0 0 28 18"
            aria-hidden="true"
            focusable="false"
          >
            <g className="sb-lifeline__item--client">
              <rect
                x={1}
                y={3}
                width={14}
                height={12}
                rx={3}
                className="sb-lifeline__bar sb-lifeline__bar--caregiver"
              />
              <path d={markerPath('circle', 22, 9, 4.5)} className="sb-lifeline__marker" />
            </g>
          </svg>
          <span>{t('history.legend.client')}</span>
        </li>
      ) : null}
      {ongoing ? (
        <li className="sb-lifeline__legend-item">
          <svg
            className="sb-lifeline__swatch"
            viewBox="0 0 28 18"
            aria-hidden="true"
            focusable="false"
          >
            <rect
              x={1}
              y={0}
              width={18}
              height={18}
              rx={4}
              className="sb-lifeline__bar sb-lifeline__bar--caregiver"
            />
            <path d="M18 3 L24 9 L18 15" className="sb-lifeline__ongoing" />
          </svg>
          <span>{t('history.legend.ongoing')}</span>
        </li>
      ) : null}
      {approximate ? (
        <li className="sb-lifeline__legend-item">
          <span className="sb-lifeline__swatch sb-lifeline__swatch--text" aria-hidden="true">
            ≈
          </span>
          <span>{t('history.legend.approximate')}</span>
        </li>
      ) : null}
    </ul>
  );
}

function Swatch({ kind }: { kind: HistoryKind }) {
  return (
    <svg className="sb-lifeline__swatch" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      {isSpanKind(kind) ? (
        <rect
          x={1}
          y={2}
          width={26}
          height={14}
          rx={4}
          className={`sb-lifeline__bar sb-lifeline__bar--${kind}`}
        />
      ) : (
        <path
          d={markerPath(MARKER_SHAPES[kind], 14, 9, 6)}
          className={`sb-lifeline__marker sb-lifeline__marker--${kind}`}
        />
      )}
    </svg>
  );
}
