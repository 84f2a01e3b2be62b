import { useTranslation } from 'react-i18next';
import { shortDate } from '../trends/trends-scale';

/** A local calendar date (YYYY-MM-DD) as "18 Jan", with the year only when it is not this one. */
export function localDateLabel(date: string, locale: string, thisYear: string): string {
  return shortDate(date, locale, date.slice(0, 4) !== thisYear);
}

/** `localDateLabel` in the reader's language and year. */
export function useLocalDate(): (date: string) => string {
  const { i18n } = useTranslation();
  const year = String(new Date().getFullYear());
  return (date: string) => localDateLabel(date, i18n.language, year);
}
