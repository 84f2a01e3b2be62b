/**
 * Words for an entry's time, author and ACE link, shared by the clinician's table and the
 * client's list. Dates are calendar dates, so they are formatted in UTC (never shifted a day).
 */
import type { HistoryEntry } from '@securebase/contracts';
import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';
import { isSpanKind } from './lifeline-scale';

type Timed = Pick<HistoryEntry, 'kind' | 'from' | 'to' | 'ageFrom' | 'ageTo'>;

const day = (date: string, locale: string) => formatDate(date, locale, 'UTC');

/**
 * "3 Mar 1990 – 1 Sep 1996", "Since 3 Mar 1990", "Age 4 to 9", "Age 9", "Time not known"; with a
 * birth year, an age also gives the year it was about ("Age 9 (about 2002)").
 */
export function whenText(
  entry: Timed,
  t: TFunction,
  locale: string,
  birthYear: number | null = null,
): string {
  const text = whenOnly(entry, t, locale);
  if (entry.from || entry.ageFrom === null || birthYear === null) return text;
  const years =
    entry.ageTo !== null && entry.ageTo !== entry.ageFrom
      ? `${String(birthYear + entry.ageFrom)}–${String(birthYear + entry.ageTo)}`
      : String(birthYear + entry.ageFrom);
  return t('history.when.about', { when: text, years });
}

function whenOnly(entry: Timed, t: TFunction, locale: string): string {
  const span = isSpanKind(entry.kind);
  if (entry.from) {
    if (entry.to)
      return t('history.when.range', { from: day(entry.from, locale), to: day(entry.to, locale) });
    return span
      ? t('history.when.since', { from: day(entry.from, locale) })
      : day(entry.from, locale);
  }
  if (entry.ageFrom !== null) {
    if (entry.ageTo !== null && entry.ageTo !== entry.ageFrom) {
      return t('history.when.ageRange', { from: entry.ageFrom, to: entry.ageTo });
    }
    if (span && entry.ageTo === null) return t('history.when.ageSince', { age: entry.ageFrom });
    return t('history.when.age', { age: entry.ageFrom });
  }
  return t('history.when.unknown');
}

/** The ACE items' names, for clinicians (the measure's ten categories). */
export const ACE_ITEM_KEYS = [
  'history.ace.item1',
  'history.ace.item2',
  'history.ace.item3',
  'history.ace.item4',
  'history.ace.item5',
  'history.ace.item6',
  'history.ace.item7',
  'history.ace.item8',
  'history.ace.item9',
  'history.ace.item10',
] as const;

/** "ACE item 3: …" for an adverse experience linked to the measure; null otherwise. */
export function aceText(aceItem: number | null, t: TFunction): string | null {
  if (aceItem === null) return null;
  const key = ACE_ITEM_KEYS[aceItem - 1];
  if (!key) return t('history.ace.itemNumber', { number: aceItem });
  return t('history.ace.itemNamed', { number: aceItem, topic: t(key) });
}
