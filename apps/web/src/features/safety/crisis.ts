/**
 * Crisis resources as a person reads them: phone numbers inside a contact line become `tel:`
 * links, the rest stays text. Pure (unit-tested).
 */

export type ContactPart =
  { kind: 'text'; text: string } | { kind: 'phone'; text: string; tel: string };

/**
 * Splits "Call 116 123" into text and the number; "112 (Europe), 911 (US)" gives two numbers.
 * A number is 3 to 15 digits, optionally with a leading + and single spaces or dashes inside.
 */
export function splitContact(contact: string): ContactPart[] {
  const parts: ContactPart[] = [];
  const pattern = /\+?\d(?:[ -]?\d){2,14}/g;
  let last = 0;
  for (const match of contact.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: contact.slice(last, start) });
    parts.push({ kind: 'phone', text: match[0], tel: match[0].replace(/[ -]/g, '') });
    last = start + match[0].length;
  }
  if (last < contact.length) parts.push({ kind: 'text', text: contact.slice(last) });
  return parts;
}
