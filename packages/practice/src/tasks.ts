/**
 * When an assigned exercise is due, in the client's local calendar. "Daily" asks for one entry
 * each day, "weekly" one in each seven-day stretch from the start, "once" one entry at any time
 * from the start. Each stretch is a period named by the local date it begins on. Dates here are
 * local calendar dates (YYYY-MM-DD); the server turns "now" into one in the client's zone.
 */

export const CADENCES = ['once', 'daily', 'weekly'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface TaskRule {
  cadence: Cadence;
  startsOn: string;
  /** Last local date a period may begin on (inclusive); null = until the clinician stops it. */
  until: string | null;
}

const DAY = 86_400_000;

function toDays(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}
function fromDays(days: number): string {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

export function addLocalDays(date: string, days: number): string {
  return fromDays(toDays(date) + days);
}

/** Days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return toDays(b) - toDays(a);
}

function length(cadence: Cadence): number {
  return cadence === 'weekly' ? 7 : 1;
}

/** The period that `today` falls in, or null before the start, after the end or once done. */
export function periodOn(rule: TaskRule, today: string): string | null {
  const offset = daysBetween(rule.startsOn, today);
  if (offset < 0) return null;
  if (rule.cadence === 'once') return rule.startsOn;
  const start = addLocalDays(rule.startsOn, offset - (offset % length(rule.cadence)));
  if (rule.until !== null && start > rule.until) return null;
  return start;
}

/** The local date a period's task is last open on (a weekly one runs for seven days). */
export function periodEnds(rule: TaskRule, period: string): string | null {
  if (rule.cadence === 'once') return null;
  return addLocalDays(period, length(rule.cadence) - 1);
}

/** Every period that has begun by `today` (the current one included), oldest first. */
export function periodsSoFar(rule: TaskRule, today: string, limit = 400): string[] {
  const current = periodOn(rule, today);
  const last =
    current ?? (rule.until !== null && rule.until < today ? periodOn(rule, rule.until) : null);
  if (last === null) return [];
  if (rule.cadence === 'once') return [rule.startsOn];
  const step = length(rule.cadence);
  const count = Math.floor(daysBetween(rule.startsOn, last) / step) + 1;
  const first = Math.max(0, count - limit);
  return Array.from({ length: count - first }, (_, i) =>
    addLocalDays(rule.startsOn, (first + i) * step),
  );
}

/*
 * Building an Intl.DateTimeFormat costs far more than using one (about 180 µs against 6 µs,
 * bench/RESULTS.md § Practice), and reminders ask for every client every minute: one
 * formatter per zone and purpose is kept.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function formatterFor(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  make: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

function partsOf(format: Intl.DateTimeFormat, instant: Date) {
  const parts = format.formatToParts(instant);
  return (type: string) => parts.find((p) => p.type === type)?.value ?? '';
}

/** The local calendar date of an instant in a time zone. */
export function localDateIn(timeZone: string, instant: Date): string {
  const format = formatterFor(
    dateFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  );
  const get = partsOf(format, instant);
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The local wall-clock time (HH:MM, 24-hour) of an instant in a time zone. */
export function localTimeIn(timeZone: string, instant: Date): string {
  const format = formatterFor(
    timeFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        hour: '2-digit',
        minute: '2-digit',
      }),
  );
  const get = partsOf(format, instant);
  return `${get('hour')}:${get('minute')}`;
}
