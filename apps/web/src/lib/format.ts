/** Pure formatting helpers (unit-tested; no DOM). */

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read aloud and to type. */
export function groupSecret(secret: string, size = 4): string {
  const compact = secret.replace(/\s+/g, '');
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += size) groups.push(compact.slice(i, i + size));
  return groups.join(' ');
}

function valid(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/** A calendar date in the reader's language, e.g. "3 March 2025". Empty for a bad value. */
export function formatDate(iso: string | null | undefined, locale: string, timeZone?: string) {
  if (!iso) return '';
  const date = new Date(iso);
  if (!valid(date)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}

/** A date and time, e.g. "3 Mar 2025, 14:05". Empty for a bad value. */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone?: string) {
  if (!iso) return '';
  const date = new Date(iso);
  if (!valid(date)) return '';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/**
 * A `<input type="date">` value (`YYYY-MM-DD`, the reader's day) as an ISO instant: the start of
 * that day, or with `endOfDay` the start of the next day (an exclusive upper bound).
 */
export function dateInputToIso(value: string, endOfDay = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d) + (endOfDay ? 1 : 0));
  return valid(date) ? date.toISOString() : undefined;
}

export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * Splits mail text into plain text and links; only `http(s)` links to `origin` become links
 * (a message body is never trusted to send someone elsewhere).
 */
export function linkifySameOrigin(text: string, origin: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /https?:\/\/[^\s<>"']+/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0].replace(/[.,;:!?)]+$/, '');
    const start = match.index;
    let url: URL | null = null;
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    if (!url || url.origin !== origin) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href: url.pathname + url.search + url.hash });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Reads `token` from a URL fragment like `#token=abc`. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  return token && token.trim() ? token.trim() : null;
}

/** Whole minutes to wait, rounded up, at least one. */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
