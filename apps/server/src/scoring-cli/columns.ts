import type { InstrumentDefinition, ItemDefinition } from '@securebase/measures';
import { UsageError } from './usage-error';

export const RESPONSE_ID = 'response_id';

/** Where each item's answers are in the file (0-based column indexes). */
export interface ColumnMap {
  readonly responseId: number;
  readonly items: readonly { readonly column: number; readonly itemId: string }[];
  /** Items with no column at all: every row is missing them. */
  readonly absentItems: readonly string[];
}

/**
 * The short header for an item: its id without the `<instrument id>.` prefix — the number on
 * the form (`phq-9.9` → `9`) or the RQ's letter (`rq.a` → `a`). Items whose ids carry no such
 * prefix (ECR-RS `mother.1`) are already named as on the form and have no shorter header.
 */
export function shortHeader(instrument: InstrumentDefinition, item: ItemDefinition): string {
  const prefix = `${instrument.id}.`;
  return item.id.startsWith(prefix) ? item.id.slice(prefix.length) : item.id;
}

function normalise(header: string): string {
  return header.trim().toLowerCase();
}

/** Every accepted header (normalised) → item id. */
export function headerAliases(instrument: InstrumentDefinition): ReadonlyMap<string, string> {
  const aliases = new Map<string, string>();
  for (const item of instrument.items) {
    aliases.set(normalise(item.id), item.id);
    aliases.set(normalise(shortHeader(instrument, item)), item.id);
  }
  return aliases;
}

function span(names: readonly string[]): string {
  if (names.length <= 4) return names.join(', ');
  return `${names[0] ?? ''} … ${names[names.length - 1] ?? ''}`;
}

/** The header a file for this instrument needs, in words. */
export function headerConvention(instrument: InstrumentDefinition): string {
  const short = instrument.items.map((item) => shortHeader(instrument, item));
  const full = instrument.items.map((item) => item.id);
  const alternative = short.join() === full.join() ? '' : ` (or the item ids ${span(full)})`;
  return `${RESPONSE_ID}, then one column per item: ${span(short)}${alternative}`;
}

function quoted(header: string, column: number): string {
  return `${JSON.stringify(header)} (column ${column + 1})`;
}

interface Claim {
  readonly column: number;
  readonly key: string;
  readonly name: string;
}

function duplicateProblems(claims: readonly Claim[]): string[] {
  const first = new Map<string, Claim>();
  const problems: string[] = [];
  for (const claim of claims) {
    const earlier = first.get(claim.key);
    if (earlier === undefined) first.set(claim.key, claim);
    else {
      const both = `${quoted(earlier.name, earlier.column)} and ${quoted(claim.name, claim.column)}`;
      problems.push(`duplicate column for ${claim.key}: ${both}`);
    }
  }
  return problems;
}

/** Maps a header row to items; every unknown, duplicate or missing column is a usage error. */
export function mapColumns(instrument: InstrumentDefinition, header: readonly string[]): ColumnMap {
  const aliases = headerAliases(instrument);
  const claims: Claim[] = [];
  const unknown: string[] = [];
  header.forEach((name, column) => {
    const key = normalise(name) === RESPONSE_ID ? RESPONSE_ID : aliases.get(normalise(name));
    if (key === undefined) unknown.push(quoted(name, column));
    else claims.push({ column, key, name });
  });
  const problems = duplicateProblems(claims);
  if (unknown.length > 0) {
    problems.unshift(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  }
  const responseId = claims.find((claim) => claim.key === RESPONSE_ID)?.column;
  if (responseId === undefined) problems.unshift(`no ${RESPONSE_ID} column in the header`);
  if (problems.length > 0 || responseId === undefined) {
    const expected = `${instrument.id} expects ${headerConvention(instrument)}`;
    throw new UsageError([...problems, expected].join('\n'));
  }
  const items = claims.filter((claim) => claim.key !== RESPONSE_ID);
  const present = new Set(items.map((claim) => claim.key));
  return {
    responseId,
    items: items.map(({ column, key }) => ({ column, itemId: key })),
    absentItems: instrument.items.map((item) => item.id).filter((id) => !present.has(id)),
  };
}
