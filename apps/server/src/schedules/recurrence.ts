/**
 * Calendar arithmetic for measurement schedules, in the client's own time zone: "every two
 * weeks at 09:00" stays at 09:00 local time across daylight-saving changes, and "three months
 * after discharge" lands on the same day of the month (or the month's last day). Pure: no I/O.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A real calendar date (2026-02-30 is not), or undefined. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1) return undefined;
  if (probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function parseLocalTime(text: string): { hour: number; minute: number } | undefined {
  const match = TIME.exec(text);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Months later on the same day, or that month's last day when it is shorter (31 Jan → 28 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, last) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(timeZone: string, instant: number) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function offsetAt(timeZone: string, instant: number): number {
  return partsIn(timeZone, instant) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens in a zone. A time that does not exist (skipped
 * when clocks go forward) moves forward by the gap (02:30 → 03:30); a time that happens twice
 * (when clocks go back) is the first of the two.
 */
export function zonedTime(
  date: LocalDate,
  time: { hour: number; minute: number },
  timeZone: string,
) {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const before = offsetAt(timeZone, wall - 86_400_000);
  const after = offsetAt(timeZone, wall + 86_400_000);
  // Try the earlier offset first (the first of two repeated times), then the later one.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = wall - offset;
    if (partsIn(timeZone, candidate) === wall) return new Date(candidate);
  }
  // In a gap: neither offset reproduces the wall time. Read with the offset from before the
  // change, it lands as far past the gap's end as the time was past its start (02:30 → 03:30).
  return new Date(wall - before);
}

export type ScheduleKind = 'every_n_weeks' | 'at_discharge' | 'follow_up' | 'every_session';

export interface ScheduleRule {
  kind: ScheduleKind;
  startsOn: string | null;
  intervalWeeks: number | null;
  localTime: string;
  timeZone: string;
  followUpMonths: readonly number[];
}

export interface Occurrence {
  /** Stable per schedule: the local date it falls on ("2026-03-29"). */
  key: string;
  dueAt: string;
}

/**
 * The occurrences of a rule up to and including `until`: the calendar ones from its start, the
 * discharge ones from the discharge date. "Every session" has none here (sessions trigger it).
 */
export function occurrences(
  rule: ScheduleRule,
  until: Date,
  dischargedOn: string | null,
  limit = 400,
): Occurrence[] {
  const time = parseLocalTime(rule.localTime);
  if (!time) throw new RangeError(`not a time: ${rule.localTime}`);
  const at = (date: LocalDate): Occurrence => ({
    key: formatLocalDate(date),
    dueAt: zonedTime(date, time, rule.timeZone).toISOString(),
  });
  const upTo = (list: Occurrence[]) => list.filter((o) => Date.parse(o.dueAt) <= until.getTime());
  const discharge = dischargedOn ? parseLocalDate(dischargedOn) : undefined;
  switch (rule.kind) {
    case 'every_n_weeks': {
      const start = rule.startsOn ? parseLocalDate(rule.startsOn) : undefined;
      if (!start || !rule.intervalWeeks) return [];
      const found: Occurrence[] = [];
      for (let k = 0; k < limit; k += 1) {
        if (
          discharge &&
          formatLocalDate(addDays(start, 7 * rule.intervalWeeks * k)) > formatLocalDate(discharge)
        )
          break;
        const next = at(addDays(start, 7 * rule.intervalWeeks * k));
        if (Date.parse(next.dueAt) > until.getTime()) break;
        found.push(next);
      }
      return found;
    }
    case 'at_discharge':
      return discharge ? upTo([at(discharge)]) : [];
    case 'follow_up':
      return discharge ? upTo(rule.followUpMonths.map((m) => at(addMonths(discharge, m)))) : [];
    case 'every_session':
      return [];
  }
}
