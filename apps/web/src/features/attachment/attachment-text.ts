/**
 * The words around the attachment pictures: the summaries read as each plane's description,
 * dates, region names and the RQ's ranges. Pure apart from the `t` passed in (unit-tested).
 */
import type {
  AttachmentRegion,
  GeneralAttachment,
  PlanePoint,
  RelationshipMap,
} from '@securebase/contracts';
import { getInstrument } from '@securebase/measures';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatScore, sharesADay } from '../assessments/chart-scale';
import { movement, oldestFirst, percent, regionOf } from './plane-scale';

export type RelationshipTarget = RelationshipMap['targets'][number];

/** A number as read in a table or a sentence: at most two decimals, in the reader's language. */
export function num(value: number, locale: string): string {
  return formatScore(value, locale);
}

/** A signed difference: "+0.4", "−0.7", "0". */
export function signed(value: number, locale: string): string {
  if (Math.abs(value) < 0.005) return num(0, locale);
  return value > 0 ? `+${num(value, locale)}` : `−${num(-value, locale)}`;
}

/**
 * A date beside a point on the plane: "6 Jan" (with the year when the dates span years, the
 * time when two fall on one day).
 */
export function shortDate(iso: string, locale: string, withYear: boolean, withTime: boolean) {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: '2-digit' as const } : {}),
    ...(withTime ? { hour: 'numeric' as const, minute: '2-digit' as const } : {}),
  }).format(new Date(iso));
}

/** Formats each of these dates for a plane label and for a table. */
export function dateFormats(isos: readonly string[], locale: string) {
  const withTime = sharesADay(isos);
  const withYear = new Set(isos.map((iso) => new Date(iso).getFullYear())).size > 1;
  return {
    short: (iso: string) => shortDate(iso, locale, withYear, withTime),
    long: (iso: string) => (withTime ? formatDateTime(iso, locale) : formatDate(iso, locale)),
  };
}

export function regionName(region: AttachmentRegion, t: TFunction): string {
  return t(`attachment.regions.${region}`);
}

/** The region column of a table: "Secure region", or "Secure region, between regions". */
export function regionCell(point: PlanePoint, t: TFunction): string {
  const name = regionName(point.region, t);
  return point.clearlyInRegion ? name : t('attachment.between', { region: name });
}

function moved(difference: number, locale: string, t: TFunction): string {
  const value = num(Math.abs(difference), locale);
  const way = movement(difference);
  if (way === 'up') return t('attachment.moves.up', { value });
  if (way === 'down') return t('attachment.moves.down', { value });
  return t('attachment.moves.same');
}

/** The general plane in words: how many results, where the latest is, how it moved. */
export function generalSummary(general: GeneralAttachment, locale: string, t: TFunction): string {
  const points = oldestFirst(general.points);
  const latest = points.at(-1);
  const first = points[0];
  if (!latest || !first) return t('attachment.general.noPoints');
  const dates = dateFormats(
    points.map((p) => p.submittedAt),
    locale,
  );
  const sentences = [
    t('attachment.general.summaryCount', {
      count: points.length,
      first: dates.long(first.submittedAt),
      last: dates.long(latest.submittedAt),
    }),
    t('attachment.general.summaryLatest', {
      anxiety: num(latest.anxiety, locale),
      avoidance: num(latest.avoidance, locale),
      region: t(`attachment.regionsInline.${latest.region}`),
    }),
  ];
  if (!latest.clearlyInRegion) {
    sentences.push(
      general.uncertainty
        ? t('attachment.general.summaryBetween')
        : t('attachment.general.summaryNoBand'),
    );
  }
  const previous = points.at(-2);
  if (previous) {
    sentences.push(
      t('attachment.general.summaryMoved', {
        date: dates.long(previous.submittedAt),
        anxiety: moved(latest.anxiety - previous.anxiety, locale, t),
        avoidance: moved(latest.avoidance - previous.avoidance, locale, t),
      }),
    );
  }
  if (general.uncertainty) {
    sentences.push(
      t('attachment.general.summaryBand', {
        percent: percent(general.uncertainty.confidence),
        anxiety: num(general.uncertainty.anxiety, locale),
        avoidance: num(general.uncertainty.avoidance, locale),
      }),
    );
  }
  if (general.reference) {
    sentences.push(
      t('attachment.general.summaryReference', {
        population: general.reference.population,
        anxiety: num(general.reference.anxiety, locale),
        avoidance: num(general.reference.avoidance, locale),
      }),
    );
  }
  return sentences.join(' ');
}

/** Targets that have both scores, as points to draw. */
export function scoredTargets(targets: readonly RelationshipTarget[]) {
  return targets.flatMap((target) =>
    target.anxiety !== null && target.avoidance !== null
      ? [{ target: target.target, anxiety: target.anxiety, avoidance: target.avoidance }]
      : [],
  );
}

/** The relationship map in words: each relationship's position, and which have no score. */
export function relationshipSummary(
  map: RelationshipMap,
  boundary: number,
  locale: string,
  t: TFunction,
): string {
  const scored = scoredTargets(map.targets);
  const missing = map.targets.filter(
    (target) => target.anxiety === null || target.avoidance === null,
  );
  const sentences = [
    t('attachment.relationships.summary', {
      date: formatDate(map.submittedAt, locale),
      list: scored
        .map((target) =>
          t('attachment.relationships.summaryItem', {
            target: t(`attachment.targets.${target.target}`),
            anxiety: num(target.anxiety, locale),
            avoidance: num(target.avoidance, locale),
            region: t(`attachment.regionsInline.${regionOf(target, boundary)}`),
          }),
        )
        .join('; '),
    }),
  ];
  if (scored.length === 0) sentences[0] = t('attachment.relationships.summaryNone');
  if (missing.length > 0) {
    sentences.push(
      t('attachment.relationships.summaryMissing', {
        list: missing.map((target) => t(`attachment.targets.${target.target}`)).join(', '),
      }),
    );
  }
  return sentences.join(' ');
}

export interface Range {
  min: number;
  max: number;
}

/** A score's range from the RQ's definition (the ratings 1–7, the models −12 to +12). */
export function rqRange(score: 'secure' | 'self_model' | 'other_model'): Range {
  const found = getInstrument('rq')?.scores.find((candidate) => candidate.name === score);
  if (found && 'min' in found) return { min: found.min, max: found.max };
  return score === 'secure' ? { min: 1, max: 7 } : { min: -12, max: 12 };
}

/** How far along its track a rating's bar reaches: 1 of 1–7 → 1/7, 7 → the whole track. */
export function ratingFraction(value: number, range: Range): number {
  const floor = range.min - 1;
  if (range.max <= floor) return 0;
  return Math.min(1, Math.max(0, (value - floor) / (range.max - floor)));
}

/** The sign of a model of self or of others, which picks the sentence that says what it means. */
export function modelSign(value: number): 'positive' | 'negative' | 'neutral' {
  if (value > 0) return 'positive';
  if (value < 0) return 'negative';
  return 'neutral';
}
