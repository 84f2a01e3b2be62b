import type {
  ItemDefinition,
  MissingRule,
  Psychometrics,
  Recode,
  ResponseOption,
  RiskRule,
  ScoredItem,
} from '../types';

/** The whole numbers from `from` to `to`, inclusive. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

export interface ItemSpec {
  readonly min: number;
  readonly max: number;
  readonly reverse?: readonly number[];
  readonly texts?: readonly string[];
  readonly options?: readonly ResponseOption[];
  readonly parentItems?: readonly number[];
  readonly risk?: Readonly<Record<number, RiskRule>>;
  /** Per-position ranges where an item's range differs from the form's (e.g. CSI item 1). */
  readonly ranges?: Readonly<Record<number, { readonly min: number; readonly max: number }>>;
}

function itemAt(prefix: string, position: number, spec: ItemSpec): ItemDefinition {
  const text = spec.texts?.[position - 1];
  const parentItem = spec.parentItems?.[position - 1];
  const risk = spec.risk?.[position];
  const itemRange = spec.ranges?.[position] ?? { min: spec.min, max: spec.max };
  return {
    id: `${prefix}.${position}`,
    position,
    min: itemRange.min,
    max: itemRange.max,
    ...(spec.reverse?.includes(position) === true ? { reverse: true } : {}),
    ...(parentItem === undefined ? {} : { parentItem }),
    ...(text === undefined ? {} : { text }),
    ...(spec.options === undefined ? {} : { options: spec.options }),
    ...(risk === undefined ? {} : { risk }),
  };
}

/** Items `<prefix>.1` … `<prefix>.<count>` in published order. */
export function numberedItems(prefix: string, count: number, spec: ItemSpec): ItemDefinition[] {
  return range(1, count).map((position) => itemAt(prefix, position, spec));
}

/** Score references to `<prefix>.<position>` for each position. */
export function refs(prefix: string, positions: readonly number[], recode?: Recode): ScoredItem[] {
  return positions.map((position) => ({
    item: `${prefix}.${position}`,
    ...(recode === undefined ? {} : { recode }),
  }));
}

/** Options carrying values only (no labels), for instruments whose wording we do not ship. */
export function unlabelledOptions(min: number, max: number): ResponseOption[] {
  return range(min, max).map((value) => ({ value }));
}

export function labelledOptions(labels: readonly string[], first = 0): ResponseOption[] {
  return labels.map((label, index) => ({ value: first + index, label }));
}

/** No published missing-data rule was found: score only when every item is answered. */
export function noMissingAllowed(searched: string): MissingRule {
  return {
    kind: 'none_allowed',
    note: 'No score unless every item of this score is answered (no prorating).',
    source: `No published missing-data rule found (${searched}); local conservative decision.`,
    evidence: 'unconfirmed',
  };
}

export const NO_PSYCHOMETRICS: Psychometrics = { norms: [], reliability: [], publishedChange: [] };
