import type { HistoryEntry, HistoryKind } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWidth } from '../../lib/use-width';
import { whenText } from './entry-text';
import {
  barEnd,
  lanesBottom,
  layoutLanes,
  MARKER_RADIUS,
  MARKER_SHAPES,
  markerPath,
  type Lane,
  type LaneItem,
  type PlacedItem,
} from './lifeline-layout';
import {
  axisModeOf,
  domainOf,
  isSpanKind,
  openEndOf,
  placeEntry,
  toX,
  type Placement,
} from './lifeline-scale';
import { Axis } from './lifeline-axis';
import { LifelineLegend } from './lifeline-legend';

const PAD = 16;
const FONT = 12;
const TOP = 6;

interface Drawn {
  entry: HistoryEntry;
  place: Placement;
}

export interface LifelineProps {
  entries: readonly HistoryEntry[];
  memberName: string;
  birthYear: number | null;
  /** Today as `YYYY-MM-DD` (where open spans end). */
  today: string;
}

/**
 * The attachment lifeline, drawn by our own code: caregivers and relationships as bars, events
 * as markers of a shape per kind, one lane per kind, on a time axis in years (with ages when the
 * birth year is known) or in ages when only ages are known. The table beside it lists each entry.
 */
export function Lifeline({ entries, memberName, birthYear, today }: LifelineProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const measured = useWidth(760, 300, 1400);
  const mode = axisModeOf(entries);
  if (!mode) {
    return <p className="sb-lifeline__none">{t('history.lifeline.noTimes')}</p>;
  }
  const width = measured.width;
  const openEnd = openEndOf(entries, mode, birthYear, today);
  const drawn: Drawn[] = [];
  const unplaced: HistoryEntry[] = [];
  for (const entry of entries) {
    const place = placeEntry(entry, mode, birthYear, openEnd);
    if (place) drawn.push({ entry, place });
    else unplaced.push(entry);
  }
  const domain = domainOf(
    drawn.map((d) => d.place),
    mode,
    birthYear,
  );
  const x0 = PAD;
  const x1 = width - PAD;
  const x = (value: number) => toX(value, domain, x0, x1);
  const items: LaneItem[] = drawn.map(({ entry, place }) => ({
    id: entry.id,
    kind: entry.kind,
    label: place.approximate ? `≈ ${entry.title}` : entry.title,
    span: isSpanKind(entry.kind),
    x: x(place.start),
    x2: place.end === null ? null : x(place.end),
  }));
  const lanes = layoutLanes(items, {
    left: x0,
    right: x1,
    top: TOP,
    headerHeight: 20,
    rowHeight: 26,
    laneGap: 6,
    fontSize: FONT,
    maxLabelChars: width < 520 ? 18 : 30,
  });
  const bottom = lanesBottom(lanes, TOP);
  const withAges = mode === 'year' && birthYear !== null;
  const height = bottom + (withAges ? 46 : 30);
  const byId = new Map(drawn.map((d) => [d.entry.id, d]));
  const ongoing = drawn.some((d) => d.place.ongoing);
  const approximate = drawn.some((d) => d.place.approximate);
  const fromClient = drawn.some((d) => d.entry.author === 'client');
  const unit = (value: number) =>
    mode === 'year' ? String(value) : t('history.lifeline.ageTick', { age: value });

  return (
    <figure className="sb-lifeline">
      <div ref={measured.ref} className="sb-lifeline__box">
        <svg
          className="sb-lifeline__svg"
          viewBox={`0 0 ${String(width)} ${String(height)}`}
          width={width}
          height={height}
          role="img"
          aria-label={t('history.lifeline.label', { name: memberName })}
          aria-describedby={`${id}-summary`}
        >
          {lanes.map((lane, index) => (
            <LaneBand key={lane.kind} lane={lane} index={index} width={width} />
          ))}
          <Axis
            mode={mode}
            domain={domain}
            x={x}
            top={TOP}
            bottom={bottom}
            width={width}
            birthYear={withAges ? birthYear : null}
            unit={unit}
          />
          {lanes.map((lane) =>
            lane.items.map((item) => {
              const found = byId.get(item.id);
              if (!found) return null;
              return (
                <Item
                  key={item.id}
                  item={item}
                  entry={found.entry}
                  place={found.place}
                  title={t('history.lifeline.itemTitle', {
                    title: found.entry.title,
                    when: whenText(found.entry, t, i18n.language),
                  })}
                  sharedNote={found.entry.author === 'client' ? t('history.sharedByClient') : null}
                />
              );
            }),
          )}
        </svg>
      </div>
      <LifelineLegend
        kinds={lanes.map((lane) => lane.kind)}
        fromClient={fromClient}
        ongoing={ongoing}
        approximate={approximate}
      />
      <figcaption id={`${id}-summary`} className="sb-lifeline__summary">
        {t('history.lifeline.summary', {
          count: drawn.length,
          from: unit(domain[0]),
          to: unit(Math.floor(domain[1])),
        })}{' '}
        {mode === 'age' ? t('history.lifeline.agesOnly') : null}
        {unplaced.length > 0 ? (
          <span className="sb-lifeline__unplaced">
            {t(
              mode === 'year' && unplaced.some((e) => e.ageFrom !== null)
                ? 'history.lifeline.unplacedNoBirthYear'
                : 'history.lifeline.unplaced',
              {
                count: unplaced.length,
                titles: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
                  unplaced.map((e) => `“${e.title}”`),
                ),
              },
            )}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

function LaneBand({ lane, index, width }: { lane: Lane; index: number; width: number }) {
  const { t } = useTranslation();
  return (
    <g>
      <rect
        x={0}
        y={lane.top}
        width={width}
        height={lane.height}
        rx={6}
        className={
          index % 2 === 1 ? 'sb-lifeline__lane' : 'sb-lifeline__lane sb-lifeline__lane--alt'
        }
      />
      <text x={8} y={lane.top + 14} className="sb-lifeline__lane-name">
        {t(`history.lanes.${lane.kind}`)}
      </text>
    </g>
  );
}

function Item({
  item,
  entry,
  place,
  title,
  sharedNote,
}: {
  item: PlacedItem;
  entry: HistoryEntry;
  place: Placement;
  title: string;
  sharedNote: string | null;
}) {
  const client = entry.author === 'client';
  const label = item.labelPlace;
  return (
    <g className={client ? 'sb-lifeline__item sb-lifeline__item--client' : 'sb-lifeline__item'}>
      <title>{sharedNote ? `${title} (${sharedNote})` : title}</title>
      {item.span ? (
        <Bar item={item} kind={entry.kind} ongoing={place.ongoing} />
      ) : (
        <>
          {item.x2 !== null && item.x2 > item.x ? (
            <line
              x1={item.x}
              x2={item.x2}
              y1={item.y}
              y2={item.y}
              className="sb-lifeline__duration"
            />
          ) : null}
          <path
            d={markerPath(MARKER_SHAPES[entry.kind], item.x, item.y, MARKER_RADIUS)}
            className={`sb-lifeline__marker sb-lifeline__marker--${entry.kind}`}
          />
        </>
      )}
      <text
        x={label.x}
        y={item.y}
        textAnchor={label.anchor}
        dominantBaseline="central"
        className={
          label.inside ? 'sb-lifeline__label sb-lifeline__label--inside' : 'sb-lifeline__label'
        }
      >
        {item.label}
      </text>
    </g>
  );
}

const BAR = 18;

function Bar({ item, kind, ongoing }: { item: PlacedItem; kind: HistoryKind; ongoing: boolean }) {
  const end = barEnd(item);
  const y = item.y - BAR / 2;
  return (
    <>
      <rect
        x={item.x}
        y={y}
        width={end - item.x}
        height={BAR}
        rx={4}
        className={`sb-lifeline__bar sb-lifeline__bar--${kind}`}
      />
      {ongoing ? (
        <path
          d={`M${String(end - 1)} ${String(y + 3)} L${String(end + 5)} ${String(item.y)} L${String(end - 1)} ${String(y + BAR - 3)}`}
          className="sb-lifeline__ongoing"
        />
      ) : null}
    </>
  );
}
