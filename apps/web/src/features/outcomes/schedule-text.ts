import type { Schedule } from '@securebase/contracts';
import type { TFunction } from 'i18next';

/** "Every 2 weeks from 22 Mar at 09:00 (Europe/London)", "3, 6 and 12 months after discharge". */
export function whenText(schedule: Schedule, t: TFunction, date: (iso: string) => string): string {
  switch (schedule.kind) {
    case 'every_session':
      return t('outcomes.kinds.every_session_text');
    case 'every_n_weeks':
      return t('outcomes.kinds.every_n_weeks_text', {
        count: schedule.intervalWeeks ?? 1,
        from: schedule.startsOn ? date(`${schedule.startsOn}T12:00:00Z`) : '',
        time: schedule.localTime,
        zone: schedule.timeZone,
      });
    case 'at_discharge':
      return t('outcomes.kinds.at_discharge_text', {
        time: schedule.localTime,
        zone: schedule.timeZone,
      });
    case 'follow_up':
      return t('outcomes.kinds.follow_up_text', {
        months: schedule.followUpMonths.join(', '),
        time: schedule.localTime,
        zone: schedule.timeZone,
      });
  }
}

/** The browser's own time zone, for the form's starting value. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
